/**
 * Accuracy against hand annotations: quote precision/recall (exact text after spacing and mark shapes are
 * ignored), kind and speaker accuracy on matched quotes, person precision/recall.
 *   npm run --silent eval [-- --verbose] [-- --json]
 * Annotated sets: tests/seeds/expected (the seed story, via content/), tests/heldout and tests/dev (invented
 * articles used to find general failures) and tests/final (never used for tuning: the honest figure).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { mergePeople, parseArticle, type ArticleRecord } from '../src/lib/index.ts';
import { expectations, expectedSpeakerKey, same, seedCorpus, speakerKey, type Expected } from '../tests/helpers/seeds.ts';

const { values } = parseArgs({ options: { verbose: { type: 'boolean', short: 'v' }, json: { type: 'boolean' } } });

interface Score {
  quotes: { tp: number; fp: number; fn: number };
  kind: number;
  speaker: number;
  people: { tp: number; fp: number; fn: number };
}

/** Compare one record with its annotation. */
export function score(record: ArticleRecord, expected: Expected, log: (s: string) => void): Score {
  const s: Score = { quotes: { tp: 0, fp: 0, fn: 0 }, kind: 0, speaker: 0, people: { tp: 0, fp: 0, fn: 0 } };
  const got = record.quotes.map((q) => ({ text: same(q.text), kind: q.kind, speaker: speakerKey(q) }));
  const used = new Set<number>();
  for (const want of expected.quotes) {
    const i = got.findIndex((g, j) => !used.has(j) && g.text === same(want.text));
    if (i === -1) {
      s.quotes.fn++;
      log(`  missed   ${want.kind} ${expectedSpeakerKey(want.speaker)}: ${want.text.slice(0, 90)}`);
      continue;
    }
    used.add(i);
    s.quotes.tp++;
    if (got[i]!.kind === want.kind) s.kind++;
    else log(`  kind     ${got[i]!.kind} ≠ ${want.kind}: ${want.text.slice(0, 70)}`);
    if (got[i]!.speaker === expectedSpeakerKey(want.speaker)) s.speaker++;
    else log(`  speaker  ${got[i]!.speaker} ≠ ${expectedSpeakerKey(want.speaker)}: ${want.text.slice(0, 70)}`);
  }
  got.forEach((g, j) => {
    if (!used.has(j)) {
      s.quotes.fp++;
      log(`  extra    ${g.kind} ${g.speaker}: ${g.text.slice(0, 90)}`);
    }
  });
  const want = new Set(expected.people.map((p) => p.id));
  for (const p of record.people) {
    if (want.has(p.id)) s.people.tp++;
    else {
      s.people.fp++;
      log(`  person+  ${p.id}`);
    }
  }
  for (const id of want)
    if (!record.people.some((p) => p.id === id)) {
      s.people.fn++;
      log(`  person-  ${id}`);
    }
  return s;
}

function annotated(set: string): Array<[ArticleRecord, Expected]> {
  const dir = join(import.meta.dirname, '..', 'tests', set);
  const pairs = readdirSync(dir)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((n) => {
      const id = n.replace(/\.txt$/, '');
      return [parseArticle({ id, source: readFileSync(join(dir, n), 'utf8') }), JSON.parse(readFileSync(join(dir, `${id}.json`), 'utf8')) as Expected] as const;
    });
  const merged = mergePeople(pairs.map((p) => p[0]));
  return pairs.map((p, i) => [merged[i]!, p[1]]);
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
function summarise(name: string, pairs: Array<[ArticleRecord, Expected]>) {
  const total: Score = { quotes: { tp: 0, fp: 0, fn: 0 }, kind: 0, speaker: 0, people: { tp: 0, fp: 0, fn: 0 } };
  for (const [r, e] of pairs) {
    const lines: string[] = [];
    const s = score(r, e, (l) => lines.push(l));
    if (values.verbose && name !== 'final' && lines.length) console.log(`${r.id}\n${lines.join('\n')}`);
    for (const k of ['tp', 'fp', 'fn'] as const) {
      total.quotes[k] += s.quotes[k];
      total.people[k] += s.people[k];
    }
    total.kind += s.kind;
    total.speaker += s.speaker;
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
  };
}

const corpus = seedCorpus();
const results = [
  summarise(
    'seeds',
    expectations().map((e) => [corpus.articles.find((a) => a.id === e.article)!, e]),
  ),
  summarise('heldout', annotated('heldout')),
  summarise('dev', annotated('dev')),
  // Written last and never used to tune the parser: the honest figure.
  summarise('final', annotated('final')),
];
if (values.json) console.log(JSON.stringify(results, null, 2));
else {
  const pct = (x: number) => (x * 100).toFixed(1).padStart(6) + '%';
  console.log('set       articles quotes  q-prec  q-recall    q-F1  kind-acc  speaker-acc  person-P  person-R');
  for (const r of results)
    console.log(
      `${r.set.padEnd(9)} ${String(r.articles).padStart(8)} ${String(r.quotes).padStart(6)} ${pct(r.quotePrecision)} ${pct(r.quoteRecall)} ${pct(r.quoteF1)} ${pct(r.kindAccuracy)}   ${pct(r.speakerAccuracy)}   ${pct(r.personPrecision)}  ${pct(r.personRecall)}`,
    );
}
