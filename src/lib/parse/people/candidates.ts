/**
 * Step 2 of the people stage: which capitalised runs name a person, on what evidence. A run is trimmed to its
 * name part (titles and honorifics before it are the prefix); organisations and places that contain a name are
 * set apart; what remains needs strong evidence (honorific, title, role, age, editor's alias) or weak evidence
 * on a full name (a common given name, a speech verb after it, ", who").
 */
import { isPlace } from '../../gazetteer.ts';
import { LOWERCASE_ROLE_WORDS, ORG_WORDS, PLACE_HEADS, SPEECH_VERBS } from '../../lexicon.ts';
import type { Token } from '../../tokens.ts';
import { isAnyGivenName, isCommonWord, isOnlySurname, isSurname } from './name-lists.ts';
import type { ParsedBlock } from './runs.ts';
import { titleAfter, titleBefore } from './titles.ts';
import type { Candidate, KnownAliases } from './types.ts';
import {
  CLUB_AND_FOREIGN_ORG_WORDS,
  FEMALE_HONORIFICS,
  PARTICLES,
  PLACE_PREFIXES,
  VENUE_WORDS,
  bare,
  isHonorific,
  isInitial,
  isTitleWord,
  lower,
  nameLike,
  nameWord,
} from './words.ts';

/** Longest name a run may hold, in words: longer runs are titles of works, lists or headlines. */
const MAX_NAME_WORDS = 5;
const SUFFIX = /^(?:Jr|Sr|II|III|IV)$/;

/** One run, cut into its prefix (tokens a..k) and its name (k..b). */
interface Run {
  block: number;
  text: string;
  tokens: Token[];
  a: number;
  k: number;
  b: number;
}

/** The candidates of every block, and the phrases seen as organisations. */
export function findCandidates(
  parsed: readonly ParsedBlock[],
  known: KnownAliases,
  orgNames: ReadonlySet<string>,
): { candidates: Candidate[]; orgs: Set<string> } {
  const candidates: Candidate[] = [];
  const orgs = new Set<string>();
  parsed.forEach(({ text, tokens, runs }, block) => {
    for (const [a, b] of runs) {
      const run = trimRun(block, text, tokens, a, b, known);
      if (!run) continue;
      const c = candidateOf(run, known, orgNames, orgs);
      if (c) candidates.push(c);
    }
  });
  // A phrase seen as an organisation anywhere ("Al Jazeera’s Katrina Yu") is not a person elsewhere ("told Al Jazeera").
  return { candidates: candidates.filter((c) => c.strong || !orgs.has(c.tokens.join(' '))), orgs };
}

/** Cut a run into prefix and name, or null when it cannot hold a name. */
function trimRun(block: number, text: string, tokens: Token[], a: number, bEnd: number, known: KnownAliases): Run | null {
  let b = bEnd;
  // "Martin Luther King Jr. Boulevard": the run ended at the suffix's full stop; a road or venue follows.
  const after = tokens[bEnd];
  if (after?.capital && SUFFIX.test(tokens[bEnd - 1]!.word) && (VENUE_WORDS.has(lower(after.word)) || PLACE_HEADS.has(lower(after.word)))) return null;
  // Generational suffixes end a name without being part of it ("Charles Hollis III", "Martin Luther King Jr.").
  while (b > a + 1 && SUFFIX.test(tokens[b - 1]!.word)) b--;
  // A phrase ending in a place word is a place ("Central Park"); inside a name the word is a name ("Park Ji-woo").
  if (PLACE_HEADS.has(lower(tokens[b - 1]!.word)) && !known.has(text.slice(tokens[a]!.start, tokens[b - 1]!.end))) return null;
  let k = titleSurname(tokens, a, b) ? b - 1 : b;
  while (k > a && (nameLike(tokens[k - 1]!) || (PARTICLES.has(tokens[k - 1]!.word) && k < b))) k--;
  while (k < b && PARTICLES.has(tokens[k]!.word)) k++;
  while (k < b && isPlace(tokens[k]!.word)) k++;
  // "Unseeded Ana Lima", "Comedian Ana Lima" at a sentence start: a word no list knows as a name, before a given name.
  while (b - k >= 3 && describes(tokens[k]!.word) && isAnyGivenName(tokens[k + 1]!.word) && !isCommonWord(tokens[k + 1]!.word)) k++;
  b = headlineCut(tokens, k, b);
  // Initials alone ("I.K." before a line break) are no name.
  if (b === k || b - k > MAX_NAME_WORDS || isInitial(tokens[b - 1]!)) return null;
  return { block, text, tokens, a, k, b };
}

/** An everyday word or an -ed/-ing form ("Comedian", "Unseeded") that no list knows as a name: it describes the name after it. */
const describes = (w: string) => (isCommonWord(w) || /\p{Ll}(?:ed|ing)$/u.test(w)) && !isAnyGivenName(w) && !isSurname(w);

/**
 * A title word that is also a surname, last in the run after a given name, is the surname ("Amy Pope", "Howard
 * Dean", "Ana King"): a title before a name is followed by it, not preceded by a given name.
 */
function titleSurname(tokens: readonly Token[], a: number, b: number): boolean {
  const last = tokens[b - 1]!;
  const prev = tokens[b - 2];
  return (
    b - a >= 2 &&
    isTitleWord(last.word) &&
    /^\p{Lu}\p{Ll}+$/u.test(last.word) &&
    isSurname(last.word) &&
    prev !== undefined &&
    nameLike(prev) &&
    isAnyGivenName(prev.word) &&
    !isCommonWord(prev.word)
  );
}

/**
 * In headline case a name runs into the words after it ("Dupont Makes First Visit", "Lima Says", "Lima Joked"):
 * the name ends before a speech verb, or an everyday word that is no listed name and has more words after it or
 * reads as a past tense.
 */
function headlineCut(tokens: Token[], k: number, b: number): number {
  for (let i = k + 1; i < b; i++) {
    const w = tokens[i]!.word;
    if (SPEECH_VERBS.has(lower(w))) return i;
    if (PARTICLES.has(w) || isInitial(tokens[i]!) || !isCommonWord(w) || isSurname(w) || isAnyGivenName(w)) continue;
    // A last word must look like a verb ("Joked"): "Fred Couples", "Kimiko Date" end in everyday words.
    if (i < b - 1 || /ed$/.test(w)) return i;
  }
  return b;
}

/** The candidate a trimmed run makes, or null; organisations found on the way go into `orgs`. */
function candidateOf(run: Run, known: KnownAliases, orgNames: ReadonlySet<string>, orgs: Set<string>): Candidate | null {
  const { text, tokens, a, k, b } = run;
  const prefix = tokens.slice(a, k);
  const nameTokens = tokens.slice(k, b);
  const surface = nameTokens.map(nameWord).join(' ');
  const knownName = known.get(surface);
  if (!knownName && (isPlace(surface) || orgNames.has(surface))) return null;
  if (orgBefore(prefix) && !knownName) {
    orgs.add(text.slice(tokens[a]!.start, tokens[b - 1]!.end));
    return null;
  }
  const honorific = prefix.findLast((t) => isHonorific(t));
  const last = nameTokens[nameTokens.length - 1]!;
  const next = tokens[b];
  // "Smith’s Bakery": a possessive name before another capitalised word names a business.
  if (last.possessive && next?.capital && nameLike(next) && !honorific) {
    orgs.add(surface);
    return null;
  }
  const strong = Boolean(honorific || roleBefore(run) || knownName || roleAfter(run) || aged(run) || initialled(nameTokens));
  if (!strong && !weakEvidence(run)) return null;
  const lastPrefix = prefix[prefix.length - 1];
  const shortTitle = lastPrefix && isTitleWord(lastPrefix.word) && prefix.length === 1 ? lastPrefix.word + ' ' : '';
  const honorificText = honorific ? text.slice(honorific.start, honorific.end + (honorific.dotted ? 1 : 0)) + ' ' : '';
  return {
    block: run.block,
    start: nameTokens[0]!.start,
    end: last.end,
    tokens: (knownName ?? surface).split(' '),
    alias: honorificText ? honorificText + surface : shortTitle && nameTokens.length === 1 ? shortTitle + surface : surface,
    title: titleBefore(text, tokens, a, k) ?? roleAfter(run),
    female: honorific ? FEMALE_HONORIFICS.has(lower(bare(honorific.word))) : null,
    strong,
  };
}

/**
 * Does the prefix make the run an organisation? Read back from the name: an organisation word met before any
 * title word ("Major League Baseball", "Hapoel Tel Aviv") does; a title nearer the name does not ("Foreign Ministry
 * spokesman Wang"), nor an organisation word after "of" inside a title ("Secretary of State Blinken").
 */
function orgBefore(prefix: readonly Token[]): boolean {
  for (let i = prefix.length - 1; i >= 0; i--) {
    const w = prefix[i]!.word;
    if (isTitleWord(w)) return false;
    if (ORG_WORDS.has(lower(w)) || CLUB_AND_FOREIGN_ORG_WORDS.has(w)) return !titleOf(prefix, i);
  }
  return false;
}

/** Is prefix[i] inside an "of" phrase of a title ("Director of Foreign Affairs", "Secretary of State")? */
function titleOf(prefix: readonly Token[], i: number): boolean {
  for (let j = i - 1; j > 0; j--) {
    if (prefix[j]!.word === 'of') return isTitleWord(prefix[j - 1]!.word);
    if (!prefix[j]!.capital) return false;
  }
  return false;
}

/** Where the text after the name starts (past a possessive ’s). */
const afterName = ({ tokens, b }: Run) => tokens[b - 1]!.end + (tokens[b - 1]!.possessive ? 2 : 0);

/** A title in the prefix ("President"), a lowercase role just before ("co-founder"), or a role around commas (", the minister, X,"). */
function roleBefore(run: Run): boolean {
  const { text, tokens, a, k, b } = run;
  if (tokens.slice(a, k).some((t) => isTitleWord(t.word))) return true;
  const prev = tokens[a - 1];
  // "striker Ana Lima", "strikers Ana Lima and …".
  const role = prev && !prev.capital && (LOWERCASE_ROLE_WORDS.has(prev.word) || LOWERCASE_ROLE_WORDS.has(prev.word.replace(/s$/, '')));
  // Right before the name or in apposition ("his daughter, Kaylee,"), not across a sentence ("… farmers. Ask him").
  if (role && /^,? $/.test(text.slice(prev.end, tokens[a]!.start))) return true;
  return (
    b - k > 1 &&
    /^,/.test(text.slice(afterName(run))) &&
    /,\s*$/.test(text.slice(Math.max(0, tokens[a]!.start - 3), tokens[a]!.start)) &&
    tokens.slice(Math.max(0, a - 6), a).some((t) => isTitleWord(t.word) || LOWERCASE_ROLE_WORDS.has(lower(t.word)))
  );
}

/**
 * Single initials before a surname ("J. Crawley", "M. A. Khan"): only people are written so. Joined initials
 * ("J.P. Morgan") also name banks and need other evidence ("Prime Minister I.K. Gujral").
 */
const initialled = (nameTokens: readonly Token[]) =>
  nameTokens.length >= 2 && isInitial(nameTokens[0]!) && nameTokens[0]!.word.length === 1 && /^\p{Lu}[\p{Ll}’']/u.test(nameTokens[nameTokens.length - 1]!.word);

/** A role in apposition after the name ("X, a research fellow at …"). */
const roleAfter = (run: Run) => titleAfter(run.text, afterName(run));

/** An age after the name ("X, 54," or "X, a 54-year-old …"). */
const aged = (run: Run) => /^,\s+(?:\d{1,3},|(?:an?|the)\s+\d{1,3}-year-old\b)/.test(run.text.slice(afterName(run), afterName(run) + 80));

/** A full name (two words or more, name-shaped) with a common given name first, a speech verb after it, or ", who". */
function weakEvidence({ text, tokens, a, k, b }: Run): boolean {
  const nameTokens = tokens.slice(k, b);
  const multi =
    nameTokens.length >= 2 &&
    nameTokens.every(
      (t) =>
        PARTICLES.has(t.word) ||
        (isInitial(t) && t !== nameTokens[0]) ||
        /^\p{Lu}[\p{Ll}’']/u.test(t.word) ||
        /^\p{Lu}\p{Ll}*-\p{L}/u.test(t.word) ||
        /^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+$/u.test(t.word),
    );
  const prev = tokens[a - 1];
  // "the Lumora Halo", "The Rolling Stones": an article before the phrase makes it a thing or a group.
  const afterThe =
    (prev !== undefined && /^(the|a|an)$/i.test(prev.word) && text.slice(prev.end, tokens[a]!.start) === ' ') ||
    (k > a && /^(?:The|A|An)$/.test(tokens[a]!.word));
  // Everyday words throughout name a thing, whatever follows ("Advanced Medical reported").
  if (!multi || afterThe || nameTokens.every((t) => isCommonWord(t.word))) return false;
  const last = nameTokens[nameTokens.length - 1]!;
  const next = tokens[b];
  const speaks = next !== undefined && !last.possessive && SPEECH_VERBS.has(next.word) && text.slice(last.end, next.start) === ' ';
  const relative = /^,\s+who\b/.test(text.slice(last.end + (last.possessive ? 2 : 0)));
  const orgContext = prev !== undefined && /^(?:at|for|from|via)$/i.test(prev.word);
  return speaks || relative || saidBefore(text, tokens, a) || fromCountry(text, last) || (!orgContext && listedName(nameTokens));
}

/**
 * A country or region after a full name: in brackets, as results lists give it ("Ana Lima (Brazil) beat …"), or
 * after "of" ("Tom Lark of Oklahoma"; runs.ts ends the run before that "of").
 */
function fromCountry(text: string, last: Token): boolean {
  if (last.possessive) return false;
  const after = text.slice(last.end, last.end + 34);
  const bracket = /^ \(([\p{L} .]{2,30})\)/u.exec(after);
  if (bracket) return isPlace(bracket[1]!);
  const of = /^ of ((\p{Lu}[\p{L}.]*)(?: (\p{Lu}[\p{L}.]*))?(?: (\p{Lu}[\p{L}.]*))?)/u.exec(after);
  return of !== null && [of[2], `${of[2]} ${of[3]}`, of[1]].some((p) => isPlace(p!));
}

/** Verbs that introduce their speaker after them ("…,” said Ana Lima, a teacher): the name is the speaker. */
const SAID_BEFORE = new Set(['said', 'says', 'added', 'asked', 'wrote', 'writes', 'explained', 'noted', 'recalled', 'replied', 'continued']);

/** A speech verb right before the run, after a comma or closing mark ("…,” said Ana Lima"), or "according to". */
function saidBefore(text: string, tokens: readonly Token[], a: number): boolean {
  const prev = tokens[a - 1];
  if (!prev || text.slice(prev.end, tokens[a]!.start) !== ' ') return false;
  if (prev.word === 'to' && tokens[a - 2]?.word.toLowerCase() === 'according') return true;
  return SAID_BEFORE.has(prev.word) && /[,”"’']\s*$/.test(text.slice(Math.max(0, prev.start - 3), prev.start));
}

/** Longest run the name lists alone may vouch for: longer capitalised runs are mostly titles and organisations. */
const MAX_LISTED_WORDS = 4;

/**
 * The name lists vouch for a full name: a listed given name that is no everyday word first ("Hristo Stoichkov"),
 * or a listed surname last with no everyday word anywhere ("Kathrin Freitag"; not "Advanced Medical").
 */
function listedName(nameTokens: readonly Token[]): boolean {
  const words = nameTokens.map((t) => t.word).filter((w) => !PARTICLES.has(w));
  if (words.length > MAX_LISTED_WORDS || words.some((w) => isPlace(w)) || PLACE_PREFIXES.has(words[0]!)) return false;
  const first = words[0]!;
  const last = words[words.length - 1]!;
  if (isAnyGivenName(first) && (!isCommonWord(first) || (isSurname(last) && !isCommonWord(last)))) return true;
  // Two surnames and nothing else name a firm more often than a person ("Goldman Sachs", "Skadden Arps").
  if (words.length === 2 && isOnlySurname(first) && isOnlySurname(last)) return false;
  return isSurname(last) && !words.some(isCommonWord);
}
