/**
 * Body-text F1 over 4-word shingles, the measure of the article-extraction benchmarks: precision and recall over
 * the multiset of every run of four consecutive words (lower case, word characters only) of the predicted text
 * against the expected text.
 */

/** Precision, recall and F1 of one page, each 0–1. */
export interface ShingleScore {
  precision: number;
  recall: number;
  f1: number;
}

/** Multiset of the text's n-word shingles. */
function shingles(text: string, n: number): Map<string, number> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? [];
  const out = new Map<string, number>();
  // A text shorter than n words is one shingle of all its words, so it still counts.
  const last = Math.max(words.length - n, words.length ? 0 : -1);
  for (let i = 0; i <= last; i++) {
    const key = words.slice(i, i + n).join(' ');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** Score predicted against expected text. Both empty is a perfect score; one empty scores 0. */
export function shingleF1(predicted: string, expected: string, n = 4): ShingleScore {
  const p = shingles(predicted, n);
  const e = shingles(expected, n);
  const size = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  const np = size(p);
  const ne = size(e);
  if (np === 0 && ne === 0) return { precision: 1, recall: 1, f1: 1 };
  let common = 0;
  for (const [k, c] of p) common += Math.min(c, e.get(k) ?? 0);
  const precision = np ? common / np : 0;
  const recall = ne ? common / ne : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}
