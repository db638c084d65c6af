/** Does a query name a person? The rule that puts a person's page first when the reader types their name. */
import type { StoredDoc } from './build.ts';
import { allowedEdits, termSimilarity } from './similarity.ts';
import { searchWords } from './words.ts';

/**
 * How well the query words name this person: 0 for their full name exactly, 1 for another name the articles
 * use (a surname, "President Xi"), 2 and 3 for the same with a typo in a word; null when the query is not a
 * name of theirs (every word of the name typed, nothing else).
 */
export function nameMatch(query: readonly string[], person: Pick<StoredDoc, 'x' | 's'>): number | null {
  const names = [person.x, ...person.s.split(' · ').filter(Boolean)];
  let best: number | null = null;
  names.forEach((name, k) => {
    const parts = searchWords(name);
    if (parts.length !== query.length) return;
    const left = [...parts];
    let typo = false;
    for (const w of query) {
      const at = left.findIndex((p) => p === w || (w.length >= 4 && termSimilarity(w, p, Math.min(1, allowedEdits(w.length))) > 0 && w.length >= p.length - 1));
      if (at < 0) return;
      if (left[at] !== w) typo = true;
      left.splice(at, 1);
    }
    const rank = (k === 0 ? 0 : 1) + (typo ? 2 : 0);
    if (best === null || rank < best) best = rank;
  });
  return best;
}
