/**
 * A statement one outlet reports and another states plainly: `Roller told reporters the northern ferry line would stop
 * running in March` beside `The northern ferry line will stop running in March.` Neither is in a row once every other
 * rule has run (a report alone has no partner to form one, a plain sentence joins only a row that exists), yet the
 * two are one statement. Such a report and the plain sentences that share most of its words (as two reports would
 * have to, reported.ts) form a row; two plain sentences alone never do, however alike (copies share many).
 */
import { groupReported } from './reported.ts';
import type { Unit } from './units.ts';

/** Words a plain sentence must share with some lone report to be compared with one at all. */
const SHARED = 4;
/** Words outside the story's own that a report and a plain sentence must share. */
const DISTINCT = 3;

/**
 * Rows of lone reports and the plain sentences that restate them, from the units in no row of `groups` (nor cut
 * into clauses that are): each row holds a report, two articles or more. Returns the new rows.
 */
export function groupRestated(groups: readonly Unit[][], units: readonly Unit[], story: ReadonlySet<string>): Unit[][] {
  const taken = new Map<string, Array<[number, number]>>();
  for (const g of groups) for (const m of g) (taken.get(m.article) ?? taken.set(m.article, []).get(m.article)!).push([m.start, m.end]);
  const free = (u: Unit) => !(taken.get(u.article)?.some(([s, e]) => s < u.end && e > u.start) ?? false);
  const reports = units.filter((u) => u.kind === 'reported' && !u.plain && !u.carries && free(u));
  if (!reports.length) return [];
  // Most plain sentences share too few words with every lone report: a set of the reports' words skips them.
  const words = new Set(reports.flatMap((u) => [...u.words]));
  const shares = (u: Unit) => {
    let n = 0;
    for (const w of u.words) if (words.has(w) && ++n >= SHARED) return true;
    return false;
  };
  const plain = units.filter((u) => u.plain && free(u) && shares(u));
  if (!plain.length) return [];
  // Words half the story's articles use (the people and places of the event) say only that both are about it.
  const distinct = (a: Unit, b: Unit) => {
    let n = 0;
    for (const w of a.words) if (b.words.has(w) && !story.has(w) && ++n >= DISTINCT) return true;
    return false;
  };
  return groupReported([...reports, ...plain], (a, b) => (!a.plain || !b.plain) && distinct(a, b)).filter(
    (g) => g.some((u) => !u.plain) && g.some((u) => u.plain),
  );
}
