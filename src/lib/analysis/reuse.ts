/**
 * Text reuse: runs of eight or more words two articles share (after normalising case, punctuation and
 * spelling), and the share of each article's words inside such runs. Shingles are hashed into one index,
 * so only pairs that share a run are ever compared.
 */
import type { ArticleRecord } from '../schema/record.ts';
import type { ReusePair } from '../schema/analysis.ts';
import { tokenForm } from '../words.ts';

/** Length of a shared run, in words. */
export const RUN_WORDS = 8;
/** Runs kept per pair, the longest first: enough to show, few enough to keep a record small. */
const MAX_RUNS = 10;
/** In a story with many outlets, only the pairs that share most are kept. */
const MAX_PAIRS = 300;
/** Positions pack into one number: a document (or a word of a) × SHIFT + a word (of b). Articles stay under 4M words. */
const SHIFT = 2 ** 22;

interface Words {
  id: string;
  text: string;
  words: string[];
  /** [start, end) of each word in the record's text. */
  spans: Array<[number, number]>;
}

/** An article's word forms and where each one stands in its text. */
function wordsOf(r: ArticleRecord): Words {
  const words: string[] = [];
  const spans: Array<[number, number]> = [];
  for (const m of r.text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}’'.-]*/gu)) {
    const w = tokenForm(m[0]);
    if (!w) continue;
    words.push(w);
    spans.push([m.index, m.index + m[0].length]);
  }
  return { id: r.id, text: r.text, words, spans };
}

/** FNV-1a's 32-bit offset basis and prime: a shingle's hash, word code by word code. */
const FNV_OFFSET = 2166136261;
const FNV_PRIME = 16777619;
/** Positions kept per shingle: every two of them are compared, so a run many articles carry (boilerplate) stays cheap. */
const MAX_PER_SHINGLE = 50;
/** Shares are rounded to three decimals (so records stay small and stable). */
const SHARE_ROUNDING = 1000;

/** The documents' words as small integers, one shared code per distinct word form. */
function codeWords(docs: readonly Words[]): Int32Array[] {
  const ids = new Map<string, number>();
  return docs.map((d) => Int32Array.from(d.words, (w) => ids.get(w) ?? (ids.set(w, ids.size), ids.size - 1)));
}

/** Which positions (document × 2^22 + word) each 8-word shingle hash starts at, at most MAX_PER_SHINGLE of them. */
function shingleIndex(coded: readonly Int32Array[]): Map<number, number[]> {
  // A position is one number, document × 2^22 + word (no tuples: a big story has millions of hits).
  const index = new Map<number, number[]>();
  coded.forEach((words, di) => {
    for (let i = 0; i + RUN_WORDS <= words.length; i++) {
      let h = FNV_OFFSET;
      for (let k = 0; k < RUN_WORDS; k++) h = Math.imul(h ^ words[i + k]!, FNV_PRIME);
      const list = index.get(h) ?? index.set(h, []).get(h)!;
      if (list.length < MAX_PER_SHINGLE) list.push(di * SHIFT + i);
    }
  });
  return index;
}

/** Which shingle hits are real (the same RUN_WORDS words, not a hash collision), grouped per pair of documents. */
function pairHits(coded: readonly Int32Array[], index: Map<number, number[]>): Map<number, number[]> {
  const same = (da: number, ia: number, db: number, ib: number) => {
    for (let k = 0; k < RUN_WORDS; k++) if (coded[da]![ia + k] !== coded[db]![ib + k]) return false;
    return true;
  };
  // Shingle hits per pair, as position in a × 2^22 + position in b.
  const hits = new Map<number, number[]>();
  for (const list of index.values())
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < list.length; y++) {
        // Entries are in document order, so the first is the pair's a.
        const da = Math.floor(list[x]! / SHIFT);
        const db = Math.floor(list[y]! / SHIFT);
        if (da === db || !same(da, list[x]! % SHIFT, db, list[y]! % SHIFT)) continue;
        const key = da * coded.length + db;
        (hits.get(key) ?? hits.set(key, []).get(key)!).push((list[x]! % SHIFT) * SHIFT + (list[y]! % SHIFT));
      }
  return hits;
}

/** The share of an article's words marked covered, to three decimals (0 for an article with no words). */
function share(c: Uint8Array): number {
  let n = 0;
  for (let k = 0; k < c.length; k++) n += c[k]!;
  return c.length ? Math.round((n / c.length) * SHARE_ROUNDING) / SHARE_ROUNDING : 0;
}

/** The shared runs of two articles from their sorted shingle hits, and the share of each article inside them. */
function pairOf(A: Words, B: Words, list: number[]): ReusePair {
  list.sort((x, y) => x - y);
  const coveredA = new Uint8Array(A.words.length);
  const coveredB = new Uint8Array(B.words.length);
  const runs: ReusePair['runs'] = [];
  let i = 0;
  while (i < list.length) {
    // Extend along the diagonal: consecutive shingles at consecutive positions in both.
    let j = i;
    while (j + 1 < list.length && list[j + 1]! === list[j]! + SHIFT + 1) j++;
    const [sa, sb] = [Math.floor(list[i]! / SHIFT), list[i]! % SHIFT];
    const length = Math.floor(list[j]! / SHIFT) - sa + RUN_WORDS;
    coveredA.fill(1, sa, sa + length);
    coveredB.fill(1, sb, sb + length);
    runs.push({ text: A.text.slice(A.spans[sa]![0], A.spans[sa + length - 1]![1]), words: length, startA: A.spans[sa]![0], startB: B.spans[sb]![0] });
    i = j + 1;
  }
  return { a: A.id, b: B.id, shareA: share(coveredA), shareB: share(coveredB), runs: runs.sort((x, y) => y.words - x.words).slice(0, MAX_RUNS) };
}

/** Pairs of articles that share runs of at least RUN_WORDS words. */
export function findReuse(records: readonly ArticleRecord[]): ReusePair[] {
  const docs = records.map(wordsOf);
  // Words become small integers and each 8-word shingle a 32-bit hash; hits are checked word by word.
  const coded = codeWords(docs);
  const hits = pairHits(coded, shingleIndex(coded));
  const pairs: ReusePair[] = [];
  for (const [key, list] of hits) pairs.push(pairOf(docs[Math.floor(key / docs.length)]!, docs[key % docs.length]!, list));
  return pairs.sort((x, y) => Math.max(y.shareA, y.shareB) - Math.max(x.shareA, x.shareB)).slice(0, MAX_PAIRS);
}
