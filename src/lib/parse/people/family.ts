/**
 * Step 2b of the people stage: relatives named by their given name alone. An obituary or a profile writes "his wife,
 * Ilse, and their children Jonas and Mira": readers (and annotators) know them as Ilse, Jonas and Mira Fask. A given
 * name after a word for kin whose possessor is a person of the article takes that person's surname; given names the
 * list goes on with do too, found or not by the capitalised runs; so do the given names that sign a family's
 * statement ("… Ilse, Jonas, Mira and Lena."). Never one the article also names in full.
 */
import type { ParsedBlock } from './runs.ts';
import { genderOf } from '../given-names.ts';
import { isAnyGivenName, isCommonWord } from './name-lists.ts';
import type { Candidate } from './types.ts';

/** Words for kin a given name follows, in the singular and the plural ("his wife, Ilse", "their sons Jonas and Pell"). */
const KIN =
  'wife|husband|widow|widower|partner|son|sons|daughter|daughters|child|children|kids|brother|brothers|sister|sisters|mother|father|parents|grandson|grandsons|granddaughter|granddaughters|grandchildren|stepson|stepdaughter|twin';
/** The possessor (a pronoun, or a name’s possessive), a count or an adjective or two, the kin word and its names. */
const KIN_NAMES = new RegExp(
  `\\b([Hh]is|[Hh]er|[Tt]heir|(\\p{Lu}[\\p{L}-]+)[’']s?)\\s+(?:(?:late|beloved|eldest|youngest|older|younger|two|three|four|five|six|adult|teenage)\\s+){0,2}(?:${KIN})(?:,\\s*|\\s+)(\\p{Lu}\\p{Ll}+(?:(?:,\\s*(?:and\\s+)?|\\s+and\\s+)\\p{Lu}\\p{Ll}+)*)`,
  'gu',
);

/** A sentence that is only a list of capitalised words, the last after "and" (a statement's signature). */
const SIGNATURE = /(?:^|[.!?][”"’]?\s+|[“"‘]\s*)((?:\p{Lu}\p{Ll}+,\s+){2,}\p{Lu}\p{Ll}+,?\s+and\s+\p{Lu}\p{Ll}+)[.!]?(?=[”"’]?\s*$|[”"’]?\s+\p{Lu})/gu;

/**
 * Give relatives named by their given name the surname of the person whose kin they are; add the given names of a kin
 * list the runs missed. `candidates` is changed in place and stays in text order.
 */
export function familyNames(parsed: readonly ParsedBlock[], candidates: Candidate[]): void {
  const full = candidates.filter((c) => c.tokens.length >= 2);
  if (full.length === 0) return;
  // The given names of the full names the article writes stand for those people, not for a relative.
  const givenOfFull = new Set(full.map((c) => c.tokens[0]!));
  const added: Candidate[] = [];
  /** The relative whose given name stands at `start`: the candidate there takes the surname, or one is added. */
  const relative = (block: number, start: number, given: string, surname: string) => {
    if (givenOfFull.has(given)) return;
    const end = start + given.length;
    const found = candidates.find((c) => c.block === block && c.start === start && c.tokens.length === 1);
    if (found) Object.assign(found, { tokens: [given, surname], kin: true });
    else if (![...candidates, ...added].some((c) => c.block === block && c.start <= start && end <= c.end))
      added.push({ block, start, end, tokens: [given, surname], alias: given, title: null, female: null, strong: true, kin: true });
  };
  parsed.forEach(({ text }, block) => {
    // (Most paragraphs name no kin: skip the pattern there.)
    if (!/\b(?:wife|husband|widow|widower|partner|sons?|daughters?|child|children|kids|brothers?|sisters?|mother|father|parents|grand|step|twin)/.test(text))
      return;
    for (const m of text.matchAll(KIN_NAMES)) {
      const surname =
        m[2] !== undefined
          ? possessorSurname(m[2], full)
          : (subjectSurname(text, m.index, block, candidates, full, m[1]!) ?? principalSurname(full, candidates, block));
      if (!surname) continue;
      const listStart = m.index + m[0].length - m[3]!.length;
      // ("his wife, Ilse Brand": a name that goes on is her own, whole.)
      if (/^\s+\p{Lu}/u.test(text.slice(listStart + m[3]!.length))) continue;
      for (const n of m[3]!.matchAll(/\p{Lu}\p{Ll}+/gu))
        if (n[0] !== surname && isAnyGivenName(n[0]) && !isCommonWord(n[0])) relative(block, listStart + n.index, n[0], surname);
    }
  });
  // "… at this time. Ilse, Jonas, Mira and Lena.": a sentence that is only given names, three or more, signs a family's
  // statement; they are the family of the person the article is about.
  parsed.forEach(({ text }, block) => {
    if (!/,\s+\p{Lu}\p{Ll}+,?\s+and\s+\p{Lu}/u.test(text)) return;
    for (const m of text.matchAll(SIGNATURE)) {
      const names = [...m[1]!.matchAll(/\p{Lu}\p{Ll}+/gu)];
      if (names.length < 3 || !names.every((n) => isAnyGivenName(n[0]) && !isCommonWord(n[0]))) continue;
      const surname = principalSurname(full, candidates, block);
      if (!surname) continue;
      const listStart = m.index + m[0].indexOf(m[1]!);
      for (const n of names) relative(block, listStart + n.index, n[0], surname);
    }
  });
  if (added.length === 0) return;
  candidates.push(...added);
  candidates.sort((x, y) => x.block - y.block || x.start - y.start);
}

/** The sex "his" and "her" pass over. */
const OTHER_SEX: Record<string, 'male' | 'female'> = { his: 'female', her: 'male' };

/** A candidate's sex by their honorific, else by their given name when it usually carries one; null when unknown. */
const sexOf = (c: Candidate) => (c.female === null ? genderOf(c.tokens[0]!) : c.female ? 'female' : 'male');

/** "Fask’s wife": the surname of the full name whose last word the possessive writes. */
function possessorSurname(word: string, full: readonly Candidate[]): string | null {
  return full.some((c) => c.tokens.at(-1) === word) ? word : null;
}

/**
 * "Tom Hale and his wife, Laura": a person named earlier in the same sentence is whose kin they are (their surname,
 * the last word of the name written), before the person the article is about. "His" or "her" passes over a person
 * of the other sex ("Hale wrote to the painter Ada Moss every week while his wife, Laura, ran the café": not Moss).
 */
function subjectSurname(
  text: string,
  at: number,
  block: number,
  candidates: readonly Candidate[],
  full: readonly Candidate[],
  possessor: string,
): string | null {
  const start = Math.max(text.lastIndexOf('. ', at), text.lastIndexOf('? ', at), text.lastIndexOf('! ', at), -1) + 1;
  const other = OTHER_SEX[possessor.toLowerCase()];
  const named = candidates.filter((c) => c.block === block && c.start >= start && c.end <= at && !c.kin && (!other || sexOf(c) !== other)).at(-1);
  // ("Fask is survived by his wife": a surname alone, of a full name the article writes.)
  return named ? possessorSurname(named.tokens.at(-1)!, full) : null;
}

/**
 * "his wife": the person the article is about — the full name whose surname it writes most often, named at or before
 * this paragraph.
 */
function principalSurname(full: readonly Candidate[], candidates: readonly Candidate[], block: number): string | null {
  const counts = new Map<string, number>();
  for (const c of candidates) {
    if (c.kin) continue;
    const last = c.tokens.at(-1)!;
    if (full.some((f) => f.tokens.at(-1) === last && f.block <= block)) counts.set(last, (counts.get(last) ?? 0) + 1);
  }
  let best: string | null = null;
  let most = 0;
  for (const [name, n] of counts)
    if (n > most) {
      best = name;
      most = n;
    } else if (n === most) best = null;
  return best;
}
