/**
 * Role phrases and definite descriptions resolved to what they point back to: "the French leader" to the person
 * the article gave that title, "the spokesperson" to the earlier speaker described so, "the department" to the
 * organisation named just before.
 */
import { isPlace } from '../../gazetteer.ts';
import { personNoun } from '../../wordnet.ts';
import { DOCUMENT_NOUNS, FEMALE_ROLES, LOWERCASE_ROLE_WORDS, MALE_ROLES, NOT_NAME_WORDS, ORG_WORDS, PERSON_NOUNS, TITLE_WORDS } from '../../lexicon.ts';
import type { PersonMention } from '../people.ts';
import type { Speaker } from '../../schema/record.ts';
import type { Found, QuotePerson } from './context.ts';
import { AGE_PHRASE, FAMILY_PHRASE, FAMILY_SPOKE, HEAD_OF, KIN, familyName, organisationSubject } from '../attribution.ts';
import { sentences } from '../../tokens.ts';
import { BUSINESS_NOUNS, articleOrganisation } from './organisations.ts';
import { isSpeechWord } from './verbs.ts';
import { translationsOf, withEnglish } from '../foreign-roles.ts';
import { isTitleWord } from '../people/words.ts';

/** One office in the languages copies are translated into: a translated copy's role finds the English title's holder. */
const OFFICES = ['mayor', 'chancellor', 'president', 'governor', 'prosecutor'].map((office) => [office, ...translationsOf(office)]);
/** Generic role nouns and the titles they can stand for (and each translated office the words of its office). */
const ROLE_COVERS: Record<string, string[]> = {
  ...Object.fromEntries(OFFICES.flatMap((words) => words.slice(1).map((w) => [w, words]))),
  leader: [
    'leader',
    'president',
    'premier',
    'prime',
    'chancellor',
    'king',
    'queen',
    'emperor',
    'chief',
    'head',
    'chairman',
    'chairwoman',
    'boss',
    'founder',
    'commander',
  ],
  premier: ['premier', 'prime'],
  // ("Special Counsel Ana Lind … / the special prosecutor": the office the United States gives either name.)
  prosecutor: ['prosecutor', 'counsel', 'attorney', ...translationsOf('prosecutor')],
  attorney: ['attorney', 'lawyer', 'counsel', 'prosecutor', 'solicitor', 'barrister', 'advocate'],
  // ("Teodor Quell, o procurador regional … / …, disse o advogado": a prosecutor is a lawyer too.)
  lawyer: ['lawyer', 'attorney', 'counsel', 'solicitor', 'barrister', 'advocate', 'prosecutor', ...translationsOf('prosecutor'), ...translationsOf('lawyer')],
  // (Spanish "el mandatario": the one in office, a head of state or government.)
  mandatario: ['leader', 'president', 'presidente', 'premier', 'prime', 'chancellor', 'king', 'queen', 'emperor'],
  mandataria: ['leader', 'president', 'presidenta', 'premier', 'prime', 'chancellor', 'king', 'queen', 'empress'],
  chief: ['chief', 'head', 'director', 'chairman', 'chairwoman', 'ceo', 'president', 'leader', 'boss', 'founder', 'commander'],
  head: ['head', 'chief', 'director', 'chairman', 'chairwoman', 'ceo', 'president', 'leader', 'boss', 'founder', 'commander'],
  boss: ['boss', 'chief', 'head', 'director', 'ceo', 'manager', 'chairman', 'chairwoman', 'leader', 'founder', 'owner', 'commander'],
  founder: ['founder', 'co-founder', 'cofounder', 'owner', 'boss', 'chief', 'head', 'leader', 'ceo'],
  commander: ['commander', 'general', 'gen', 'admiral', 'adm', 'chief', 'head', 'leader'],
  official: ['official', 'minister', 'secretary', 'spokesman', 'spokeswoman', 'spokesperson', 'director', 'deputy'],
  diplomat: ['diplomat', 'ambassador', 'envoy', 'minister', 'secretary'],
  lawmaker: ['lawmaker', 'senator', 'sen', 'rep', 'representative', 'congressman', 'congresswoman', 'mp'],
  senator: ['senator', 'sen'],
  governor: ['governor', 'gov'],
  representative: ['representative', 'rep', 'congressman', 'congresswoman'],
  pm: ['pm', 'prime', 'premier'],
  mother: ['mother', 'mom', 'mum'],
  mom: ['mother', 'mom', 'mum'],
  mum: ['mother', 'mom', 'mum'],
  father: ['father', 'dad'],
  dad: ['father', 'dad'],
};

/** A holder counted in order ("the 12th harbourmaster"). */
const NUMBERED = /\b\d+(?:st|nd|rd|th)\b/;
/** A title held no longer ("former prime minister", "the late king"). */
const PAST_TITLE = /\b(?:former|ex-|then-|late|ousted|deposed|overthrown|toppled|outgoing)\b/i;
/** Does one of `titles` hold the very word `head` ("Supreme Leader" holds "leader"; "actriz" holds "actress")? */
const holdsWord = (titles: string[], head: string) => titleWords(titles).includes(head);

const HEAD_OF_STATE = ['president', 'king', 'queen', 'monarch', 'emperor', 'emir', 'sultan'];
const HEAD_OF_GOVERNMENT = ['prime', 'pm', 'premier', 'chancellor'];

/** Whether the paragraph of `f` (before it) or the one before describes someone new by `noun` ("a senior official"). */
function describedJustBefore(noun: string, f: Found, blocks: string[]): boolean {
  // (Not French "a déclaré le maire": an auxiliary before a verb of saying, not an article.)
  const described = new RegExp(`\\b(?:an?|one|another)\\s+((?:[\\p{Ll}-]+\\s+){0,2})${noun}\\b`, 'giu');
  const describes = (text: string) => [...text.matchAll(described)].some((d) => !d[1]!.split(/\s+/).some(isSpeechWord));
  if (describes(blocks[f.block]!.slice(0, f.start)) || (f.block > 0 && describes(blocks[f.block - 1]!))) return true;
  // ("the Rail Police official told the radio … / …, the official said": a definite one of a named body, who
  // reported a sentence of the paragraphs before.)
  const ofBody = new RegExp(`\\bthe\\s+(?:\\p{Lu}[\\p{L}-]*\\s+){1,3}${noun}\\s+(?:(?:also|later|then)\\s+)?(?:said|told|says|added)\\b`, 'u');
  for (let b = f.block; b >= Math.max(0, f.block - 6); b--) if (ofBody.test(b === f.block ? blocks[b]!.slice(0, f.start) : blocks[b]!)) return true;
  return false;
}

/**
 * "Navalny’s wife" when the article names "the wife of Navalni, Yulia Navalnaya": the one other person whose surname
 * shares its first five letters with the owner's (a spelling or a feminine form of it) and whose sex fits the role.
 */
function kinOf(owner: string, role: string, people: QuotePerson[]): Speaker | null {
  if (!(role in KIN) || owner.length < 5) return null;
  const stem = owner.slice(0, 5).toLowerCase();
  const fits = people.filter((p) => {
    const words = p.name.split(/\s+/);
    const surname = words.at(-1)!.toLowerCase();
    const sex = KIN[role];
    return words.length >= 2 && surname.startsWith(stem) && surname !== owner.toLowerCase() && (sex === null || p.gender === null || p.gender === sex);
  });
  return fits.length === 1 ? asPerson(people, people.indexOf(fits[0]!)) : null;
}

/** What a definite description is resolved against: the quotation, the ones before it and their speakers, the article. */
interface RoleContext {
  f: Found;
  index: number;
  all: readonly Found[];
  earlier: Array<Speaker | null>;
  byBlock: PersonMention[][];
  people: QuotePerson[];
  blocks: string[];
}

/** A rule's answer: a speaker, nobody (null), or undefined when the rule does not decide and the next one reads on. */
type Decision = Speaker | null | undefined;

/** A role as read for its holder ("the French leader", "German chancellor", "the PM"). */
interface Role {
  /** The description as read (a country's role with its article: "the Ostravia president"). */
  name: string;
  /** Its head word as written ("leader", "President", "PM"). */
  word: string;
  /** Its head word in lower case. */
  head: string;
  /** Written without an article, as a headline's role ("Police chief", "Kelmar PM"). */
  bare: boolean;
  /** Whether the head word is a title ("Secretary-General" too). */
  title: boolean;
  /** A country's role ("Ostravia’s president"): its very role word only, not every title it covers. */
  countryRole: boolean;
  /** Whether a person's sex agrees with the role's, when the role has one. */
  agrees: (p: QuotePerson) => boolean;
}

/**
 * "the minister said", "the spokesperson added": a definite description points back — to the person the article
 * gave that title or role, or to the earlier speaker described with the same noun ("a Lumora spokesperson"),
 * or to the organisation named just before ("the department").
 */
export function definite(
  written: string,
  f: Found,
  index: number,
  all: readonly Found[],
  earlier: Array<Speaker | null>,
  byBlock: PersonMention[][],
  people: QuotePerson[],
  blocks: string[],
): Speaker | null {
  const ctx: RoleContext = { f, index, all, earlier, byBlock, people, blocks };
  const english = asEnglishRole(written);
  const pointed = pointsBack(english, ctx);
  if (pointed !== undefined) return pointed;
  let name = countryRoleInCapitals(english);
  // ("Chile’s supreme leader" read as "the Chile supreme leader": its very role word only, not every title it covers.)
  let countryRole = false;
  const owned = ownedRole(name);
  if (owned) {
    const decided = ownedRoleHolder(name, owned, ctx);
    if (decided !== undefined) return decided;
    name = `the ${name}`;
    countryRole = true;
  }
  const role = readRole(name, countryRole);
  if (!role) return headlineRole(name, f, byBlock, people);
  const titled = titledRole(role, ctx);
  if (titled !== undefined) return titled;
  return unheldRole(role, ctx);
}

/**
 * Descriptions that point back whatever title they hold: an age, a party member, someone described just before, a
 * head of state or government, "his father"; undefined for any other.
 */
function pointsBack(name: string, { f, index, all, earlier, byBlock, people, blocks }: RoleContext): Decision {
  // "the 42-year-old said": an age stands for the person the sentences before are about, whatever their title.
  // ("a 69-year-old woman who lived below him told Reuters" is someone new: only the definite age points back.)
  // ("the 34-year-old lawmaker" is not the president just named: one whose title the role does not cover is passed over.)
  if (AGE_PHRASE.test(name) && !/^(?:a|an|one|another)\s/i.test(name)) return agedSubjectBefore(name, f, byBlock, people, blocks);
  // "the Vermont Republican said": a party member described by place or chamber is who spoke just before (two
  // paragraphs up at most), else the subject of the sentences before.
  if (PARTY_MEMBER.test(name)) {
    for (let i = index - 1; i >= 0 && all[i]!.block >= f.block - 2; i--) if (earlier[i]?.personId) return earlier[i]!;
    return subjectBefore(f, byBlock, people, () => true, 1, blocks[f.block]);
  }
  // "A senior official from the office, who asked not to be named, told … / “…,” the official said": the one
  // described with that noun just before, not a person whose title the noun covers.
  // (The earlier speaker so described, when there is one: "a Lumora spokesperson … the spokesperson".)
  const noun = /^the\s+([\p{Ll}-]+)$/u.exec(name)?.[1];
  if (noun && (LOWERCASE_ROLE_WORDS.has(noun) || PERSON_NOUNS.has(noun)) && describedJustBefore(noun, f, blocks))
    return earlier.slice(0, index).findLast((s) => s?.personId === null && s.name.toLowerCase().split(/\s+/).includes(noun)) ?? { name, personId: null };
  // "the head of state said": the president or monarch the article named; "the head of government": its premier.
  const headOf = HEAD_OF.exec(name);
  if (headOf) {
    const covers = headOf[1]!.toLowerCase() === 'state' ? HEAD_OF_STATE : HEAD_OF_GOVERNMENT;
    return titleHolder(f, byBlock, people, (p) =>
      coversTitle(
        p.titles.filter((t) => !PAST_TITLE.test(t)),
        covers,
      ),
    );
  }
  // "his father said" after "… his father, Karl Frey, …": the one person the article gave that role; else as written.
  const theirs = /^(?:his|her|their)\s+([\p{Ll}-]+)$/u.exec(name);
  if (theirs && (theirs[1]! in KIN || LOWERCASE_ROLE_WORDS.has(theirs[1]!))) {
    const holders = people.filter((p) => coversTitle(p.titles, [theirs[1]!]));
    return holders.length === 1 ? asPerson(people, people.indexOf(holders[0]!)) : null;
  }
  return undefined;
}

/** "Ostravia’s Supreme Leader": a country's role written with capitals is the role ("Ostravia’s supreme leader"). */
function countryRoleInCapitals(name: string): string {
  const capital = /^((?:\p{Lu}[\p{L}.-]*\s+)?(\p{Lu}[\p{L}.-]*)[’']s\s+)((?:\p{Lu}\p{Ll}+\s+){0,2}(\p{Lu}\p{Ll}+))$/u.exec(name);
  const roleWord = (w: string) => TITLE_WORDS.has(w) || LOWERCASE_ROLE_WORDS.has(w);
  if (capital && isPlace(capital[2]!) && roleWord(capital[4]!.toLowerCase())) return capital[1]! + capital[3]!.toLowerCase();
  return name;
}

/**
 * An owner's role, "Lind’s wife", "Latvia’s president": the match (1: the owner's last word, 2: the role word) when
 * the role word is a title, a role or a relative, else null.
 */
function ownedRole(name: string): RegExpExecArray | null {
  // ("the Harbour Safety Board’s chair": an organisation of several words, with its article.)
  const owned =
    /^(?:the\s+(?=(?:\p{Lu}[\p{L}.-]*\s+){1,3}))?(?:\p{Lu}[\p{L}.-]*\s+){0,3}(\p{Lu}[\p{L}.-]*)(?:[’']s|(?<=s)[’'])\s+(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+)$/u.exec(
      name,
    );
  // ("Tomas Vell’s sons and granddaughter": kin listed are several people, no one role's holder.)
  if (owned && /\sand\s/.test(owned[0].slice(owned[0].lastIndexOf(owned[1]!)))) return null;
  return owned && (TITLE_WORDS.has(owned[2]!) || LOWERCASE_ROLE_WORDS.has(owned[2]!) || owned[2]! in KIN) ? owned : null;
}

/**
 * "says Lind’s wife": the one the article gave that role of that person ("Yulia Lind, the wife of Petr Lind"), else
 * nobody (the role stays as written: "Latvia’s president", "Lind’s lawyer"); undefined for a country's role nobody
 * holds, which reads on as the country's.
 */
function ownedRoleHolder(name: string, owned: RegExpExecArray, { f, byBlock, people }: RoleContext): Decision {
  // ("Chile’s supreme leader" is no president: a role narrowed by a word no title shares is that very role.)
  const narrowing = /[’']s?\s+((?:[\p{Ll}-]+\s+)+)[\p{Ll}-]+$/u.exec(name)?.[1]!.trim().split(/\s+/) ?? [];
  const sharing = people.filter((p) => titleWords(p.titles).some((w) => narrowing.includes(w)) && holdsWord(p.titles, owned[2]!));
  // ("Ostravia’s Supreme Leader" when the article calls Ali Vask "Supreme Leader" somewhere: him, not its president.)
  if (sharing.length === 1) return asPerson(people, people.indexOf(sharing[0]!));
  const narrowed = narrowing.length > 0 && !people.some((p) => titleWords(p.titles).some((w) => narrowing.includes(w)));
  const covers = narrowed ? [owned[2]!] : (ROLE_COVERS[owned[2]!] ?? [owned[2]!]);
  const holds = (p: QuotePerson) => coversTitle(p.titles, covers);
  // "his wife Mara Lind" gave her the role without the owner's name: the one person holding it is meant.
  const holders = people.filter(holds);
  const found = titleHolder(f, byBlock, people, (p) => holds(p) && (holders.length === 1 || p.titles.some((t) => t.includes(owned[1]!))));
  if (found) return found;
  // Wherever the article names that one holder ("…, says Lind’s wife" in a standfirst before her name).
  if (holders.length === 1) return asPerson(people, people.indexOf(holders[0]!));
  const kin = kinOf(owned[1]!, owned[2]!, people);
  // "Ostravia’s president said" when no one has that title: read on as "the Ostravia president" (the caller does).
  if (kin || !isPlace(owned[1]!) || /^the\s/i.test(name)) return kin;
  return undefined;
}

/** The role a description names (its head word, how it is written, the sex it gives), or null when it names none. */
function readRole(name: string, countryRole: boolean): Role | null {
  // "German chancellor said": a headline's or a hurried copy's role without its article ("Latvia’s president" is
  // the role of a country, not a title written before a name).
  // ("Kelmar PM vows …": an abbreviated title as the role's word.)
  const bare = /^(?:\p{Lu}[\p{L}.-]*\s+){1,2}(\p{Ll}+|\p{Lu}{2,3})$/u.exec(name);
  const m =
    /^the\s+(?:[\p{L}’'.-]+\s+|\d+(?:st|nd|rd|th)\s+){0,3}([\p{Ll}-]+)$/u.exec(name) ??
    (bare && (TITLE_WORDS.has(bare[1]!.toLowerCase()) || LOWERCASE_ROLE_WORDS.has(bare[1]!.toLowerCase())) ? bare : null) ??
    /^(\p{Lu}\p{Ll}+|\p{Lu}{2,4})$/u.exec(name) ??
    // "the President", and an abbreviated title: "the new PM", "the CEO".
    // ("the UN Secretary-General": a title of two words joined by a hyphen.)
    /^the\s+(?:[\p{L}’'.-]+\s+){0,3}(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?|\p{Lu}{2,4})$/u.exec(name);
  if (!m) return null;
  const head = m[1]!.toLowerCase();
  // ("Secretary-General": a title of two title words joined by a hyphen too.)
  const title = isTitleWord(head);
  // "the grief-stricken mother" is no man ("Ana and Tom Lind, the boy’s mother and stepfather": the title went to him).
  const sex = FEMALE_ROLES.has(head) ? 'female' : MALE_ROLES.has(head) ? 'male' : null;
  const agrees = (p: QuotePerson) => sex === null || p.gender === null || p.gender === sex;
  return { name, word: m[1]!, head, bare: m === bare, title, countryRole, agrees };
}

/** How a title or role looks for its holder among the people the article named. */
interface TitleSearch {
  /** The places the role names, each as one key (see placesOf). */
  places: string[];
  /** The titles a person still holds, as far as the role is concerned. */
  held: (titles: string[]) => string[];
  /** The latest holder of a title the role covers, whose titles held also pass `fits`. */
  holder: (fits: (titles: string[]) => boolean) => Speaker | null;
  /** The role's other words, of three letters or more ("militia" of "the militia chief"). */
  modifiers: string[];
}

/** The search for a title role's holder: the titles it covers, the places it names, and its other words. */
function titleSearch(role: Role, { f, byBlock, people }: RoleContext): TitleSearch {
  const { name, head } = role;
  // "the French leader" after "President Jeanne Dupont": a generic role noun stands for the titles it covers.
  const covers = role.countryRole ? [head] : (ROLE_COVERS[head] ?? [head]);
  // "the Chinese leader" after "US President Tom Hale": a holder whose title names another country is someone
  // else; one whose title names the same country is preferred to one whose title names none.
  const places = placesOf(name);
  // "the prime minister" is not the one the article calls "former prime minister" (unless it says "the former …").
  // ("the 12th harbourmaster": a numbered holder may hold it still or have held it; the number is no word of the title.)
  const held = (titles: string[]) => (PAST_TITLE.test(name) || NUMBERED.test(name) ? titles : titles.filter((t) => !PAST_TITLE.test(t)));
  const holder = (fits: (titles: string[]) => boolean) =>
    titleHolder(f, byBlock, people, (p) => role.agrees(p) && coversTitle(held(p.titles), covers) && fits(held(p.titles)));
  // (A role without its article has no article to drop: "Police chief" modifies by "police".)
  const modifiers = name
    .toLowerCase()
    .split(/\s+/)
    .slice(role.bare ? 0 : 1, -1)
    .filter((w) => w.length > 2 && !NUMBERED.test(w));
  return { places, held, holder, modifiers };
}

/**
 * A role written as a title or a role word: the person the article gave it (by initials, by a shared word, by the
 * very word, by place); null for a name in capitals or a role a party narrows; undefined when nobody holds it.
 */
function titledRole(role: Role, ctx: RoleContext): Decision {
  const { f, index, all, earlier, byBlock, people } = ctx;
  // "the DA said" after "District Attorney Ana Lind", "the AG" after "Attorney General Tom Hale": capitals that are the
  // initials of a title the article gave someone stand for that title.
  if (/^the\s+\p{Lu}{2,4}$/u.test(role.name)) {
    const found = titleHolder(f, byBlock, people, (p) => p.titles.some((t) => titleInitials(t).endsWith(role.word)));
    if (found) return found;
  }
  // "the President" is the role written with a capital; "the White House" is a name, not a role to resolve.
  if (/^the\s/.test(role.name) && /^\p{Lu}/u.test(role.word) && !role.title) return null;
  if (!role.title && !LOWERCASE_ROLE_WORDS.has(role.head)) return undefined;
  const search = titleSearch(role, ctx);
  // "the militia chief" after "Militia founder Ivo Brandt" and "President Mara Quint": a title sharing the role's
  // other words is the one meant.
  const { modifiers } = search;
  const shared = modifiers.length ? search.holder((t) => titleWords(t).some((w) => modifiers.includes(w))) : null;
  if (shared) return shared;
  if (narrowedByName(role, search.places)) {
    const before = earlier[index - 1];
    return f.attribution?.cue === 'added' && before?.personId && all[index - 1]!.block >= f.block - 1 ? before : latestUntitledSubject(role, ctx, 0);
  }
  if (role.bare) return bareRoleHolder(role, search, ctx);
  return heldTitle(role, search, ctx) ?? unseenHolder(role, search, ctx) ?? undefined;
}

/**
 * "The Conservative leader added", "the Labour leader tweeted": a role a capitalised word other than a place
 * narrows, that no title of the article shares, is not any leader's: after "added", the one who spoke just
 * before; otherwise nobody (the role stays as written).
 */
function narrowedByName(role: Role, places: string[]): boolean {
  return (
    !role.bare &&
    places.length === 0 &&
    /^\p{Ll}/u.test(role.word) &&
    role.name
      .split(/\s+/)
      .slice(1, -1)
      .some((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && !isPlace(w))
  );
}

/**
 * A headline's bare role ("Police chief reacts …") is only a holder whose title shares its words, or holds that
 * very role word ("chief", not the "leader" it covers).
 */
function bareRoleHolder(role: Role, { places, held }: TitleSearch, { f, byBlock, people }: RoleContext): Speaker | null {
  const { head, agrees } = role;
  // ("Kelmar PM" after "Prime Minister Kenta Morimura": an abbreviation holds the words it stands for.)
  // (Of the country it names, when it names one: "Ostravia PM" is not one whose titles name Kelmar only.)
  const abbreviated = /^\p{Lu}+$/u.test(role.word) ? ROLE_COVERS[head] : undefined;
  const samePlace = (titles: string[]) => {
    const own = placesOf(titles.join(' '));
    return places.length === 0 || own.length === 0 || own.some((x) => places.includes(x));
  };
  return titleHolder(
    f,
    byBlock,
    people,
    (p) =>
      agrees(p) &&
      (abbreviated
        ? (holdsWord(held(p.titles), head) || coversTitle(held(p.titles), abbreviated)) && samePlace(held(p.titles))
        : holdsWord(held(p.titles), head)),
  );
}

/**
 * "the Leader" after "Supreme Leader Ali Hale" and "Vice President Tom Vogel": a title holding the very role word
 * is meant before one the role only covers; null when the article named no holder before.
 */
function heldTitle(role: Role, { places, held, holder }: TitleSearch, { f, byBlock, people, blocks }: RoleContext): Speaker | null {
  const { head, agrees } = role;
  // (Among titles naming no place, one holding the very word comes first too: "the new Chilean leader" is the
  // "militia leader", not the president named last.)
  const placeless = (t: string[]) => placesOf(t.join(' ')).length === 0;
  // ("Ayatollah Vask told the crowd … / The Leader stated the militia chief had “…”": a role written with a capital that no
  // title holds as its very word is the one the sentence before is about, not a chief its word covers.)
  const honorific = /^\p{Lu}\p{Ll}+$/u.test(role.word) && !role.bare && !people.some((p) => holdsWord(held(p.titles), head));
  const about = honorific ? subjectBefore(f, byBlock, people, agrees, 1, blocks[f.block]) : null;
  if (about) return about;
  const found = places.length
    ? (holder((t) => placesOf(t.join(' ')).some((x) => places.includes(x))) ?? holder((t) => placeless(t) && holdsWord(t, head)) ?? holder(placeless))
    : (holder((t) => holdsWord(t, head)) ?? holder(() => true));
  return found;
}

/**
 * A role nobody before the quotation holds: the one holder named further on, the one country's leader, the first
 * to speak in an opening, or the subject of the headline; null when none of these is meant.
 */
function unseenHolder(role: Role, { held, modifiers }: TitleSearch, ctx: RoleContext): Speaker | null {
  const { f, index, all, earlier, byBlock, people, blocks } = ctx;
  const { name, head, agrees } = role;
  // "the valley’s fire chief conceded …" in a lead, "Fire chief Ana Lind" further down: the one person the
  // article gives that very role word (with one of the role's other words, when it has any) is meant.
  const later = people.filter(
    (p) => agrees(p) && holdsWord(held(p.titles), head) && (modifiers.length === 0 || titleWords(held(p.titles)).some((w) => modifiers.includes(w))),
  );
  // ("“…,” Tom Hale said. … The president said …" with "President Ana Lind" named only further down: the one the
  // paragraph before is about, who holds no title, is meant before a holder the reader has not met yet.)
  const untitled = (p: QuotePerson) => agrees(p) && p.titles.length === 0;
  const lastSpeaker = earlier.slice(0, index).findLast((s, i) => s?.personId && all[i]!.block >= f.block - 2);
  const spoke = lastSpeaker ? people.find((p) => p.id === lastSpeaker.personId) : undefined;
  const untitledBefore = subjectBefore(f, byBlock, people, untitled, 2, blocks[f.block]) ?? (spoke && untitled(spoke) ? lastSpeaker! : null);
  if (later.length === 1 && !earlierHolder(name)) return untitledBefore ?? asPerson(people, people.indexOf(later[0]!));
  // (The rules below are for a role nobody holds, in office.)
  if (later.length !== 0 || earlierHolder(name)) return null;
  return (
    onlyLeader(role, held, people) ??
    firstToSpeak(role, untitled, ctx) ??
    headlineSubject(role, ctx) ??
    addedNext(role, untitled, ctx) ??
    latestUntitledSubject(role, ctx, 1)
  );
}

/**
 * "Wales’s First Minister told reporters she was “…”. / Ana Lind added: “…”": a role nobody holds, followed in
 * its paragraph or the next by a quotation a named person "added", with no title of another role, is that person
 * (the role introduced the one the next sentence names).
 */
function addedNext(role: Role, untitled: (p: QuotePerson) => boolean, { f, index, all, people }: RoleContext): Speaker | null {
  const next = all[index + 1];
  const a = next?.attribution;
  if (!next || !a || a.person === null || !/^added\b/.test(a.cue) || next.block > f.block + 1 || next.block < f.block) return null;
  const p = people[a.person]!;
  return untitled(p) || coversTitle(p.titles, ROLE_COVERS[role.head] ?? [role.head]) ? asPerson(people, a.person) : null;
}

/**
 * "Ana Lind has named a new cabinet. / The Chilean president said …": a definite role nobody in the article holds
 * stands for the latest subject before the attribution's sentence (`reach` paragraphs up at most) who holds no title;
 * null when that subject is one of people listed together.
 */
function latestUntitledSubject(role: Role, ctx: RoleContext, reach: number): Speaker | null {
  const { f, byBlock, people, blocks } = ctx;
  // ("the skipper’s agent" is someone of the skipper's, no other name for a person before.)
  if (!/^the\s/i.test(role.name) || earlierHolder(role.name) || (!role.countryRole && /[’']s\s/u.test(role.name))) return null;
  // (One given any title is someone else: a holder of the role would have been found by it, a former holder
  // or one of another place is not meant.)
  const fits = (p: QuotePerson) => role.agrees(p) && p.titles.length === 0;
  // Only sentences before the attribution's own ("Ana Lind was hurt, the mayor said" reports on her).
  const at = f.attribution?.at ?? f.start;
  const own = sentences(blocks[f.block]!).find(([s, e]) => at >= s && at < e)?.[0] ?? at;
  const first = Math.max(0, f.block - reach);
  const since = byBlock.slice(first, f.block + 1).flatMap((ms, k) => ms.filter((m) => first + k < f.block || m.start < own).map((m) => ({ m, b: first + k })));
  // (The subject of a relative clause, "Garland, whom Joe Hale appointed", or one inside a quotation, is not meant.)
  const relative = ({ m, b }: (typeof since)[number]) =>
    /\b(?:whom|who|which|that)\s+(?:\p{Lu}[\p{L}.’'-]*\s+)?$/u.test(blocks[b]!.slice(Math.max(0, m.start - 24), m.start)) ||
    ctx.all.some((q) => q.block === b && m.start >= q.start && m.end <= q.end);
  const from = since.findLastIndex((x) => x.m.subject && fits(people[x.m.person]!) && !relative(x));
  if (from === -1) return null;
  // ("Ana Lind, Tom Hale and Ivo Renn were among …": one of people listed together is no one person the role stands for.)
  const gap = (x: (typeof since)[number], y: (typeof since)[number]) => x.b === y.b && /^(?:,|,?\s+and)\s+$/.test(blocks[x.b]!.slice(x.m.end, y.m.start));
  const listed = (from > 0 && gap(since[from - 1]!, since[from]!)) || (from + 1 < since.length && gap(since[from]!, since[from + 1]!));
  return listed ? null : asPerson(people, since[from]!.m.person);
}

/**
 * "The Ostravian leader Ivo Renn posted … / “…,” wrote the president": a head of state or government nobody is
 * titled as is the one country's leader the article names, when it names only one.
 */
function onlyLeader({ head, agrees }: Role, held: (titles: string[]) => string[], people: QuotePerson[]): Speaker | null {
  if (!HEAD_OF_STATE.includes(head) && !HEAD_OF_GOVERNMENT.includes(head)) return null;
  const leaders = people.filter((p) => agrees(p) && held(p.titles).some((t) => /\bleader$/i.test(t) && placesOf(t).length > 0));
  return leaders.length === 1 ? asPerson(people, people.indexOf(leaders[0]!)) : null;
}

/**
 * "… have “partly admitted” their role, the prosecutor has said. / Laure Vanel said …": in an article's opening, a
 * role nobody holds, with nobody before it, is the one who speaks first in the paragraphs right after.
 * (So is a headline's role written alone: "Governor says all is “fine” …".)
 */
function firstToSpeak({ name }: Role, untitled: (p: QuotePerson) => boolean, { f, byBlock, people, blocks }: RoleContext): Speaker | null {
  if (
    f.block <= 2 &&
    (/^the\s/i.test(name) || (f.block === 0 && /^\p{Lu}\p{Ll}+$/u.test(name))) &&
    !subjectBefore(f, byBlock, people, () => true, 2, blocks[f.block])
  ) {
    const next = firstSpeakerAfter(f, byBlock, blocks);
    if (next !== null && untitled(people[next]!)) return asPerson(people, next);
  }
  return null;
}

/**
 * "UN chief Vask condemns strike / The Secretary-General has condemned …": right under a headline that names one
 * person as its subject, a role nobody holds is that person.
 */
function headlineSubject({ name, agrees }: Role, { f, byBlock, people }: RoleContext): Speaker | null {
  if (f.block <= 2 && f.block > 0 && /^the\s/i.test(name)) {
    const named = new Set(byBlock[0]!.map((x) => x.person));
    const subject = byBlock[0]!.find((x) => x.subject);
    // (Not one the article calls a former holder: "Former minister Ana Lind was shot / … the minister said".)
    const p = subject ? people[subject.person]! : undefined;
    if (named.size === 1 && p && agrees(p) && !p.titles.some((t) => PAST_TITLE.test(t))) return asPerson(people, subject!.person);
  }
  return null;
}

/**
 * A role no title holder answered: an organisation that spoke under that noun, the subject or speaker just before
 * for a role noun, else the organisation the noun stands for (or nobody).
 */
function unheldRole(role: Role, ctx: RoleContext): Speaker | null {
  const { index, earlier } = ctx;
  const { name, head } = role;
  for (let i = index - 1; i >= 0; i--) {
    const s = earlier[i];
    // (A name — "Okafor" — stands for an organisation named so, not for "a spokesman for Rita Okafor".)
    const proper = !/^\p{Lu}/u.test(name) || /^(?:[Tt]he\s+)?(?!(?:A|An)\s)\p{Lu}/u.test(s?.name ?? '');
    if (s && s.personId === null && s.name !== name && proper && s.name.toLowerCase().split(/\s+/).includes(head)) return s;
  }
  const described = roleNounPerson(role, ctx);
  if (described !== undefined) return described;
  return organisationMeant(role, ctx);
}

/**
 * "‘Harbour Lights’ star Tom Hale, 75, came to Lima’s defence. The veteran actor wrote: …": a role noun the article
 * gave nobody as a title stands for the subject just before, when no title of theirs says otherwise; failing that,
 * for the person who spoke last, two paragraphs up at most ("“…,” he said. / The prime minister said …").
 * Not for one who held the role before: "the former governor" is someone else than the governor in office.
 * Undefined when neither is there.
 */
function roleNounPerson({ name, head, agrees }: Role, { f, index, all, earlier, byBlock, people, blocks }: RoleContext): Decision {
  // ("The comedian told the crowd …": any noun WordNet gives first as a kind of person is such a role.)
  const roleNoun = LOWERCASE_ROLE_WORDS.has(head) || (!TITLE_WORDS.has(head) && personNoun(head));
  if ((roleNoun || TITLE_WORDS.has(head)) && !ORG_WORDS.has(head) && /^the\s/i.test(name) && !earlierHolder(name)) {
    const untitled = (p: QuotePerson) => agrees(p) && !titleWords(p.titles).some((w) => TITLE_WORDS.has(w) || LOWERCASE_ROLE_WORDS.has(w));
    const described = roleNoun ? subjectBefore(f, byBlock, people, untitled, 1, blocks[f.block]) : null;
    if (described) return described;
    const sexed = roleNoun ? namedOfSex(head, untitled, f, byBlock, people, blocks) : null;
    if (sexed) return sexed;
    for (let i = index - 1; i >= 0 && all[i]!.block >= f.block - 2; i--) {
      const s = earlier[i];
      if (!s?.personId) continue;
      const p = people.find((x) => x.id === s.personId);
      return p && agrees(p) && (untitled(p) || coversTitle(p.titles, ROLE_COVERS[head] ?? [head])) ? s : null;
    }
  }
  return undefined;
}

/**
 * "Tributes came from Ana Lind, who starred opposite him. “…,” the actress wrote": a role noun of one sex stands for
 * the one person of that sex, with no title, named in the sentence before the attribution's (in its paragraph, or
 * the last of the paragraph before); null when there is none or more than one.
 */
function namedOfSex(
  head: string,
  untitled: (p: QuotePerson) => boolean,
  f: Found,
  byBlock: PersonMention[][],
  people: QuotePerson[],
  blocks: string[],
): Speaker | null {
  const sex = FEMALE_ROLES.has(head) ? 'female' : MALE_ROLES.has(head) ? 'male' : null;
  if (!sex) return null;
  const at = f.attribution?.at ?? f.start;
  const own = sentences(blocks[f.block]!);
  const i = own.findIndex(([s, e]) => at >= s && at < e);
  const [b, [s, e]] = i > 0 ? [f.block, own[i - 1]!] : f.block > 0 ? [f.block - 1, sentences(blocks[f.block - 1]!).at(-1) ?? [0, 0]] : [f.block, [0, 0]];
  const named = new Set(byBlock[b]!.filter((m) => m.start >= s && m.end <= e).map((m) => m.person));
  // (A description in a relative clause is no title: "Ana Lind, who played his sister".)
  const described = (p: QuotePerson) => untitled({ ...p, titles: p.titles.filter((t) => !/^(?:who|whose)\s/.test(t)) });
  const fitting = [...named].filter((n) => people[n]!.gender === sex && described(people[n]!));
  const others = [...named].filter((n) => people[n]!.gender === null);
  return fitting.length === 1 && others.length === 0 ? asPerson(people, fitting[0]!) : null;
}

/**
 * The organisation a noun stands for ("the department", "the airline", "the statement"): one named before with
 * that noun, the airline, the organisation that spoke last, the group, the statement's issuer, the business described.
 */
function organisationMeant({ name, head }: Role, ctx: RoleContext): Speaker | null {
  const { f, blocks, people } = ctx;
  const named =
    (ORG_WORDS.has(head) ? organisationBefore(head, f, blocks) : null) ?? (PUBLIC_BODY.has(head) && /^the\s/i.test(name) ? bodyBefore(f, blocks) : null);
  if (named || !GENERIC_SOURCE.has(head) || !/^the\s/i.test(name)) return named;
  // "Air Kelmar said … / “…,” the airline said": the airline the article named last.
  const airline = head === 'airline' || head === 'carrier' ? airlineBefore(f, blocks) : null;
  if (airline) return airline;
  const spoke = organisationSpokeLast(name, head, ctx);
  if (spoke) return spoke;
  // ("Lind was killed, the militant group Vardak said in a statement. / “…,” the group said": the group, not the
  // subject of the statement's sentence.)
  const movement = movementBefore(head, f, blocks, people);
  if (movement) return movement;
  return (
    statementIssuer(f, blocks, people) ??
    describedOrganisation(head, f, blocks) ??
    movement ??
    asOrganisation(BUSINESS_NOUNS.has(head) ? articleOrganisation(blocks, people) : null)
  );
}

/**
 * "“…,” the company said" / "the statement said" after "Harbourline said in a statement": the organisation that
 * spoke last (named, not described) is the one meant; null when a person spoke since.
 */
function organisationSpokeLast(name: string, head: string, { f, index, all, earlier }: RoleContext): Speaker | null {
  for (let i = index - 1; i >= 0; i--) {
    const s = earlier[i];
    if (s && s.personId === null && s.name !== name && /^(?:the\s+)?\p{Lu}/u.test(s.name) && !/^the\s+\p{Ll}/u.test(s.name)) return s;
    // ("Imbert went on, “…” / “…,” the statement added": the statement just quoted, two paragraphs up at most, is the one who read it out.)
    if (s?.personId && DOCUMENT_NOUNS.has(head) && all[i]!.block >= f.block - 2) return s;
    if (s?.personId) break;
  }
  return null;
}

/**
 * "die Bürgermeisterin", "la maire", "el alcalde": a German, French or Spanish definite article before a title
 * reads as "the", so a translated copy's role finds its holder as an English one does.
 */
function asEnglishRole(name: string): string {
  // ("el presidente de Ucrania", "le président du Kelmar": the office of a country reads as "the Ucrania president";
  // "der US-Präsident": a country's short name joined to the office by a hyphen reads so too.)
  // ("il nuovo sindaco di Varnholm", read as "the nuovo sindaco di Varnholm": a word for "new" before the office.)
  // ("the leader of Green Valley Now", "the chair of Harbour Labour": an English office "of" a body, too.)
  const ofPlace =
    /^(?:[Dd]er|[Dd]ie|[Ll]e|[Ll]a|[Ee]l|[Ii]l|the)\s+(?:(?:nuovo|nuova|nuevo|nueva|nouveau|nouvelle|neue|neuer|new)\s+)?(\p{Ll}+)\s+(?:de|del|du|de\s+la|von|des|di|della|dello|of(?:\s+the)?)\s+((?:\p{Lu}[\p{L}.]*\s*){1,3}(?:\p{Ll}+)?)$/u.exec(
      name,
    );
  if (ofPlace && TITLE_WORDS.has(ofPlace[1]!)) return `the ${ofPlace[2]!.trim()} ${ofPlace[1]}`;
  const joined = /^(?:[Dd]er|[Dd]ie)\s+(\p{Lu}{2,3})-(\p{Lu}\p{Ll}+)$/u.exec(name);
  if (joined && TITLE_WORDS.has(joined[2]!.toLowerCase())) return `the ${joined[1]} ${joined[2]!.toLowerCase()}`;
  const m = /^(?:der|die|dem|den|des|le|la|les|el|los|las|l[’'])\s*((?:[\p{L}-]+\s+){0,2}([\p{L}-]+))$/iu.exec(name);
  if (m && TITLE_WORDS.has(m[2]!.toLowerCase())) return `the ${m[1]}`;
  // ("le ministre belge", "el ministro chileno": French and Spanish put the adjective after the title.)
  const after = /^(?:le|la|l[’']|el)\s*([\p{L}-]+)((?:\s+\p{Ll}[\p{L}-]*){1,2})$/u.exec(name);
  return after && TITLE_WORDS.has(after[1]!.toLowerCase()) ? `the${after[2]} ${after[1]}` : name;
}

/** "the Vermont Republican", "the veteran Democrat": a party member the article described, not a title of office. */
// ("the Harbour Party member", "the Labour MP": a member of a party named by its capitalised name.)
const PARTY_MEMBER =
  /^the\s+(?:(?:[\p{L}.’'-]+\s+){0,2}(?:Democrat|Republican|Conservative|Tory|Liberal|Socialist|Green)|(?:\p{Lu}[\p{L}.’'-]*\s+){1,2}(?:member|MP|lawmaker|legislator))$/u;

/** "the former governor": someone who held the role before, not its holder in office. */
const earlierHolder = (name: string) =>
  name
    .split(/\s+/)
    .slice(1, -1)
    .some((w) => /^(?:former|ex-|then-)/i.test(w));

const asOrganisation = (name: string | null): Speaker | null => (name ? { name, personId: null } : null);
/** Person `i` of the article as a speaker. */
const asPerson = (people: QuotePerson[], i: number): Speaker => ({ name: people[i]!.name, personId: people[i]!.id });

/** Nouns for a business, any of which the article may use for one it described with another. */
const BUSINESS = ['company', 'firm', 'business', 'operator', 'group'];

/** A name, then "is" or a comma and a description ending in one of those nouns. */
const DESCRIBED_BUSINESS = new RegExp(
  `(?:^|[.!?]\\s+|,\\s+)((?:\\p{Lu}[\\p{L}&.’'-]*\\s+){0,3}\\p{Lu}[\\p{L}&.’'-]*)(?:\\s+is|,)\\s+(?:an?|the)\\s+[^,.;:“”]{0,60}?\\b(?:${BUSINESS.join('|')})\\b`,
  'gu',
);

/**
 * "Harbourline is a shipping firm …" / "Harbourline, a shipping firm, …" then "“…,” the company said": the
 * organisation the article described with such a noun, in this or the three paragraphs before.
 */
function describedOrganisation(head: string, f: Found, blocks: string[]): Speaker | null {
  if (!BUSINESS.includes(head)) return null;
  for (let b = f.block; b >= Math.max(0, f.block - 3); b--) {
    const text = b === f.block ? blocks[b]!.slice(0, f.start) : blocks[b]!;
    const last = [...text.matchAll(DESCRIBED_BUSINESS)].at(-1);
    if (last) return { name: last[1]!, personId: null };
  }
  return null;
}

/**
 * Capitalised words, and the small words inside an organisation's name. A full stop only in an abbreviation ("U.S.",
 * "St.", "Inc. said") — not the one ending a sentence ("… the United Arab Emirates. The Ministry of the Interior").
 */
const CAP = "\\p{Lu}(?:[\\p{L}’'&-]|\\.(?=\\p{Lu}))*(?:(?<=(?:^|[\\s.])\\p{Lu}\\p{Ll}?)\\.|\\.(?=\\s+\\p{Ll}))?";
/** A capitalised name of up to six words, "of", "for" and "and" inside it ("Department of Housing and Works"). */
const CAP_RUN = `${CAP}(?:\\s+(?:(?:of|for|and)\\s+(?:the\\s+)?)?${CAP}){0,5}`;

/** "The HSA’s statement", "Harbourline's announcement": a capitalised owner of a statement. */
const OWNED_STATEMENT =
  /(?:^|[^\p{L}])(?:[Tt]he\s+)?((?:\p{Lu}[\p{L}&.-]*\s){0,3}\p{Lu}[\p{L}&.-]*)[’']s\s+(?:\p{Ll}+\s+)?(?:statement|announcement|release|message)\b/u;
/** Nouns an armed or political group is called by, whatever its name. */
const MOVEMENT_NOUNS = new Set(['group', 'faction', 'movement', 'militia', 'organisation', 'organization']);

/**
 * "The rebel group Vardak said its commander was killed. / The group called the strike “…”": the group named as the
 * subject of a verb of saying in a sentence before, in this or the two paragraphs before (its name's last capitalised
 * word, one word will do: armed groups are often named by one).
 */
function movementBefore(head: string, f: Found, blocks: string[], people: QuotePerson[]): Speaker | null {
  if (!MOVEMENT_NOUNS.has(head)) return null;
  const isPerson = (name: string) => people.some((p) => p.name === name || p.name.split(' ').includes(name));
  for (const sentence of sentencesBefore(f, blocks)) {
    const m = MOVEMENT_SUBJECT.exec(sentence);
    // ("His remarks were aired after …": a possessive opening the sentence is no group's name.)
    if (!m || !isSpeechWord(m[2]!) || NOT_NAME_WORDS.has(m[1]!) || isPerson(m[1]!)) continue;
    return { name: m[1]!, personId: null };
  }
  // "…, the militant group Vardak said. / The rebel faction praised …": failing a subject, the group the paragraphs
  // before named by such a noun.
  for (let b = f.block; b >= Math.max(0, f.block - 3); b--) {
    const text = b === f.block ? blocks[b]!.slice(0, f.start) : blocks[b]!;
    const last = [...text.matchAll(NAMED_MOVEMENT)].filter((m) => !NOT_NAME_WORDS.has(m[1]!) && !isPerson(m[1]!)).at(-1);
    if (last) return { name: last[1]!, personId: null };
    // ("His remarks were aired after Vardak accused …": the one-word name acting in a clause of a sentence before.)
    const acting = [...text.matchAll(CLAUSE_SUBJECT)]
      .filter(
        (m) =>
          !NOT_NAME_WORDS.has(m[1]!) &&
          !isPerson(m[1]!) &&
          !isPlace(m[1]!) &&
          !ORG_WORDS.has(m[2]!) &&
          !LOWERCASE_ROLE_WORDS.has(m[2]!) &&
          !PERSON_NOUNS.has(m[2]!),
      )
      .at(-1);
    if (acting) return { name: acting[1]!, personId: null };
  }
  return null;
}

/** "after Vardak blamed", "when Vardak said": a capitalised word alone as the subject of a subordinate clause. */
const CLAUSE_SUBJECT = /\b(?:after|when|as|because|since|before|while)\s+(\p{Lu}[\p{L}’'-]+)\s+(?:(?:also|had|has|then)\s+)?(\p{Ll}+)\b/gu;

/** "the militant group Vardak", "the armed faction Vardak": a group named after the noun it is called by. */
const NAMED_MOVEMENT = /\b(?:group|faction|movement|militia|organi[sz]ation)\s+(\p{Lu}[\p{L}’'-]+)(?![\p{L}’'-]|\s+\p{Lu})/gu;

/** A sentence's subject ending in a capitalised name ("Vardak", "the rebel group Vardak"), then its verb. */
const MOVEMENT_SUBJECT = /^(?:[^,“”]{0,60},\s+)?(?:[Tt]he\s+(?:[\p{Ll}-]+\s+){0,3})?(\p{Lu}[\p{L}’'-]+)\s+(?:(?:also|later|has|had)\s+)?(\p{Ll}+)\b/u;

/**
 * A person, named in full, who closes a sentence by telling or announcing it ("…, his spokeswoman Ada Berg told the
 * agency"; German "…, sagte seine Sprecherin Ada Berg der Agentur").
 */
const PERSON_TOLD =
  /,\s+(?:(?:his|her|their|the)\s+(?:[\p{Ll}-]+\s+){0,2})?(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,2})\s+(?:told|said|announced|confirmed)\b|\b(?:teilte|sagte|erklärte|bestätigte)\s+(?:seine|ihre|sein|ihr|der|die)\s+\p{Lu}\p{Ll}+\s+(\p{Lu}[\p{L}’'-]+\s+\p{Lu}[\p{L}’'-]+)\b/u;

/** "Harbourline issued a statement saying …": a sentence naming a statement, and the organisation it opens with. */
// ("The Storm Office issued a warning": a warning, an advisory or a bulletin is issued as a statement is.)
const ISSUED = /\b(?:statement|announcement|release|message|warning|advisory|bulletin|letter)\b/i;

/**
 * "Harbourline issued a statement that it was back up. / “…,” the statement read.": when no organisation spoke
 * before, the one a sentence of this or the two paragraphs before says issued a statement.
 */
export function statementIssuer(f: Found, blocks: string[], people: QuotePerson[]): Speaker | null {
  let closest = true;
  let seen = 0;
  for (const sentence of sentencesBefore(f, blocks)) {
    // (The opening mark before the quotation is no sentence.)
    if (!/\p{L}/u.test(sentence)) continue;
    // ("He died at home, his spokeswoman Ada Berg told the agency. He went “…”, the statement said": she put it
    // out — the sentence before the quotation's own, or its own.)
    const told = ++seen <= 2 ? PERSON_TOLD.exec(sentence) : null;
    const teller = told ? people.find((p) => p.name === (told[1] ?? told[2])) : undefined;
    if (teller) return { name: teller.name, personId: teller.id };
    // "…, his family wrote in a short statement. / “…,” the statement read": the family, as the article calls it.
    const family = FAMILY_STATEMENT.exec(sentence);
    if (family) return { name: familyName(family[1] ?? family[2]!), personId: null };
    // "Fask died on Tuesday, his family said. / “…,” the statement read": right before it, a family or a body that
    // announced something put the statement out, though the sentence does not call it one.
    if (closest) {
      const spoke = FAMILY_SPOKE.exec(sentence);
      if (spoke) return { name: familyName(spoke[1] ?? spoke[2]!), personId: null };
      // ("He died on Tuesday, his wife, Ilse, and their sons announced in a family note.": who did, as written.)
      const kin = KIN_IN_STATEMENT.exec(sentence);
      if (kin && /\b(?:wife|husband|widow|sons?|daughters?|children|family|brothers?|sisters?|parents|relatives)\b/.test(kin[1]!))
        return { name: kin[1]!.replace(/^(?:His|Her|Their|The)\b/, (w) => w.toLowerCase()), personId: null };
      const body = BODY_ANNOUNCED.exec(sentence);
      if (body && ORG_WORDS.has(body[1]!.split(/\s+/).at(-1)!.toLowerCase())) return { name: body[1]!.replace(/^The\b/, 'the'), personId: null };
    }
    closest = false;
    const owner = statementOwner(sentence);
    if (!owner) continue;
    // "President Tom Lind shared a statement": a person of the article issued it.
    const person = people.find((p) => p.name.includes(' ') && (owner.name === p.name || owner.name.endsWith(` ${p.name}`)));
    if (person) return { name: person.name, personId: person.id };
    // "Ayatollah Vask’s message read": a title and a surname are the one person of the article with that surname.
    const words = owner.name.split(/\s+/);
    const surname = words.length > 1 && words.slice(0, -1).every((w) => TITLE_WORDS.has(w.toLowerCase())) ? words.at(-1)! : null;
    const bearers = surname ? people.filter((p) => p.name.includes(' ') && p.name.split(/\s+/).at(-1) === surname) : [];
    if (bearers.length === 1) return { name: bearers[0]!.name, personId: bearers[0]!.id };
    // "the President’s statement read": the one person of the article who holds the title, else the title as written.
    const title = owner.name.toLowerCase();
    if (TITLE_WORDS.has(title)) {
      const holders = people.filter((p) => titleWords(p.titles).includes(title));
      return holders.length === 1 ? { name: holders[0]!.name, personId: holders[0]!.id } : { name: `the ${owner.name}`, personId: null };
    }
    return { name: owner.name, personId: null };
  }
  return null;
}

/** "…, his wife, Ilse, and their sons announced in a family note.": who put a statement out, after the sentence's first comma. */
const KIN_IN_STATEMENT =
  /^[^,“”]*?,\s+((?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he)\s[^“”;:]{2,90}?)\s+(?:said|announced|confirmed|wrote)\s+in\s+(?:a|an)\s+(?:[\p{Ll}-]+\s+){0,2}(?:statement|post|message|note)\b/u;

/** "…, the Harbour Board said.", "…, the Senmouth Council announced on Monday.": a body closing a sentence with its verb. */
const BODY_ANNOUNCED = new RegExp(`,\\s+((?:the\\s+)?${CAP_RUN})\\s+(?:said|announced|confirmed)(?:\\s+(?:on|in)\\s+[^,.;“”]{1,30})?[.!]?\\s*$`, 'u');

/**
 * "his family wrote in a short statement", "the Hadley family issued a statement", "shared by
 * the Hale family in a two-line statement": a family as a statement's issuer.
 */
const FAMILY_STATEMENT = new RegExp(
  `\\b(${FAMILY_PHRASE})\\s+(?:(?:has|had|also|then|later)\\s+)?(?:(?:said|announced|wrote|confirmed)\\s+in\\s+(?:a|an)\\s+(?:[\\p{Ll}-]+\\s+)?statement|(?:released|issued|posted|shared|put\\s+out)\\s+(?:a|an)\\s+(?:[\\p{Ll}-]+\\s+)?statement)\\b|\\bby\\s+(${FAMILY_PHRASE})\\s+in\\s+(?:a|an)\\s+(?:[\\p{Ll}-]+\\s+)?statement\\b`,
  'u',
);

/** The sentences before the quotation, latest first: its own paragraph's, then the two paragraphs' before it. */
function* sentencesBefore(f: Found, blocks: string[]): Generator<string> {
  for (let b = f.block; b >= Math.max(0, f.block - 2); b--) {
    const text = b === f.block ? blocks[b]!.slice(0, f.start) : blocks[b]!;
    for (const [start, end] of sentences(text).reverse()) yield text.slice(start, end);
  }
}

/** "a statement released by Harbourline", "an announcement from the Harbour Trust": the one it came from. */
const STATEMENT_BY = new RegExp(
  `\\b(?:statement|announcement|release|message|letter)\\s+(?:(?:released|issued|posted|published|put\\s+out|shared|sent|written|signed)\\s+)?(?:by|from)\\s+((?:the\\s+)?${CAP_RUN})`,
  'u',
);
/** "Harbourline released a statement", "the operator, Harbourline, issued a brief statement": who put it out. */
const ISSUED_BY = new RegExp(
  `((?:[Tt]he\\s+)?${CAP_RUN}),?\\s+(?:(?:has|had|also|then|later)\\s+)?(?:released|issued|posted|published|put\\s+out|shared|sent|wrote)\\s+(?:a|an)\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:statement|announcement|release|message|letter)\\b`,
  'u',
);

/**
 * The organisation a sentence says a statement came from (its owner, its issuer, or the organisation the sentence
 * opens with when it names a statement) and where its name starts, or null. It may be a person's name: callers
 * check the person mentions there.
 */
export function statementOwner(sentence: string): { name: string; at: number } | null {
  if (!ISSUED.test(sentence)) return null;
  // "The Harbour Agency’s statement, released on Saturday, said …": the statement's owner.
  const owner = OWNED_STATEMENT.exec(sentence) ?? STATEMENT_BY.exec(sentence) ?? ISSUED_BY.exec(sentence);
  if (owner) {
    const lead = /^(?:Later|Then|Earlier|Meanwhile|Also|However|Separately|Subsequently)\s+/.exec(owner[1]!)?.[0].length ?? 0;
    const at = owner.index + owner[0].indexOf(owner[1]!);
    // ("a statement from the Cardow-born fiddler’s family": a capitalised word that only describes goes on to its noun.)
    const described = /^(?:\s+[\p{Ll}-]+){1,2}[’']s\s+[\p{Ll}-]+/u.exec(sentence.slice(at + owner[1]!.length))?.[0] ?? '';
    const name = (owner[1]! + described)
      .slice(lead)
      .replace(/\u2024/g, '.')
      .replace(/[.,]+$/, '');
    return { name, at: at + lead };
  }
  // ("Lind sent a message of support": a message with no owner named is no organisation's statement.)
  if (!/\b(?:statement|announcement|release|warning|advisory|bulletin|letter)\b/i.test(sentence)) return null;
  // After an opening phrase ("However, at about 5 a.m., Harbourline issued …").
  const opening = /^[^“”]*?,\s*(?=\p{Lu})/u.exec(sentence)?.[0].length ?? 0;
  const org = organisationSubject(sentence, 0) ?? organisationSubject(sentence.slice(opening), opening);
  return org?.name ? { name: org.name, at: org.at } : null;
}

/** Nouns that stand for the organisation that last spoke: "the company said", "the statement read". */
const GENERIC_SOURCE = new Set([
  'group',
  'faction',
  'movement',
  'militia',
  'organisation',
  'organization',
  'statement',
  'message',
  'warning',
  'advisory',
  'bulletin',
  'letter',
  'document',
  'memo',
  'agency',
  ...BUSINESS_NOUNS,
]);

/**
 * "the Department of Housing and Works said … The department said “…”": a definite organisation noun points back
 * to the latest organisation the two paragraphs before named with that noun, as it was written.
 */
function organisationBefore(head: string, f: Found, blocks: string[]): Speaker | null {
  const noun = head[0]!.toUpperCase() + head.slice(1);
  // ("the airline" → "Harbour Airlines": the noun may be plural in the name, but it is a whole word.)
  // ("Firefighters on Friday": a day is no part of a name.)
  const named = new RegExp(
    `(?:\\b[Tt]he\\s+)?(?:${CAP}\\s+)*${noun}s?(?![\\p{L}])(?:\\s+(?:of|for|on(?!\\s+\\p{Lu}\\p{Ll}+day\\b)|and)(?:\\s+the)?(?:\\s+${CAP})+)*`,
    'gu',
  );
  // ("Ostravia’s transport ministry said … / “…,” the ministry said": a country's body written in lower case.)
  const owned = new RegExp(`\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*)?[’']s\\s+(?:[\\p{Ll}-]+\\s+){0,2}${head}(?![\\p{L}])`, 'gu');
  for (let b = f.block; b >= Math.max(0, f.block - 2); b--) {
    const text = b === f.block ? blocks[b]!.slice(0, f.start) : blocks[b]!;
    const last = [...text.matchAll(named)].filter((m) => m[0].replace(/^[Tt]he\s+/, '').split(/\s+/).length > 1).at(-1);
    if (last) return { name: last[0].replace(/^The\b/, 'the').replace(/^(?:A|An)\s+/, ''), personId: null };
    const country = [...text.matchAll(owned)].at(-1);
    // ("But Beijing’s commerce ministry": a sentence's opening word is no part of the name.)
    if (country)
      return { name: country[0].replace(/^(\p{Lu}\p{Ll}*)\s+(?=\p{Lu})/u, (w, first: string) => (NOT_NAME_WORDS.has(first) ? '' : w)), personId: null };
  }
  return null;
}

/** An airline's name: capitalised words with "Air", "Airlines" or "Airways" among them ("Air Kelmar", "Kelmar Airways"). */
const AIRLINE_NAME = /(?:\p{Lu}[\p{L}’'-]*\s+){0,2}(?:Air|Airlines|Airways)(?:\s+\p{Lu}[\p{L}’'-]*){0,2}/gu;

/** The airline named last in the paragraph of `f` (before it) or the three before. */
function airlineBefore(f: Found, blocks: string[]): Speaker | null {
  for (let b = f.block; b >= Math.max(0, f.block - 3); b--) {
    const text = b === f.block ? blocks[b]!.slice(0, f.start) : blocks[b]!;
    const last = [...text.matchAll(AIRLINE_NAME)].filter((m) => m[0].includes(' ')).at(-1);
    if (last) return { name: last[0], personId: null };
  }
  return null;
}

/** A dateline in capitals and its dash. */
const DATELINE = /^\s*(?:\p{Lu}[\p{Lu}.,' ]+\s+[–—-]{1,2}\s+)/u;
/** Nouns a public body is called by whatever its name ("the agency" for "the Harbour Securities Commission"). */
const PUBLIC_BODY = new Set(['agency', 'regulator', 'watchdog', 'commission', 'authority', 'body', 'ministry', 'department']);

/**
 * "The Harbour Securities Commission has frozen the assets … / “…,” the agency said": the organisation opening the
 * latest sentence before the quotation, in its paragraph or the two before, when it is a name of two words or more.
 */
function bodyBefore(f: Found, blocks: string[]): Speaker | null {
  for (const sentence of sentencesBefore(f, blocks)) {
    // (A dateline opening the story is no part of the sentence: "WASHINGTON – The Harbour Commission has …".)
    const org = organisationSubject(sentence.replace(DATELINE, ''), 0);
    if (org?.name && /^(?:[Tt]he\s+)?\p{Lu}\S*\s+\p{Lu}/u.test(org.name) && ORG_WORDS.has(org.name.split(/\s+/).at(-1)!.toLowerCase()))
      return { name: org.name.replace(/^The\b/, 'the'), personId: null };
  }
  return null;
}

/** "the 42-year-old": an age stands for someone the paragraphs before are about, three paragraphs up at most. */
const AGE_REACH = 3;

/**
 * The subject of the latest sentence before the quotation's attribution that has one, in its paragraph or the one
 * before, if `fits` holds for them.
 */
function subjectBefore(
  f: Found,
  byBlock: PersonMention[][],
  people: QuotePerson[],
  fits: (p: QuotePerson) => boolean,
  reach = 1,
  block?: string,
): Speaker | null {
  let at = f.attribution?.at ?? f.start;
  // With the block's text: only an earlier sentence ("Ana Lind was hurt, the mayor said" reports on her; the mayor
  // is someone else).
  if (block !== undefined) at = sentences(block).find(([s, e]) => at >= s && at < e)?.[0] ?? at;
  for (let b = f.block; b >= Math.max(0, f.block - reach); b--) {
    const m = byBlock[b]!.findLast((x) => x.subject && (b < f.block || x.start < at));
    if (m) return fits(people[m.person]!) ? asPerson(people, m.person) : null;
  }
  return null;
}

/** "as", "after", "when" … opening a clause before a name (a title may come between). */
const CLAUSE_OPENED = /\b(?:[Aa]s|[Aa]fter|[Bb]efore|[Ww]hen|[Ww]hile|[Oo]nce)\s+(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}$/u;

/**
 * The subject an age phrase stands for ("the 42-year-old said"): the latest subject before it, three paragraphs up at
 * most, passing over one who holds a title the phrase's role word does not cover ("the 42-year-old lawmaker" after
 * "President Tom Hale spoke").
 */
function agedSubjectBefore(name: string, f: Found, byBlock: PersonMention[][], people: QuotePerson[], blocks: string[]): Speaker | null {
  const role = /-year-old\s+(\p{Ll}+)$/u.exec(name)?.[1];
  const roleWord = role !== undefined && (TITLE_WORDS.has(role) || LOWERCASE_ROLE_WORDS.has(role));
  const sex = role && FEMALE_ROLES.has(role) ? 'female' : role && MALE_ROLES.has(role) ? 'male' : null;
  const fits = (p: QuotePerson) => {
    if (sex && p.gender !== null && p.gender !== sex) return false;
    const current = p.titles.filter((t) => !PAST_TITLE.test(t) && titleWords([t]).some((w) => TITLE_WORDS.has(w)));
    return !roleWord || current.length === 0 || coversTitle(current, ROLE_COVERS[role] ?? [role]);
  };
  const at = f.attribution?.at ?? f.start;
  for (let b = f.block; b >= Math.max(0, f.block - AGE_REACH); b--)
    for (const m of [...byBlock[b]!].reverse()) {
      // ("As Ana Lind spoke, …": the subject of a clause "as", "after" or "when" opens counts too.)
      const opened =
        CLAUSE_OPENED.test(blocks[b]!.slice(Math.max(0, m.start - 40), m.start)) && /^\s+\p{Ll}+(?:s|ed)\b/u.test(blocks[b]!.slice(m.end, m.end + 20));
      if ((m.subject || opened) && (b < f.block || m.start < at) && fits(people[m.person]!)) return asPerson(people, m.person);
    }
  return null;
}

/**
 * The first person named, with nothing before the name in its sentence but a phrase of place or occasion, as the subject of a verb of saying in the two
 * paragraphs after `f` ("Laure Vanel said …"; not "Station master Ivo Pell said …", described as someone else), or null.
 */
/** A phrase of place or occasion opening a sentence before its subject ("At a briefing,", "Durante una rueda de prensa,"). */
const OPENING_PHRASE = /^(?:At|In|During|On|Speaking\s+(?:at|to)|Durante|En|Em|Lors\s+d[’']une?|Bei|Auf)\s[^,.;:“”"]{2,50},\s+$/u;

function firstSpeakerAfter(f: Found, byBlock: PersonMention[][], blocks: string[]): number | null {
  for (let b = f.block + 1; b <= Math.min(blocks.length - 1, f.block + 2); b++)
    for (const m of byBlock[b]!)
      if (
        m.subject &&
        sentences(blocks[b]!).some(([start]) => start === m.start || OPENING_PHRASE.test(blocks[b]!.slice(start, m.start))) &&
        /^\s+(?:\p{Ll}+ly\s+)?(?:said|says|told|added|confirmed|stated|disse|afirmou|declarou|dijo|afirmó|declaró|sagte|erklärte|a\s+(?:dit|déclaré|affirmé))\b/u.test(
          blocks[b]!.slice(m.end, m.end + 30),
        )
      )
        return m.person;
  return null;
}

/**
 * "‘…,’ Harbour party leader says as she steps down" above "Ana Lind has resigned as party leader …": a role with no
 * article in the headline or the standfirst is the one the article gives that role, else the person the story opens
 * with.
 */
function headlineRole(name: string, f: Found, byBlock: PersonMention[][], people: QuotePerson[]): Speaker | null {
  const head = /^(?:[\p{L}’'.-]+\s+){0,3}(\p{Ll}[\p{Ll}-]*)$/u.exec(name)?.[1];
  // ("a ministry spokesperson said" in the first paragraph: someone unnamed, never the person the story opens with.)
  if (
    f.block > 1 ||
    !head ||
    !(LOWERCASE_ROLE_WORDS.has(head) || TITLE_WORDS.has(head)) ||
    ORG_WORDS.has(head) ||
    /\b(?:former|ex-)/i.test(name) ||
    /^(?:an?|one|another)\s/i.test(name)
  )
    return null;
  // ("‘…’, judge says" above "Piotr Vogel pleaded guilty … Judge Mara Lind told the court": the one the article gives
  // that very role is meant before the person the story opens with.)
  const holder = titleHolder(f, byBlock, people, (p) =>
    holdsWord(
      p.titles.filter((t) => !PAST_TITLE.test(t)),
      head,
    ),
  );
  if (holder) return holder;
  const opener = firstSubject(f.block + 1, byBlock);
  return opener === null ? null : asPerson(people, opener);
}

/** The person of the first subject mention in blocks `from` … `from + 2`, or null. */
function firstSubject(from: number, byBlock: PersonMention[][]): number | null {
  for (let b = from; b < Math.min(byBlock.length, from + 3); b++) {
    const m = byBlock[b]!.find((x) => x.subject);
    if (m) return m.person;
  }
  return null;
}

/** The words of an article's titles for a person, in lower case ("Militia founder" → militia, founder). */
/** "US-Präsident", "UN-Generalsekretär": a country's or body's short name joined to the office reads as two words. */
const unjoined = (title: string) => title.replace(/\b(\p{Lu}{2,4})-(?=\p{Lu})/gu, '$1 ');
// ("Attorney General Tom Hale" is no attorney that "the attorney said" points to: the office is the general's.)
function titleWords(titles: readonly string[]): string[] {
  return titles.flatMap((t) =>
    unjoined(t)
      .toLowerCase()
      .replace(/\b(attorney|solicitor|surgeon|inspector|postmaster)[\s-]+general\b/g, '$1-general general')
      .split(/[\s,]+/)
      .flatMap(withEnglish),
  );
}

/** Does one of `titles` hold a word the role covers? */
/** The initials of a title's capitalised words, at least two ("Chief Executive" → "CE"), or "". */
function titleInitials(title: string): string {
  const initials = title
    .split(/\s+/)
    .filter((w) => /^\p{Lu}\p{Ll}/u.test(w))
    .map((w) => w[0])
    .join('');
  return initials.length >= 2 ? initials : '';
}

function coversTitle(titles: string[], covers: string[]): boolean {
  return titleWords(titles).some((w) => covers.includes(w));
}

/** The latest person before the quotation (any, for a headline) for whom `fits` holds, as a speaker. */
function titleHolder(f: Found, byBlock: PersonMention[][], people: QuotePerson[], fits: (p: QuotePerson) => boolean): Speaker | null {
  // A headline or a standfirst ("Treasurer vows …") names the role before the body names the person: look ahead
  // there, as anywhere before the article has named anybody.
  const at = f.attribution?.at ?? f.start;
  const namedBefore = byBlock.slice(0, f.block).some((l) => l.length > 0) || byBlock[f.block]!.some((m) => m.start < at);
  const from = f.block === 0 || !namedBefore ? byBlock.length - 1 : f.block;
  // ("“… killed by Lind …,” the president says": one the quotation itself names is not who says it.)
  const inQuote = (b: number, m: PersonMention) => b === f.block && m.start >= f.start && m.end <= f.end;
  for (let b = from; b >= 0; b--)
    for (const mention of [...byBlock[b]!].reverse())
      if ((b !== f.block || mention.start < at || !namedBefore) && !inQuote(b, mention) && fits(people[mention.person]!))
        return asPerson(people, mention.person);
  return null;
}

/**
 * Countries, states and their peoples named in a phrase, each as one key ("Chinese" and "China" → "ch"; "U.S." →
 * "us"; "New Jersey" → "new jersey", so it is not taken for "New York").
 */
function placesOf(phrase: string): string[] {
  const keys: string[] = [];
  const words = (phrase.match(/\p{Lu}[\p{L}.]*/gu) ?? []).map((w) => w.replace(/\.$/, ''));
  for (let i = 0; i < words.length; i++) {
    const pair = i + 1 < words.length ? `${words[i]} ${words[i + 1]}` : '';
    if (pair && isPlace(pair)) {
      keys.push(pair.toLowerCase());
      i++;
      continue;
    }
    const word = words[i]!;
    if (!isPlace(word) && !isPlace(`${word}.`)) continue;
    const plain = word.toLowerCase().replace(/\./g, '');
    keys.push(SAME_PLACE[plain] ?? plain.slice(0, 2));
  }
  return keys;
}

/**
 * Forms of one country whose first two letters differ from its adjective's (most share them: "French" and "France",
 * "Chinese" and "China"). Two letters are a loose key on purpose: a false match only loses a check, a false
 * mismatch loses the right holder.
 */
const SAME_PLACE: Record<string, string> = {
  us: 'us',
  usa: 'us',
  america: 'us',
  american: 'us',
  uk: 'uk',
  britain: 'uk',
  british: 'uk',
  england: 'uk',
  english: 'uk',
  dutch: 'ne',
  danish: 'de',
  welsh: 'wa',
  filipino: 'ph',
};
