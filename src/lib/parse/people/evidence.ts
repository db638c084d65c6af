/**
 * The evidence that a trimmed run names a person: strong evidence stands alone (a title or role before or after,
 * an age, single initials); weak evidence needs a name-shaped full name (a listed name, a speech verb before or
 * after, ", who", a country after it).
 */
import { isCityOnly, isPlace } from '../../gazetteer.ts';
import { LOWERCASE_ROLE_WORDS, PERSON_NOUNS, SPEECH_VERBS } from '../../lexicon.ts';
import type { Token } from '../../tokens.ts';
import { isAnyGivenName, isCommonWord, isForeignGivenName, isOnlySurname, isSurname, isTopSurname } from './name-lists.ts';
import { isForeignRole } from '../foreign-roles.ts';
import { titleAfter } from './titles.ts';
import { isSpeechWord } from '../speakers/verbs.ts';
import {
  ARABIC_PARTICLE,
  PARTICLES,
  PLACE_PREFIXES,
  isInitial,
  isRoleWord,
  isTitleWord,
  lower,
  occupationBeforeMononym,
  practitioner,
  sentenceStart,
} from './words.ts';

/** One run, cut into its prefix (tokens a..k) and its name (k..b). */
export interface Run {
  block: number;
  text: string;
  tokens: Token[];
  a: number;
  k: number;
  b: number;
  /** End of the generational suffix after the name ("Jr.", "III"), when one follows it; else `b`. */
  suffixEnd?: number;
}

/** An article of the Romance languages before a role noun ("la cantante", "o ator"; not "a", which English shares; see candidates.ts for the articles that make a name a thing's). */
const ROLE_ARTICLE = /^(?:el|la|le|il|lo|o|l[’'])$/i;

/** Where the text after the name starts (past a possessive ’s). */
const afterName = ({ tokens, b }: Run) => tokens[b - 1]!.end + (tokens[b - 1]!.possessive ? 2 : 0);

/**
 * "la cantante irlandesa Brónagh Fathe", "el actor galés Tomas Vell": a translated copy's role after its
 * article, then a nationality, before a name of two words or more.
 */
function romanceRoleBefore({ text, tokens, a, k, b }: Run): boolean {
  const prev = tokens[a - 1];
  const before = tokens[a - 2];
  return (
    b - k >= 2 &&
    prev !== undefined &&
    before !== undefined &&
    !prev.capital &&
    !before.capital &&
    (isRoleWord(before.word) || isForeignRole(before.word)) &&
    ROLE_ARTICLE.test(tokens[a - 3]?.word ?? '') &&
    text.slice(before.end, tokens[a]!.start) === ` ${prev.word} `
  );
}

/** A title in the prefix ("President"), a lowercase role just before ("co-founder"), or a role around commas (", the minister, X,"). */
export function roleBefore(run: Run): boolean {
  const { text, tokens, a, k, b } = run;
  if (tokens.slice(a, k).some((t) => isTitleWord(t.word))) return true;
  // ("Rapper Kesh said": an occupation opening the sentence before a one-word name.)
  if (k - a === 1 && b - k === 1 && sentenceStart(text, tokens[a]!.start) && occupationBeforeMononym(tokens[a]!.word)) return true;
  const prev = tokens[a - 1];
  // "striker Ana Lima", "strikers Ana Lima and …".
  // ("Marrakech, a tourist Mecca": one role word after "a" before a one-word name describes a kind of thing.)
  const role =
    prev &&
    !prev.capital &&
    (isRoleWord(prev.word) || practitioner(prev.word) || isForeignRole(prev.word)) &&
    !(b - k === 1 && /^an?$/i.test(tokens[a - 2]?.word ?? '')) &&
    // ("the Harbour star Credit: Getty": fame alone before an everyday word is a caption's label, not a name.)
    !(b - k === 1 && FAME.has(prev.word) && isCommonWord(lower(tokens[k]!.word)));
  // A role in the plural names a list ("strikers Ana Lima and Rui Costa"), not one word ("help their neighbors See also …").
  const list = !prev || !/s$/.test(prev.word) || !isRoleWord(prev.word.slice(0, -1)) || /^(?:,| and )/.test(text.slice(afterName(run)));
  if (romanceRoleBefore(run)) return true;
  // Right before the name or in apposition ("his daughter, Kaylee,"), not across a sentence ("… farmers. Ask him").
  if (role && list && /^,? $/.test(text.slice(prev.end, tokens[a]!.start))) return true;
  // "— Ana Lind (@analind) July 19, 2024": the signature of an embedded post names its author (a given name first, or
  // no everyday word: an organisation's account, "— Harbour News (@HarbourNews)", signs so too).
  const named = () => isAnyGivenName(tokens[k]!.word) || !tokens.slice(k, b).some((t) => isCommonWord(t.word));
  if (
    b - k >= 2 &&
    /[—–]\s*$/.test(text.slice(Math.max(0, tokens[a]!.start - 3), tokens[a]!.start)) &&
    /^\s+\(@\w{1,30}\)/.test(text.slice(afterName(run))) &&
    named()
  )
    return true;
  // "a resident surnamed Osk", "a man identified only as Ivo", "who gave only her first name, Mara": words that bring
  // in a person by part of a name.
  if (INTRODUCED.test(text.slice(Math.max(0, tokens[a]!.start - 50), tokens[a]!.start))) return true;
  // "a fan called Becky", "a woman named Maria Lind": a person's noun, then "called" or "named".
  const noun = tokens[a - 2];
  if (
    prev &&
    /^(?:called|named)$/.test(prev.word) &&
    noun &&
    !noun.capital &&
    (isRoleWord(noun.word) || PERSON_NOUNS.has(noun.word) || /^(?:girl|boy)$/.test(noun.word)) &&
    text.slice(noun.end, tokens[a]!.start) === ` ${prev.word} `
  )
    return true;
  return (
    b - k > 1 &&
    /^,/.test(text.slice(afterName(run))) &&
    /,\s*$/.test(text.slice(Math.max(0, tokens[a]!.start - 3), tokens[a]!.start)) &&
    tokens.slice(Math.max(0, a - 9), a).some((t) => isTitleWord(t.word) || LOWERCASE_ROLE_WORDS.has(lower(t.word)))
  );
}

/** Roles that say only that someone is famous ("Brazil star", "football legend"). */
const FAME = new Set(['star', 'superstar', 'megastar', 'legend', 'icon']);

/** Words that bring in a person by part of a name (see roleBefore). */
const INTRODUCED =
  /(?:\bsurnamed|\bidentified (?:only )?(?:as|by (?:his|her|their) (?:first |last |family |sur)?name,?)|\bgave (?:only )?(?:his|her|their) (?:first |last |family |sur)?name(?: as)?,?)\s+$/;

/**
 * Single initials before a surname ("J. Crawley", "M. A. Khan"): only people are written so. Joined initials
 * ("J.P. Morgan") also name banks and need other evidence ("Prime Minister I.K. Gujral").
 */
export const initialled = (nameTokens: readonly Token[]) =>
  nameTokens.length >= 2 && isInitial(nameTokens[0]!) && nameTokens[0]!.word.length === 1 && /^\p{Lu}[\p{Ll}’']/u.test(nameTokens[nameTokens.length - 1]!.word);

/**
 * A name given as a birth name or a full name beside it ("Brek, born Tomas Brekovic,", "Brek – whose full name is
 * …", "Born Tomas Brekovic, Brek …"): only a person is born with a name.
 */
export const bornAs = (run: Run) =>
  BORN_AFTER.test(run.text.slice(afterName(run), afterName(run) + 60)) ||
  BORN_OPENING.test(run.text.slice(Math.max(0, run.tokens[run.a]!.start - 80), run.tokens[run.a]!.start));
const BORN_AFTER = /^\s*(?:,|\(|[-–—])\s*(?:born|née?|(?:whose|who[’']s)\s+(?:birth|real|given|full)\s+name\s+(?:is|was))\s+\p{Lu}/u;
const BORN_OPENING = /(?:^|[.!?]\s+)Born\s+\p{Lu}[^,.;“”"]{2,60},\s*$/u;

/** A role in apposition after the name ("X, a research fellow at …"). */
export const roleAfter = (run: Run) => titleAfter(run.text, afterName(run));

/** An age after the name ("X, 54," or "X, a 54-year-old …"). */
export const aged = (run: Run) => /^,\s+(?:\d{1,3},|(?:an?|the)\s+\d{1,3}-year-old\b)/.test(run.text.slice(afterName(run), afterName(run) + 80));

/**
 * An age right before a given name ("said 11-year-old Marta", "erzählt die 11-jährige Marta"): a person. (A word the
 * name lists do not give as a first name is as often a nationality or a noun: "a 30-year-old Kelmari", "der 40-jährige Fischer".)
 */
export const agedBefore = ({ text, tokens, a, k }: Run) =>
  isAnyGivenName(tokens[k]?.word ?? '') &&
  /\b\d{1,3}[-‐](?:year[-‐]old|jährige[nrs]?)\s+$/u.test(text.slice(Math.max(0, tokens[a]!.start - 20), tokens[a]!.start));

/** A full name of two words or more, each shaped like a name, not after "the" and not everyday words throughout. */
export function nameShaped({ text, tokens, a, k, b }: Run): boolean {
  const nameTokens = tokens.slice(k, b);
  const multi =
    nameTokens.length >= 2 &&
    nameTokens.every(
      (t) =>
        PARTICLES.has(t.word) ||
        (isInitial(t) && t !== nameTokens[0]) ||
        // ("George W Bush", "Michael D Higgins": a middle initial written without its full stop; not "A" or "I".)
        (/^[B-HJ-Z]$/.test(t.word) && t !== nameTokens[0] && t !== nameTokens.at(-1)) ||
        /^\p{Lu}[\p{Ll}’']/u.test(t.word) ||
        /^\p{Lu}\p{Ll}*-\p{L}/u.test(t.word) ||
        /^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+$/u.test(t.word) ||
        // "Tariq al-Masri": an Arabic particle joined to the surname.
        (ARABIC_PARTICLE.test(t.word) && t !== nameTokens[0]),
    );
  const prev = tokens[a - 1];
  // "the Lumora Halo", "The Rolling Stones": an article before the phrase makes it a thing or a group.
  // ("the Swift-run Taylor Nation account": an adjective made of a name between them changes nothing.)
  const compoundTail = prev !== undefined && !prev.capital && text[prev.start - 1] === '-' ? tokens[a - 3] : undefined;
  const afterThe =
    (prev !== undefined && /^(the|a|an)$/i.test(prev.word) && text.slice(prev.end, tokens[a]!.start) === ' ') ||
    (compoundTail !== undefined && /^(the|a|an)$/i.test(compoundTail.word)) ||
    (k > a && /^(?:The|A|An)$/.test(tokens[a]!.word));
  // Everyday words throughout name a thing, whatever follows ("Advanced Medical reported").
  return multi && !afterThe && !nameTokens.every((t) => isCommonWord(t.word));
}

/** A name-shaped full name with a listed given name or surname, a speech verb after or before it, ", who", or a country after it. */
export function weakEvidence(run: Run): boolean {
  if (!nameShaped(run)) return false;
  const { text, tokens, a, k, b } = run;
  const last = tokens[b - 1]!;
  const prev = tokens[a - 1];
  // ", who …" and ", whose son …": only people take these (a company has a "whose" too, but no son).
  // (", whose 40-year-old twin brother …": with up to two words before the kin.)
  const relative =
    /^,\s+(?:who\b|whose\s+(?:[\p{Ll}\d-]+\s+){0,2}(?:son|sons|daughter|daughters|wife|husband|mother|father|brother|sister|child|children|parents|family|partner)\b)/u.test(
      text.slice(last.end + (last.possessive ? 2 : 0)),
    );
  // ("in Kam Lung", "near Sam Tung": after a preposition of place, a name the lists know is a place's as often as a
  // person's; "in Ana Lind’s office" is hers.)
  const orgContext = prev !== undefined && (/^(?:at|for|from|via)$/i.test(prev.word) || (/^(?:in|near)$/i.test(prev.word) && !last.possessive));
  // ("the Kam Lung landslide", "Kam Lung flood: 9 missing": a name before a word for a disaster names where it happened.)
  const next = tokens[b];
  const eventAfter = next !== undefined && !last.possessive && EVENT_NOUNS.test(next.word) && text.slice(last.end, next.start) === ' ';
  return speaks(run) || relative || saidBefore(text, tokens, a) || fromCountry(text, last) || (!orgContext && !eventAfter && listedName(tokens.slice(k, b)));
}

/** Words for a disaster or an attack, which a place's name goes before ("the Kam Lung flood"). */
const EVENT_NOUNS =
  /^(?:fire|fires|blaze|wildfire|wildfires|inferno|flood|floods|flooding|earthquake|quake|tsunami|landslide|explosion|blast|bombing|attack|attacks|shooting|stabbing|crash|collapse|derailment|disaster|tragedy|massacre|riot|riots|estate|district)$/;

/** A speech verb right after the name ("Ana Lima said"), not after a possessive ("Lima’s said"). */
export function speaks({ text, tokens, b }: Run): boolean {
  const last = tokens[b - 1]!;
  const next = tokens[b];
  return next !== undefined && !last.possessive && SPEECH_VERBS.has(next.word) && text.slice(last.end, next.start) === ' ';
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

/**
 * One given name alone that speaks: "Martha said", "…,” said Anselm.", "», a déclaré Anselm" — someone the article
 * names by the given name only (an interviewee, a witness). A listed given name that is no everyday word, no place and
 * none of the commonest surnames.
 */
export function givenNameSpeaks(run: Run): boolean {
  const { text, tokens, a, k, b } = run;
  const word = tokens[k]!.word;
  if (
    b - k !== 1 ||
    k !== a ||
    tokens[k]!.possessive ||
    !/^\p{Lu}\p{Ll}+$/u.test(word) ||
    !isAnyGivenName(word) ||
    // ("“…,” Lee said": one of the commonest surnames alone is someone's surname, maybe another article's full name.)
    isTopSurname(word) ||
    isCommonWord(word.toLowerCase()) ||
    isPlace(word)
  )
    return false;
  if (speaks(run)) return true;
  const prev = tokens[a - 1];
  return (
    prev !== undefined &&
    text.slice(prev.end, tokens[a]!.start) === ' ' &&
    (SAID_BEFORE.has(prev.word) || (!SPEECH_VERBS.has(prev.word) && isSpeechWord(prev.word))) &&
    /[,”"’'»]\s*(?:(?:a|ha|hat|ont|han)\s+)?$/u.test(text.slice(Math.max(0, prev.start - 6), prev.start))
  );
}

/**
 * One word that speaks, described as only a person is: "…,” said Waheed, who gave one name", "Pallavi, from the
 * southern state, said", "a déclaré Waheed, qui …". (A mononym the name lists do not know needs both.)
 */
export function namedOnce(run: Run): boolean {
  const { text, tokens, a, k, b } = run;
  const word = tokens[k]!.word;
  if (b - k !== 1 || k !== a || tokens[k]!.possessive || !/^\p{Lu}\p{Ll}{2,}$/u.test(word) || isCommonWord(word) || isPlace(word)) return false;
  const rest = text.slice(afterName(run), afterName(run) + 160);
  const prev = tokens[a - 1];
  const verbBefore =
    prev !== undefined &&
    text.slice(prev.end, tokens[a]!.start) === ' ' &&
    isSpeechWord(prev.word.toLowerCase()) &&
    /[,”"’'»]\s*(?:(?:a|ha)\s+)?$/u.test(text.slice(Math.max(0, prev.start - 5), prev.start));
  const relative = /^,\s+(?:who|qui|quien|que)\s/u.exec(rest);
  if (relative && verbBefore) return true;
  // (The verb after the apposition: ", who gave one name, said", ", from the southern state, told …".)
  const described = /^,\s+(?:who\s|from\s)[^,.;“”"]{2,80},\s+(\p{Ll}+)\b/u.exec(rest);
  return described !== null && SPEECH_VERBS.has(described[1]!);
}

/** Longest run the name lists alone may vouch for: longer capitalised runs are mostly titles and organisations. */
const MAX_LISTED_WORDS = 4;

/**
 * The name lists vouch for a full name: a listed given name that is no everyday word first ("Hristo Stoichkov"),
 * or a listed surname last with no everyday word anywhere ("Kathrin Freitag"; not "Advanced Medical").
 */
function listedName(nameTokens: readonly Token[]): boolean {
  const words = nameTokens.map((t) => t.word).filter((w) => !PARTICLES.has(w));
  const first = words[0]!;
  // ("Bashar al-Assad": the surname after its Arabic article.)
  const last = words[words.length - 1]!.replace(/^(?:al|el)-(?=\p{Lu})/u, '');
  // "Ana Lima", "Jack London": a city's name after a listed given name is a surname (a state or country is not:
  // "Austin Texas").
  const citySurname = words.length === 2 && isCityOnly(last) && isAnyGivenName(first) && !isCommonWord(first) && !isPlace(first);
  if (words.length > MAX_LISTED_WORDS || (!citySurname && words.some((w) => isPlace(w))) || PLACE_PREFIXES.has(first)) return false;
  if (citySurname) return true;
  // ("Rashid Explorer": a given name of another tradition before an everyday word names a ship or a firm.)
  const foreignThing = isForeignGivenName(first) && isCommonWord(last);
  if (!foreignThing && isAnyGivenName(first) && (!isCommonWord(first) || (isSurname(last) && !isCommonWord(last)))) return true;
  // Two surnames and nothing else, the first a common US one, name a firm more often than a person ("Goldman
  // Sachs", "Skadden Arps"); a rare first one is mostly a given name of another tradition ("Zdenek Kowalczyk").
  if (words.length === 2 && isOnlySurname(first, true) && isOnlySurname(last)) return false;
  return isSurname(last) && !words.some(isCommonWord);
}
