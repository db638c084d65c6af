/**
 * Step 2 of the people stage: which capitalised runs name a person, on what evidence. A run is trimmed to its
 * name part (titles and honorifics before it are the prefix); organisations and places that contain a name are
 * set apart; what remains needs strong evidence (honorific, title, role, age, editor's alias) or weak evidence
 * on a full name (a common given name, a speech verb after it, ", who").
 */
import { isPlace } from '../../gazetteer.ts';
import {
  FEMALE_ROLES,
  LOWERCASE_ROLE_WORDS,
  MALE_ROLES,
  NOT_NAME_WORDS,
  ORG_WORDS,
  PERSON_NOUNS,
  PLACE_HEADS,
  SPEECH_VERBS,
  STORM_WORDS,
  TITLE_WORDS,
} from '../../lexicon.ts';
import type { Token } from '../../tokens.ts';
import {
  aged,
  agedBefore,
  bornAs,
  givenNameSpeaks,
  initialled,
  namedOnce,
  nameShaped,
  roleAfter,
  roleBefore,
  speaks,
  weakEvidence,
  type Run,
} from './evidence.ts';
import { isAnyGivenName, isCommonWord, isSurname } from './name-lists.ts';
import type { ParsedBlock } from './runs.ts';
import { isSpeechWord } from '../speakers/verbs.ts';
import { inTitleOfWork, playedCharacter } from '../works.ts';
import { personNoun, synsets } from '../../wordnet.ts';
import { titleBefore, titleBeforeComma } from './titles.ts';
import type { Candidate, KnownAliases } from './types.ts';
import {
  ARABIC_PARTICLE,
  CLUB_AND_FOREIGN_ORG_WORDS,
  FEMALE_HONORIFICS,
  MORE_ROLE_WORDS,
  PARTICLES,
  PEERAGE,
  VENUE_WORDS,
  bare,
  businessWord,
  isHonorific,
  isInitial,
  isTitleWord,
  lower,
  nameLike,
  nameWord,
  occupationBeforeMononym,
  sentenceStart,
} from './words.ts';

/** Words that introduce a nickname (English, French, Spanish, Italian, German), with an opening mark after them. */
const NICKNAMED = /\b(?:nicknamed|nick-named|dubbed|surnommée?|apodad[oa]|soprannominat[oa]|genannt)\s+[«“"‘']?\s*$/iu;

/** Longest name a run may hold, in words: longer runs are titles of works, lists or headlines. */
const MAX_NAME_WORDS = 5;
/** French and German articles fused with a preposition ("du", "aux", "vom", "im"). */
const FUSED_ARTICLE = /^(?:du|au|aux|des|vom|zum|zur|im|beim)$/;
/** A lowercase word for a region after a name, or after it and one more name ("Al Haouz and Taroudant provinces"). */
const REGION_AFTER =
  /^(?: and \p{Lu}[\p{L}’'-]*(?: \p{Lu}[\p{L}’'-]*)?)? (?:provinces?|regions?|districts?|county|counties|prefectures?|governorates?|municipality|municipalities)\b/u;
/**
 * A dateline after the first name of a paragraph: a wider place, then a day ("<town>, Norland, 3. März 2025.",
 * "<town>, Norland, Nov. 3, 2025 –"). The name is the town the story was filed from.
 */
const DATELINE_AFTER = /^, \p{Lu}[\p{L}.’' -]{1,30}, (?:\d{1,2}\.? \p{Lu}\p{Ll}+\.?|\p{Lu}\p{Ll}+\.? \d{1,2}(?:st|nd|rd|th)?)(?:,? \d{4})?(?=[\s.,:;(–—-])/u;
/** What a platform or a medium has after its name ("his official Facebook account", "its Telegram channel"). */
const MEDIUM_AFTER = /^ (?:account|accounts|page|pages|post|posts|channel|feed|profile|website|site|app|handle|livestream|platform)\b/;
/** An office named by its fields, up to the "and" before the last ("Minister of Harbours, Tides and "). */
const OFFICE_LIST_BEFORE =
  /\b(?:Minister|Ministry|Secretary|Department|Commissioner|Office)\s+(?:of|for)\s+(?:(?:the\s+)?\p{Lu}[\p{L}-]*,?\s+){1,4}(?:and|&)\s+$/u;
/** Points of the compass that end the names of districts and seats (not "North" or "West": surnames too). */
const COMPASS_LAST = new Set(['South', 'Central', 'Centre', 'Northeast', 'Northwest', 'Southeast', 'Southwest']);

/** French, Spanish, Italian and Portuguese nouns of a place, written in lower case before the name it bears ("le pont Marcel Dassin", "o templo Ana Lind"). */
const PLACE_BEFORE = new Set(
  `pont aéroport rue avenue boulevard place gare hôpital lycée collège université stade quai puente aeropuerto calle avenida plaza estación colegio universidad estadio templo tempio temple mosquée mezquita moschea mesquita santuario sanctuaire`.split(
    /\s+/,
  ),
);

/** Definite articles in lower case ("el", "le", "il" …; not "la", which is also a particle of names). */
const ROMANCE_ARTICLE = new Set(['el', 'los', 'las', 'le', 'les', 'il', 'lo', 'gli']);

/** Letters written after a name for a seat, an honour or a degree ("MP", "MEP", "KC", "OBE", "PhD"). */
const POSTNOMINALS = new Set(['MP', 'MPs', 'MSP', 'MEP', 'MLA', 'MPP', 'MNA', 'TD', 'QC', 'KC', 'OBE', 'MBE', 'CBE', 'KBE', 'DBE', 'PhD', 'DPhil', 'FRS']);
/** A generational suffix or a regnal number of two letters or more ("Jr", "III", "VI", "XVI"). */
const SUFFIX = /^(?:Jr|Sr|(?=[IVX]{2,5}$)X{0,3}(?:IX|IV|V?I{0,3}))$/;

/** Most words of a line that labels the quotation below it with a name (and perhaps a title or a role). */
const LABEL_MAX_WORDS = 8;

/**
 * "Ana Lind" on a line of its own over a paragraph that opens with a quotation (a roundup of reactions): the line
 * labels whose words follow, so the name is a person's.
 */
function labelOverQuote(c: Candidate, parsed: readonly ParsedBlock[]): boolean {
  const line = parsed[c.block]!.text.trim();
  const next = parsed[c.block + 1]?.text ?? '';
  return line.includes(c.tokens.join(' ')) && line.split(/\s+/).length <= LABEL_MAX_WORDS && !/[.!?:;]$/.test(line) && /^\s*[“"‘«„]/u.test(next);
}

/** The candidates of every block, and the phrases seen as organisations. */
export function findCandidates(
  parsed: readonly ParsedBlock[],
  known: KnownAliases,
  orgNames: ReadonlySet<string>,
  nicknames: ReadonlyMap<string, string> = new Map(),
): { candidates: Candidate[]; orgs: Set<string> } {
  const candidates: Candidate[] = [];
  const pending: Candidate[] = [];
  const cues = new Set<string>();
  const orgs = new Set<string>();
  // Given names alone that speak ("Martha said"): a person of their own when no other name holds the word.
  const given: Candidate[] = [];
  const nouns = capitalisesNouns(parsed);
  parsed.forEach(({ text, tokens, runs }, block) => {
    for (const [a, b] of runs) {
      const run = trimRun(block, text, tokens, a, b, known, nouns);
      if (!run) continue;
      // A name in a title of a work ("“Ana Lind and the Tides”") or a part an actor plays names no one here.
      const [from, to] = [tokens[run.k]!.start, tokens[run.b - 1]!.end];
      if (inTitleOfWork(text, from, to) || playedCharacter(text, tokens[run.a]!.start, to)) continue;
      const found = candidateOf(run, known, orgNames, orgs, nouns);
      if (!found) continue;
      if (found.proven) candidates.push(found.candidate);
      else if (found.candidate.tokens.length > 1) pending.push(found.candidate);
      else if (givenNameSpeaks(run)) given.push(found.candidate);
      if (found.candidate.tokens.length === 1 && (found.candidate.strong || speechSubject(run))) cues.add(found.candidate.tokens[0]!);
    }
  });
  // "Yasser Abdi will meet …" with no cue, then "Abdi said" or "Mr. Abdi": the surname vouches for the full name.
  // Surname-first names ("Wen Haoran … Wen said") are vouched by their first word when the last is no surname.
  const vouched = new Set<Candidate>();
  for (const c of pending)
    if (cues.has(c.tokens[c.tokens.length - 1]!) || (surnameFirst(c, cues) && !headlineLike(c.block, parsed[c.block]!.tokens)) || labelOverQuote(c, parsed))
      vouched.add(c);
  for (const c of listed(pending, candidates, parsed)) vouched.add(c);
  candidates.push(...vouched);
  const particled = particleSurnames(parsed, candidates);
  candidates.push(...particled);
  const words = new Set(candidates.flatMap((c) => c.tokens));
  // (A nickname, "Tom “Skip” Hale" … "said Skip", is the person it sits in: resolve.ts reads it.)
  const alone = given.filter((c) => !words.has(c.tokens[0]!) && !nicknames.has(c.tokens[0]!)).map((c) => ({ ...c, strong: true }));
  candidates.push(...alone);
  if (vouched.size || particled.length || alone.length) candidates.sort((x, y) => x.block - y.block || x.start - y.start);
  monsieur(candidates);
  styledAppositions(candidates, parsed);
  surnameThenWord(candidates);
  // A phrase seen as an organisation anywhere ("Al Jazeera’s Katrina Yu") is not a person elsewhere ("told Al Jazeera"),
  // nor is the name of a company written with its legal suffix ("Merrill Lynch & Co", then "Merrill Lynch said").
  const firms = companyNames(parsed);
  const groups = groupNames(parsed);
  const towns = townNames(parsed);
  return {
    candidates: candidates.filter(
      (c) =>
        !(c.tokens.length === 1 && c.title === null && groups.has(c.tokens[0]!)) &&
        (c.strong || (!orgs.has(c.tokens.join(' ')) && !firms.has(c.tokens.join(' ')) && !towns.has(c.tokens.join(' ')))),
    ),
    orgs,
  };
}

/**
 * "Lind and Hale Clash With Union", a headline pasted into a paragraph: a name of two words whose second is an everyday
 * word no list holds as a name, and whose first the article writes as a name of its own elsewhere ("Tom Hale", "Hale
 * said"), is that name and the headline's verb or noun after it. (A real name of that shape goes by its second word:
 * "Fred Couples … Couples said".)
 */
function surnameThenWord(candidates: Candidate[]): void {
  const lastWords = new Set<string>();
  for (const c of candidates) if (c.tokens.length !== 2 || !everydayWord(c.tokens[1]!)) lastWords.add(c.tokens.at(-1)!);
  for (const c of candidates) {
    const [first, second] = c.tokens;
    if (c.tokens.length !== 2 || !everydayWord(second!) || !lastWords.has(first!) || c.alias !== c.tokens.join(' ')) continue;
    c.tokens = [first!];
    c.alias = first!;
    c.end = c.start + first!.length;
  }
}
/** An everyday word no list holds as a surname or a given name ("Clash", "Vows"). */
const everydayWord = (w: string) => isCommonWord(w) && !isSurname(w) && !isAnyGivenName(w);

/**
 * "…,” van der Sluis said": a surname with its particles in lower case, as a sentence's subject or a reporting
 * clause's, right before a verb of saying. No run of capitalised words starts with it, so it is looked for apart.
 */
const PARTICLE_SURNAME =
  /(?<=^|[”"’»,;:.!?]\s)((?:von der|van der|van den|van de|von|van|de la|de|da|dos|das|du|di|del|della)\s+(\p{Lu}[\p{Ll}’'-]+))\s+(\p{Ll}+)/gu;
function particleSurnames(parsed: readonly ParsedBlock[], found: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  parsed.forEach(({ text }, block) => {
    // (Most blocks hold none of the particles: skip the pattern there.)
    if (!/\b(?:von|van|de|da|dos|das|du|di|del|della)(?: der| den| de| la)? \p{Lu}/u.test(text)) return;
    for (const m of text.matchAll(PARTICLE_SURNAME)) {
      const [, name, surname, verb] = m;
      if (!isSpeechWord(verb!) || isPlace(surname!) || isCommonWord(surname!)) continue;
      const start = m.index;
      if (found.some((c) => c.block === block && c.start <= start + name!.length && start <= c.end)) continue;
      out.push({ block, start, end: start + name!.length, tokens: name!.split(/\s+/), alias: name!, title: null, female: null, strong: true });
    }
  });
  return out;
}

/** "… of Dale Marrow, Alabama", "lived in Pine Hollow, Georgia": after a preposition of place, a name, then a state or a country. */
const TOWN_IN_REGION =
  /\b(?:of|in|near|at)\s+((?:\p{Lu}[\p{L}’'-]+\s+){0,2}\p{Lu}[\p{L}’'-]+),\s+(\p{Lu}[\p{L}.]+(?:\s+\p{Lu}[\p{L}.]+)?)(?=[,.;:)]|\s+(?:and|on|in|to)\b|\s*$)/gu;
/** A comma, then a capital: what TOWN_IN_REGION needs. */
const COMMA_CAPITAL = /,\s+\p{Lu}/u;

/** Words for a part of a country or a town (and, in the Romance languages, a dam, a power plant or an airport "de" a town), in English, French, Spanish, Italian and German. */
const PART_NOUNS = 'district|county|province|prefecture|borough|suburb|neighbou?rhood|municipality';
const TOWN_NOUNS = 'village|town|city|region';
/** Who a town has ("the mayor of Kam Lung", "residents of Kam Lung"): the name they govern or live in is a place. */
const TOWN_HOLDERS = 'mayor|mayors|residents|inhabitants|outskirts';
const ROMANCE_PART_NOUNS =
  'distrito|barrio|municipio|quartier|commune|région|ville|comune|città|quartiere|barrage|presa|diga|barragem|centrale|aéroport|aeropuerto|aeroporto';
const GERMAN_PART_NOUNS = 'Bezirk|Stadtteil|Ortsteil|Landkreis';
/**
 * "the district of Kam Lung", "Kam Lung district", "el distrito de Kam Lung", "im Bezirk Kam Lung": a name a word for a part of a
 * country or a town governs, or that one follows, is the place's.
 */
const PLACE_NOUN_BEFORE = new RegExp(
  `\\b(?:(?:${PART_NOUNS}|${TOWN_NOUNS}|${TOWN_HOLDERS})\\s+of|(?:${ROMANCE_PART_NOUNS})\\s+d[eiu]|${GERMAN_PART_NOUNS})\\s+((?:\\p{Lu}[\\p{L}’'-]+\\s+){0,2}\\p{Lu}[\\p{L}’'-]+)(?![\\p{L}’'-])`,
  'gu',
);
/** Sites named like people ("the Ana Lind temple", "Kam Lung checkpoint", "the Nova Sarel dam"): a name they follow is the site's. */
const SITE_NOUNS =
  'housing estate|temple|mosque|pagoda|shrine|monastery|checkpoint|border crossing|refugee camp|village|dam|reservoir|power plant|power station';
const PLACE_NOUN_AFTER = new RegExp(`((?:\\p{Lu}[\\p{L}’'-]+\\s+){0,3}\\p{Lu}[\\p{L}’'-]+)\\s+(?:${PART_NOUNS}|${SITE_NOUNS})\\b`, 'gu');
/** The nouns PLACE_NOUN_AFTER ends with. */
const PLACE_NOUN_AFTER_WORD = new RegExp(`\\b(?:${PART_NOUNS}|${SITE_NOUNS})\\b`);
/** A word for a part of a country or a town, or a site, or their plurals: most blocks hold none, and skip the patterns. */
const PLACE_NOUN = new RegExp(
  `\\b(?:${PART_NOUNS}|${TOWN_NOUNS}|${TOWN_HOLDERS}|${SITE_NOUNS}|${ROMANCE_PART_NOUNS}|${GERMAN_PART_NOUNS}|cities|counties|municipalities)s?\\b`,
  'u',
);
/** Places in the plural, which a list of their names follows or precedes. */
const PLACES = 'districts|counties|provinces|prefectures|boroughs|suburbs|municipalities|villages|towns|cities|regions|temples';
const LISTED = `\\p{Lu}[\\p{L}’'-]+(?:\\s+\\p{Lu}[\\p{L}’'-]+){0,2}`;
/**
 * "the provinces of Kam Lung, Sam Tung and Oyo", "three districts: …", "the Kam Lung, Sam Tung and Oyo temples": every
 * name of a list that a plural place noun governs is a place's.
 */
const PLACE_LISTS = [
  new RegExp(`\\b(?:${PLACES})(?::|,? including|,? such as| of)\\s+((?:${LISTED},\\s+)*${LISTED},?\\s+and\\s+${LISTED})`, 'gu'),
  new RegExp(`((?:${LISTED},\\s+)+(?:and\\s+)?${LISTED}|${LISTED}\\s+and\\s+${LISTED})\\s+(?:${PLACES})\\b`, 'gu'),
];
const PLACES_WORD = new RegExp(`\\b(?:${PLACES})\\b`);

/** Names the article writes as a town's (see TOWN_IN_REGION and PLACE_NOUN_BEFORE): they are no person's anywhere in it. */
function townNames(parsed: readonly ParsedBlock[]): Set<string> {
  const out = new Set<string>();
  for (const { text } of parsed) {
    // (A town in its region has a comma and a capital after it: blocks without one skip the pattern.)
    if (COMMA_CAPITAL.test(text)) for (const m of text.matchAll(TOWN_IN_REGION)) if (isPlace(m[2]!)) out.add(m[1]!);
    if (!PLACE_NOUN.test(text)) continue;
    if (PLACES_WORD.test(text))
      for (const pattern of PLACE_LISTS) for (const m of text.matchAll(pattern)) for (const name of m[1]!.split(/,\s+(?:and\s+)?|\s+and\s+/)) out.add(name);
    for (const m of text.matchAll(PLACE_NOUN_BEFORE)) out.add(m[1]!);
    // (That pattern tries every capital: only where one of its nouns is.)
    if (!PLACE_NOUN_AFTER_WORD.test(text)) continue;
    // ("Norland’s Kam Lung district": the name after the possessive.)
    for (const m of text.matchAll(PLACE_NOUN_AFTER)) {
      const words = m[1]!.replace(/^(?:The|In|At|Near|From|Of)\s+|^.*[’']s?\s+/u, '').split(/\s+/);
      // ("the Vat Ana Lind temple": the words a name run keeps, without a first word no name has, too.)
      for (let k = 0; k === 0 || words.length - k >= 2; k++) out.add(words.slice(k).join(' '));
    }
  }
  return out;
}

/** A one-word name, then a noun only a movement or an armed group has ("the Varo group", "Varo fighters"). */
const GROUP_NAME = /\b(\p{Lu}[\p{L}-]+)\s+(?:group|movement|militia|fighters|militants|stronghold|operatives|commanders|guerrillas|rebels)\b/gu;

const GROUP_NOUN = /\b(?:group|movement|militia|fighters|militants|stronghold|operatives|commanders|guerrillas|rebels)\b/u;

/** One-word names the article writes as a group's (see GROUP_NAME): "Varo said" is then the group, not a person. */
function groupNames(parsed: readonly ParsedBlock[]): Set<string> {
  const out = new Set<string>();
  // (Most blocks hold none of the nouns: a plain test spares them the pattern, slow at every capital.)
  for (const { text } of parsed)
    if (GROUP_NOUN.test(text)) for (const m of text.matchAll(GROUP_NAME)) if (!isTitleWord(m[1]!) && !isPlace(m[1]!)) out.add(m[1]!);
  return out;
}

/**
 * "Prince Tobiah, the Duke of Kestrel, flew home", "the Duke of Kestrel, Prince Tobiah,": a peer's style in apposition
 * to a name is that person's; the style becomes a written form of the name (and the story merge then gives another
 * article's "the Duke of Kestrel" the same id).
 */
function styledAppositions(candidates: Candidate[], parsed: readonly ParsedBlock[]): void {
  const styled = (c: Candidate) => c.tokens.length >= 3 && c.tokens[1] === 'of' && PEERAGE.test(c.tokens[0]!);
  const holder = new Map<string, string[]>();
  for (let i = 0; i + 1 < candidates.length; i++) {
    const [x, y] = [candidates[i]!, candidates[i + 1]!];
    // (A title may open the second name: ", Prince Tobiah".)
    if (x.block !== y.block || styled(x) === styled(y) || !/^,\s+(?:the\s+)?(?:\p{Lu}\p{Ll}+\s+)?$/u.test(parsed[x.block]!.text.slice(x.end, y.start)))
      continue;
    const [style, person] = styled(x) ? [x, y] : [y, x];
    if (!holder.has(style.tokens.join(' '))) holder.set(style.tokens.join(' '), person.tokens);
  }
  candidates.forEach((c, i) => {
    const tokens = styled(c) ? holder.get(c.tokens.join(' ')) : undefined;
    if (tokens) candidates[i] = { ...c, tokens };
  });
}

/**
 * "Luis Lindo a présenté ses excuses. M. Lindo a …": "M." before a surname the article gives another given name is
 * the French "Monsieur", not an initial; the candidate becomes the surname with a man's honorific.
 */
function monsieur(candidates: Candidate[]): void {
  const given = new Map<string, string[]>();
  // (Each surname's list grows in place: copying it per candidate made a long article's parse quadratic.)
  for (const c of candidates) if (c.tokens.length === 2) (given.get(c.tokens[1]!) ?? given.set(c.tokens[1]!, []).get(c.tokens[1]!)!).push(c.tokens[0]!);
  for (const [i, c] of candidates.entries()) {
    if (c.tokens.length !== 2 || c.tokens[0] !== 'M.') continue;
    const others = (given.get(c.tokens[1]!) ?? []).filter((g) => g !== 'M.');
    if (others.length && others.every((g) => !g.startsWith('M')))
      candidates[i] = { ...c, tokens: [c.tokens[1]!], alias: `M. ${c.tokens[1]!}`, female: false, strong: true };
  }
}

/** A capitalised name of up to four words, then a company's legal suffix ("Goldman Lind Group Inc", "Lind & Co."). */
const COMPANY =
  /(\p{Lu}[\p{L}’'.-]*(?:\s+(?!(?:Group|Holdings)\b)\p{Lu}[\p{L}’'.-]*){0,3})\s+(?:&\s+Co\b|and\s+Co\b|(?:Group\s+)?(?:Inc|Corp|Ltd|LLC|PLC|Plc|Holdings|Co)\b|Group\b)/gu;

/** The names the text gives a company's legal suffix to, without it. */
function companyNames(parsed: readonly ParsedBlock[]): Set<string> {
  const out = new Set<string>();
  for (const { text } of parsed) if (/\b(?:Co|Inc|Corp|Ltd|LLC|PLC|Plc|Holdings|Group)\b/.test(text)) for (const m of text.matchAll(COMPANY)) out.add(m[1]!);
  return out;
}

/** Commas and "and"/"or" between the names of a list, a title of the next name allowed ("…, Defence Secretary Tom Hale"). */
const LIST_SEPARATOR = /^(?:,\s*|,?\s+(?:and|or)\s+)(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}$/u;

/** A role in the plural right before a list ("ministers –", "the officials,"). */
const PLURAL_ROLE_BEFORE = /\b(\p{Ll}+)s\s*(?:[–—:-]|,)?\s*$/u;

/**
 * "contenders Rishi Sunak, Ben Wallace, Liz Truss and Sajid Javid": a full name with no cue of its own is vouched
 * for by a list it stands in when two or more of the list's names are people on their own evidence, or when a role
 * in the plural opens it.
 */
function listed(pending: readonly Candidate[], proven: readonly Candidate[], parsed: readonly ParsedBlock[]): Candidate[] {
  const out: Candidate[] = [];
  const byBlock = new Map<number, Candidate[]>();
  for (const c of [...pending, ...proven]) (byBlock.get(c.block) ?? byBlock.set(c.block, []).get(c.block)!).push(c);
  const sure = new Set(proven);
  for (const [block, list] of byBlock) {
    if (!list.some((c) => !sure.has(c))) continue;
    list.sort((x, y) => x.start - y.start);
    const text = parsed[block]!.text;
    let chain: Candidate[] = [];
    const flush = () => {
      const people = chain.length >= 3 && chain.filter((c) => sure.has(c)).length >= 2;
      // "Three Union ministers – Ana Lind, Tomas Berg and …", "the officials, Ana Lind and Tomas Berg,": a role in the
      // plural before the list says what its names are.
      const role = chain.length >= 2 && PLURAL_ROLE_BEFORE.exec(text.slice(Math.max(0, chain[0]!.start - 40), chain[0]!.start));
      const plural = role && (LOWERCASE_ROLE_WORDS.has(role[1]!) || TITLE_WORDS.has(role[1]!));
      if (people || plural) out.push(...chain.filter((c) => !sure.has(c) && c.tokens.length <= 3));
      chain = [];
    };
    for (const c of list) {
      const last = chain.at(-1);
      if (last && !LIST_SEPARATOR.test(text.slice(last.end, c.start))) flush();
      chain.push(c);
    }
    flush();
  }
  return out;
}

/** A name of two or three words whose first word has a cue and whose last word no list knows as a surname. */
const surnameFirst = (c: Candidate, cues: ReadonlySet<string>) =>
  c.tokens.length <= 3 && cues.has(c.tokens[0]!) && !isSurname(c.tokens.at(-1)!) && !isCommonWord(c.tokens.at(-1)!) && !isPlace(c.tokens.at(-1)!);

/**
 * A headline, where a surname runs into the next word ("Dupont Lagos Visit", "Mayor backs Dupont Lagos plan"): a
 * short first block, or a block whose longer words are mostly capitalised.
 */
function headlineLike(block: number, tokens: readonly Token[]): boolean {
  if (block === 0 && tokens.length < 15) return true;
  const long = tokens.filter((t) => t.word.length > 3);
  return long.length > 0 && long.filter((t) => t.capital).length >= 0.7 * long.length;
}

/** A single word that is the subject of a speech verb ("… ,” Abdi said."), not an everyday word ("Police said"). */
function speechSubject(run: Run): boolean {
  const w = run.tokens[run.k]!.word;
  return run.b - run.k === 1 && speaks(run) && !isCommonWord(w) && !isPlace(w) && /^\p{Lu}\p{Ll}/u.test(w);
}

/** Common German words between spaces: a text with many of them capitalises every noun. */
const GERMAN = / (?:der|die|das|und|nicht|ist|mit|dass|sich|auf|für|den|dem|des|ein|eine|einen|wird|auch|nach|bei|zu)(?= )/g;
/** Share of such words from which a text is read as German. */
const GERMAN_SHARE = 0.1;
/** The first few thousand characters tell the language. */
const LANGUAGE_SAMPLE = 3000;

/** Is the article written in a language that capitalises every noun (German: "Tochter Lena", "Ära Okafor")? */
function capitalisesNouns(parsed: readonly ParsedBlock[]): boolean {
  let sample = '';
  for (const { text } of parsed) {
    sample += ' ' + text;
    if (sample.length >= LANGUAGE_SAMPLE) break;
  }
  sample = sample.slice(0, LANGUAGE_SAMPLE);
  let words = 0;
  for (let i = 0; i < sample.length; i++) if (sample.charCodeAt(i) === 32) words++;
  const german = sample.match(GERMAN)?.length ?? 0;
  return words > 0 && german / words >= GERMAN_SHARE;
}

/** Place nouns that name the place when written in lower case after a capitalised run (none is also a verb). */
const PLACE_AFTER = new Set(
  'station airport street avenue road bridge river lake island district province county region city hospital stadium market hotel restaurant flight flights plane jet aircraft carrier airline dam reservoir canal harbour harbor'.split(
    ' ',
  ),
);

/** "A Lima law firm, Carter Hale, …": a name set off after a firm described with "a" is the firm's. */
const FIRM_BEFORE =
  /\b(?:a|an)\s+(?:[\p{L}-]+\s+){0,3}(?:firm|company|corporation|consultancy|agency|startup|start-up|insurer|carrier|airline|operator|charity|bank|lender),\s*$/iu;
/** The last word of an air accident's or a flight's name in a headline ("Aurora Plane Crash", "Aurora Flight"). */
const VEHICLE_LAST = new Set(['Flight', 'Plane', 'Crash', 'Airliner', 'Aircraft']);

/** A title right before tokens [k, b), and two to four capitalised words there, none an everyday word or a place. */
function titledName(tokens: readonly Token[], k: number, b: number): boolean {
  const name = tokens.slice(k, b);
  return (
    k > 0 &&
    isTitleWord(tokens[k - 1]!.word) &&
    name.length >= 2 &&
    name.length <= 4 &&
    name.every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.word) && !isCommonWord(t.word) && !isPlace(t.word) && !isTitleWord(t.word))
  );
}

/** A run being trimmed: its block's text and tokens, where the run starts, the editor's aliases, and whether the text capitalises every noun. */
interface TrimContext {
  text: string;
  tokens: Token[];
  a: number;
  known: KnownAliases;
  nouns: boolean;
}

/** How far back before a run "on X" is looked for ("on ", "via ", "from "). */
const PLATFORM_REACH = 6;
/** How far back before a run an office's list of fields is looked for (an office, "of", up to four fields). */
const OFFICE_LIST_REACH = 80;
/** How far back before a run a firm described with "a" is looked for (FIRM_BEFORE: up to three words and its noun). */
const FIRM_REACH = 60;

/** Cut a run into prefix and name, or null when it cannot hold a name. `nouns`: the text capitalises every noun. */
function trimRun(block: number, text: string, tokens: Token[], a: number, bEnd: number, known: KnownAliases, nouns: boolean): Run | null {
  const start = laterStart(text, tokens, a, bEnd);
  if (start !== null) return trimRun(block, text, tokens, start, bEnd, known, nouns);
  const c: TrimContext = { text, tokens, a, known, nouns };
  if (namesNoPerson(c, bEnd)) return null;
  const { end, bare } = endOfName(c, bEnd);
  let b = bare;
  // A phrase ending in a place word is a place ("Central Park"); inside a name the word is a name ("Park Ji-woo").
  if (PLACE_HEADS.has(lower(tokens[b - 1]!.word)) && !known.has(text.slice(tokens[a]!.start, tokens[b - 1]!.end))) return null;
  let k = nameStart(c, b);
  if (placeBeforeName(c, k, b)) return null;
  const opened = k;
  k = pastDescriptions(c, k, b);
  // "Tod von Tyre Nichols" ("the death of …"): a particle the stripped noun leaves first opens no name.
  // ("El Palau de Buckingham": a place and a particle before a word name a building, not a person.)
  if (!nouns && k > opened && k < b && PARTICLES.has(tokens[k]!.word)) return null;
  while (nouns && k < b - 1 && k > a && PARTICLES.has(tokens[k]!.word)) k++;
  k = givenAfterPreposition(c, k, b);
  k = nameAfterOffice(c, k, b);
  b = headlineCut(text, tokens, k, b);
  // Initials alone ("I.K." before a line break) are no name.
  // ("Karim bin Salem bin Hadi al-Marzouk": the lowercase particles between the names do not count.)
  const words = tokens.slice(k, b).filter((t) => t.capital || ARABIC_PARTICLE.test(t.word)).length;
  if (b === k || words > MAX_NAME_WORDS || isInitial(tokens[b - 1]!)) return null;
  // ("Casimir IV": one name and a regnal number are a monarch's whole name.)
  const regnal = b - k === 1 && k === a && end > b && /^[IVX]+$/.test(tokens[end - 1]!.word);
  return { block, text, tokens, a, k, b, suffixEnd: b === bare && (b - k >= 2 || regnal) ? end : b };
}

/** Decides whether the run [a, bEnd) is better read from a later start (a platform's "X", an office's last field, a repeated name), and where. */
function laterStart(text: string, tokens: Token[], a: number, bEnd: number): number | null {
  // "… she wrote on X. Lind said": the platform ending a sentence is no initial of the name after it.
  if (
    bEnd - a >= 2 &&
    tokens[a]!.word === 'X' &&
    /\b(?:on|via|to|from|at)\s+$/i.test(text.slice(Math.max(0, tokens[a]!.start - PLATFORM_REACH), tokens[a]!.start))
  )
    return a + 1;
  // "Minister of Harbours, Tides and Fisheries Ana Lind": the last field of an office's list is no part of the name.
  if (
    bEnd - a >= 3 &&
    !isAnyGivenName(tokens[a]!.word) &&
    OFFICE_LIST_BEFORE.test(text.slice(Math.max(0, tokens[a]!.start - OFFICE_LIST_REACH), tokens[a]!.start))
  )
    return a + 1;
  // "About Ana Lind Ana Lind is …": a heading run into its paragraph repeats the name; the run is the name's second writing.
  for (let n = 2; n <= 3 && bEnd - a >= 2 * n; n++)
    if (tokens.slice(bEnd - n, bEnd).every((t, i) => t.word === tokens[bEnd - 2 * n + i]!.word)) return bEnd - n;
  return null;
}

/** Decides whether the whole run names a district, a road, a place, a firm, a vehicle, a building, a storm or an account rather than a person. */
function namesNoPerson({ text, tokens, a, known }: TrimContext, bEnd: number): boolean {
  // "Kingsley South", "Leeds Central": a name ending in a point of the compass is a district or a seat, no person.
  if (bEnd - a >= 2 && COMPASS_LAST.has(tokens[bEnd - 1]!.word) && !known.has(text.slice(tokens[a]!.start, tokens[bEnd - 1]!.end))) return true;
  // "Martin Luther King Jr. Boulevard": the run ended at the suffix's full stop; a road or venue follows.
  const after = tokens[bEnd];
  if (after?.capital && SUFFIX.test(tokens[bEnd - 1]!.word) && (VENUE_WORDS.has(lower(after.word)) || PLACE_HEADS.has(lower(after.word)))) return true;
  // "near Kolanga Bazar station", "at Ana Lima airport": a run right before a place noun in lower case names the place.
  if (after && PLACE_AFTER.has(after.word) && !tokens[bEnd - 1]!.possessive && text.slice(tokens[bEnd - 1]!.end, after.start) === ' ') return true;
  const before = text.slice(Math.max(0, tokens[a]!.start - FIRM_REACH), tokens[a]!.start);
  // (The pattern ends at a comma: a run with none right before it skips the pattern, slow at every word.)
  if (before.trimEnd().endsWith(',') && FIRM_BEFORE.test(before)) return true;
  // "Aurora Plane Crash", "Aurora Flight 212": a flight, a plane or a crash, no person.
  if (VEHICLE_LAST.has(tokens[bEnd - 1]!.word) || (bEnd - a >= 2 && VEHICLE_LAST.has(tokens[a + 1]!.word) && tokens[a + 1]!.word !== 'Crash')) return true;
  // "le pont Marcel Dassin", "la calle Paul Ablan": a translated copy's street, bridge or station named after a person.
  if (a > 0 && PLACE_BEFORE.has(tokens[a - 1]!.word) && text.slice(tokens[a - 1]!.end, tokens[a]!.start) === ' ') return true;
  // "el Martín Pescador", "le Petit Ramon": a Spanish, French or Italian article right before the run makes it a
  // thing's name; a person's name takes none.
  if (a > 0 && ROMANCE_ARTICLE.has(tokens[a - 1]!.word) && text.slice(tokens[a - 1]!.end, tokens[a]!.start) === ' ') return true;
  // "Domus Sanctae Ursulae", "la Résidence Sainte-Ursule", "Terre Sainte": a saint's word in a run that no given name
  // opens names a church, a house or a land, not a person ("Yves Saint Laurent" opens with one).
  if (bEnd - a >= 2 && !isAnyGivenName(tokens[a]!.word) && tokens.slice(a, bEnd).some((t) => SAINT.test(t.word))) return true;
  // "Storm Daniel", "Hurricane Ian", "la tempête Daniel": a weather system named like a person is none.
  for (let i = Math.max(0, a - 1); i < bEnd - 1; i++) if (STORM_WORDS.has(lower(tokens[i]!.word))) return true;
  // "the official Harbour Kings Instagram page": words before a platform's name name an account (a band's, a club's,
  // a show's more often than a person's), not a person.
  if (bEnd - a >= 2 && PLATFORMS.has(tokens[bEnd - 1]!.word)) return true;
  return false;
}

/** Decides where the name ends: a headline's plural and letters after it cut off (`end`), then its generational suffix set apart (`bare`). */
function endOfName({ tokens, a }: TrimContext, bEnd: number): { end: number; bare: number } {
  let b = bEnd;
  // "President Ana Lind Tributes In …": after a title, an everyday plural closing the run is a headline's next
  // word, not a firm's ("Lind Partners").
  // (Every word between the title and the plural must be a name: "Inspector Praises Young Track Workers" names no one.)
  const named = (t: Token) => nameLike(t) && (!isCommonWord(t.word) || isSurname(t.word) || isAnyGivenName(t.word));
  if (b - a >= 4 && b - a <= 5 && isTitleWord(tokens[a]!.word) && businessWord(tokens[b - 1]!.word) && tokens.slice(a + 1, b - 1).every(named)) b--;
  // "Ana Lind MP", "Tom Hale OBE": letters after a name (an office, an honour, a degree) are no part of it.
  while (b - a >= 3 && POSTNOMINALS.has(tokens[b - 1]!.word)) b--;
  const end = b;
  // A generational suffix ("Charles Hollis III", "Martin Luther King Jr.") is read apart and put back on the name
  // found (`suffixEnd`): the rules below look at the name's own last word.
  while (b > a + 1 && SUFFIX.test(tokens[b - 1]!.word)) b--;
  return { end, bare: b };
}

/** Decides where the name part of [a, b) starts: back over name-like words, particles and initials, then past leading particles. */
function nameStart({ tokens, a }: TrimContext, b: number): number {
  let k = titleSurname(tokens, a, b) ? b - 1 : b;
  while (
    k > a &&
    (nameLike(tokens[k - 1]!) || (PARTICLES.has(tokens[k - 1]!.word) && k < b) || innerParticle(tokens, k - 1, a, b) || pairedInitials(tokens, k - 1, b))
  )
    k--;
  while (k < b && PARTICLES.has(tokens[k]!.word)) k++;
  // ("Hijo de Ana Lind Morales", "Filha de …", "Fils de …": a word for kin and its "of" open no name.)
  if (k + 2 < b && ROMANCE_KIN.has(tokens[k]!.word) && PARTICLES.has(tokens[k + 1]!.word)) k += 2;
  return k;
}

/** Words for kin in Spanish, Portuguese, Italian and French, capitalised, that "de" or "di" may follow. */
const ROMANCE_KIN = new Set(
  'Hijo Hija Hijos Hijas Filho Filha Filhos Filhas Figlio Figlia Figli Fils Fille Nieto Nieta Neto Neta Nipote Esposa Esposo Viuda Viúva Vedova Veuve Hermano Hermana Irmão Irmã Fratello Sorella Sobrino Sobrina'.split(
    ' ',
  ),
);

/** Decides whether the name's first word ends a place begun before it ("Prime Minister of New Zealand"): then the run is no name. */
function placeBeforeName({ tokens, a }: TrimContext, k: number, b: number): boolean {
  // "Prime Minister of New Zealand": a first word that ends a place begun before it is no name.
  const placeEnds = (from: number) =>
    from >= a &&
    isPlace(
      tokens
        .slice(from, k + 1)
        .map((t) => t.word)
        .join(' '),
    );
  return k > a && k < b && (placeEnds(k - 1) || placeEnds(k - 2));
}

/** Decides where the name starts once the places, nationalities, describing words, parties and occupations before it are stripped. */
function pastDescriptions({ text, tokens, a, nouns }: TrimContext, start: number, b: number): number {
  let k = start;
  // Places and nationalities before the name ("Brazilian striker", "Austrian Ana Lima"), and at a sentence start a
  // describing word no list knows as a name before a given name ("Unseeded Ana Lima", "Second-ranked Austrian …").
  // ("Milan Maruniak", "Florence Hale": a city that is also a given name, before one surname-shaped word, is a given name.)
  const givenCity = (k: number) =>
    b - k === 2 &&
    isAnyGivenName(tokens[k]!.word) &&
    /^\p{Lu}\p{Ll}/u.test(tokens[k + 1]!.word) &&
    !isPlace(tokens[k + 1]!.word) &&
    !isCommonWord(tokens[k + 1]!.word);
  for (;;) {
    // ("the Prince of Wales": the place of a peer's style is the name's, see candidateOf.)
    if (k - 2 >= a && tokens[k - 1]!.word === 'of' && PEERAGE.test(tokens[k - 2]!.word)) break;
    if (k + 1 < b && isPlace(`${tokens[k]!.word} ${tokens[k + 1]!.word}`)) k += 2;
    else if (
      k < b &&
      ((isPlace(tokens[k]!.word) && !givenCity(k)) ||
        (b - k >= 3 && (describes(tokens[k]!.word) || epithet(tokens[k]!.word)) && beforeName(tokens[k + 1]!.word)) ||
        // ("Democratic Socialist Ana Lind", "Conservative Tom Hale": a party's word before a whole name.)
        (b - k >= 3 && PARTY_WORDS.has(tokens[k]!.word)) ||
        // ("Drummer Tom Hale asked", "Bassist Rui Moss": a noun for a kind of person before a given name and more.)
        (b - k >= 3 && occupation(tokens[k]!.word) && givenBefore(tokens[k + 1]!.word)) ||
        // ("Rapper Kesh said": before one word, at a sentence's start, a listed role or a practitioner's noun.)
        (b - k === 2 && k === a && sentenceStart(text, tokens[k]!.start) && occupationBeforeMononym(tokens[k]!.word) && !isCommonWord(tokens[k + 1]!.word)))
    )
      k++;
    // "posted on X. Ana Lind said …": the platform's letter after "on" ("sur", "auf", "en" in a translated copy) is no
    // initial of the name after it.
    else if (b - k >= 3 && tokens[k]!.word === 'X' && /^(?:on|via|sur|auf|en|vía)$/.test(tokens[k - 1]?.word ?? '')) k++;
    // "former Marine Paul Whelan": a service member's noun before a whole name is a title (a given name only before a
    // surname alone: "Marine Le Pen").
    else if (b - k >= 3 && tokens[k]!.word === 'Marine' && /^(?:former|retired|veteran|decorated|a|US|U\.S\.?)$/.test(tokens[k - 1]?.word ?? '')) k++;
    // An -ing form no list knows as a name opens a clause, not a name ("Rebuking Okafor, the minister said …").
    else if (b - k >= 2 && /^\p{Lu}\p{Ll}+ing$/u.test(tokens[k]!.word) && describes(tokens[k]!.word)) k++;
    // In headline case so does a past tense ("… Leader Who Criticised Hale").
    else if (b - k >= 2 && /^\p{Lu}\p{Ll}+ed$/u.test(tokens[k]!.word) && describes(tokens[k]!.word) && titleCase(tokens)) k++;
    // In German only a listed given name opens a name: "Tochter Lena" is "daughter Lena".
    // (After a title, two to four capitalised words are a whole name, listed or not: "Richter Varik Dolman Ostrey".)
    else if (nouns && b - k >= 2 && !isAnyGivenName(tokens[k]!.word) && !isInitial(tokens[k]!) && !titledName(tokens, k, b)) k++;
    // "Tod von Marek Nowak" ("the death of …"), even where the noun is also a given name: a name's "von" is followed
    // by a surname alone ("Richard von Weizsäcker", "Ursula von der Leyen"), so two name words after it mean "of".
    else if (nouns && b - k >= 4 && /^vo[nm]$/.test(tokens[k + 1]!.word) && !PARTICLES.has(tokens[k + 2]!.word)) k += 2;
    else break;
  }
  return k;
}

/** Decides whether a place after a preposition, a group's name or an article runs into the name, and then starts it at its listed given name. */
function givenAfterPreposition({ tokens, a }: TrimContext, k: number, b: number): number {
  // "MP for Kestrel Downs Marta Voss", "senator from Dunmore Ana Lind": after a preposition, a place no list knows runs
  // into the name; the name starts at its listed given name. So does an office after "of" inside the run ("White
  // House Chief of Staff Ana Lind").
  // (Translated copies too: "le préfet de Varnholm Paul Ablan", "der Bürgermeister von Varnholm Paul Ablan"; and a
  // noun these languages write with a capital after their article: "le Danois Anders Holm".)
  const afterOf =
    (a > 0 && /^(?:for|from|of|in|representing|de|du|del|von|vom|aus|le|la|el)$/.test(tokens[a - 1]!.word)) ||
    // ("the rowing club Seeadler Kai Wirth": a group's name, then its member's.)
    (a > 0 && /^(?:movement|group|party|organi[sz]ation|faction|militia|company|firm|agency|union|alliance|club|team|band)$/.test(tokens[a - 1]!.word)) ||
    // (Not after a word for kin: "Hija de Marta Lind Ruiz" names her mother in full.)
    (k > a && /^(?:of|for|de|du|del|von)$/.test(tokens[k - 1]!.word) && !ROMANCE_KIN.has(tokens[k - 2]?.word ?? '')) ||
    (k < b && /^(?:Le|La|Les|El|Los|Las|Der|Die|Das)$/.test(tokens[k]!.word));
  if (afterOf && b - k >= 3) {
    const given = tokens.slice(k + 1, b - 1).findIndex((t) => isAnyGivenName(t.word) && !isCommonWord(t.word));
    if (given !== -1) return k + 1 + given;
  }
  return k;
}

/** Decides whether an office's place runs into the name ("Governor of East Azarbaijan Malek Rahmati"), and then where the name starts. */
function nameAfterOffice({ tokens, a }: TrimContext, k: number, b: number): number {
  // "Governor of East Azarbaijan Malek Rahmati", "the governor of East Azarbaijan Malek Rahmati": an office's place no
  // list knows runs into a name no list knows; a name's usual two words end the run.
  // ("Tabriz Imam of Friday Prayer Mohammad Ali Ale-Hashem": the name starts at its listed given name.)
  const of = tokens.slice(a, k).findLastIndex((t) => t.word === 'of');
  const office = (of > 0 && isTitleWord(tokens[a + of - 1]!.word)) || (a > 1 && tokens[a - 1]!.word === 'of' && isTitleWord(tokens[a - 2]!.word));
  if (office && b - k >= 3) {
    const given = tokens.slice(k, b - 1).findIndex((t) => isAnyGivenName(t.word) && !isCommonWord(t.word));
    if (given !== -1) return k + given;
    else if (!tokens.slice(k, b).some((t) => isPlace(t.word))) return b - 2;
  }
  return k;
}

/**
 * A particle written with a capital between two name words ("Abdelhak El Amrani", "Rania Al Masri", "Ana De
 * Souza"): part of the name.
 */
function innerParticle(tokens: readonly Token[], i: number, a: number, b: number): boolean {
  const t = tokens[i]!;
  return (
    i > a &&
    i + 1 < b &&
    /^\p{Lu}\p{Ll}{1,2}$/u.test(t.word) &&
    (PARTICLES.has(lower(t.word)) || t.word === 'El') &&
    nameLike(tokens[i - 1]!) &&
    nameLike(tokens[i + 1]!)
  );
}

/**
 * Two capitals written without full stops before a surname ("MJ Lee", "TJ Okafor") are initials, not an acronym:
 * the next word is name-shaped, the word before is no capitalised word of the run (a possessor may be: "the Herald’s
 * TJ Okonkwo"; so may a title: "Deputy Mayor RJ Tembo"), and the pair is no place ("UK") and no title ("PM", "MP").
 */
function pairedInitials(tokens: readonly Token[], i: number, b: number): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  return (
    i + 1 < b &&
    /^\p{Lu}{2}$/u.test(t.word) &&
    !t.possessive &&
    !TITLE_WORDS.has(t.word.toLowerCase()) &&
    !isPlace(t.word) &&
    next !== undefined &&
    /^\p{Lu}\p{Ll}+$/u.test(next.word) &&
    nameLike(next) &&
    (i === 0 || !tokens[i - 1]!.capital || tokens[i - 1]!.possessive || TITLE_WORDS.has(tokens[i - 1]!.word.toLowerCase()))
  );
}

/**
 * A word that describes the name after it: a role ("Trainer"), a nationality in the plural ("Americans"), or an
 * everyday word, an adjective's ending or a hyphenated description that no list knows as a name ("Comedian",
 * "Unseeded", "Defiant", "Scandal-hit").
 */
const describes = (w: string) =>
  MORE_ROLE_WORDS.has(lower(w)) ||
  isPlace(w.replace(/s$/, '')) ||
  ((isCommonWord(w) || /\p{Ll}(?:ed|ing|ian|ant|ent|ous|ive|ful|less)$/u.test(w) || /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(w)) && !isAnyGivenName(w) && !isSurname(w));

/**
 * An everyday word in "-ed" before a whole name is a taunt or an epithet ("Wicked Ana Lind"), even when some list
 * holds it as a surname; a given name never is.
 */
const epithet = (w: string) => /^\p{Lu}\p{Ll}{3,}ed$/u.test(w) && isCommonWord(w) && !isAnyGivenName(w);

/** Words of parties and political currents written before a member's name (not "Green" nor "Tory": names too). */
const PARTY_WORDS = new Set([
  'Democrat',
  'Democratic',
  'Republican',
  'Conservative',
  'Liberal',
  'Labour',
  'Socialist',
  'Social',
  'Communist',
  'Nationalist',
  'Populist',
  'Progressive',
  'Centrist',
  'Leftist',
]);

/**
 * A word whose first sense in WordNet is a kind of person ("Drummer", "Bassist", "Goalkeeper"), written with a capital
 * before a whole name: the person's occupation, even where a list holds it as a surname too; a given name never is. Not
 * a word that is an adjective too ("Super", "Islamist" describe as often as they name); a practitioner's noun WordNet
 * lacks counts by its ending ("Primatologist", "Oceanographer").
 */
const occupation = (w: string) =>
  /^\p{Lu}\p{Ll}+$/u.test(w) &&
  !isAnyGivenName(w) &&
  ((personNoun(lower(w)) && synsets('adj', lower(w), 1).length === 0) || (/\p{Ll}{3}(?:ist|grapher)$/u.test(w) && !isSurname(w)));

/** A listed given name of three letters or more that is no everyday word ("Tom", not "El" or "Will"). */
const givenBefore = (w: string) => /^\p{Lu}\p{Ll}{2,}$/u.test(w) && isAnyGivenName(w) && !isCommonWord(w);

/** A listed given name that is no everyday word, or a nationality that a name follows ("Austrian"). */
const beforeName = (w: string) => (isAnyGivenName(w) && !isCommonWord(w)) || isPlace(w);

/**
 * A title word that is also a surname, last in the run after a given name, is the surname ("Amy Pope", "Howard
 * Dean", "Ana King"): a title before a name is followed by it, not preceded by a given name.
 */
function titleSurname(tokens: readonly Token[], a: number, b: number): boolean {
  const last = tokens[b - 1]!;
  const prev = tokens[b - 2];
  return (
    b - a >= 2 &&
    // "Amy Pope", "Howard Dean"; "Marisa May", "Rita Will": a title word or a modal or month that is a surname.
    (isTitleWord(last.word) || NOT_NAME_WORDS.has(last.word)) &&
    // ("Monday", and a German weekday after "Ab", "Am", "Seit" …, is no surname: "Kathrin Freitag" is one.)
    !/^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/.test(last.word) &&
    !(/^(?:Ab|Am|Bis|Seit|Vom|Zum)$/.test(prev?.word ?? '') && /^(?:(?:Mon|Diens|Donners|Frei|Sams|Sonn)tag|Mittwoch|Sonnabend)$/.test(last.word)) &&
    /^\p{Lu}\p{Ll}+$/u.test(last.word) &&
    isSurname(last.word) &&
    prev !== undefined &&
    nameLike(prev) &&
    isAnyGivenName(prev.word) &&
    !isCommonWord(prev.word)
  );
}

/** Are most of a block's words capitalised (a headline in title case)? */
function titleCase(tokens: readonly Token[]): boolean {
  return tokens.length >= 4 && tokens.filter((t) => t.capital).length / tokens.length > 0.7;
}

/**
 * One word that is no name: a contraction ("I’d"), a sentence adverb ("Unfortunately, …"), or a people in the plural
 * ("fellow Americans", "Millennials, who …") — a plural whose singular is an everyday word or a place, and no listed name.
 */
function groupOrAdverb(w: string): boolean {
  // ("Russian-born", "London-based": a describing word.)
  if (CONTRACTION.test(w) || /-(?:born|based|bred|led|backed|owned)$/.test(w)) return true;
  if (isSurname(w) || isAnyGivenName(w)) return false;
  if (/^\p{Lu}\p{Ll}{3,}ly$/u.test(w) && (isCommonWord(w) || isCommonWord(w.slice(0, -2)) || ADJECTIVE.test(w.slice(0, -2)))) return true;
  return /[^su]s$/.test(w) && (isCommonWord(w.slice(0, -1)) || isPlace(w.slice(0, -1)));
}

/** Endings of adjectives that take -ly ("unfortunate", "additional", "obvious"). */
const ADJECTIVE = /(?:al|ful|ous|ive|ate|ent|ant|ic|ible|able|less)$/;

/** A word with a contracted verb or "not" ("I’ve", "Isn’t", "We’re"). */
const CONTRACTION = /^\p{L}+(?:n[’']t|[’'](?:ve|m|ll|re|d))$/u;

/**
 * In headline case a name runs into the words after it ("Dupont Makes First Visit", "Lima Says", "Lima Joked"):
 * the name ends before a speech verb, or an everyday word that is no listed name and has more words after it or
 * reads as a past tense.
 */
function headlineCut(text: string, tokens: Token[], k: number, b: number): number {
  // "Easter Day", "Happy Easter": a holiday is no name, nor part of one.
  // "His Father Speaks Out": in headline case a verb after a title is no name.
  if (k >= b) return b;
  const first = lower(tokens[k]!.word);
  if (HOLIDAYS.has(first) || ((SPEECH_VERBS.has(first) || HEADLINE_VERBS.has(first) || first === 'speaks') && titleCase(tokens))) return k;
  for (let i = k + 1; i < b; i++) {
    const w = tokens[i]!.word;
    if (HOLIDAYS.has(lower(w))) return i;
    // "Pope Dorian Will be …": a modal written with a capital before its verb ends the name.
    if (i === b - 1 && MODALS.has(w) && /^\s+(?:be|have|not|never|also|still|soon|likely)\b/.test(text.slice(tokens[i]!.end, tokens[i]!.end + 12))) return i;
    // "Jim Lind I’ve …", "Ana Lind Isn’t Done": a contraction is no part of a name.
    // ("Special Counsel Jane Roe": a title that is also a verb of saying stays a title.)
    if ((SPEECH_VERBS.has(lower(w)) && !TITLE_WORDS.has(lower(w))) || CONTRACTION.test(w)) return i;
    // "Ana Lind, Tom Hale Respond": in a headline a speech verb's bare form too ("Sir Ian Hope said" keeps Hope).
    if ((SPEECH_VERBS.has(`${lower(w)}s`) || SPEECH_VERBS.has(lower(w).replace(/y$/, 'ies'))) && titleCase(tokens)) return i;
    // "Helena Varga Dies: …", "Tom Hale Resigns": a headline's verb of what befell the person ends the name.
    // (Inside a paragraph too, when the headline pasted into it goes on after a colon: "Alexei Navalny Dies: …".)
    if (HEADLINE_VERBS.has(lower(w)) && (titleCase(tokens) || /^:\s+\p{Lu}/u.test(text.slice(tokens[i]!.end, tokens[i]!.end + 3)))) return i;
    // ("Yusuf Bin Omar": an Arabic "son of" written with a capital is part of the name.)
    // ("Michael D Higgins": a middle initial written without its full stop, before the surname.)
    const bareInitial = /^[B-HJ-Z]$/.test(w) && i < b - 1;
    if (
      PARTICLES.has(w) ||
      (/^(?:Bin|Ibn|Bint)$/.test(w) && i < b - 1) ||
      isInitial(tokens[i]!) ||
      bareInitial ||
      !isCommonWord(w) ||
      isSurname(w) ||
      isAnyGivenName(w)
    )
      continue;
    // A last word must look like a verb ("Joked"): "Fred Couples", "Kimiko Date" end in everyday words.
    // (In headline case an irregular past of what befell the person counts too: "Ana Lind Shot at Rally".)
    if (i < b - 1 || /ed$/.test(w) || (HEADLINE_AFTER_NAME.has(lower(w)) && titleCase(tokens))) return i;
  }
  return b;
}

/** Feasts and holidays, in the languages the parser reads; never a name. */
const HOLIDAYS = new Set(
  `easter christmas halloween thanksgiving ramadan eid hanukkah diwali passover pentecost lent advent epiphany ostern weihnachten pâques noël pascua navidad`.split(
    /\s+/,
  ),
);

/** Modal verbs a copy may write with a capital after a name ("Lind Will be …"). */
const MODALS = new Set(['Will', 'Would', 'Could', 'Should', 'Must', 'Might', 'Shall', 'Can']);

/** Irregular pasts of what befell a person that a headline puts right after the name. */
const HEADLINE_AFTER_NAME = new Set(`shot hit struck slain hurt held found caught freed fled quit won lost met left sworn beaten stabbed`.split(/\s+/));

/** Verbs of what befalls a person that a headline puts after the name, in the present tense. */
const HEADLINE_VERBS = new Set(
  `dies resigns quits wins loses arrives returns leaves joins meets visits pleads faces weds marries steps signs sues lands flies
  slams blasts hails mourns recovers survives collapses retires`.split(/\s+/),
);

/** A trimmed run read as a name: its prefix and name tokens, the name as written, the editor's name for it, its last word, whether nouns take capitals. */
interface NameRead {
  run: Run;
  prefix: Token[];
  nameTokens: Token[];
  surface: string;
  knownName: string | undefined;
  last: Token;
  nouns: boolean;
}

/** How far after a name REGION_AFTER and DATELINE_AFTER look: "and", one more name and a region's word, or a wider place and a day. */
const AFTER_NAME_REACH = 60;
/** How far after a name MEDIUM_AFTER looks: a space and its longest noun ("livestream"). */
const MEDIUM_REACH = 12;
/** How far before a name NICKNAMED looks: its longest word ("soprannominata"), a space and an opening mark. */
const NICKNAME_REACH = 16;

/**
 * The candidate a trimmed run makes and whether its evidence suffices, or null; organisations found on the way go
 * into `orgs`. A name-shaped full name without evidence comes back unproven: a surname cue elsewhere may prove it.
 */
function candidateOf(
  run: Run,
  known: KnownAliases,
  orgNames: ReadonlySet<string>,
  orgs: Set<string>,
  nouns = false,
): { candidate: Candidate; proven: boolean } | null {
  const { tokens, a, k, b } = run;
  const nameTokens = tokens.slice(k, b);
  const surface = nameTokens.map(nameWord).join(' ');
  const v: NameRead = { run, prefix: tokens.slice(a, k), nameTokens, surface, knownName: known.get(surface), last: nameTokens[nameTokens.length - 1]!, nouns };
  const peer = peerStyle(v);
  if (peer) return { candidate: peer, proven: true };
  if (organisationOrPlace(v, orgNames, orgs) || placeOrThingByContext(v) || officeOrNickname(v)) return null;
  // ("Dans un message publié sur Telegram, le préfet …": a platform's name alone is no one's, whatever follows it.)
  if (nameTokens.length === 1 && !v.knownName && PLATFORMS.has(v.last.word)) return null;
  const honorific = v.prefix.findLast((t) => isHonorific(t));
  // "Moroccan King Declares Three Days of National Mourning": in a title-case headline an everyday word is no name of
  // its own (a surname there still names the person the article names in full).
  if (nameTokens.length === 1 && !v.knownName && !honorific && isCommonWord(v.last.word) && titleCase(tokens)) return null;
  const german = germanSurname(v);
  if (groupOrEverydayWord(v, honorific, german, orgs)) return null;
  const regnal = nameTokens.length === 1 && (run.suffixEnd ?? run.b) > run.b && /^[IVX]+$/.test(tokens[(run.suffixEnd ?? run.b) - 1]!.word);
  const strong = Boolean(
    honorific ||
    roleBefore(run) ||
    v.knownName ||
    german ||
    roleAfter(run) ||
    aged(run) ||
    agedBefore(run) ||
    initialled(nameTokens) ||
    regnal ||
    namedOnce(run) ||
    bornAs(run),
  );
  const proven = strong || weakEvidence(run);
  if (!proven && !nameShaped(run) && !(nameTokens.length === 1 && (speechSubject(run) || givenNameSpeaks(run)))) return null;
  return { candidate: candidateFrom(v, honorific, strong), proven };
}

/** Decides whether the run is a peer or a royal named by the style of a place, and then the candidate by that whole style. */
function peerStyle({ run, prefix, nameTokens, knownName, last }: NameRead): Candidate | null {
  // "the Duke of Sussex", "the Princess of Wales": a peer or a royal named by the style of a place is a person, by
  // that whole style (the place alone is no one).
  const peer = prefix.length >= 2 && prefix.at(-1)!.word === 'of' && PEERAGE.test(prefix.at(-2)!.word) && nameTokens.length <= 2 && !knownName;
  if (!peer || !nameTokens.every((t) => t === last || !t.possessive)) return null;
  const style = prefix.at(-2)!;
  const named = [style.word, 'of', ...nameTokens.map(nameWord)].join(' ');
  const female = /^(?:Duchess|Princess|Countess|Marchioness|Viscountess|Baroness)$/.test(style.word);
  return { block: run.block, start: style.start, end: last.end, tokens: named.split(' '), alias: named, title: null, female, strong: true };
}

/** Decides whether the name is a place or a known organisation, an airline's, or an organisation's by its prefix (recording the organisations in `orgs`). */
function organisationOrPlace({ run, prefix, nameTokens, surface, knownName }: NameRead, orgNames: ReadonlySet<string>, orgs: Set<string>): boolean {
  const { text, tokens, a, b } = run;
  if (!knownName && (isPlace(surface) || orgNames.has(surface))) return true;
  // "Air Kelmar", "Kelmar Airlines", "Varo Air": an airline's name, whatever the words beside it.
  if (!knownName && nameTokens.length >= 2 && nameTokens.some((t) => AIRLINE_WORD.test(t.word))) {
    orgs.add(surface);
    return true;
  }
  if (orgBefore(prefix) && !knownName && !officeBefore(text, tokens, a)) {
    orgs.add(text.slice(tokens[a]!.start, tokens[b - 1]!.end));
    return true;
  }
  return false;
}

/** Decides whether the words around the name make it a people, an adverb, a place, a thing, a dateline's town or a platform. */
function placeOrThingByContext({ run, nameTokens, knownName, last }: NameRead): boolean {
  const { text, tokens, a, k } = run;
  if (nameTokens.length === 1 && !knownName && groupOrAdverb(last.word)) return true;
  // "Al Bayda", "Al Jazeera", "El Mundo": "Al" or "El" and one word no list knows as a name is a place or a thing
  // ("Al Gore" keeps his listed surname).
  if (nameTokens.length === 2 && !knownName && /^(?:Al|El)$/.test(nameTokens[0]!.word) && !isSurname(last.word) && !isAnyGivenName(last.word)) return true;
  // "fellow Texan": one word after "fellow" is a people; "in Tamarac, the owner of …": one word after "in" is a place.
  const before = tokens[a - 1]?.word;
  if (nameTokens.length === 1 && !knownName && k === a && (before === 'fellow' || before === 'in' || before === 'near')) return true;
  // "au coeur du Haut Atlas", "die Helfer im Atlas": a name right after a French or German article fused with a
  // preposition is a place or a thing; a person there has a title first ("du président Ana Lind").
  if (!knownName && k === a && FUSED_ARTICLE.test(before ?? '') && text.slice(tokens[a - 1]!.end, tokens[a]!.start) === ' ') return true;
  // "Al Haouz province", "in Al Haouz and Taroudant provinces": a name before a lowercase word for a region is a place.
  if (!knownName && k === a && REGION_AFTER.test(text.slice(last.end, last.end + AFTER_NAME_REACH))) return true;
  if (!knownName && k === a && text.slice(0, tokens[a]!.start).trim() === '' && DATELINE_AFTER.test(text.slice(last.end, last.end + AFTER_NAME_REACH)))
    return true;
  // "his official Facebook account": one word before a medium's noun is a platform, not a person.
  if (!knownName && nameTokens.length === 1 && MEDIUM_AFTER.test(text.slice(last.end, last.end + MEDIUM_REACH))) return true;
  return false;
}

/** Decides whether the name is an office's words or its firm or place after "<title> of", or a nickname. */
function officeOrNickname({ run, prefix, nameTokens, knownName }: NameRead): boolean {
  const { text, tokens, a, k } = run;
  // "the White House Chief of Staff said", "the Commissioner of Railway Safety": everyday words after "<title> of" are
  // the office's, not a name.
  const office = k - a >= 2 && /^(?:of|for)$/.test(tokens[k - 1]!.word) && isTitleWord(tokens[k - 2]!.word);
  if (office && nameTokens.every((t) => isCommonWord(t.word))) return true;
  // "the CEO of Brightol", "the Mayor of Senmouth": one word after "<title> of" is the office's firm or place, not a
  // person (a peer's style is read above).
  if (office && nameTokens.length === 1 && !knownName && !honorificIn(prefix)) return true;
  // "Paul Lind, nicknamed Mr. Deepsea": a nickname is no other person (and its word no surname to lend the story).
  if (NICKNAMED.test(text.slice(Math.max(0, tokens[a]!.start - NICKNAME_REACH), tokens[a]!.start))) return true;
  return false;
}

/** Decides whether a German office's own word before one name makes that name a surname ("Bürgermeister Sobjanin"). */
function germanSurname({ run, nouns, last }: NameRead): boolean {
  const { tokens, a, k, b } = run;
  // In German one capitalised word after a title is as often a noun ("der Chef der Partei"): only a listed name counts.
  // ("Moskaus Bürgermeister Sobjanin sprach", "UNO-Generalsekretär Guterres sagte": an office's own word, then one word
  // and no other noun, is the surname.)
  return nouns && k > a && GERMAN_OFFICE.test(tokens[k - 1]!.word) && (tokens[b] === undefined || !tokens[b].capital) && !isPlace(last.word);
}

/** Decides whether the name is a German noun, a group of people, a business (recorded in `orgs`), an everyday word or a letter rather than a person. */
function groupOrEverydayWord(
  { run, nameTokens, surface, knownName, last, nouns }: NameRead,
  honorific: Token | undefined,
  german: boolean,
  orgs: Set<string>,
): boolean {
  if (nouns && nameTokens.length === 1 && !honorific && !knownName && !german && !isSurname(last.word) && !isAnyGivenName(last.word)) return true;
  const next = run.tokens[run.b];
  // "Carolina Republicans", "Lakeside Voters": a group of people, not one.
  if (PERSON_NOUNS.has(lower(last.word))) return true;
  // "Smith’s Bakery": a possessive name before another capitalised word names a business; a given and a family
  // name before an everyday word are a person in a title-case headline ("Maria Lindqvist’s Resignation Statement").
  const personBefore = nameTokens.length >= 2 && isAnyGivenName(nameTokens[0]!.word) && next !== undefined && isCommonWord(next.word);
  if (last.possessive && next?.capital && nameLike(next) && !honorific && !personBefore) {
    orgs.add(surface);
    return true;
  }
  // "CEO Position", "Minister Office": one everyday word that no list knows as a name is no person, whatever title
  // runs into it in headline case.
  if (nameTokens.length === 1 && !knownName && isCommonWord(last.word) && !isSurname(last.word) && !isAnyGivenName(last.word)) return true;
  // "On X, the King’s statement read": one letter alone is a platform or a label, no name.
  if (nameTokens.length === 1 && !knownName && last.word.length === 1) return true;
  return false;
}

/** Decides the candidate's written forms (name with its suffix, alias with its honorific or short title), its title and its sex. */
function candidateFrom({ run, prefix, nameTokens, surface, knownName, last }: NameRead, honorific: Token | undefined, strong: boolean): Candidate {
  const { text, tokens, a, k, b } = run;
  const lastPrefix = prefix[prefix.length - 1];
  const shortTitle = lastPrefix && isTitleWord(lastPrefix.word) && prefix.length === 1 ? lastPrefix.word + ' ' : '';
  const honorificText = honorific ? text.slice(honorific.start, honorific.end + (honorific.dotted ? 1 : 0)) + ' ' : '';
  // "John Q. Hollis III", "Ana Lind Jr.": the suffix tells father from son, so it stays in the name.
  const suffix = knownName ? [] : tokens.slice(b, run.suffixEnd ?? b);
  // "Desmond Hale, Jr., …": the suffix may follow a comma.
  const comma = suffix.length === 0 && nameTokens.length >= 2 && !knownName ? /^,\s*(Jr|Sr)\b/.exec(text.slice(last.end)) : null;
  // ("Casimir IV." ending a sentence: only "Jr." and "Sr." keep a full stop.)
  const named = [surface, ...suffix.map((t) => t.word + (t.dotted && /^[JS]r$/.test(t.word) ? '.' : '')), ...(comma ? [`${comma[1]!}.`] : [])].join(' ');
  const title = titleBefore(text, tokens, a, k) ?? roleAfter(run) ?? titleBeforeComma(text, tokens[a]!.start);
  return {
    block: run.block,
    start: nameTokens[0]!.start,
    end: suffix.at(-1)?.end ?? last.end,
    tokens: (knownName ?? named).split(' '),
    alias: honorificText ? honorificText + named : shortTitle && nameTokens.length === 1 ? shortTitle + surface : named,
    title,
    female: honorific ? FEMALE_HONORIFICS.has(lower(bare(honorific.word))) : sexOfRole(title),
    strong,
  };
}

/** A saint's word in Latin, English and the Romance and German languages ("Sanctae", "Sainte-", "São", "Sankt"). */
const SAINT = /^(?:Saint|Sainte|Saints|Santa|Santo|Santi|São|Sankt|Sanctae|Sancti|Sancta|Sanctus|Sanctorum)(?:-|$)/u;

/** Social platforms, whose name ends an account's ("the band's Instagram", "the Kings Instagram page"). */
const PLATFORMS = new Set([
  'Instagram',
  'Facebook',
  'TikTok',
  'YouTube',
  'Twitter',
  'Snapchat',
  'LinkedIn',
  'Telegram',
  'WhatsApp',
  'Bluesky',
  'Weibo',
  'WeChat',
  'Threads',
  'Substack',
  'Twitch',
]);

/** "his daughter Mira", "the actor Tom Hale": a role of one sex gives the person's, as an honorific does. */
const sexOfRole = (title: string | null) => {
  const role = title?.split(/\s+/).at(-1)?.toLowerCase() ?? '';
  return FEMALE_ROLES.has(role) ? true : MALE_ROLES.has(role) ? false : null;
};

/** Does the prefix hold an honorific ("Mr.", "Dr")? */
const honorificIn = (prefix: readonly Token[]) => prefix.some((t) => isHonorific(t));

/** Words only an airline's name holds. */
const AIRLINE_WORD = /^(?:Air|Airlines|Airways|Airline|Aviation|Aero|Aeroflot)$/;

/** A German word for an office, alone or compounded ("Bürgermeister", "UNO-Generalsekretär", "EU-Außenbeauftragte"). */
const GERMAN_OFFICE = /^(?:[\p{L}]+-)?\p{L}*(?:präsident|kanzler|meister|sprecher|minister|sekretär|beauftragte|gouverneur|chef)(?:in|r)?$/iu;

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

/**
 * "Minister for Foreign Affairs Mara Quist", "Envoy for Trade and Water Affairs …": the organisation words that open
 * the run go on an office written before it with "for" or "of" (capitalised words, "and" between them).
 */
function officeBefore(text: string, tokens: readonly Token[], a: number): boolean {
  let joined = false;
  for (let i = a - 1; i >= Math.max(0, a - 8); i--) {
    const t = tokens[i]!;
    if (text.slice(t.end, tokens[i + 1]!.start) !== ' ') return false;
    if (t.word === 'for' || t.word === 'of') joined = true;
    else if (t.word !== 'and' && (!t.capital || (joined && isTitleWord(t.word)))) return t.capital;
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
