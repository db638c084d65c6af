/**
 * A short phrase quoted alone (`Varga called the gang “small-time burglars”`, two outlets) and a reporter's sentence
 * of the same speaker that uses the phrase without marks (`Ilse Varga said the four held were small-time burglars
 * from the docks.`): one statement. Reports join a statement through its longer wordings (reported.ts), so a row of
 * phrases alone took none. The report must be in no row, hold one of the row's phrases of two content words or more
 * as a run of words, and hold no phrase of another such row of its speaker (then it may report either).
 */
import type { Unit } from './units.ts';

/** Content words a phrase needs for its words to stand for the statement in a report (one word is any sentence's). */
const PHRASE_WORDS = 2;

/** How a sentence with no speech verb names what something was called: "as", "as a", "as an", "as the" (as stems). */
const LABELS = [' as', ' as a', ' as an', ' as the'];

/**
 * Add to the rows of `groups` whose quoted wordings are all phrases of at most `fragment` content words, of one named
 * speaker, the reports of that speaker in no row that hold one of their phrases (as stems, in order).
 */
export function joinPhraseReports(groups: readonly Unit[][], units: readonly Unit[], fragment: number): void {
  const rows = new Map<string, Array<{ row: Unit[]; phrases: string[] }>>();
  for (const row of groups) {
    const quoted = row.filter((m) => m.kind !== 'reported');
    if (!quoted.length || quoted.some((m) => m.words.size > fragment)) continue;
    const speakers = new Set(row.map((m) => m.speakerId).filter((id) => id !== null));
    if (speakers.size !== 1) continue;
    const phrases = [...new Set(quoted.filter((m) => m.words.size >= PHRASE_WORDS).map((m) => m.core))];
    const [speaker] = speakers;
    if (phrases.length) (rows.get(speaker!) ?? rows.set(speaker!, []).get(speaker!)!).push({ row, phrases });
  }
  if (!rows.size) return;
  // A sentence any row holds, or cut into clauses that a row holds, is placed already.
  const taken = new Map<string, Array<[number, number]>>();
  for (const g of groups) for (const m of g) (taken.get(m.article) ?? taken.set(m.article, []).get(m.article)!).push([m.start, m.end]);
  const free = (u: Unit) => !(taken.get(u.article)?.some(([s, e]) => s < u.end && e > u.start) ?? false);
  for (const r of units) {
    if (r.kind !== 'reported' || r.carries || r.speakerId === null || !rows.has(r.speakerId) || !free(r)) continue;
    // A sentence with no speech verb the lexicon knows holds the phrase as what the speaker called something
    // (`condemned the fire as a reckless act`, `dismissed the offer as a cheap trick`).
    const holds = (p: string) => (r.plain ? LABELS.some((l) => r.run.includes(`${l}${p}`)) : r.run.includes(p));
    const hits = rows.get(r.speakerId)!.filter(({ phrases }) => phrases.some(holds));
    if (hits.length === 1) hits[0]!.row.push(r);
  }
}
