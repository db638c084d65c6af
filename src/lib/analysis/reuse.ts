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
const MAX_RUNS = 10;
/** In a story with many outlets, only the pairs that share most are kept. */
const MAX_PAIRS = 300;

interface Words {
  id: string;
  text: string;
  words: string[];
  /** [start, end) of each word in the record's text. */
  spans: Array<[number, number]>;
}

/** Each written token's matching form, remembered: the same tokens come back in every article of a story. */
const forms = new Map<string, string>();
const formOf = (token: string): string => {
  let f = forms.get(token);
  if (f === undefined) {
    f = matchWords(token).join(' ');
    if (forms.size < 200_000) forms.set(token, f);
  }
  return f;
};

function wordsOf(r: ArticleRecord): Words {
  const words: string[] = [];
  const spans: Array<[number, number]> = [];
  for (const m of r.text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}’'.-]*/gu)) {
    const w = formOf(m[0]);
    if (!w) continue;
    words.push(w);
    spans.push([m.index, m.index + m[0].length]);
  }
  return { id: r.id, text: r.text, words, spans };
}

/** Pairs of articles that share runs of at least RUN_WORDS words. */
export function findReuse(records: readonly ArticleRecord[]): ReusePair[] {
  const docs = records.map(wordsOf);
  // Words become small integers and each 8-word shingle a 32-bit hash; hits are checked word by word.
  const ids = new Map<string, number>();
  const coded = docs.map((d) => Int32Array.from(d.words, (w) => ids.get(w) ?? (ids.set(w, ids.size), ids.size - 1)));
  const index = new Map<number, Array<[number, number]>>();
  coded.forEach((words, di) => {
    for (let i = 0; i + RUN_WORDS <= words.length; i++) {
      let h = 2166136261;
      for (let k = 0; k < RUN_WORDS; k++) h = Math.imul(h ^ words[i + k]!, 16777619);
      const list = index.get(h) ?? index.set(h, []).get(h)!;
      if (list.length < 50) list.push([di, i]);
    }
  });
  const same = (da: number, ia: number, db: number, ib: number) => {
    for (let k = 0; k < RUN_WORDS; k++) if (coded[da]![ia + k] !== coded[db]![ib + k]) return false;
    return true;
  };
  // Shingle hits per pair, as (position in a, position in b).
  const hits = new Map<number, Array<[number, number]>>();
  for (const list of index.values())
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < list.length; y++) {
        const [da, ia] = list[x]!;
        const [db, ib] = list[y]!;
        if (da === db || !same(da, ia, db, ib)) continue;
        const [a, b, pa, pb] = da < db ? [da, db, ia, ib] : [db, da, ib, ia];
        const key = a * docs.length + b;
        (hits.get(key) ?? hits.set(key, []).get(key)!).push([pa, pb]);
      }
  const pairs: ReusePair[] = [];
  for (const [key, list] of hits) {
    const a = Math.floor(key / docs.length);
    const b = key % docs.length;
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
    const share = (c: Uint8Array) => {
      let n = 0;
      for (let k = 0; k < c.length; k++) n += c[k]!;
      return c.length ? Math.round((n / c.length) * 1000) / 1000 : 0;
    };
    pairs.push({ a: A.id, b: B.id, shareA: share(coveredA), shareB: share(coveredB), runs: runs.sort((x, y) => y.words - x.words).slice(0, MAX_RUNS) });
  }
  return pairs.sort((x, y) => Math.max(y.shareA, y.shareB) - Math.max(x.shareA, x.shareB)).slice(0, MAX_PAIRS);
}
