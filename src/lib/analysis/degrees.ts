/**
 * Words that only say how much (`extremely`, `truly`, `clearly`): opening a phrase quoted alone, they are one
 * outlet's choice of degree, not a word of the statement (`extremely useful` beside `the session was very useful`,
 * where `very` is a stopword already).
 */
import { STOPWORDS } from '../words.ts';
import { matchWords } from './text.ts';
import type { Unit } from './units.ts';

const DEGREE = new Set(
  'extremely really truly highly incredibly immensely hugely enormously exceptionally remarkably particularly especially deeply clearly obviously certainly definitely absolutely'.split(
    ' ',
  ),
);

/** Content words a phrase may hold, its degree word included, to be read without it. */
const PHRASE_WORDS = 3;

/**
 * The words of a short quoted phrase after the degree word that opens it, as a padded run of stems (`truly useful`
 * → ` use `), with how many content words are left; null when the phrase opens otherwise.
 */
export function withoutDegree(f: Unit): { core: string; words: number } | null {
  if (f.words.size < 2 || f.words.size > PHRASE_WORDS) return null;
  const first = matchWords(f.matchText ?? f.text).find((w) => !STOPWORDS.has(w));
  if (first === undefined || !DEGREE.has(first)) return null;
  // The core opens with that word's stem (stopwords trimmed): drop it, and stopwords after it.
  const rest = f.core.trim().split(' ').slice(1);
  while (rest.length && STOPWORDS.has(rest[0]!)) rest.shift();
  return rest.length ? { core: ` ${rest.join(' ')} `, words: f.words.size - 1 } : null;
}
