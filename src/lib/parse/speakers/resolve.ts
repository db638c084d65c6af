/**
 * From attribution to speaker: a person named in the attribution, a pronoun resolved by salience, a role
 * ("the minister") resolved to the person the article gave that role, or an organisation as written.
 */
import { FAMILY_SPOKE, KIN, describedSubject, familyName, organisationSubject, type Attribution } from '../attribution.ts';
import { DROPPED } from '../foreign.ts';
import { englishRole, isForeignRole } from '../foreign-roles.ts';
import { DOCUMENT_NOUNS, FEMALE_ROLES, LOWERCASE_ROLE_WORDS, MALE_ROLES, PERSON_NOUNS, TITLE_WORDS } from '../../lexicon.ts';
import type { MarkSpan } from '../marks.ts';
import type { PersonMention } from '../people.ts';
import type { Quote, Speaker } from '../../schema/record.ts';
import { sentences } from '../../tokens.ts';
import { NEXT_TO_QUOTE, NO_SPEAKER_CAP, PRONOUN_FACTOR, QUOTE_CONFIDENCE, SELF_NAMED_FACTOR, SPEAKER_CONFIDENCE, SPEAKER_FLOOR } from './confidence.ts';
import { OPENING_PRONOUN, type Found, type QuoteContext, type QuotePerson } from './context.ts';
import { BUSINESS_NOUNS, articleOrganisation } from './organisations.ts';
import { definite, statementIssuer, statementOwner } from './roles.ts';
import { nameWords, surnameOf } from '../people/royals.ts';
import { similarToken } from '../people/registry.ts';

/**
 * A headline quote given to a role ("Hospital chief admits ‘we got it wrong’") belongs to whoever says those
 * words in the body.
 */
export function headlineRoles({ found, blocks }: QuoteContext): void {
  const plain = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  for (const h of found) {
    const a = h.attribution;
    const head = a?.name?.toLowerCase().split(/\s+/).at(-1) ?? '';
    if (blocks[h.block]!.type !== 'headline' || !a || a.person !== null || !(TITLE_WORDS.has(head) || LOWERCASE_ROLE_WORDS.has(head))) continue;
    const words = plain(blocks[h.block]!.text.slice(h.start, h.end));
    const said = found.find(
      (f) =>
        f !== h && blocks[f.block]!.type === 'paragraph' && f.attribution && ` ${plain(blocks[f.block]!.text.slice(f.start, f.end))} `.includes(` ${words} `),
    );
    if (said) h.attribution = said.attribution;
  }
}

/**
 * "“Jill and I join …”" is not Jill's: a quotation that opens with a given name "and I" is spoken by someone else.
 * When the speaker found has that given name, the person of the same surname named in this or the paragraph before
 * speaks (the spouse); failing one, nobody.
 */
function spouseSpeaking(f: Found, speaker: Speaker | null, ctx: QuoteContext, texts: string[]): Speaker | null {
  if (!speaker?.personId) return speaker;
  const named = /^(?:[Mm]y\s+(?:wife|husband|partner)\s+)?(\p{Lu}\p{Ll}+)\s+and\s+I\b/u.exec(texts[f.block]!.slice(f.start, f.end))?.[1];
  if (!named || speaker.name.split(/\s+/)[0] !== named) return speaker;
  const surname = surnameOf(speaker.name);
  const near = [...(ctx.byBlock[f.block - 1] ?? []), ...ctx.byBlock[f.block]!].map((m) => ctx.people[m.person]!);
  const spouse = near.find((p) => p.id !== speaker.personId && p.name.includes(' ') && surnameOf(p.name) === surname);
  return spouse ? { name: spouse.name, personId: spouse.id } : null;
}

/**
 * A translated copy's role that points to nobody keeps its own words ("la actriz", not "the actress"), also where a
 * later pronoun or role comes back to it: `written` remembers each English reading's words as first written.
 */
function asWritten(f: Found, speaker: Speaker | null, written: Map<string, string>): Speaker | null {
  if (!speaker || speaker.personId !== null) return speaker;
  const a = f.attribution;
  if (a?.written && speaker.name === a.name && !written.has(speaker.name)) written.set(speaker.name, a.written);
  const own = written.get(speaker.name);
  return own ? { name: own, personId: null } : speaker;
}

/** Turn what was found into the record's quotes: speakers resolved in text order (pronouns need the earlier ones). */
export function toQuotes(articleId: string, ctx: QuoteContext): Quote[] {
  const speakers: Array<Speaker | null> = [];
  const written = new Map<string, string>();
  const texts = ctx.blocks.map((x) => x.text);
  const quotes = ctx.found.map((f, i) => {
    const resolved = spouseSpeaking(f, resolveSpeaker(f, i, ctx.found, speakers, ctx.byBlock, ctx.people, ctx.quoteSpans, texts), ctx, texts);
    const selfNamed =
      resolved?.personId && f.rule && !NEXT_TO_QUOTE.has(f.rule) && namesSpeaker(ctx.blocks[f.block]!.text.slice(f.start, f.end), resolved.name);
    const sure = resolved && f.rule ? SPEAKER_CONFIDENCE[f.rule] * (f.attribution?.pronoun ? PRONOUN_FACTOR : 1) * (selfNamed ? SELF_NAMED_FACTOR : 1) : 0;
    const speaker = sure >= SPEAKER_FLOOR ? resolved : null;
    speakers.push(speaker);
    const block = ctx.blocks[f.block]!;
    const conf = speaker ? f.confidence : Math.min(f.confidence, NO_SPEAKER_CAP);
    return {
      id: `${articleId}#q${i + 1}`,
      text: block.text.slice(f.start, f.end),
      kind: f.kind,
      // (The chain of speakers keeps the English reading, which a later pronoun or role is compared with.)
      speaker: asWritten(f, speaker, written),
      cue: f.attribution?.cue ?? null,
      via: f.attribution?.via ?? null,
      block: f.block,
      start: block.start + f.start,
      end: block.start + f.end,
      continues: null,
      confidence: Math.round(conf * 100) / 100,
      speakerConfidence: speaker ? Math.round(sure * 100) / 100 : 0,
    };
  });
  openingPronouns(quotes, ctx);
  headingSpeakers(quotes, ctx);
  return quotes;
}

/** Longest line that can be a name over the reaction below it ("Ana Lind, Harbour Party leader"). */
const HEADING_MAX_CHARS = 100;

/** The person a line holding only their name names, perhaps with titles before it and a role after a comma; else null. */
function headingPerson(text: string, mentions: readonly PersonMention[]): number | null {
  const line = text.trim();
  if (line.length > HEADING_MAX_CHARS || mentions.length === 0 || /[.!?:“”"]\s*$/u.test(line)) return null;
  const m = mentions[0]!;
  if (mentions.some((x) => x.person !== m.person)) return null;
  const before = text.slice(0, m.start);
  const after = text.slice(m.end);
  return /^\s*(?:\p{Lu}[\p{L}.’'-]*\s+){0,4}$/u.test(before) && /^(?:,\s*[^.!?;:“”"]{1,80})?\s*$/u.test(after) ? m.person : null;
}

/**
 * "FORMER MAYOR ANA LIND ¶ “…,” the former mayor said.": a line naming one person over a paragraph (a
 * roundup of reactions) gives that person the paragraph's quotations that a role, a description or a pronoun
 * attributes.
 */
function headingSpeakers(quotes: Quote[], ctx: QuoteContext): void {
  quotes.forEach((q, i) => {
    const f = ctx.found[i]!;
    const a = f.attribution;
    if (!a || a.person !== null || f.block === 0 || !['paragraph', 'heading'].includes(ctx.blocks[f.block - 1]!.type)) return;
    // (A role in capitals is one only when it pointed to a person: "the Republican said", not "the Harbour Board said";
    // a country's words may go before a role in lower case: "the Norwegian fisheries minister".)
    const role = a.name !== null && /^the\s/i.test(a.name) && (/^the\s+(?:\p{Lu}\p{Ll}+\s+){0,2}\p{Ll}[\p{Ll}\s-]*$/u.test(a.name) || q.speaker?.personId);
    if (!(a.pronoun === 'he' || a.pronoun === 'she' || role)) return;
    const person = headingPerson(ctx.blocks[f.block - 1]!.text, ctx.byBlock[f.block - 1]!);
    if (person === null) return;
    const speaker = asSpeaker(ctx.people, person);
    if (q.speaker?.personId === speaker.personId) return;
    q.speaker = speaker;
    q.speakerConfidence = q.speakerConfidence || Math.round(SPEAKER_CONFIDENCE.introduced * 100) / 100;
  });
}

/** How far (in blocks) the quotation that names an opening pronoun's speaker may come after it. */
const OPENING_REACH = 2;

/**
 * "“I will step down,” he said on Monday. ¶ “…,” the mayor said. ¶ Mayor Tom Hale …": a copy that starts with a
 * pronoun, nobody named before it, was cut from its lead; the pronoun stands for the person the next quotation
 * (within two paragraphs) is given, when their sex agrees.
 */
function openingPronouns(quotes: Quote[], ctx: QuoteContext): void {
  const f = ctx.found[0];
  const pronoun = f?.attribution?.pronoun;
  if (!f || quotes[0]!.speaker || (pronoun !== 'he' && pronoun !== 'she')) return;
  if (ctx.byBlock.slice(0, f.block + 1).some((list) => list.some((m) => m.block < f.block || m.start < f.start))) return;
  const next = quotes.slice(1).find((q) => q.block <= f.block + OPENING_REACH && q.speaker?.personId);
  const person = next ? ctx.people.find((p) => p.id === next.speaker!.personId) : undefined;
  if (!next || !person || (person.gender !== null && person.gender !== (pronoun === 'he' ? 'male' : 'female'))) return;
  quotes[0]!.speaker = next.speaker;
  quotes[0]!.confidence = Math.round(f.confidence * 100) / 100;
  quotes[0]!.speakerConfidence = Math.round(next.speakerConfidence * PRONOUN_FACTOR * 100) / 100;
}

/** Do the quoted words name the person (their last name, as a word of its own)? */
function namesSpeaker(words: string, name: string): boolean {
  const last = name.split(/\s+/).at(-1)!;
  return last.length > 2 && wholeWord(last).test(words);
}

/** The pattern of a word standing alone, per word (speakers' names come back in every quotation). */
const WHOLE_WORDS = new Map<string, RegExp>();

function wholeWord(word: string): RegExp {
  let pattern = WHOLE_WORDS.get(word);
  if (!pattern) {
    if (WHOLE_WORDS.size >= 10_000) WHOLE_WORDS.clear();
    pattern = new RegExp(`(?<![\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u');
    WHOLE_WORDS.set(word, pattern);
  }
  return pattern;
}

/**
 * A quotation that reopens a paragraph after an unclosed one continues it; the speaker named at its end is the
 * speaker of the paragraphs before it too.
 */
export function linkContinuations(found: Found[], quotes: Quote[]): void {
  quotes.forEach((q, i) => {
    if (found[i]!.continues && i > 0) q.continues = quotes[i - 1]!.id;
  });
  for (let i = quotes.length - 1; i > 0; i--) {
    const q = quotes[i]!;
    const prev = quotes[i - 1]!;
    if (q.continues === prev.id && q.speaker && (!prev.speaker || prev.cue === 'introduced before')) {
      prev.speaker = q.speaker;
      prev.cue = q.cue;
      prev.confidence = QUOTE_CONFIDENCE.continuation;
      prev.speakerConfidence = SPEAKER_CONFIDENCE.continuation;
    }
  }
}

/** What a speaker is resolved against: the quotation, the ones before it and their speakers, the article. */
interface SpeakerContext {
  f: Found;
  index: number;
  all: Found[];
  earlierSpeakers: Array<Speaker | null>;
  byBlock: PersonMention[][];
  people: QuotePerson[];
  quoteSpans: MarkSpan[][];
  blocks: string[];
}

/** Person `person` of the article as a speaker. */
const asSpeaker = (people: QuotePerson[], person: number): Speaker => ({ name: people[person]!.name, personId: people[person]!.id });

/** Where the sentence holding offset `at` starts in `text` (0 when no sentence holds it). */
const sentenceStart = (text: string, at: number): number => sentences(text).find(([s, e]) => at >= s && at < e)?.[0] ?? 0;

/**
 * Turn an attribution into a speaker. Pronouns go to the most salient person before them: the speaker of the
 * latest attributed quotation or the subject of the latest sentence — skipping people named inside quotations,
 * objects of prepositions ("after his meeting with Gates") and people of the wrong gender.
 */
export function resolveSpeaker(
  f: Found,
  index: number,
  all: Found[],
  earlierSpeakers: Array<Speaker | null>,
  byBlock: PersonMention[][],
  people: QuotePerson[],
  quoteSpans: MarkSpan[][],
  blocks: string[],
): Speaker | null {
  const a = f.attribution;
  if (!a) return null;
  const ctx: SpeakerContext = { f, index, all, earlierSpeakers, byBlock, people, quoteSpans, blocks };
  const carried = carriedSpeaker(a, ctx);
  if (carried) return carried;
  if (a.person !== null) return asSpeaker(people, a.person);
  if (a.name) {
    const owner = documentOwner(a.name, people);
    if (owner) return owner;
    const issued = issuedByLastSpeaker(a.name, ctx);
    if (issued) return issued;
    // (A misspelt surname first: "…, disse Dragonova" in an article about Mila Draganova is no role to resolve.)
    return misspelt(a.name, people) ?? definite(a.name, f, index, all, earlierSpeakers, byBlock, people, blocks) ?? { name: a.name, personId: null };
  }
  if (!a.pronoun) return null;
  // "it" and "they" stand for an organisation or a group ("The two leaders … They even agreed"), not one person.
  if (a.pronoun === 'it' || a.pronoun === 'they') return groupPronoun(a, ctx);
  return personalPronoun(a, ctx);
}

/** A document named by no one's name ("A statement read:", "a letter said"). */
const UNOWNED_DOCUMENT = /^(?:a|an)\s+(?:(?:brief|short|written|joint|later|separate)\s+)?(?:statement|message|letter|note)$/iu;

/**
 * "Lind and Hale described his life as “…”. / A statement read: “…”": a document nobody is named as issuing, right
 * after a quotation (its paragraph or the one before), is the statement of whoever spoke it.
 */
function issuedByLastSpeaker(name: string, { f, index, all, earlierSpeakers }: SpeakerContext): Speaker | null {
  if (!UNOWNED_DOCUMENT.test(name.trim())) return null;
  const before = all[index - 1];
  const s = earlierSpeakers[index - 1];
  return before && s && before.block >= f.block - 1 && !DOCUMENT_SUBJECT.test(s.name) && !UNOWNED_DOCUMENT.test(s.name) ? s : null;
}

/** An attribution carried from an earlier quotation ("the 42-year-old said …" / “…”) names whom it named there. */
function carriedSpeaker(a: Attribution, { f, index, all, earlierSpeakers }: SpeakerContext): Speaker | null | undefined {
  let first = -1;
  for (let i = index - 1; i >= 0 && all[i]!.block >= f.block - CARRY_BLOCKS; i--) if (all[i]!.attribution === a) first = i;
  return first === -1 ? null : earlierSpeakers[first];
}

/**
 * "it" or "they": the organisation or group it stands for, else the latest organisation or group that spoke, two
 * paragraphs up at most; null when there is none.
 */
function groupPronoun(a: Attribution, ctx: SpeakerContext): Speaker | null {
  const { f, index, all, earlierSpeakers } = ctx;
  const found = a.pronoun === 'it' ? itSpeaker(a, ctx) : theySpeaker(a, ctx);
  if (found) return found;
  for (let i = index - 1; i >= 0 && all[i]!.block >= f.block - 2; i--)
    if (earlierSpeakers[i] && earlierSpeakers[i]!.personId === null) return earlierSpeakers[i]!;
  return null;
}

/**
 * What "it" stands for: the person whose statement was just quoted, the organisation its own sentence opens with,
 * describes or reports, else the one the sentence before is about; null when none.
 */
function itSpeaker(a: Attribution, ctx: SpeakerContext): Speaker | null {
  const { f, index, all, earlierSpeakers, byBlock, people, blocks } = ctx;
  // "“…,” the statement went on. / “…,” it added.": "it" is the statement a person's words were just quoted
  // from, and stands for that person (also after an "it" that did so).
  const statement = statementSpeaker(index, all, earlierSpeakers, f.block);
  if (statement) return statement;
  // "The news was shared by the Hale family in a two-line statement. ¶ It read: “…”": what only a document does makes "it" the
  // statement, and its issuer the speaker.
  const issuer = /^reads?$/.test(a.cue) ? statementIssuer(f, blocks, people) : null;
  if (issuer) return issuer;
  // "The Water Council condemned what it called “…”": the organisation its own sentence opens with.
  const own = sentenceStart(blocks[f.block]!, a.at);
  const org = organisationSubject(blocks[f.block]!.slice(own, a.at), own);
  // ("The Islamist faction mourned …, who it said …": a group described by its noun is read below, as a description.)
  if (org?.name && !/\s(?:group|faction|movement|militia)$/.test(org.name)) return { name: org.name, personId: null };
  // "The rebel faction praised Lind, whom it called …": the group its own sentence opens with, described.
  const described = DESCRIBED_MOVEMENT.exec(blocks[f.block]!.slice(own, a.at))?.[0];
  if (described) {
    const phrase = described.replace(/^The\b/, 'the');
    return definite(phrase, f, index, all, earlierSpeakers, byBlock, people, blocks) ?? { name: phrase, personId: null };
  }
  // "…, the Harbour Agency said, over what it called “…”": the organisation its sentence reports.
  const reported = [...blocks[f.block]!.slice(own, a.at).matchAll(REPORTING_ORG)].at(-1);
  const reportedAt = reported ? own + reported.index + reported[0].indexOf(reported[1]!) : -1;
  if (reported && !byBlock[f.block]!.some((m) => m.end > reportedAt && m.start < reportedAt + reported[1]!.length))
    return { name: reported[1]!, personId: null };
  // "The company pushed out Altman … / “…,” it added.": the organisation the sentence before opens with.
  // (When the quotation opens its paragraph, the last sentence of the paragraph before.)
  const before = sentenceBefore(blocks, f.block, own) ?? (own === 0 ? lastSentence(blocks, f.block - 1) : null);
  return before ? organisationOfSentence(before, ctx) : null;
}

/**
 * The organisation a sentence before "it" is about: the body that spoke in it, the issuer of the statement it names,
 * its subject named in capitals or described, or the business the article is about; null when none.
 */
function organisationOfSentence(
  before: { text: string; start: number; block: number },
  { index, all, earlierSpeakers, byBlock, people, blocks }: SpeakerContext,
): Speaker | null {
  // "Authorities responded “…”, the ministry said. / It noted …": the body that spoke in the sentence before.
  for (let i = index - 1; i >= 0 && all[i]!.block === before.block && all[i]!.start >= before.start; i--) {
    const s = earlierSpeakers[i];
    if (s && s.personId === null && !/^(?:an?|one|another|some|two|three|several)\s/i.test(s.name)) return s;
  }
  // "… named Vell premier, the presidency said. / Vell has been asked to form “…”, it said.": the body a
  // reporting clause closing the sentence before names (no person, no noun for one).
  const closing = CLOSING_BODY.exec(before.text);
  const closingAt = closing ? before.start + closing.index + closing[0].indexOf(closing[1]!) : -1;
  const head = closing?.[1]!.split(/\s+/).at(-1)!.toLowerCase() ?? '';
  if (
    closing &&
    !PERSON_NOUNS.has(head) &&
    !LOWERCASE_ROLE_WORDS.has(head) &&
    !TITLE_WORDS.has(head) &&
    !byBlock[before.block]!.some((m) => m.end > closingAt && m.start < closingAt + closing[1]!.length)
  )
    return { name: closing[1]!, personId: null };
  // "… according to a statement released by Harbourline." / “…,” it said.
  const issuer = statementOwner(before.text);
  const at = before.start + (issuer?.at ?? 0);
  const subject = organisationSubject(before.text, before.start);
  // ("In a statement released by the Harbour Office, the Coast Guard said …": the issuer in an opening phrase
  // only carried the words; the sentence's subject said them.)
  const opening = issuer && subject?.name && subject.at > at && before.text.slice(issuer.at, subject.at - before.start).includes(',');
  if (issuer && !opening && !byBlock[before.block]!.some((m) => m.end > at && m.start < at + issuer.name.length)) return { name: issuer.name, personId: null };
  // (Its name in capitals only: "The Harbour Trust cut its fees" is the Harbour Trust.)
  const named = subject?.name?.replace(/(?:\s+\p{Ll}+)+$/u, '');
  if (named && /\s\p{Lu}|^\p{Lu}/u.test(named)) return { name: named, personId: null };
  // ("Harbourline’s parent company Harbour Group said …": the firm the description names.)
  const kind = describedSubject(before.text);
  if (kind) return { name: kind, personId: null };
  const business = BUSINESS_SUBJECT.test(before.text) ? articleOrganisation(blocks, people) : null;
  if (business) return { name: business, personId: null };
  return null;
}

/**
 * Who "they" are: the family that spoke, two people who spoke together or were just named together, or the people
 * a role noun describes at the opening of the sentence before; null when none.
 */
function theySpeaker(a: Attribution, { f, index, all, earlierSpeakers, byBlock, people, blocks }: SpeakerContext): Speaker | null {
  const own = sentenceStart(blocks[f.block]!, a.at);
  // "…, his family said, thanking the nurses. / “…,” they wrote.": the family that spoke in the sentence before, or
  // in this one ("In a note posted by his family, they wrote: “…”").
  const family = familyBefore(blocks, f.block, own, a.at);
  if (family) return { name: family, personId: null };
  // "Lind and Okafor said they were “…”": two people just named together are who "they" are, not an organisation.
  // ("Prince Tomas and Mara said: “…” / The pair went on: “…”": the two who spoke together, as one speaker.)
  for (let i = index - 1; i >= 0 && all[i]!.block >= f.block - 2; i--) {
    const s = earlierSpeakers[i];
    if (s?.personId === null && /\s(?:and|&)\s/.test(s.name)) return s;
  }
  // ("Ana Lind and Tom Hale put out a joint statement. / “…,” they said": the two, as one speaker.)
  const pair = pairBefore(f.block, a.at, byBlock, blocks);
  if (pair) return { name: pair.map((p) => people[p]!.name).join(' and '), personId: null };
  // "Top railway officials explained … / They said the system is “fail safe”", "Another survivor told a channel …
  // “…,” they said": the people described by a role noun that open the sentence before.
  const group = describedSpeakerBefore(blocks, f.block, own, a.at, 'they', byBlock[f.block]!);
  if (group) return { name: group, personId: null };
  return null;
}

/** A personal pronoun being resolved: its attribution, where its sentence starts, the sex it gives, who agrees with it. */
interface Pronoun {
  a: Attribution;
  /** Where the pronoun's sentence starts in its block. */
  own: number;
  wanted: 'female' | 'male' | null;
  /** Does person `p` agree with the pronoun (or is their sex unknown)? */
  agrees: (p: number) => boolean;
}

/** A person who may be the one a pronoun stands for: where they were named, and whether they spoke or were a subject. */
type Cand = { block: number; at: number; end?: number; person: number; speaker: boolean; subject: boolean };

/**
 * What "he", "she" or a dropped pronoun stands for: someone described just before, the person a "who" clause is
 * about, else the most salient person before it.
 */
function personalPronoun(a: Attribution, ctx: SpeakerContext): Speaker | null {
  const { f, byBlock, people, quoteSpans, blocks } = ctx;
  const wanted = a.pronoun === 'she' ? 'female' : a.pronoun === 'he' ? 'male' : null;
  const agrees = (p: number) => a.pronoun === 'they' || a.pronoun === DROPPED || people[p]!.gender === null || people[p]!.gender === wanted;
  // Where the pronoun's sentence starts in its block.
  const own = sentenceStart(blocks[f.block]!, a.at);
  const pronoun: Pronoun = { a, own, wanted, agrees };
  const described = describedPerson(pronoun, ctx);
  if (described) return described;
  // "…, Piet Morrow, the saboteur, who the police believe told friends he complained of “…”": a pronoun inside a "who"
  // clause stands for the person the clause is about.
  const relative = relativeAntecedent(blocks[f.block]!, own, a.at, byBlock[f.block]!);
  if (relative !== null && agrees(relative)) return asSpeaker(people, relative);
  const inQuote = (m: PersonMention) => quoteSpans[m.block]!.some((s) => m.start >= s.start && m.end <= s.end);
  const cands = candidates(pronoun, inQuote, ctx);
  return mostSalient(pronoun, cands, inQuote, ctx);
}

/**
 * "The suspect’s son told a news site that … / Asked about it, he replied, “…”": someone described, not named,
 * who speaks in the sentence just before is who the pronoun stands for (a role the article gave someone is them);
 * null when nobody is described so.
 */
function describedPerson({ a, own, wanted }: Pronoun, { f, index, all, earlierSpeakers, byBlock, people, blocks }: SpeakerContext): Speaker | null {
  const described = describedSpeakerBefore(blocks, f.block, own, a.at, wanted, byBlock[f.block]!);
  // (As an earlier quotation gave them, when it did: "A senior nurse …" keeps one spelling.)
  const same = described ? earlierSpeakers.slice(0, index).findLast((s) => s?.name.toLowerCase() === described.toLowerCase()) : undefined;
  if (same) return same;
  // ("The daughter of another passenger told …": kin of someone unnamed is that very person, not one the last noun points to.)
  const kinOfUnnamed = described ? /^the\s+(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}-]+)\s+of\s+(?:an?|another|one)\s/u.exec(described) : null;
  if (described && kinOfUnnamed && kinOfUnnamed[1]! in KIN) return { name: described, personId: null };
  if (described) return definite(described, f, index, all, earlierSpeakers, byBlock, people, blocks) ?? { name: described, personId: null };
  return null;
}

/**
 * Candidates: subject mentions before the pronoun in this and the two previous blocks, and earlier speakers; six
 * blocks back when those name no one salient.
 */
function candidates(pronoun: Pronoun, inQuote: (m: PersonMention) => boolean, ctx: SpeakerContext): Cand[] {
  const { f, blocks } = ctx;
  const { a, own } = pronoun;
  // "Saying he respects Lind and her party, he told …": one named inside the participle clause that opens the
  // pronoun's sentence is what its subject speaks about, never the subject itself.
  const opener = OPENING_PARTICIPLE.exec(blocks[f.block]!.slice(own, a.at));
  const inOpener = (m: PersonMention) => opener !== null && m.block === f.block && m.start >= own && m.end <= own + opener[0].length;
  const passed = (m: PersonMention) => !inQuote(m) && !inOpener(m);
  const cands = gather(f.block - 2, f.block, pronoun, passed, ctx);
  // "Okafor resigned. / She wept. / Speaking of her son, she said … / “…”": a chain of pronoun-led paragraphs with
  // no one salient in them still stands for the one named before it.
  if (!cands.some((c) => c.subject || c.speaker)) cands.push(...gather(f.block - CHAIN_BLOCKS, f.block - 3, pronoun, passed, ctx));
  return cands;
}

/** The candidates of blocks `from` … `to`: role openers and mentions block by block, then earlier speakers. */
function gather(from: number, to: number, pronoun: Pronoun, passed: (m: PersonMention) => boolean, ctx: SpeakerContext): Cand[] {
  const { index, all, earlierSpeakers, people } = ctx;
  const cands: Cand[] = [];
  for (let b = Math.max(0, from); b <= to; b++) cands.push(...mentionCandidates(b, pronoun, passed, ctx));
  for (let i = index - 1; i >= 0 && all[i]!.block >= from; i--) {
    const s = earlierSpeakers[i];
    const e = all[i]!;
    if (!s?.personId || e.block > to) continue;
    const person = people.findIndex((p) => p.id === s.personId);
    if (person !== -1) cands.push({ block: e.block, at: e.attribution?.at ?? e.start, person, speaker: true, subject: true });
  }
  return cands;
}

/**
 * The candidates of block `b`: the holders of roles opening its sentences, then the people it names
 * before the pronoun (outside quotations and an opening participle clause), each marked as a subject or a speaker.
 */
function mentionCandidates(b: number, { a, own }: Pronoun, passed: (m: PersonMention) => boolean, ctx: SpeakerContext): Cand[] {
  const { f, byBlock, blocks } = ctx;
  const cands: Cand[] = [];
  const openers = roleOpeners(b, own, ctx);
  for (const o of openers) cands.push({ block: b, at: o.start, person: o.person, speaker: false, subject: true });
  // In earlier sentences a subject counts when it is the first of its sentence: "the head librarian, Tom Baker"
  // later in the sentence is an apposition, not who the sentence is about. In the pronoun's own sentence every
  // clause subject counts ("…, while Mr. Blinken later told reporters he agreed").
  const firsts = firstSubjects(blocks[b]!, byBlock[b]!);
  for (const m of byBlock[b]!)
    if ((m.block < f.block || m.start < a.at) && passed(m) && !CREDITED.test(blocks[b]!.slice(Math.max(0, m.start - 20), m.start))) {
      const opened = openers.some((o) => m.start >= o.start && m.start < o.end);
      const subject = m.subject && ((firsts.has(m) && !opened) || (b === f.block && m.start >= own));
      // "…, Red Crescent head Pir Kolivand announced. / “…,” he said.": one a verb of saying follows spoke.
      // ("…, according to City Mayor Tom Vega. / “…,” he said.": one cited at the end of a sentence, too.)
      // (Either after a description in apposition: "…, according to Ana Lind, a scholar at the institute.")
      const rest = blocks[b]!.slice(m.end, m.end + 200).replace(APPOSITION, '');
      const cited = CITED_BEFORE.test(blocks[b]!.slice(Math.max(0, m.start - 70), m.start)) && /^\s*[.;]/.test(rest);
      const spoke = cited || SAID_AFTER.test(rest.slice(0, 24));
      cands.push({ block: m.block, at: m.start, end: m.end, person: m.person, speaker: spoke, subject: subject || spoke });
    }
  return cands;
}

/**
 * "The governor added that she had been briefed that Vanhal had …": a sentence before the pronoun's that opens with a role the
 * article gave one person is about that person, not about a name later in it. The sentences of block `b` so opened, with that person.
 */
function roleOpeners(b: number, own: number, ctx: SpeakerContext): Array<{ start: number; end: number; person: number }> {
  const { f, index, all, earlierSpeakers, byBlock, people, blocks } = ctx;
  const out: Array<{ start: number; end: number; person: number }> = [];
  for (const [s, e] of sentences(blocks[b]!)) {
    if (b === f.block && s >= own) break;
    const m = ROLE_OPENING.exec(blocks[b]!.slice(s, e));
    if (!m || !(personNoun(m[2]!) || TITLE_WORDS.has(m[2]!) || isForeignRole(m[2]!))) continue;
    const holder = definite(englishRole(m[1]!) ?? m[1]!.replace(/^The\b/, 'the'), f, index, all, earlierSpeakers, byBlock, people, blocks);
    const person = holder?.personId ? people.findIndex((p) => p.id === holder.personId) : -1;
    if (person !== -1) out.push({ start: s, end: e, person });
  }
  return out;
}

/**
 * The candidates left once clause-mates, people the quotation names and the one its own sentence reports on are
 * set aside (each only while someone agreeing remains), in text order.
 */
function usableCandidates({ a, own, agrees }: Pronoun, cands: Cand[], { f, byBlock }: SpeakerContext): Cand[] {
  // Clause-mates: a name after the pronoun in its own clause is someone else ("he said after his meeting with Gates").
  const later = new Set(byBlock[f.block]!.filter((m) => m.start > a.at && m.start - a.at < 80).map((m) => m.person));
  const clauseMates = cands.filter((c) => !(later.has(c.person) && !c.speaker && c.block === f.block && c.at > f.end));
  // "“… Mr Vogel is placed in charge …,” he said.": the one the quotation itself names is rarely who says it.
  const named = new Set(byBlock[f.block]!.filter((m) => m.start >= f.start && m.end <= f.end).map((m) => m.person));
  const unnamedInQuote = clauseMates.filter((c) => !named.has(c.person));
  const mates = unnamedInQuote.some((c) => agrees(c.person)) ? unnamedInQuote : clauseMates;
  // "Macron said … Benedict had “worked for a fraternal world”, he added.": the one the quotation's own sentence
  // is about, before it, is rarely the one the pronoun after it stands for, when someone else spoke or led before.
  const reported = (c: Cand) => !c.speaker && c.block === f.block && c.at >= own && c.at < f.start && a.at > f.end;
  const usable = mates.some((c) => !reported(c) && (c.subject || c.speaker) && agrees(c.person)) ? mates.filter((c) => !reported(c)) : mates;
  usable.sort((x, y) => x.block - y.block || x.at - y.at);
  return usable;
}

/** The most recent speaker or subject; a later speaker outranks an earlier subject. */
function pick(list: Cand[]): Cand | undefined {
  const last = list.at(-1);
  if (!last) return undefined;
  return list.slice(list.indexOf(last)).findLast((d) => d.speaker) ?? last;
}

/**
 * The person a pronoun stands for among the candidates: the most salient, an unnamed source who spoke since, one
 * named later when nobody came before, or one who agrees with it nearby.
 */
function mostSalient(pronoun: Pronoun, cands: Cand[], inQuote: (m: PersonMention) => boolean, ctx: SpeakerContext): Speaker | null {
  const { f, index, all, earlierSpeakers, byBlock, people } = ctx;
  const { a, wanted, agrees } = pronoun;
  const usable = usableCandidates(pronoun, cands, ctx);
  const salient = usable.filter((c) => c.speaker || c.subject);
  const best = pick(salient) ?? usable.at(-1);
  // "A senior nurse, who asked not to be named, said … / ‘…,’ she said.": an unnamed source who spoke last, with no
  // person named as a subject since, is who the pronoun stands for.
  const unnamed = lastUnnamedSpeaker(index, all, earlierSpeakers, f.block, wanted);
  if (unnamed && (!best || best.block < unnamed.block || (best.block === unnamed.block && best.at < unnamed.at))) return unnamed.speaker;
  if (!best) return cands.length === 0 ? namedLater(f, a.at, byBlock, people, agrees, inQuote) : null;
  // Gender is a soft signal: copies swap pronouns, so only switch to an agreeing person who is as salient nearby.
  if (!agrees(best.person)) {
    const instead = agreeingInstead(best, salient, usable, pronoun, ctx);
    if (instead) return instead;
  }
  return asSpeaker(people, best.person);
}

/**
 * For a most salient person who does not agree with the pronoun: an agreeing person as salient nearby, or a role
 * opening the sentence before; null to keep the one found.
 */
function agreeingInstead(best: Cand, salient: Cand[], usable: Cand[], { own, wanted, agrees }: Pronoun, ctx: SpeakerContext): Speaker | null {
  const { f, index, all, earlierSpeakers, byBlock, people, blocks } = ctx;
  const near = (c: Cand) => agrees(c.person) && c.block >= f.block - 1;
  // "Mary Lind met Tom Berg. “…,” he said.": with no agreeing subject, an agreeing person named near it, when the
  // subject's gender is known to differ.
  // A possessor is no candidate there ("Ana Yu described Lind’s visit as …. He said …" is a copy's slip).
  const object = (c: Cand) => c.end === undefined || !/^[’']s?\s/.test(blocks[c.block]!.slice(c.end));
  const alternative = pick(salient.filter(near)) ?? (people[best.person]!.gender !== null ? usable.filter((c) => near(c) && object(c)).at(-1) : undefined);
  if (alternative) return asSpeaker(people, alternative.person);
  // "Lind entered. The judge read out the terms. / She remarked that “…”": with no one named who agrees, a role
  // opening the sentence before, whose sex does not contradict the pronoun, is who it stands for.
  const role = people[best.person]!.gender !== null ? roleSubjectBefore(blocks, f.block, own, wanted) : null;
  const holder = role ? (definite(role, f, index, all, earlierSpeakers, byBlock, people, blocks) ?? { name: role, personId: null }) : null;
  if (holder && holder.personId !== people[best.person]!.id) return holder;
  return null;
}

/** A participle clause opening a sentence, up to its comma ("Saying she respects …,", "Asked about Lind,"). */
const DOCUMENT_SUBJECT = new RegExp(`^(?:the|this|that|his|her|their)\\s+(?:[\\p{Ll}-]+\\s+)?(?:${[...DOCUMENT_NOUNS].join('|')})$`, 'iu');
/**
 * The person whose statement the quotation before (two paragraphs up at most) was read from, when it was
 * attributed to the document ("the statement went on") or to an "it" that stood for one.
 */
function statementSpeaker(index: number, all: Found[], earlier: Array<Speaker | null>, block: number): Speaker | null {
  const before = all[index - 1];
  const s = earlier[index - 1];
  if (!before || !s?.personId || before.block < block - 2) return null;
  const a = before.attribution;
  return a && ((a.name !== null && DOCUMENT_SUBJECT.test(a.name)) || a.pronoun === 'it') ? s : null;
}

/** The family that spoke in the pronoun's own sentence before it, else in the sentence before, as written. */
function familyBefore(blocks: string[], b: number, own: number, at: number): string | null {
  const mine = FAMILY_SPOKE.exec(blocks[b]!.slice(own, at));
  const before = mine ? null : (sentenceBefore(blocks, b, own) ?? (own === 0 ? lastSentence(blocks, b - 1) : null));
  const m = mine ?? (before ? FAMILY_SPOKE.exec(before.text) : null);
  const phrase = m?.[1] ?? m?.[2];
  return phrase ? familyName(phrase) : null;
}

/** The person a ", who …" clause holding `at` describes (a name, then perhaps a description between commas), or null. */
function relativeAntecedent(text: string, own: number, at: number, mentions: PersonMention[]): number | null {
  const who = /,\s+who\s+[^,;“”"]{0,120}$/.exec(text.slice(own, at));
  if (!who) return null;
  const whoAt = own + who.index;
  const named = mentions.findLast((m) => m.end <= whoAt && /^(?:,\s+(?:the|a|an)\s+[^,;“”"]{1,60})?$/.test(text.slice(m.end, whoAt)));
  return named ? named.person : null;
}

const OPENING_PARTICIPLE = /^\s*(?:\p{Lu}\p{Ll}+ing|Asked|Pressed|Questioned)\b[^,;“”"]{0,120},/u;
/**
 * "The judge soon started …", "On Friday, the nurse told …", "It began late, but the judge …": a role noun opening a
 * sentence or its second clause, before its verb.
 */
const ROLE_SUBJECT = /^\s*(?:[^,“”"]{2,80},\s+(?:(?:but|and|then|so)\s+)?)?([Tt]he\s+(?:[\p{L}’'-]+\s+){0,2}?([\p{Ll}-]+))\s+(?:\p{Ll}+ly\s+)?\p{Ll}{3,}\b/u;

/** A role noun opening a sentence, before its verb ("The governor added …"). */
// ("Meanwhile, the 41-year-old mayor went on to …": after a linking adverb, and with an age among its words.)
// ("Tras el entierro, la vocalista volvió a …": a translated copy's phrase of time and its role, too.)
const ROLE_OPENING =
  /^\s*(?:(?:Meanwhile|However|Later|Earlier|Then|Still|Separately|Afterwards|Elsewhere|Again),\s+|(?:Tras|Después\s+de|Durante|Antes\s+de|Após|Depois\s+de|Dopo|Après|Avant)\s[^,“”]{1,60},\s+)?((?:[Tt]he|[Ll]a|[Ee]l|[Ll]e|[Ii]l|[Oo])\s+(?:[\p{L}\p{N}’'-]+\s+){0,2}?([\p{Ll}-]+))\s+(?:\p{Ll}+ly\s+)?\p{Ll}{3,}\b/u;

/** The role opening the sentence before the one starting at `start` in block `b` (see ROLE_SUBJECT), if its sex agrees. */
function roleSubjectBefore(blocks: string[], b: number, start: number, wanted: 'female' | 'male' | null): string | null {
  const before = sentenceBefore(blocks, b, start) ?? (start === 0 ? lastSentence(blocks, b - 1) : null);
  const m = before ? ROLE_SUBJECT.exec(before.text) : null;
  const head = m?.[2] ?? '';
  if (!m || !personNoun(head) || otherSex(head, wanted)) return null;
  return m[1]!.replace(/^The\b/, 'the');
}

/** Is `noun` (lower case) a noun for a person: a role, an unnamed source, a relative? */
const personNoun = (noun: string) => PERSON_NOUNS.has(noun) || LOWERCASE_ROLE_WORDS.has(noun) || FEMALE_ROLES.has(noun) || MALE_ROLES.has(noun);

/** Does the sex of `noun` contradict the pronoun's ("the widow" … "he")? */
const otherSex = (noun: string, wanted: 'female' | 'male' | 'they' | null) =>
  (wanted === 'female' && MALE_ROLES.has(noun)) || (wanted === 'male' && FEMALE_ROLES.has(noun));

/** "according to City Mayor " right before a name ("according to an aide to " is someone else's aide). */
const CITED_BEFORE = /\baccording to\s+(?:(?!(?:to|of|for|with|from|at|in|by|close)\s)[\p{L}.’'-]+\s+){0,6}$/u;
/** A photo credit before a name ("Picture: Ana Lind", "Photo by Tom Hale"): who took it is no one the text is about. */
const CREDITED = /\b(?:Picture|Photo|Photograph|Image|Credit|Pictures|Photos)(?:\s+by)?\s*[:|/]?\s*$/u;
/** A description in apposition after a name (", a scholar at the institute,"): it ends before a comma, a stop or a semicolon. */
const APPOSITION = /^,\s+(?:an?|the)\s+[^,.;“”"]{1,120}(?=[,.;])(?:,(?=\s))?/u;
/** A verb of saying right after a name, ending its clause ("… Pir Kolivand announced."). */
const SAID_AFTER = /^\s+(?:also\s+)?(?:said|says|announced|announces|told\s+(?:reporters|journalists)|stated|declared|confirmed|explained|added)\s*[.,;]/;

/** A sentence opened by a business noun and its verb ("The company pushed out …", "The airline has said …"): the business the article is about. */
const BUSINESS_SUBJECT = new RegExp(`^[Tt]he\\s+(${[...BUSINESS_NOUNS].join('|')})\\s+(?:(?:has|had|also|later|then)\\s+)?\\p{Ll}+(?:ed|s)\\b`, 'u');

/** A reporting clause closing a sentence: its subject, a body named or described ("…, the presidency said."). */
const CLOSING_BODY = /,\s+((?:the\s+)?(?!(?:he|she|they|it|we|I)\s)[\p{L}’'&.-]+(?:\s+[\p{L}’'&.-]+){0,3})\s+(?:said|says|announced|stated)\.?\s*$/u;

/** ", the Harbour Agency said," inside a sentence: an organisation reporting it. */
const REPORTING_ORG = /,\s+((?:the\s+)?\p{Lu}[\p{L}’'&.-]*(?:\s+\p{Lu}[\p{L}’'&.-]*){0,4})\s+(?:said|says|announced|stated|reported),/gu;

/** The sentence before the one starting at `own` in block `b`, with its start; null when that one opens the block. */
function sentenceBefore(blocks: string[], b: number, own: number): { text: string; start: number; block: number } | null {
  const mine = sentences(blocks[b]!).filter(([, e]) => e <= own);
  const last = mine.at(-1);
  if (last) return { text: blocks[b]!.slice(last[0], last[1]), start: last[0], block: b };
  return null;
}

/**
 * "The suspect’s son told …", "A neighbour said …", "An official at the port, who asked not to be named, said …",
 * "In particular, the spokesman pointed out …": a sentence opened (after at most a short phrase of time or place) by a
 * person described by a noun (and where they are from or work), and its verb.
 */
const DESCRIBED_SPEAKER =
  /^\s*(?:(?:In|On|At|Later|Earlier|Separately|Meanwhile|Asked)\b[^,“”"]{0,40},\s+)?((?:[Tt]he|An?)\s+(?:[\p{L}’'-]+\s+){0,3}?([\p{Ll}-]+)(?:\s+(?:at|from|in|of|with|for)\s+(?:the\s+|a\s+|an\s+)?[\p{L}’'-]+(?:\s+[\p{L}’'-]+)?)?)(?:,\s+who\s[^,“”"]{2,80},)?\s+(?:(?:has|had|also|later|then)\s+)?(?:told|tells|said|says|wrote|added|explained|confirmed|insisted|stated|noted|stressed|pointed\s+out|emphasi[sz]ed|warned|argued|published|issued|released|posted)\b/u;

/**
 * "Here in Delhi, top railway officials explained …", "Another survivor told …": a sentence opened (after at most one
 * leading phrase) by people described by a noun, with or without an article, and its verb; for "they".
 */
const DESCRIBED_GROUP =
  /^\s*(?:[^,“”"]{2,40},\s+)?((?:[\p{L}’'-]+\s+){0,3}?([\p{Ll}-]+))\s+(?:(?:has|had|have|also|later|then)\s+)?(?:told|tells|said|say|says|wrote|added|explained|confirmed|insisted|stated)\b/u;

/**
 * The described speaker opening the sentence before the pronoun's (which starts at `start`; or the last of the
 * paragraph before, when the pronoun's sentence opens its paragraph), when nobody is named as a subject between, and the noun's sex (if any)
 * agrees with the pronoun's.
 */
function describedSpeakerBefore(
  blocks: string[],
  b: number,
  start: number,
  at: number,
  wanted: 'female' | 'male' | 'they' | null,
  mentions: PersonMention[],
): string | null {
  if (wanted === null) return null;
  if (mentions.some((m) => m.subject && m.start >= start && m.start < at)) return null;
  // "The mayor said she hopes to “…”": the one the pronoun's own sentence opens with, right before it.
  const lead = blocks[b]!.slice(start, at);
  const own = wanted !== 'they' && /\b(?:said|says|told\s+\p{L}+|added|stated|explained)\s+(?:that\s+)?$/u.test(lead) ? DESCRIBED_SPEAKER.exec(lead) : null;
  // ("The mayor in a podcast later said she …": where she said it is no part of who she is.)
  if (own && personNoun(own[2]!) && !otherSex(own[2]!, wanted))
    return own[1]!
      .replace(/\s+(?:in|on|via|during)\s+(?:a|an|the|his|her|their|its)\s+\p{Ll}+(?:\s+\p{Ll}+)?$/u, '')
      .replace(/^(?:The|A|An)\b/, (w) => w.toLowerCase());
  const before = sentenceBefore(blocks, b, start) ?? (start === 0 ? lastSentence(blocks, b - 1) : null);
  const m = before ? (wanted === 'they' ? DESCRIBED_GROUP : DESCRIBED_SPEAKER).exec(before.text) : null;
  if (!m) return null;
  const head = m[2]!;
  // ("officials" is people in the plural: the role is the singular's.)
  if (!(personNoun(head) || (wanted === 'they' && /[^s]s$/.test(head) && personNoun(head.slice(0, -1))))) return null;
  if (otherSex(head, wanted)) return null;
  return m[1]!.replace(/^(?:The|A|An|Another|Some|Many|Several|Other|Top|Senior)\b/, (w) => w.toLowerCase());
}

/** The last sentence of block `b`, or null when there is no such block. */
function lastSentence(blocks: string[], b: number): { text: string; start: number; block: number } | null {
  return b >= 0 ? sentenceBefore(blocks, b, blocks[b]!.length + 1) : null;
}

/** "A statement from Harbour Palace said", "a post by Ana Lind read": the document's author is the speaker. */
const DOCUMENT_FROM = new RegExp(
  `^(?:a|an|the)\\s+(?:(?:brief|short|written|joint|official|new|later|separate|press)\\s+)?(?:${[...DOCUMENT_NOUNS].join('|')})\\s+(?:from|by|(?:issued|released|signed|posted|shared|sent|put\\s+out)\\s+by)\\s+(?!(?:a|an|one)\\s)(.+)$`,
  'i',
);

/**
 * The same in a translated copy: "einer Stellungnahme der Angehörigen", "la nota firmada por sus allegados", "un
 * communiqué signé par la famille", "una nota firmata dalla famiglia": who the document is of or by.
 */
const FOREIGN_DOCUMENT_OF =
  /^(?:(?:in|en|dans|nel|nella)\s+)?(?:einem|einer|der|dem|die|das|el|la|un|una|le|une|il|lo|uno)\s+(?:[\p{L}-]+\s+)?(?:Statement|Mitteilung|Erklärung|Stellungnahme|comunicado|mensaje|declaración|communiqué|message|déclaration|comunicato|messaggio|dichiarazione|nota)\s+(?:(?:difundid[oa]|publicad[oa]|emitid[oa]|firmad[oa])\s+por\s+|(?:diffusé|publié|signé)e?\s+par\s+|(?:diffus|pubblicat|firmat)[oa]\s+da(?:l|lla|i|gli)?\s+)?((?:der|des|del|de\s+(?:la|los|las)|du|de\s+l’|della|dello|dei|degli|sus?|ses|seine[rn]?|ihre[rn]?|la|le|les|los|las|die)\s+\p{L}.{1,60})$/iu;

/** "The Bishop’s letter was read out … and said": a title's document, its auxiliary left in the subject. */
const TITLE_DOCUMENT = new RegExp(`^(?:the\\s+)?(\\p{Lu}\\p{Ll}+)[’']s\\s+(?:${[...DOCUMENT_NOUNS].join('|')})(?:\\s+(?:was|is|had|has))?$`, 'iu');

/**
 * The author of a document that is the subject ("A statement from Harbour Palace"): a person of the article, or as
 * written; "the Bishop’s letter" is the one person the article gives that title, when there is one.
 */
function documentOwner(name: string, people: QuotePerson[]): Speaker | null {
  const title = TITLE_DOCUMENT.exec(name)?.[1];
  if (title && TITLE_WORDS.has(title.toLowerCase())) {
    const holders = people.filter(
      (p) => p.titles.some((t) => t.split(/\s+/).some((w) => w.toLowerCase() === title.toLowerCase())) || p.name.startsWith(`${title} `),
    );
    if (holders.length === 1) return { name: holders[0]!.name, personId: holders[0]!.id };
  }
  const owner = DOCUMENT_FROM.exec(name)?.[1] ?? FOREIGN_DOCUMENT_OF.exec(name)?.[1];
  if (!owner) return null;
  const person = people.find((p) => p.name === owner || p.name.endsWith(` ${owner}`));
  return person ? { name: person.name, personId: person.id } : { name: owner, personId: null };
}

/**
 * A one-word speaker that is a person's surname misspelt ("Okafur said" in an article about Ana Okafor), or a
 * royal's given name written before the article gave the title ("Tomas said …" before "King Tomas II"), as that person.
 */
function misspelt(name: string, people: QuotePerson[]): Speaker | null {
  // ("King" of "the King’s statement" is the office, not the surname of a Bebe King.)
  if (!/^\p{Lu}\p{Ll}{3,}$/u.test(name) || TITLE_WORDS.has(name.toLowerCase())) return null;
  const matches = people.filter((p) => {
    const words = nameWords(p.name);
    return words.length === 1 ? words[0] === name : p.name.includes(' ') && similarToken(words.at(-1)!, name);
  });
  return matches.length === 1 ? { name: matches[0]!.name, personId: matches[0]!.id } : null;
}

/**
 * "He thanked the voters … / … Mr Okafor confirmed": a copy cut before its first name opens with a pronoun. When no
 * one at all is named before it, the pronoun stands for the first person named as a subject after it, in its own
 * paragraph or the next, if the pronoun agrees.
 */
function namedLater(
  f: Found,
  at: number,
  byBlock: PersonMention[][],
  people: QuotePerson[],
  agrees: (p: number) => boolean,
  inQuote: (m: PersonMention) => boolean,
): Speaker | null {
  for (let b = f.block; b <= Math.min(byBlock.length - 1, f.block + 1); b++) {
    const m = byBlock[b]!.find((x) => (b > f.block || x.start > at) && x.subject && !inQuote(x));
    if (m) return agrees(m.person) ? { name: people[m.person]!.name, personId: people[m.person]!.id } : null;
  }
  return null;
}

/** How far back an attribution is carried (previous paragraph, two at most, and a margin). */
const CARRY_BLOCKS = 3;

/** How far back a pronoun looks when the two paragraphs before it name no one salient. */
const CHAIN_BLOCKS = 6;

/**
 * The latest earlier speaker of the quote's or the previous paragraph, if it is an unnamed person ("a senior nurse",
 * or "the source" when the article named no one it could be) whose noun agrees with the pronoun.
 */
function lastUnnamedSpeaker(index: number, all: Found[], earlier: Array<Speaker | null>, block: number, wanted: 'female' | 'male' | null) {
  for (let i = index - 1; i >= 0 && all[i]!.block >= block - 1; i--) {
    const s = earlier[i];
    if (!s) continue;
    if (s.personId !== null) return null;
    const head = /^the\s+(?:[\p{Ll}\p{N}-]+\s+){0,3}([\p{Ll}-]+)$/u.exec(s.name)?.[1];
    const person = head !== undefined && personNoun(head);
    if (!/^(?:an?|one|another)\s/i.test(s.name) && !person) return null;
    if (head && otherSex(head, wanted)) return null;
    return { speaker: s, block: all[i]!.block, at: all[i]!.attribution?.at ?? all[i]!.start };
  }
  return null;
}

/** The first subject mention of each sentence of a block (none for a sentence a pronoun opens). */
function firstSubjects(text: string, mentions: PersonMention[]): Set<PersonMention> {
  const out = new Set<PersonMention>();
  for (const [s, e] of sentences(text)) {
    // "He resisted calls – including from Chancellor Lima – to quit": a pronoun is the subject; no name in it is.
    if (OPENING_PRONOUN.test(text.slice(s, e))) continue;
    const first = mentions.find((m) => m.subject && m.start >= s && m.start < e);
    if (first) out.add(first);
  }
  return out;
}

/**
 * The two people named as a pair ("Lind and Okafor") before `at` in its sentence or the sentence before — in its
 * block, or at the end of the block before when `at` opens its own — as their indexes, or null.
 */
function pairBefore(block: number, at: number, byBlock: PersonMention[][], blocks: string[]): [number, number] | null {
  const spans = sentences(blocks[block]!);
  const own = spans.findIndex(([s, e]) => at >= s && at < e);
  const paired = (b: number, from: number, to: number): [number, number] | null => {
    const text = blocks[b]!;
    const mentions = byBlock[b]!.filter((m) => m.start >= from && m.end <= to);
    const i = mentions.findIndex((m, i) => i > 0 && m.person !== mentions[i - 1]!.person && /^\s+and\s+$/.test(text.slice(mentions[i - 1]!.end, m.start)));
    return i > 0 ? [mentions[i - 1]!.person, mentions[i]!.person] : null;
  };
  if (own > 0) return paired(block, spans[own - 1]![0], at);
  const inOwn = paired(block, 0, at);
  if (inOwn) return inOwn;
  const prev = block > 0 ? sentences(blocks[block - 1]!).at(-1) : undefined;
  return prev !== undefined ? paired(block - 1, prev[0], prev[1]) : null;
}

/** A sentence opening with a group described by its noun ("The armed faction", "The militant group"). */
const DESCRIBED_MOVEMENT =
  /^(?:\s*[Tt]he\s+)(?:(?:\p{Ll}[\p{L}-]*|\p{Lu}\p{Ll}+(?:ist|an|ite|ic|ish))\s+){0,2}(?:group|faction|movement|militia)(?=\s+\p{Ll})/u;
