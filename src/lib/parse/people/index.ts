/**
 * Stage: people. Finds the people an article names and merges the forms it uses for each
 * ("Chinese President Xi Jinping", "Mr. Xi", "Xi"), in named steps:
 *   1. runs.ts        tokens and runs of capitalised words per block (nicknames masked)
 *   2. candidates.ts  which runs name a person, on what evidence; organisations and places set apart
 *   2b. family.ts     relatives named by a given name after a word for kin take the surname of whose kin they are
 *   3. resolve.ts     candidates, later full names and short forms tied to people (registry.ts keeps them)
 *   4. subjects.ts    which mentions are clause subjects, for pronouns
 *   5. royals.ts      a monarch, prince or pope named by title and given name ("Queen Ana II"), not a bare given name
 *   6. birth-names.ts a birth name is the person it is given for ("Benedict, born Joseph Ratzinger")
 */
import { birthNames } from './birth-names.ts';
import { findCandidates } from './candidates.ts';
import { familyNames } from './family.ts';
import { PeopleRegistry } from './registry.ts';
import { misspeltSurname, resolveMentions } from './resolve.ts';
import { nameRoyals } from './royals.ts';
import { parseBlocks } from './runs.ts';
import { markSubjects } from './subjects.ts';
import type { FoundPerson, KnownAliases, PersonMention } from './types.ts';
import { PARTICLES } from './words.ts';

export type { FoundPerson, KnownAliases, PersonMention } from './types.ts';

/** Find the people named in `blocks`. `known` maps editor-declared aliases to names. */
export function findPeople(
  blocks: readonly string[],
  known: KnownAliases = new Map(),
  orgNames: ReadonlySet<string> = new Set(),
): { people: FoundPerson[]; mentions: PersonMention[] } {
  const nicknames = new Map<string, string>();
  // ("FORMER MAYOR ANA LIND" over a reaction: a line in capitals throughout over a quotation is read in title case.)
  const readable = blocks.map((b, i) => (/^\s*[“"‘«„]/u.test(blocks[i + 1] ?? '') ? unshouted(b) : b));
  const parsed = parseBlocks(readable, nicknames);
  const { candidates } = findCandidates(parsed, known, orgNames, nicknames);
  familyNames(parsed, candidates);
  const registry = new PeopleRegistry();
  // Full names first, so single words attach to them; a surname with its particle ("Van der Meer", a headline's)
  // after them, so it joins the full name written later ("Lena van der Meer").
  const particled = (c: (typeof candidates)[number]) => PARTICLES.has(c.tokens[0]!.toLowerCase());
  for (const c of candidates)
    if (c.tokens.length > 1 && !particled(c)) {
      if (c.kin) registry.relativeFor(c.tokens);
      else registry.personFor(c.tokens);
    }
  for (const c of candidates) if (c.tokens.length > 1 && particled(c)) registry.personFor(c.tokens);
  for (const c of candidates) if (c.tokens.length === 1 && c.female !== null) registry.separateByGender(c.tokens[0]!, c.female ? 'female' : 'male');
  // A person named by one word only, on strong evidence ("President Okafor said"), is known before the text
  // reaches them, so the same word earlier (a headline's "Okafor ‘stunned’ by …") is them too.
  // ("Mr al-Remlann" after "Bogdan al-Remlan": a surname misspelt by a letter or two is the full name's, not someone new.)
  for (const c of candidates)
    if (c.tokens.length === 1 && c.strong && registry.resolveSingle(c.tokens[0]!) === -1 && misspeltSurname(registry, c) === -1) registry.personFor(c.tokens);
  resolveMentions(registry, { parsed, candidates, known, nicknames });
  const found = registry.finish();
  markSubjects(parsed, found.mentions);
  nameRoyals(readable, found.people, found.mentions);
  return birthNames(readable, found.people, found.mentions);
}

/** Longest line in capitals throughout that `unshouted` reads in title case: a name and a role over a quotation. */
const SHOUTED_MAX_WORDS = 10;

/**
 * A short line in capitals throughout ("CHUCK HALE, SENATE MAJORITY LEADER"), in title case ("Chuck Hale, Senate
 * Majority Leader"), of the same length so offsets hold; any other block as it is.
 */
function unshouted(block: string): string {
  if (block.length > 120 || /\p{Ll}/u.test(block) || !/\p{Lu}{2}/u.test(block) || block.trim().split(/\s+/).length > SHOUTED_MAX_WORDS) return block;
  // (Each word's first letter stays, and one after an apostrophe or "Mc": "O’BRIEN" → "O’Brien", "MCKAY" → "McKay".)
  return block.replace(/\p{Lu}+/gu, (w, at: number) => {
    const after = /[’'-]$/.test(block.slice(0, at)) && at > 0 && /\p{L}/u.test(block[at - 2] ?? '');
    if (after && w.length > 1) return w[0] + w.slice(1).toLowerCase();
    return w.startsWith('MC') && w.length > 3 ? `Mc${w[2]}${w.slice(3).toLowerCase()}` : w[0] + w.slice(1).toLowerCase();
  });
}
