/**
 * Words for matching across outlets: the one normaliser (../words.ts) plus stems, and the measures built on
 * them (token-set overlap and character-trigram Dice).
 */
import stemWord from 'wink-porter2-stemmer';
import { contentWords, matchWords } from '../words.ts';

export { contentWords, matchWords };

const stems = new Map<string, string>();
/** An ordinal written with digits ("7th", "22nd"): the day of a date as one outlet writes "February 7th" and another "February 7". */
const ORDINAL = /^(\d+)(?:st|nd|rd|th)$/;

/** The Porter2 stem of a normalised word (progress/progressed/progressing → progress; 7th → 7), remembered. */
export function stem(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    s = /\d/.test(word) ? (ORDINAL.exec(word)?.[1] ?? word) : stemWord(word);
    if (stems.size < 200_000) stems.set(word, s);
  }
  return s;
}

/** Content words as stems: what two wordings share when only the endings differ. */
export function contentStems(text: string): string[] {
  return contentWords(text).map(stem);
}

/**
 * Character trigrams of the normalised words (with word-boundary padding), as a multiset: a sorted array of
 * trigram codes (the three UTF-16 code units as one number) in which a trigram that occurs twice appears twice.
 */
export function trigrams(words: readonly string[]): Float64Array {
  const s = ` ${words.join(' ')} `;
  const out = new Float64Array(Math.max(0, s.length - 2));
  for (let i = 0; i + 3 <= s.length; i++) out[i] = (s.charCodeAt(i) * 65536 + s.charCodeAt(i + 1)) * 65536 + s.charCodeAt(i + 2);
  return out.sort();
}

/** Sørensen–Dice coefficient over two trigram multisets (as `trigrams` gives them), 0–1. */
export function dice(a: Float64Array, b: Float64Array): number {
  const total = a.length + b.length;
  if (total === 0) return 0;
  // Both are sorted: one merge counts the shared trigrams, min(count in a, count in b) of each.
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return (2 * shared) / total;
}
