/**
 * Where the build's records come from: the content folder, parsed here (cached by digest, misses parsed on
 * every core), or records parsed elsewhere ($CROSSCHECK_RECORDS: a .jsonl file or a folder of .jsonl parts).
 * Either way each record is validated with the zod schema at this boundary before the build reads it, and the
 * story pass runs here, since it needs every article of a story.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  ArticleRecord,
  ContentError,
  ErrorCode,
  displayPath,
  knownAliases,
  readContent,
  storyAliases,
  storySpeakers,
  withStoryAliases,
  type ContentSet,
  type PeopleConfig,
  type StoryMeta,
} from '../lib/index.ts';
import { contentDir } from '../loaders/content-dir.ts';
import { DiskCache, digestOf, libraryFingerprint } from './cache.ts';
import { parseAll, type ParseJob } from './parse-pool.ts';

/** What the build starts from. */
export interface LoadedRecords {
  stories: Map<string, StoryMeta>;
  people: PeopleConfig;
  /** Every record, sorted by id (so the collection does not depend on the order they arrived in). */
  records: ArticleRecord[];
  /** How many records were parsed now, and how many came from the cache or from $CROSSCHECK_RECORDS. */
  stats: { articles: number; parsed: number; reused: number };
}

/** Read the content folder; throw one ContentError listing every problem. */
function readFolder(dir: string): ContentSet {
  const { content, errors } = readContent(dir);
  if (errors.length) throw new ContentError(errors[0]!.code, errors[0]!.file, errors.map((e, i) => (i === 0 ? e.detail : `\n  ${e.message}`)).join(''));
  return content;
}

/** The .jsonl files behind $CROSSCHECK_RECORDS: the file itself, or a folder's .jsonl parts in name order. */
export function recordFiles(path: string): string[] {
  const full = resolve(path);
  if (!statSync(full).isDirectory()) return [full];
  return readdirSync(full)
    .filter((n) => n.endsWith('.jsonl') || /^part-\d+$/.test(n))
    .sort()
    .map((n) => join(full, n));
}

/** Records from JSON lines, each validated; a bad line is an error naming its file and line. */
export function readRecordLines(files: readonly string[]): ArticleRecord[] {
  const records: ArticleRecord[] = [];
  for (const file of files) {
    const lines = readFileSync(file, 'utf8').split('\n');
    lines.forEach((line, i) => {
      if (line.trim() === '') return;
      const where = `${displayPath(file)}:${i + 1}`;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        throw new ContentError(ErrorCode.recordInvalid, where, 'is not a JSON line');
      }
      const parsed = ArticleRecord.safeParse(value);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        throw new ContentError(ErrorCode.recordInvalid, where, `is not an article record: \`${issue.path.join('.') || '(top level)'}\` ${issue.message}`);
      }
      records.push(parsed.data);
    });
  }
  return records;
}

const byId = (a: ArticleRecord, b: ArticleRecord) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Parses articles, each with the aliases its story lends it (if any): cached ones read back, the rest on every core. */
class Parser {
  private cache = new DiskCache('records', ArticleRecord);
  private version = libraryFingerprint();
  private content: ContentSet;
  private known: ReadonlyMap<string, string>;
  private aliasKey: string;
  /** Ids of the articles parsed now (not read from the cache), over every call: one parsed twice counts once. */
  readonly parsed = new Set<string>();

  constructor(content: ContentSet) {
    this.content = content;
    this.known = knownAliases(content.people);
    this.aliasKey = JSON.stringify([...this.known]);
  }

  async parse(articles: ReadonlyArray<{ article: ContentSet['articles'][number]; lent?: Array<[string, string]> }>): Promise<ArticleRecord[]> {
    const records = new Array<ArticleRecord>(articles.length);
    const misses: Array<{ index: number; digest: string; job: ParseJob }> = [];
    articles.forEach(({ article: a, lent }, index) => {
      const digest = digestOf(this.version, a.id, a.format, a.body, JSON.stringify(a.meta), this.aliasKey, JSON.stringify(lent ?? []));
      const hit = this.cache.get(digest);
      if (hit) records[index] = hit;
      else misses.push({ index, digest, job: { id: a.id, source: a.body, meta: a.meta, format: a.format, known: [...withStoryAliases(this.known, lent)] } });
    });
    const fresh = await parseAll(misses.map((m) => m.job));
    misses.forEach((m, i) => {
      // parseAll validated each record where it was made (see parse-worker.ts).
      const record = fresh[i]!;
      this.cache.set(m.digest, record);
      records[m.index] = record;
      this.parsed.add(m.job.id);
    });
    return records;
  }

  /**
   * The story pass over records made here or elsewhere: an article that names a person of its story by surname alone
   * is parsed again with the story's full names (story-names.ts), then quotations the parser gave to nobody take the
   * speaker other outlets name for the same words (story-speakers.ts). It needs the whole story, so it runs here.
   */
  async storyPass(records: ArticleRecord[]): Promise<ArticleRecord[]> {
    const lent = storyAliases(records);
    const byId = new Map(this.content.articles.map((a) => [a.id, a]));
    const again = records.filter((r) => lent.has(r.id) && byId.has(r.id));
    const fresh = await this.parse(again.map((r) => ({ article: byId.get(r.id)!, lent: lent.get(r.id) })));
    const replaced = new Map(fresh.map((r) => [r.id, r]));
    return storySpeakers(records.map((r) => replaced.get(r.id) ?? r));
  }
}

/** Load the records the build starts from (see the module comment). */
export async function loadRecords(dir = contentDir(), recordsPath = process.env.CROSSCHECK_RECORDS): Promise<LoadedRecords> {
  const content = readFolder(dir);
  const parser = new Parser(content);
  let records: ArticleRecord[];
  if (recordsPath) {
    records = readRecordLines(recordFiles(recordsPath));
    for (const r of records)
      if (r.story !== null && !content.stories.has(r.story))
        throw new ContentError(
          ErrorCode.unknownStory,
          displayPath(recordsPath),
          `the record “${r.id}” names the story “${r.story}”, but there is no stories/${r.story}.yaml`,
        );
  } else records = await parser.parse(content.articles.map((article) => ({ article })));
  records = (await parser.storyPass(records)).sort(byId);
  const parsed = parser.parsed.size;
  return { stories: content.stories, people: content.people, records, stats: { articles: records.length, parsed, reused: records.length - parsed } };
}
