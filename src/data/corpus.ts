/**
 * The one bridge from the build to the library: loads the records (see records.ts), merges and analyses them
 * once per build, and hands the Corpus to the pages, which only read it.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildCorpus, type Corpus } from '../lib/index.ts';
import { contentDir } from '../loaders/content-dir.ts';
import { cachedAnalyser, type AnalysisStats } from './analysis-cache.ts';
import { loadRecords, type LoadedRecords } from './records.ts';

/** A collection with the counts of what this build parsed and analysed (tests read them). */
export interface LoadedCorpus {
  corpus: Corpus;
  records: LoadedRecords['stats'];
  analysis: AnalysisStats;
}

/** Load, merge and analyse a content folder (or $CROSSCHECK_RECORDS); logs one line of counts. */
export async function loadCorpus(dir?: string, recordsPath?: string): Promise<LoadedCorpus> {
  const loaded = await loadRecords(dir, recordsPath ?? process.env.CROSSCHECK_RECORDS);
  const analysis: AnalysisStats = { analysed: 0, reused: 0 };
  const corpus = buildCorpus(loaded.stories, loaded.records, loaded.people, cachedAnalyser(analysis));
  const { articles, parsed, reused } = loaded.stats;
  console.log(
    `crosscheck: ${articles} articles (${parsed} parsed, ${reused} unchanged); ${corpus.stories.length} stories (${analysis.analysed} analysed, ${analysis.reused} unchanged)`,
  );
  return { corpus, records: loaded.stats, analysis };
}

let corpus: Promise<Corpus> | null = null;
let stamp = '';

/** Names, sizes and times of every file of the content folder: in `astro dev`, a change means a reload. */
function contentStamp(): string {
  const dir = contentDir();
  const parts: string[] = [];
  for (const sub of ['', 'stories', 'articles']) {
    const path = join(dir, sub);
    if (!existsSync(path)) continue;
    for (const name of readdirSync(path)) {
      const s = statSync(join(path, name));
      if (s.isFile()) parts.push(`${sub}/${name}:${s.size}:${s.mtimeMs}`);
    }
  }
  return parts.join('\n');
}

/** The parsed, merged collection (memoised for the build; reloaded in dev when the content folder changes). */
export function getCorpus(): Promise<Corpus> {
  if (import.meta.env.DEV) {
    const now = contentStamp();
    if (now !== stamp) corpus = null;
    stamp = now;
  }
  corpus ??= loadCorpus().then((c) => c.corpus);
  return corpus;
}
