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

/** Pairs of articles that share runs of at least RUN_WORDS words. */
export function findReuse(records: readonly ArticleRecord[]): ReusePair[] {
  const docs = records.map(wordsOf);
  // Words become small integers and each 8-word shingle a 32-bit hash; hits are checked word by word.
  const ids = new Map<string, number>();
  const coded = docs.map((d) => Int32Array.from(d.words, (w) => ids.get(w) ?? (ids.set(w, ids.size), ids.size - 1)));
  // A position is one number, document × 2^22 + word (no tuples: a big story has millions of hits).
  const index = new Map<number, number[]>();
  coded.forEach((words, di) => {
    for (let i = 0; i + RUN_WORDS <= words.length; i++) {
      let h = 2166136261;
      for (let k = 0; k < RUN_WORDS; k++) h = Math.imul(h ^ words[i + k]!, 16777619);
      const list = index.get(h) ?? index.set(h, []).get(h)!;
      if (list.length < 50) list.push(di * SHIFT + i);
    }
  });
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
        const key = da * docs.length + db;
        (hits.get(key) ?? hits.set(key, []).get(key)!).push((list[x]! % SHIFT) * SHIFT + (list[y]! % SHIFT));
      }
  const pairs: ReusePair[] = [];
  for (const [key, list] of hits) {
    const a = Math.floor(key / docs.length);
    const b = key % docs.length;
    const A = docs[a]!;
    const B = docs[b]!;
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
    const share = (c: Uint8Array) => {
      let n = 0;
      for (let k = 0; k < c.length; k++) n += c[k]!;
      return c.length ? Math.round((n / c.length) * 1000) / 1000 : 0;
    };
    pairs.push({ a: A.id, b: B.id, shareA: share(coveredA), shareB: share(coveredB), runs: runs.sort((x, y) => y.words - x.words).slice(0, MAX_RUNS) });
  }
  return pairs.sort((x, y) => Math.max(y.shareA, y.shareB) - Math.max(x.shareA, x.shareB)).slice(0, MAX_PAIRS);
}
