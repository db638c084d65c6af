/**
 * How alike two wordings are in meaning, not only in letters: the stems they share, the near-synonyms one
 * uses for the other's words ("fruitful" for "productive", from WordNet), and whether one is a run of words
 * inside the other (a fragment quoted from a longer statement).
 */
import { sensesOf, sharedSense } from './senses.ts';
import { stem } from './text.ts';

/** What two wordings have in common. */
export interface Overlap {
  /** Stems both have. */
  shared: number;
  /** Pairs of words, one from each side, that are near-synonyms (counted once per word). */
  synonyms: Array<[string, string]>;
  /** (shared + synonyms) over the union of the two sets of content words. */
  jaccard: number;
  /** (shared + synonyms) over the smaller set. */
  containment: number;
}

/** The content of a wording that matching needs: stems (with one surface word each) and the stem sequence. */
export interface Wording {
  /** Content stems → the normalised word they came from. */
  stems: ReadonlyMap<string, string>;
  /** Every word (stopwords too) as a stem, in order, joined with spaces and padded: for run containment. */
  run: string;
  /** `run` without leading and trailing stopwords ("is totally different than ours" → "total differ than our"). */
  core: string;
}

/** Synonym checks per pair are capped: a long wording against another needs only a few to decide. */
const MAX_UNMATCHED = 24;

/**
 * Shared stems plus near-synonym pairs between two wordings. With `need`, a caller that only wants to know whether
 * that many words can be in common gets containment and Jaccard 0 as soon as they cannot (no more synonym look-ups).
 */
export function overlap(a: Wording, b: Wording, need = 0): Overlap {
  let shared = 0;
  const onlyA: string[] = [];
  for (const [s, w] of a.stems) {
    if (b.stems.has(s)) shared++;
    else onlyA.push(w);
  }
  const synonyms: Array<[string, string]> = [];
  if (onlyA.length && onlyA.length <= MAX_UNMATCHED) {
    const onlyB: string[] = [];
    for (const [s, w] of b.stems) if (!a.stems.has(s)) onlyB.push(w);
    if (shared + Math.min(onlyA.length, onlyB.length) < need) return { shared, synonyms, jaccard: 0, containment: 0 };
    if (onlyB.length <= MAX_UNMATCHED) {
      // Each word's senses are looked up once, not once per pair. Different stems are different words.
      const sensesB = onlyB.map(sensesOf);
      const used = new Uint8Array(onlyB.length);
      for (let i = 0; i < onlyA.length; i++) {
        if (shared + synonyms.length + onlyA.length - i < need) return { shared, synonyms, jaccard: 0, containment: 0 };
        const x = onlyA[i]!;
        const sx = sensesOf(x);
        if (sx.own.length === 0) continue;
        const k = sensesB.findIndex((sy, j) => !used[j] && sharedSense(sx, sy));
        if (k >= 0) {
          used[k] = 1;
          synonyms.push([x, onlyB[k]!]);
        }
      }
    }
  }
  const common = shared + synonyms.length;
  const sizeA = a.stems.size;
  const sizeB = b.stems.size;
  if (sizeA === 0 || sizeB === 0) return { shared, synonyms, jaccard: 0, containment: 0 };
  return { shared, synonyms, jaccard: common / (sizeA + sizeB - common), containment: common / Math.min(sizeA, sizeB) };
}

/** True when the shorter wording is a run of words inside the longer one ("made progress" in "have made progress on …"). */
export function isRunInside(short: Wording, long: Wording): boolean {
  return short.run.length < long.run.length && short.core.length > 2 && long.run.includes(short.core);
}

/**
 * The most content words in one run of words (stopwords too, as stems) that two wordings both hold, in order:
 * "understand each other" in "we truly understand each other, leader to leader" and "you and I understand each
 * other clearly". Quadratic in the two lengths: only for pairs already close in shared words.
 */
export function sharedRun(a: Wording, b: Wording): number {
  const x = a.run.trim().split(' ');
  const y = b.run.trim().split(' ');
  let best = 0;
  // prev[j]: content words of the common run ending at x[i-1], y[j-1] (or -1 past its end: no run).
  let prev = new Array<number>(y.length + 1).fill(0);
  let prevLen = new Array<number>(y.length + 1).fill(0);
  for (let i = 1; i <= x.length; i++) {
    const cur = new Array<number>(y.length + 1).fill(0);
    const curLen = new Array<number>(y.length + 1).fill(0);
    for (let j = 1; j <= y.length; j++) {
      if (x[i - 1] !== y[j - 1]) continue;
      curLen[j] = prevLen[j - 1]! + 1;
      cur[j] = prev[j - 1]! + (a.stems.has(x[i - 1]!) ? 1 : 0);
      if (cur[j]! > best) best = cur[j]!;
    }
    [prev, prevLen] = [cur, curLen];
  }
  return best;
}

/** Words (stopwords too) a phrase's words may spread over in the longer wording beyond the phrase's own length. */
const SPREAD = 2;

/**
 * True when every content word of a short phrase, or the near-synonym `o` pairs it with, stands close together in
 * the longer wording (`totally different` / `completely different`), not scattered through it (`reckless sailors` /
 * `careless steering at the mouth of the fjord …, and its sailors pay for it`: one word far from the other is no
 * quotation of it).
 */
export function isNearRun(short: Wording, long: Wording, o: Overlap): boolean {
  const words = long.run.trim().split(' ');
  const wanted = new Set<string>();
  for (const s of short.stems.keys()) wanted.add(long.stems.has(s) ? s : '');
  for (const [, w] of o.synonyms) wanted.add(stem(w));
  wanted.delete('');
  const at = [...wanted].map((s) => words.indexOf(s));
  if (at.some((i) => i < 0)) return false;
  return Math.max(...at) - Math.min(...at) < short.run.trim().split(' ').length + SPREAD;
}
