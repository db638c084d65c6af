/**
 * Text reuse: runs of eight or more words two articles share (after normalising case, punctuation and
 * spelling), and the share of each article's words inside such runs. Shingles are hashed into one index,
 * so only pairs that share a run are ever compared.
 */
import type { ArticleRecord } from '../schema/record.ts';
import type { ReusePair } from '../schema/analysis.ts';
import { matchWords } from './text.ts';

/** Length of a shared run, in words. */
export const RUN_WORDS = 8;
const MAX_RUNS = 20;

interface Words {
  id: string;
  text: string;
  words: string[];
  /** [start, end) of each word in the record's text. */
  spans: Array<[number, number]>;
}

function wordsOf(r: ArticleRecord): Words {
  const words: string[] = [];
  const spans: Array<[number, number]> = [];
  for (const m of r.text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}’'.-]*/gu)) {
    const w = matchWords(m[0]).join(' ');
    if (!w) continue;
    words.push(w);
    spans.push([m.index, m.index + m[0].length]);
  }
  return { id: r.id, text: r.text, words, spans };
}

/** Pairs of articles that share runs of at least RUN_WORDS words. */
export function findReuse(records: readonly ArticleRecord[]): ReusePair[] {
  const docs = records.map(wordsOf);
  const index = new Map<string, Array<[number, number]>>();
  docs.forEach((d, di) => {
    for (let i = 0; i + RUN_WORDS <= d.words.length; i++) {
      const key = d.words.slice(i, i + RUN_WORDS).join(' ');
      const list = index.get(key) ?? index.set(key, []).get(key)!;
      if (list.length < 50) list.push([di, i]);
    }
  });
  // Shingle hits per pair, as (position in a, position in b).
  const hits = new Map<string, Array<[number, number]>>();
  for (const list of index.values())
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < list.length; y++) {
        const [da, ia] = list[x]!;
        const [db, ib] = list[y]!;
        if (da === db) continue;
        const [a, b, pa, pb] = da < db ? [da, db, ia, ib] : [db, da, ib, ia];
        const key = `${a}:${b}`;
        (hits.get(key) ?? hits.set(key, []).get(key)!).push([pa, pb]);
      }
  const pairs: ReusePair[] = [];
  for (const [key, list] of hits) {
    const [a, b] = key.split(':').map(Number) as [number, number];
    const A = docs[a]!;
    const B = docs[b]!;
    list.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
    const coveredA = new Uint8Array(A.words.length);
    const coveredB = new Uint8Array(B.words.length);
    const runs: ReusePair['runs'] = [];
    let i = 0;
    while (i < list.length) {
      // Extend along the diagonal: consecutive shingles at consecutive positions in both.
      let j = i;
      while (j + 1 < list.length && list[j + 1]![0] === list[j]![0] + 1 && list[j + 1]![1] === list[j]![1] + 1) j++;
      const [sa, sb] = list[i]!;
      const length = list[j]![0] - sa + RUN_WORDS;
      coveredA.fill(1, sa, sa + length);
      coveredB.fill(1, sb, sb + length);
      runs.push({ text: A.text.slice(A.spans[sa]![0], A.spans[sa + length - 1]![1]), words: length, startA: A.spans[sa]![0], startB: B.spans[sb]![0] });
      i = j + 1;
    }
    const share = (c: Uint8Array) => (c.length ? Math.round((c.reduce((n, x) => n + x, 0) / c.length) * 1000) / 1000 : 0);
    pairs.push({ a: A.id, b: B.id, shareA: share(coveredA), shareB: share(coveredB), runs: runs.sort((x, y) => y.words - x.words).slice(0, MAX_RUNS) });
  }
  return pairs.sort((x, y) => Math.max(y.shareA, y.shareB) - Math.max(x.shareA, x.shareB));
}
