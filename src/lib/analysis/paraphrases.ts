/**
 * A statement no outlet quotes in its own words but two or more outlets paraphrase alike ("Okafor stressed the
 * need to stop the strike from spreading to the mines" in two articles) beside the statement quoted elsewhere
 * ("We have to make sure the strike does not reach the mines"): each paraphrase alone shares too few words with
 * the quote, but what the paraphrases agree on and what the quotes agree on can be the same words. Such a group
 * joins the quoted statement of the same speaker when the words its wordings share (reported.ts, coreOf) and the
 * words the statement's wordings share have two or more in common that are not the story's own words, covering
 * half of each set: one speaker's two statements that merely share a word or the story's words stay apart, and so
 * does a long reporter's sentence that shares a few words with a short statement.
 */
import { overlap } from './match.ts';
import { coreOf } from './reported.ts';
import type { Unit } from './units.ts';

/** Words of the two cores in common (near-synonyms too), of which this many outside the story's own words… */
const DISTINCT = 2;
/** …covering this share of each core. */
const COVER = 0.5;

const articles = (g: readonly Unit[]) => new Set(g.map((u) => u.article)).size;
/** The one speaker of every wording of a group, or null when a wording has none or two people speak. */
function speakerOf(g: readonly Unit[]): string | null {
  const ids = new Set(g.map((u) => u.speakerId));
  return ids.size === 1 ? [...ids][0]! : null;
}

/** Move each group of paraphrases (no quote) into the quoted statement of its speaker whose shared words it shares. */
export function joinParaphrases(groups: Unit[][], story: ReadonlySet<string>): Unit[][] {
  const said = (m: Unit) => (m.said ?? m).stems;
  const statements = groups
    .filter((g) => articles(g) >= 2 && g.some((u) => u.kind !== 'reported'))
    .map((g) => ({ g, speaker: speakerOf(g.filter((u) => u.kind !== 'reported' && u.speakerId !== null)), core: coreOf(g, said) }))
    .filter((s) => s.speaker !== null && s.core.stems.size > 0);
  // Inverted index of the statements' core words: a paraphrase group is compared only with statements it shares one with.
  const index = new Map<string, number[]>();
  statements.forEach((s, i) => {
    for (const w of s.core.stems.keys()) (index.get(w) ?? index.set(w, []).get(w)!).push(i);
  });
  for (const p of groups) {
    if (articles(p) < 2 || p.some((u) => u.kind !== 'reported')) continue;
    const speaker = speakerOf(p);
    if (speaker === null) continue;
    const core = coreOf(p, said);
    const candidates = new Set([...core.stems.keys()].flatMap((w) => index.get(w) ?? []));
    let best: Unit[] | null = null;
    let bestCover = 0;
    let tie = false;
    for (const i of candidates) {
      const s = statements[i]!;
      if (s.speaker !== speaker) continue;
      const o = overlap(core, s.core);
      let distinct = o.synonyms.length;
      for (const w of core.stems.keys()) if (s.core.stems.has(w) && !story.has(w)) distinct++;
      // Half of each core: a long sentence both share a few words with is not a paraphrase of a short statement.
      const cover = (o.shared + o.synonyms.length) / Math.max(core.stems.size, s.core.stems.size);
      if (distinct < DISTINCT || cover < COVER) continue;
      if (cover > bestCover) [best, bestCover, tie] = [s.g, cover, false];
      else if (cover === bestCover) tie = true;
    }
    if (best && !tie) best.push(...p.splice(0));
  }
  return groups.filter((g) => g.length > 0);
}
