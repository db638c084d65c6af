/**
 * Words for matching across outlets: the one normaliser (../words.ts) plus stems, and the measures built on
 * them (token-set overlap and character-trigram Dice).
 */
import stemWord from 'wink-porter2-stemmer';
import { contentWords, matchWords } from '../words.ts';

export { contentWords, matchWords };

const stems = new Map<string, string>();
/** The Porter2 stem of a normalised word (progress/progressed/progressing → progress), remembered. */
export function stem(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    s = /\d/.test(word) ? word : stemWord(word);
    if (stems.size < 200_000) stems.set(word, s);
  }
  return s;
}

/** Content words as stems: what two wordings share when only the endings differ. */
export function contentStems(text: string): string[] {
  return contentWords(text).map(stem);
}

/** Character trigrams of the normalised words (with word-boundary padding). */
export function trigrams(words: readonly string[]): Map<string, number> {
  const grams = new Map<string, number>();
  const s = ` ${words.join(' ')} `;
  for (let i = 0; i + 3 <= s.length; i++) {
    const g = s.slice(i, i + 3);
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  return grams;
}

/** Sørensen–Dice coefficient over character-trigram multisets, 0–1. */
export function dice(a: Map<string, number>, b: Map<string, number>): number {
  let shared = 0;
  let total = 0;
  for (const [g, n] of a) {
    total += n;
    const m = b.get(g);
    if (m) shared += Math.min(n, m);
  }
  for (const n of b.values()) total += n;
  return total === 0 ? 0 : (2 * shared) / total;
}
