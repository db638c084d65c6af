/** How close a typed word is to an index term: the one measure the index lookup and name matching use. */
import { distance } from 'fastest-levenshtein';

/** Edits a typed word of this length may contain: none up to 3 letters, one up to 6, two beyond. */
export function allowedEdits(length: number): number {
  return length <= 3 ? 0 : length <= 6 ? 1 : 2;
}

/**
 * 1 for the same word; less for a word within `edits` edits (a typo), and for the start of a longer word
 * (a partial word, typed or cut short, possibly with a typo of its own); 0 when neither.
 */
export function termSimilarity(word: string, term: string, edits = allowedEdits(word.length)): number {
  if (word === term) return 1;
  let best = 0;
  if (Math.abs(term.length - word.length) <= edits) {
    const d = swapped(word, term) ? 1 : distance(word, term);
    if (d <= edits) best = 1 - (1.5 * d) / Math.max(word.length, term.length);
  }
  if (word.length >= 3 && term.length > word.length) {
    let d = term.startsWith(word) ? 0 : Infinity;
    if (d && edits) for (let len = word.length - 1; len <= word.length + 1; len++) d = Math.min(d, distance(word, term.slice(0, len)));
    if (d <= edits) best = Math.max(best, (1 - (1.5 * d) / word.length) * (0.7 + (0.3 * word.length) / term.length));
  }
  return best;
}

/** True when two words differ only by two neighbouring letters swapped ("wrokers"): one slip of the fingers, not two. */
function swapped(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i < a.length - 1 && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}
