/**
 * How alike two wordings are in meaning, not only in letters: the stems they share, the near-synonyms one
 * uses for the other's words ("fruitful" for "productive", from WordNet), and whether one is a run of words
 * inside the other (a fragment quoted from a longer statement).
 */
import { sensesOf, sharedSense } from './senses.ts';

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

/** Shared stems plus near-synonym pairs between two wordings. */
export function overlap(a: Wording, b: Wording): Overlap {
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
    if (onlyB.length <= MAX_UNMATCHED) {
      // Each word's senses are looked up once, not once per pair. Different stems are different words.
      const sensesB = onlyB.map(sensesOf);
      const used = new Uint8Array(onlyB.length);
      for (const x of onlyA) {
        const sx = sensesOf(x);
        if (sx.own.length === 0) continue;
        const k = sensesB.findIndex((sy, i) => !used[i] && sharedSense(sx, sy));
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
