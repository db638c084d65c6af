/**
 * Scoring against the project's hand annotations: quote precision/recall (exact text after spacing and mark
 * shapes are ignored), kind and speaker accuracy on matched quotes, person precision/recall. The same format
 * serves the seed story, the invented sets under tests/ and the real-news set under /work/devdata/realnews.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildCorpus, mergePeople, parseArticle, parseContent, readContent, type ArticleRecord, type Corpus } from '../../src/lib/index.ts';
import { expectedSpeakerKey, same, sameWords, speakerKey, type Expected } from './annotations.ts';
import { isUncertain } from '../../src/lib/views/labels.ts';

export const ROOT = join(import.meta.dirname, '..', '..');

/** Counts for one article or a whole set. */
export interface Score {
  quotes: { tp: number; fp: number; fn: number };
  kind: number;
  speaker: number;
  /** Matched quotes the record gives a speaker, that speaker not marked uncertain (`isUncertain`), and how many are right. */
  sure: { named: number; sure: number; right: number };
  people: { tp: number; fp: number; fn: number };
}
const empty = (): Score => ({ quotes: { tp: 0, fp: 0, fn: 0 }, kind: 0, speaker: 0, sure: { named: 0, sure: 0, right: 0 }, people: { tp: 0, fp: 0, fn: 0 } });

/** The seed content folder, parsed and merged as the build does it. */
export function seedCorpus(): Corpus {
  const { content, errors } = readContent(join(ROOT, 'content'));
  if (errors.length) throw new Error(errors.map(String).join('\n'));
  return buildCorpus(content.stories, parseContent(content), content.people);
}

/** The hand annotations of the seed story. */
export function expectations(): Expected[] {
  const dir = join(ROOT, 'tests', 'seeds', 'expected');
  return readdirSync(dir)
    .sort()
    .map((n) => JSON.parse(readFileSync(join(dir, n), 'utf8')) as Expected);
}

/**
 * Record person id → annotated person id, for people the two key differently: an id is only a key, and annotators
 * and the parser may key one person by different forms of the name ("charles-iii" / "king-charles-iii"). A record
 * person whose id is not annotated maps to the one annotated person whose name or a written form of two words or
 * more is the record person's name or one of its written forms of two words or more (a bare surname never decides).
 */
function sameIds(record: ArticleRecord, expected: Expected): Map<string, string> {
  const key = (x: string) => same(x).toLowerCase();
  const forms = (name: string, aliases: readonly string[]) => new Set([name, ...aliases].filter((a) => a.includes(' ')).map(key));
  const want = new Set(expected.people.map((p) => p.id));
  const out = new Map<string, string>();
  for (const p of record.people) {
    if (want.has(p.id)) continue;
    const mine = forms(p.name, p.aliases);
    const matches = expected.people.filter((e) => !record.people.some((r) => r.id === e.id) && [...forms(e.name, e.aliases)].some((f) => mine.has(f)));
    if (matches.length === 1) out.set(p.id, matches[0]!.id);
  }
  return out;
}

/** Compare one record with its annotation; `log` gets one line per difference. */
export function score(record: ArticleRecord, expected: Expected, log: (s: string) => void): Score {
  const s = empty();
  const ids = sameIds(record, expected);
  const got = record.quotes.map((q) => {
    const key = speakerKey(q);
    return { text: sameWords(q.text), kind: q.kind, speaker: key === null ? null : (ids.get(key) ?? key), uncertain: isUncertain(q) };
  });
  const used = new Set<number>();
  for (const want of expected.quotes) {
    const i = got.findIndex((g, j) => !used.has(j) && g.text === sameWords(want.text));
    if (i === -1) {
      s.quotes.fn++;
      log(`  missed   ${want.kind} ${expectedSpeakerKey(want.speaker)}: ${want.text.slice(0, 90)}`);
      continue;
    }
    used.add(i);
    s.quotes.tp++;
    if (got[i]!.kind === want.kind) s.kind++;
    else log(`  kind     ${got[i]!.kind} ≠ ${want.kind}: ${want.text.slice(0, 70)}`);
    const right = got[i]!.speaker === expectedSpeakerKey(want.speaker);
    if (right) s.speaker++;
    else log(`  speaker  ${got[i]!.speaker} ≠ ${expectedSpeakerKey(want.speaker)}: ${want.text.slice(0, 70)}`);
    if (got[i]!.speaker !== null) {
      s.sure.named++;
      if (!got[i]!.uncertain) {
        s.sure.sure++;
        if (right) s.sure.right++;
      }
    }
  }
  got.forEach((g, j) => {
    if (!used.has(j)) {
      s.quotes.fp++;
      log(`  extra    ${g.kind} ${g.speaker}: ${g.text.slice(0, 90)}`);
    }
  });
  const want = new Set(expected.people.map((p) => p.id));
  const found = new Set(record.people.map((p) => ids.get(p.id) ?? p.id));
  for (const p of record.people) {
    if (want.has(ids.get(p.id) ?? p.id)) s.people.tp++;
    else {
      s.people.fp++;
      log(`  person+  ${p.id}`);
    }
  }
  for (const id of want)
    if (!found.has(id)) {
      s.people.fn++;
      log(`  person-  ${id}`);
    }
  return s;
}

/**
 * Records and annotations of a folder of `<id>.txt` + `<id>.json` pairs (or `content/articles/<id>.txt` or
 * `content/<id>.txt` beside `annotations/<id>.json`), people merged across the set as the build does.
 */
export function annotated(dir: string): Array<[ArticleRecord, Expected]> {
  const textDir = [join(dir, 'content', 'articles'), join(dir, 'content')].find((d) => existsSync(d)) ?? dir;
  const annDir = existsSync(join(dir, 'annotations')) ? join(dir, 'annotations') : dir;
  const expected = (id: string) => JSON.parse(readFileSync(join(annDir, `${id}.json`), 'utf8')) as Expected;
  // A content folder with stories is parsed as the build parses it: with its metadata and the story pass.
  const contentDir = join(dir, 'content');
  const story = existsSync(join(contentDir, 'stories')) ? readContent(contentDir) : null;
  if (story?.errors.length) throw new Error(story.errors.map(String).join('\n'));
  const records = story ? parseContent(story.content).filter((r) => existsSync(join(annDir, `${r.id}.json`))) : null;
  const pairs = records
    ? records.map((r) => [r, expected(r.id)] as const)
    : readdirSync(textDir)
        .filter((n) => n.endsWith('.txt') && existsSync(join(annDir, n.replace(/\.txt$/, '.json'))))
        .sort()
        .map((n) => {
          const id = n.replace(/\.txt$/, '');
          return [parseArticle({ id, source: readFileSync(join(textDir, n), 'utf8') }), expected(id)] as const;
        });
  const merged = mergePeople(pairs.map((p) => p[0]));
  return pairs.map((p, i) => [merged[i]!, p[1]]);
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

/** One row of figures for a set; `verbose` prints every difference. */
export function summarise(name: string, pairs: Array<[ArticleRecord, Expected]>, verbose = false) {
  const total = empty();
  for (const [r, e] of pairs) {
    const lines: string[] = [];
    const s = score(r, e, (l) => lines.push(l));
    if (verbose && lines.length) console.log(`${r.id}\n${lines.join('\n')}`);
    for (const k of ['tp', 'fp', 'fn'] as const) {
      total.quotes[k] += s.quotes[k];
      total.people[k] += s.people[k];
    }
    total.kind += s.kind;
    total.speaker += s.speaker;
    for (const k of ['named', 'sure', 'right'] as const) total.sure[k] += s.sure[k];
  }
  const q = total.quotes;
  const p = total.people;
  const qp = ratio(q.tp, q.tp + q.fp),
    qr = ratio(q.tp, q.tp + q.fn),
    pp = ratio(p.tp, p.tp + p.fp),
    pr = ratio(p.tp, p.tp + p.fn);
  return {
    set: name,
    articles: pairs.length,
    quotes: q.tp + q.fn,
    quotePrecision: qp,
    quoteRecall: qr,
    quoteF1: (2 * qp * qr) / (qp + qr || 1),
    kindAccuracy: ratio(total.kind, q.tp),
    speakerAccuracy: ratio(total.speaker, q.tp),
    personPrecision: pp,
    personRecall: pr,
    // Of the speakers the pages show without marking them uncertain: how many are right, and how many of all shown.
    sureAccuracy: ratio(total.sure.right, total.sure.sure),
    sureShare: ratio(total.sure.sure, total.sure.named),
  };
}

/** Print rows from `summarise` as a table. */
export function printTable(results: Array<ReturnType<typeof summarise>>): void {
  const pct = (x: number) => (x * 100).toFixed(1).padStart(6) + '%';
  console.log('set       articles quotes  q-prec  q-recall    q-F1  kind-acc  speaker-acc  person-P  person-R  sure-acc (shown sure)');
  for (const r of results)
    console.log(
      `${r.set.padEnd(9)} ${String(r.articles).padStart(8)} ${String(r.quotes).padStart(6)} ${pct(r.quotePrecision)} ${pct(r.quoteRecall)} ${pct(r.quoteF1)} ${pct(r.kindAccuracy)}   ${pct(r.speakerAccuracy)}   ${pct(r.personPrecision)}  ${pct(r.personRecall)}   ${pct(r.sureAccuracy)} (${(r.sureShare * 100).toFixed(0)}%)`,
    );
}
