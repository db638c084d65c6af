/**
 * Speakers carried from context when the words around a quotation name nobody: the previous quotation of the
 * paragraph, the speaker or subject of the paragraph before, or the subject named earlier in the paragraph.
 */
import { attributionAfter, attributionBefore, organisationSubject, sideAfter, type Attribution } from '../attribution.ts';
import { LOWERCASE_ROLE_WORDS, PERSON_NOUNS, SPEECH_NOUNS, TITLE_WORDS } from '../../lexicon.ts';
import type { MarkSpan } from '../marks.ts';
import { OPENING_PRONOUN, PICTOGRAPHS, type Attributed, type QuoteContext } from './context.ts';
import type { PersonMention } from '../people.ts';
import { QUOTE_CONFIDENCE } from './confidence.ts';
import type { Quote } from '../../schema/record.ts';
import { hasSpeechVerb, isSpeechWord } from './verbs.ts';
import { statementOwner } from './roles.ts';
import { sentences } from '../../tokens.ts';

/** Where a quotation sits in its sentence. */
export interface QuoteWindow {
  /** [start, end) of the sentences the quotation spans. */
  sentenceStart: number;
  sentenceEnd: number;
}

/** A phrase of time or place and a comma, with no verb of its own ("In a later post,", "On Sunday,"). */
const OPENING_PHRASE = /^\s*(?:In|On|At|Later|Earlier|Then|Afterwards|Elsewhere|Separately|Meanwhile|Hours later|Minutes later)\b[^,;.“”"‘’]{0,60},\s*$/u;

/** A relative clause between commas: ", who had said …,". */
const RELATIVE_ASIDE = /,\s*(?:who|whom|whose|which)\s[^,;:“”"]*,/gu;

/** A quotation that the words around it leave without a speaker, as the steps of `carriedAttribution` read it. */
interface Carried {
  ctx: QuoteContext;
  /** The quotation's block. */
  b: number;
  span: MarkSpan;
  w: QuoteWindow;
  /** The block's text. */
  text: string;
  /** Where the quotation begins: its opening mark, or its first word when it has none. */
  at: number;
}

/** The attribution a quotation takes over from its context, or null. */
export function carriedAttribution(ctx: QuoteContext, b: number, span: MarkSpan, w: QuoteWindow, kind: Quote['kind']): Attributed | null {
  const text = ctx.blocks[b]!.text;
  const last = ctx.found.at(-1);
  const prev = last?.block === b ? last : undefined;
  const sameSentence = prev !== undefined && prev.start >= w.sentenceStart;
  // "…, a encore indiqué le préfet. « … »": a quotation opening its sentence after one closed by a reporting clause
  // (nearer than any quotation before it).
  const closing = !sameSentence && span.open !== -1 && text.slice(w.sentenceStart, span.open).trim() === '' ? reportedAtEnd(ctx, b, w.sentenceStart) : null;
  if (closing) return closing;
  if (prev?.attribution && (kind !== 'partial' || sameSentence))
    return { attribution: prev.attribution, rule: sameSentence ? 'sameSentence' : 'sameParagraph' };
  const c: Carried = { ctx, b, span, w, text, at: span.open === -1 ? span.start : span.open };
  if (kind === 'direct' && opensBare(c)) {
    const opening = paragraphOpening(ctx, b);
    if (opening) return opening;
  }
  if (kind === 'partial') return fragmentAttribution(c);
  // A title or fragment no one said before it does not break the chain ("On “Morning Round,” Hale named … “…”").
  if (kind === 'direct' && (!prev || (!prev.attribution && prev.kind === 'partial'))) return subjectIntroduced(c) ?? sentenceBefore(c);
  return null;
}

/** Decides whether the quotation opens its paragraph, or follows only a short phrase there that names nobody. */
function opensBare({ ctx, b, span, text }: Carried): boolean {
  // "In a later post, “…”": a short opening phrase that names nobody opens the paragraph as well as nothing does.
  const lead = span.open === -1 ? '' : text.slice(0, span.open);
  const bare = lead.replace(PICTOGRAPHS, '').trim() === '' || (OPENING_PHRASE.test(lead) && !ctx.byBlock[b]!.some((m) => m.start < span.open));
  return span.open !== -1 && bare;
}

/** Decides who a fragment is carried to: its sentence's subject, then the steps of reported speech, organisations and documents. */
function fragmentAttribution(c: Carried): Attributed | null {
  const { ctx, b, w, span, at } = c;
  // "Dupont is telling supporters that “when we build, it lasts”": the sentence's subject owns its fragments.
  return (
    subjectSpeaking(c) ??
    itSaying(c) ??
    reportedSubjunctive(ctx, b, w, at, span) ??
    organisationFragment(ctx, b, w, at) ??
    subjectFragment(ctx, b, w, at) ??
    reportedBefore(ctx, b, w, at, span) ??
    leadingDocument(ctx, b, w, span, at)
  );
}

/** Decides whether the fragment's sentence has a subject (outside any relative aside) and a verb of saying after it. */
function subjectSpeaking({ ctx, b, w, text, at }: Carried): Attributed | null {
  // Only when a speech verb stands between them: a nickname or a scare quote in the sentence has no speaker.
  // ("Ostrow, whose rival Osei had backed the plan, issued a note saying …": a subject inside a relative clause set
  // off by commas belongs to that aside.)
  const asides = [...text.slice(w.sentenceStart, at).matchAll(RELATIVE_ASIDE)].map((x): [number, number] => [
    w.sentenceStart + x.index,
    w.sentenceStart + x.index + x[0].length,
  ]);
  const subject = ctx.outside[b]!.findLast(
    (m) => m.start >= w.sentenceStart && m.start < at && m.subject && !asides.some(([s, e]) => m.start > s && m.end < e),
  );
  // ("… were declared missing after a ‘freak’ wave": a state declared is no verb of saying.)
  const between = subject ? text.slice(subject.end, at) : '';
  // ("Hale was told “you are out”": words said to the subject, who was told or asked them, are no words of theirs.)
  if (subject && hasSpeechVerb(between) && !FOUND_IN_STATE.test(between) && !TOLD_TO.test(between))
    return { attribution: subjectWithSide(text, subject, ctx.outside[b]!), rule: 'sentenceSubject' };
  return null;
}

/** Decides whether the sentence is only "It" before a fragment that opens with a verb of saying. */
function itSaying({ w, span, text, at }: Carried): Attributed | null {
  // "It also “welcomed the ruling …”": "it", and the verb of saying opens the quotation itself.
  const bare = /^\s*It\s+(?:(?:also|later|then|further|has|had)\s+){0,2}$/u.exec(text.slice(w.sentenceStart, at));
  const quotedVerb = /^\p{Ll}+/u.exec(text.slice(span.start, span.end))?.[0];
  if (bare && quotedVerb && isSpeechWord(quotedVerb))
    return {
      attribution: { person: null, name: null, pronoun: 'it', cue: quotedVerb, via: null, at: w.sentenceStart + bare.index },
      rule: 'sentenceSubject',
    };
  return null;
}

/** Decides whether a person the paragraph named as a subject before the quotation speaks it. */
function subjectIntroduced({ ctx, b, at }: Carried): Attributed | null {
  // "Okafor was blunt. “…”": the person the sentences before it are about.
  const subject = ctx.outside[b]!.filter((m) => m.subject && m.start < at).at(-1);
  if (subject)
    return {
      attribution: { person: subject.person, name: null, pronoun: null, cue: 'introduced before', via: null, at: subject.start },
      rule: 'subjectBefore',
    };
  return null;
}

/** Decides whether the sentence just before the quotation introduces its speaker: a pronoun and a verb of saying, or an organisation. */
function sentenceBefore({ ctx, b, span, text, at }: Carried): Attributed | null {
  // "She said there was no scandal. “I am human.”": the pronoun and speech verb of the sentence just before.
  const before = sentences(text.slice(0, at)).at(-1);
  const pronoun = before ? OPENING_PRONOUN.exec(text.slice(before[0], at)) : null;
  if (pronoun && hasSpeechVerb(text.slice(before![0], at)))
    return {
      attribution: { person: null, name: null, pronoun: pronoun[1]!.toLowerCase(), cue: 'introduced before', via: null, at: before![0] },
      rule: 'subjectBefore',
    };
  // "The operator, Harbourline, released a statement. “…”": the organisation the statement came from.
  const issuer = before ? issuedBefore(ctx, b, before[0], at) : null;
  if (issuer) return issuer;
  // "The Harbour Trust has begun the repairs. “We start in the north.”": words in the first person plural after a
  // sentence an organisation opens, with no person in it, are that organisation's.
  const org =
    before && FIRST_PLURAL.test(text.slice(span.start, span.end)) && !ctx.outside[b]!.some((m) => m.start >= before[0] && m.start < at)
      ? organisationSubject(text.slice(before[0], at), before[0])
      : null;
  if (org?.name) return { attribution: { ...org, cue: 'introduced before' }, rule: 'introduced' };
  return null;
}

/**
 * The speaker of the reporting clause that closes the sentence ending at `end` in block `b` ("…, the governor said.",
 * "…, a encore indiqué le préfet."), read as if it followed a quotation; null when it names nobody.
 */
function reportedAtEnd(ctx: QuoteContext, b: number, end: number): Attributed | null {
  const text = ctx.blocks[b]!.text;
  const [start] = sentences(text.slice(0, end)).at(-1) ?? [end];
  const comma = text.lastIndexOf(',', end);
  if (comma < start) return null;
  // ("“…,” Ms. Lind told the crowd. “…”": a clause that attributed a quotation of its own sentence goes on with it;
  // "told the crowd" names whom she told.)
  if (ctx.found.some((f) => f.block === b && f.start >= start && f.start < comma)) return null;
  if (/^,\s*(?:told|tells|telling)\s/.test(text.slice(comma, end))) return null;
  const mentions = ctx.outside[b]!.filter((m) => m.start > comma && m.end <= end);
  const found = attributionAfter(text.slice(comma, end).replace(/\s+$/, ''), comma, mentions);
  // (A name must be a role or a person's noun, or a definite one of a few words: "…, a confié son désarroi." reads an
  // object as if it were a speaker.)
  const name = found?.name ?? '';
  const head = name.split(/\s+/).at(-1)!.toLowerCase();
  const definite = /^(?:the|le|la|les|l[’']|el|los|las|der|die|das|il|lo)\s*\p{Ll}/u.test(name) && name.split(/\s+/).length <= 4;
  const named = name !== '' && (definite || TITLE_WORDS.has(head) || LOWERCASE_ROLE_WORDS.has(head) || PERSON_NOUNS.has(head));
  if (!found || (found.person === null && !found.pronoun && !named)) return null;
  return { attribution: { ...found, cue: 'introduced before' }, rule: 'subjectBefore' };
}

/** Words of a group speaking of itself: "we", "our", "us". */
const FIRST_PLURAL = /\b(?:[Ww]e|[Oo]ur|[Uu]s)\b/;

/**
 * The organisation that the sentence [start, end) of block `b` says put out a statement, as the attribution of the
 * quotation after it ("Harbourline released a statement." / “…”); null when the sentence names a person.
 */
function issuedBefore(ctx: QuoteContext, b: number, start: number, end: number): Attributed | null {
  const owner = statementOwner(ctx.blocks[b]!.text.slice(start, end));
  if (!owner) return null;
  const at = start + owner.at;
  if (ctx.outside[b]!.some((m) => m.end > at && m.start < at + owner.name.length)) return null;
  return { attribution: { person: null, name: owner.name, pronoun: null, cue: 'introduced before', via: null, at }, rule: 'introduced' };
}

/**
 * "The Water Council issued a statement calling the dumping “a flagrant breach”": no person in the sentence before
 * the fragment, an organisation opening it, and a speech word between them.
 */
function organisationFragment(ctx: QuoteContext, b: number, w: QuoteWindow, at: number): Attributed | null {
  if (ctx.outside[b]!.some((m) => m.start >= w.sentenceStart && m.start < at)) return null;
  const text = ctx.blocks[b]!.text;
  const org = organisationSubject(text.slice(w.sentenceStart, at), w.sentenceStart);
  // A proper name of two words or more (an article counts): every word capitalised past an article or "of"
  // ("Setting aside", "Nuclear proliferation" and "Trump. Party" are no organisations; one bare word may be a
  // product or a nickname).
  // (One word does when a speech verb follows it: "Harbourline said in a statement that …".)
  const speaks = org?.name ? SPEAKS_AFTER.test(text.slice(org.at + org.name.length, at)) : false;
  if (
    !org?.name ||
    (!/\s/.test(org.name) && !speaks) ||
    !/^(?:[Tt]he\s+)?\p{Lu}[\p{L}’'&.-]*(?:\s+(?:of|for|on|the|\p{Lu}[\p{L}’'&.-]*))*$/u.test(org.name) ||
    /\.\s/.test(org.name)
  )
    return null;
  if (!hasSpeechVerb(text.slice(org.at + org.name.length, at))) return null;
  return { attribution: { ...org, cue: 'sentence subject' }, rule: 'sentenceSubject' };
}

/** German verbs in the subjunctive of reported speech ("sei", "seien", "könne"): someone's words, reported. */
const SUBJUNCTIVE = /(?<![\p{L}])(?:sei|seien|könne|müsse|solle|wolle|dürfe|gebe|liege|stehe|gehe|komme|bleibe)(?![\p{L}])/u;

/**
 * "Dorval sprach von „Schlamperei“. Die Leitungen seien „marode“.": a German sentence in the subjunctive of
 * reported speech goes on reporting the one the sentence before quoted, whoever else it names.
 */
function reportedSubjunctive(ctx: QuoteContext, b: number, w: QuoteWindow, at: number, span: MarkSpan): Attributed | null {
  const text = ctx.blocks[b]!.text;
  // (The quotation's own sentence from its window: splitting the whole paragraph for every quotation of a long one
  // would be quadratic.)
  const end = w.sentenceEnd;
  const lead = text.slice(w.sentenceStart, span.open);
  if (!SUBJUNCTIVE.test(`${lead} ${text.slice(span.close === -1 ? end : span.close + 1, end)}`) || /[“”"«»„]/u.test(lead)) return null;
  const previous = sentences(text.slice(0, w.sentenceStart)).at(-1);
  const quoted = previous ? ctx.found.findLast((f) => f.block === b && f.start >= previous[0] && f.start < previous[1]) : undefined;
  return quoted?.attribution ? { attribution: quoted.attribution, rule: 'sameParagraph' } : null;
}

/**
 * "Ruf told the broadcaster that checks would be tightened. A special focus will be on “access controls”.": a
 * fragment in a sentence that names no one and has no verb of saying goes on the reported speech of the sentence
 * before it in the paragraph, and is that sentence's speaker's.
 */
function reportedBefore(ctx: QuoteContext, b: number, w: QuoteWindow, at: number, span: MarkSpan): Attributed | null {
  const text = ctx.blocks[b]!.text;
  const end = sentences(text).find(([s, e]) => at >= s && at < e)?.[1] ?? text.length;
  if (ctx.blocks[b]!.type !== 'paragraph' || ctx.byBlock[b]!.some((m) => m.start >= w.sentenceStart && m.start < end)) return null;
  // (Nor when the fragment's sentence has a speaker of its own: a verb of saying, another quotation, or a person
  // described by a noun: "His lawyer visited …, and everything was “normal”".)
  const lead = text.slice(w.sentenceStart, at);
  if (
    hasSpeechVerb(lead) ||
    /[“”"«»„]/u.test(lead) ||
    (lead.toLowerCase().match(/\p{L}+/gu) ?? []).some((x) => PERSON_NOUNS.has(x) || LOWERCASE_ROLE_WORDS.has(x))
  )
    return null;
  const previous = sentences(text.slice(0, w.sentenceStart)).at(-1);
  if (!previous) return null;
  const sentence = text.slice(previous[0], previous[1]);
  // "Duda said the span was “sound.” The pillars showed “deep cracks,” …": the fragment goes on what the quotation of
  // the sentence before reported, and is its speaker's — unless it only echoes that quotation's words ("“We keep one
  // policy,” Vogel said. The “one policy” drew jeers.").
  const quoted = ctx.found.findLast((f) => f.block === b && f.start >= previous[0] && f.start < previous[1]);
  if (quoted) {
    const said = new Set(
      text
        .slice(quoted.start, quoted.end)
        .toLowerCase()
        .match(/\p{L}+/gu) ?? [],
    );
    const echo = (
      text
        .slice(span.start, span.end)
        .toLowerCase()
        .match(/\p{L}+/gu) ?? []
    ).every((x) => said.has(x));
    return quoted.attribution && quoted.rule === 'local' && !echo ? { attribution: quoted.attribution, rule: 'sameParagraph' } : null;
  }
  // ("The team has not confirmed it." reports nothing said.)
  if (/[“”"«»„]/u.test(sentence) || /\b(?:not|never|no longer)\b|n[’']t\b/i.test(sentence)) return null;
  if (!(hasSpeechVerb(sentence) || /\baccording to\b/i.test(sentence))) return null;
  const mentions = ctx.outside[b]!.filter((m) => m.start >= previous[0] && m.start < previous[1]);
  const subject = (): Attribution | null => {
    const m = mentions.find((x) => x.subject);
    return m ? { person: m.person, name: null, pronoun: null, cue: 'said', via: null, at: m.start } : null;
  };
  // Read as if the fragment followed the reporting clause ("… told the broadcaster that “…”").
  const clause = /^(.*?\b(?:that|,))\s/u.exec(sentence)?.[1] ?? sentence;
  const found = attributionBefore(`${clause} `, previous[0], mentions, subject);
  return found && (found.person !== null || found.name) ? { attribution: { ...found, cue: 'introduced before' }, rule: 'sameParagraph' } : null;
}

/** A sentence opening with a document or words of the subject's ("Only yesterday, in a series of tweets about …"). */
const LEADING_DOCUMENT = new RegExp(
  `^\\s*(?:[^,“”"]{0,30},\\s*)?(?:in|with|through|via)\\s+(?:a|an|his|her|their|its|the)\\s+(?:[\\p{L}-]+\\s+){0,4}?(?:${SPEECH_NOUNS}|post|posts|speech|interview|video)\\b[^“”"]*$`,
  'iu',
);

/**
 * "Only yesterday, in a series of tweets about being “in talks”, he offered hope": a fragment in a leading phrase
 * about what someone said or wrote belongs to the subject of the clause after it.
 */
function leadingDocument(ctx: QuoteContext, b: number, w: QuoteWindow, span: MarkSpan, at: number): Attributed | null {
  const text = ctx.blocks[b]!.text;
  if (span.close === -1 || !LEADING_DOCUMENT.test(text.slice(w.sentenceStart, at))) return null;
  const end = sentences(text).find(([s, e]) => span.close >= s && span.close < e)?.[1] ?? text.length;
  const rest = text.slice(span.close + 1, end);
  const comma = /^[^,;“”"]{0,80},\s+/u.exec(rest);
  if (!comma) return null;
  const from = span.close + 1 + comma[0].length;
  const pronoun = /^(he|she|they|it)\s+\p{Ll}/iu.exec(text.slice(from));
  if (pronoun)
    return {
      attribution: { person: null, name: null, pronoun: pronoun[1]!.toLowerCase(), cue: 'introduced before', via: null, at: from },
      rule: 'sentenceSubject',
    };
  const subject = ctx.outside[b]!.find((m) => m.start === from && m.subject);
  return subject
    ? { attribution: { person: subject.person, name: null, pronoun: null, cue: 'introduced before', via: null, at: subject.start }, rule: 'sentenceSubject' }
    : null;
}

/** A speech verb right after a name (an organisation's or a person's). */
const SPEAKS_AFTER =
  /^\s+(?:(?:also|later|then|has|had)\s+)?(?:said|says|stated|states|announced|announces|wrote|writes|told|tweeted|posted|added|noted|warned|insisted)\b/;

/** A possessive, then within a few words a noun for something said ("’s recent evidence-free assertion"). */
const SPEECH_NOUN_AFTER = new RegExp(`^[’']s?\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${SPEECH_NOUNS})\\b`, 'iu');

/** "was told", "were asked": a passive verb of saying, whose subject heard the words. */
const TOLD_TO = /\b(?:is|was|are|were|been|being)\s+(?:\p{Ll}+ly\s+)?(?:told|asked)\s+(?:[\p{L}’',-]+\s+){0,3}$/iu;

/**
 * A state someone was found or declared in and a few words after it ("were declared missing after a "), with or
 * without its auxiliary as headlines write it ("Ellery found dead in ‘unexplained’ fire"): no verb of saying.
 */
const FOUND_IN_STATE =
  /\b(?:found|declared|pronounced|ruled|left)\s+(?:dead|alive|unresponsive|unconscious|missing|safe|(?:not\s+)?guilty)\s+(?:[\p{L}\p{N}’',-]+\s+){0,4}$/iu;

/**
 * What goes before a fragment that describes the subject rather than quoting it (see `subjectFragment`), in headline
 * case too ("Ellery’s Death Is Now Regarded As ‘Unexplained’").
 */
const ABOUT_SUBJECT =
  /(?:\b(?:is|was|are|were|be|been|being)\s+(?:(?:still|also|now|widely|often|officially)\s+)?(?:\p{L}+(?:ed|en)|found|held|kept|left|seen|caught|shot|hit|thought|told|brought|struck)\s+(?:as\s+)?|\b(?:charged|accused|convicted|suspected|indicted|arrested|detained|jailed|sentenced)\s+(?:\S+\s+){0,3}?(?:with|of|for)\s+|\b(?:is|was|are|were|remains?|remained|be|been)\s+(?:(?:still|now)\s+)?in\s+(?:an?\s+|the\s+)?)$/iu;

/** How far past the fragment's opening an auxiliary is looked for: room for a mark, "would" and the spaces around it. */
const AUXILIARY_REACH = 12;

/**
 * "Manafort dismissed the whole kerfuffle as “absurd”": a fragment in a sentence whose main subject is a person,
 * with no speech verb, belongs to that subject more often than not — so it is given, marked uncertain. Only the
 * sentence's first subject counts, and only when no reporting verb comes before it ("prosecutors wrote that
 * Fontenot “…”": the one reported on is no speaker).
 */
function subjectFragment(ctx: QuoteContext, b: number, w: QuoteWindow, at: number): Attributed | null {
  const text = ctx.blocks[b]!.text;
  const inSentence = ctx.outside[b]!.filter((m) => m.start >= w.sentenceStart && m.start < at);
  // "…, among them Piet Vanhal of the Kelmar Courier, who put the collapse down to Sarr’s “complacency.”": the one a relative clause
  // before the fragment describes did the judging, not the sentence's first subject.
  // ("his wife Ana Hale, who is Lind’s mother, …": a clause that only says who she is judges nothing.)
  const relative = [...text.slice(w.sentenceStart, at).matchAll(/,\s+who\s+(?!(?:is|was|are|were|has|had|have|will|would)\b)\p{Ll}+/gu)].at(-1);
  const clauseAt = relative ? w.sentenceStart + relative.index : -1;
  const antecedent = relative
    ? inSentence.filter((m) => m.end <= clauseAt && /^(?:\s+(?:of|from|at|with)\s+[^,;]{1,40})?$/u.test(text.slice(m.end, clauseAt))).at(-1)
    : undefined;
  if (antecedent)
    return {
      attribution: { person: antecedent.person, name: null, pronoun: null, cue: 'sentence subject', via: null, at: antecedent.start },
      rule: 'subjectFragment',
    };
  // "Dupont’s recent claim that “…”", "Kowal’s favourite line was “…”": the owner of the words said them.
  const owner = inSentence.find((m) => SPEECH_NOUN_AFTER.test(text.slice(m.end, at)));
  const first = owner ?? inSentence.find((m) => m.subject);
  if (!first || hasSpeechVerb(text.slice(w.sentenceStart, first.start))) return null;
  // "In 2010, the European Union put Mokhtar on a list … for “…”": a body that opens the sentence as its subject
  // is who the sentence is about; the person after it is its object.
  const org = owner ? null : organisationSubject(text.slice(w.sentenceStart, first.start), w.sentenceStart);
  if (org?.name && /^(?:[Tt]he\s+)?\p{Lu}[\p{L}’'&.-]*(?:\s+(?:of|for|on|the|and|\p{Lu}[\p{L}’'&.-]*))+$/u.test(org.name))
    return { attribution: { ...org, cue: 'sentence subject' }, rule: 'subjectFragment' };
  // "Lind is still in a “serious condition”", "He was charged with “attempted murder”", "… is described as “…”":
  // words about the subject's state, a charge or a passive description are no words of the subject's.
  if (!owner && (ABOUT_SUBJECT.test(text.slice(first.end, at)) || FOUND_IN_STATE.test(text.slice(first.end, at)))) return null;
  // "Lind … and “has played a key role”": a fragment that goes on the subject's sentence as its verb is what
  // someone else said about her.
  if (!owner && /^[“"‘']?\s*(?:has|had|is|was|will|would)\s/.test(text.slice(at, at + AUXILIARY_REACH))) return null;
  return { attribution: subjectWithSide(text, first, ctx.outside[b]!), rule: 'subjectFragment' };
}

/** What joins one more person to a subject: "and", a comma, a role in lower case ("and first lady"). */
const PARTNER_JOIN = /^(?:,\s+|,?\s+and\s+)(?:(?:the|his|her|their)\s+)?(?:[\p{Ll}-]+\s+){0,2}$/u;

/**
 * "Ana Lind and Tom Hale extended their “deepest sympathy”", "President Ana Lind and first lady Ida Lind sent …":
 * people joined to the subject by "and" (a role in lower case may go before each), before the verb, speak together;
 * their words as written, from the title before the first. Null for one person alone.
 */
function partnersAfter(text: string, m: PersonMention, inBlock: readonly PersonMention[]): { start: number; end: number } | null {
  let end = m.end;
  let joined = false;
  for (const next of inBlock.filter((x) => x.start > m.end).sort((x, y) => x.start - y.start)) {
    const join = text.slice(end, next.start);
    if (!PARTNER_JOIN.test(join) || next.person === m.person) break;
    end = next.end;
    if (/\band\s/.test(join)) {
      joined = true;
      break;
    }
  }
  // (The list ends in "and" and the next word is its verb, in lower case: "Hale and Lind’s plan" is no list.)
  if (!joined || !/^\s+(?:(?:also|have|had|jointly|both)\s+)?\p{Ll}+/u.test(text.slice(end, end + 30))) return null;
  const title = /(?:\p{Lu}[\p{L}.]*\s+)+$/u.exec(text.slice(Math.max(0, m.start - 40), m.start))?.[0] ?? '';
  const start =
    m.start -
    (title &&
    title
      .trim()
      .split(/\s+/)
      .every((w) => TITLE_WORDS.has(w.replace(/\.$/, '').toLowerCase()))
      ? title.length
      : 0);
  return { start, end };
}

/** A sentence's subject as the speaker; with their side after them ("Lind and her allies"), the two as written. */
function subjectWithSide(text: string, m: PersonMention, inBlock: readonly PersonMention[]): Attribution {
  const side = sideAfter(text, m.end);
  if (side) return { person: null, name: text.slice(m.start, m.end) + side, pronoun: null, cue: 'sentence subject', via: null, at: m.start };
  const partners = partnersAfter(text, m, inBlock);
  if (partners) return { person: null, name: text.slice(partners.start, partners.end), pronoun: null, cue: 'sentence subject', via: null, at: partners.start };
  return { person: m.person, name: null, pronoun: null, cue: 'sentence subject', via: null, at: m.start };
}

/**
 * A paragraph that opens with a quotation continues the previous paragraph's speaker — unless the previous
 * paragraph turned to a new person without quoting them ("Whitacre grows soybeans …").
 */
function paragraphOpening(ctx: QuoteContext, b: number): Attributed | null {
  const announced = colonAnnounced(ctx, b);
  if (announced) return announced;
  const last = ctx.found.findLast((f) => f.block < b && f.attribution);
  const lastSentence = b > 0 ? lastSentenceSubject(ctx, b - 1) : undefined;
  // "She will marry Tom Hale. / “And to Tom, …”": one the quotation speaks to is not who speaks it.
  const introduced = lastSentence && 'person' in lastSentence && !namedInQuote(ctx, b, lastSentence.person) ? lastSentence : undefined;
  // "She was quiet for a long moment. / “That’s the question…”": the pronoun the paragraph before opens with, or
  // the one its last sentence opens with ("Speaking about her family she said …").
  // So does a last sentence with no name that opens with a pronoun and a speech verb ("She asked that no snap
  // judgements be made.").
  const opener =
    lastSentence && 'pronoun' in lastSentence
      ? lastSentence.pronoun
      : b > 0
        ? (/^(He|She|They)\b/.exec(ctx.blocks[b - 1]!.text)?.[1] ?? (lastSentence ? undefined : speakingPronoun(ctx.blocks[b - 1]!.text)))
        : undefined;
  const lastIsOld = !last || last.block < b - 1;
  // "He will be charged with time served. The Harbour Trust’s account announced his release. / “…”": an organisation
  // that the paragraph before ends by reporting speaks next, over the pronoun the paragraph opened with.
  const reporting = lastIsOld && !introduced && b > 0 ? organisationAtEnd(ctx, b - 1) : null;
  if (reporting) return reporting;
  // "…, as President of Ukraine Mykola Zelenko says at a press conference. / “…”": one the paragraph ends by
  // reporting speaks next, when the quotation does not name them — over the pronoun the paragraph opened with ("He
  // was killed by …, as Zelenko says").
  const speaking = b > 0 && lastIsOld ? speakingAtEnd(ctx, b - 1) : undefined;
  if (speaking && !namedInQuote(ctx, b, speaking.person))
    return {
      attribution: { person: speaking.person, name: null, pronoun: null, cue: 'introduced before', via: null, at: speaking.start },
      rule: 'introduced',
    };
  if (opener && !introduced && lastIsOld)
    return { attribution: { person: null, name: null, pronoun: opener.toLowerCase(), cue: 'introduced before', via: null, at: 0 }, rule: 'opener' };
  const role = b > 0 && lastIsOld && !introduced && !opener ? roleAtEnd(ctx, b - 1) : null;
  if (role) return role;
  // "“…,” Duda promised. Engineer Ana Lind thanked the track crews. / “…”": the paragraph before quoted someone,
  // then turned to a new person in its last sentence; the new person speaks.
  // ("“…,” Ana Lind and Tom Hale said. / “…”": one of the people who spoke together is no new person.)
  const turned =
    introduced !== undefined &&
    last !== undefined &&
    last.block === b - 1 &&
    introduced.start > last.end &&
    last.attribution?.person !== introduced.person &&
    !withinNamedSpeaker(last.attribution, introduced.start);
  if (introduced && (lastIsOld || turned))
    return {
      attribution: { person: introduced.person, name: null, pronoun: null, cue: 'introduced before', via: null, at: introduced.start },
      rule: 'introduced',
    };
  // "OceanGate released a statement on Thursday." / “…”: the organisation a statement just came from.
  const [start, end] = (b > 0 && ctx.blocks[b - 1]!.type === 'paragraph' && sentences(ctx.blocks[b - 1]!.text).at(-1)) || [0, 0];
  const issuer = lastIsOld && !introduced && end > start ? issuedBefore(ctx, b - 1, start, end) : null;
  if (issuer) return issuer;
  if (last && last.block >= b - 2) return { attribution: last.attribution!, rule: 'previousParagraph' };
  return null;
}

/** Decides whether `at` falls inside the words of a speaker given by name ("Ana Lind and Tom Hale"), as written in the block. */
function withinNamedSpeaker(attribution: Attribution | null | undefined, at: number): boolean {
  return !!attribution?.name && attribution.person === null && at >= attribution.at && at < attribution.at + attribution.name.length;
}

/**
 * A paragraph's end that announces a quotation: a colon (inside a quotation too: "… the message I sent to the team:”"),
 * or a speech verb and a comma ("A statement from the Trust said,").
 */
const ANNOUNCES = /(?::[”"’]?|\b(?:said|says|wrote|writes|added|adds|stated|states|read|reads|tweeted|posted),)\s*$/;

/** A line that only announces a statement and its issuer: "Statement from the Harbour Guild:", "Full statement by Ana Lind:". */
const STATEMENT_LINE = /^\s*(?:(?:Full|Read\s+the(?:\s+full)?|The|Joint)\s+)?statement\s+(?:from|by|of)\s+([^:;“”"]{2,80}?)\s*:\s*$/iu;

/** How far into the sentence its subject may stand to announce a quotation after a colon with no verb of saying. */
const COLON_SUBJECT_REACH = 60;

/**
 * "The Harbour Gazette reports:" / "“In a sign of …”": a paragraph whose last sentence ends in a colon after a speech
 * verb (or in the verb and a comma) announces the quotation opening the next paragraph; its speaker is read as if
 * the two were one sentence.
 */
function colonAnnounced(ctx: QuoteContext, b: number): Attributed | null {
  const prev = ctx.blocks[b - 1];
  if (prev?.type !== 'paragraph' || !ANNOUNCES.test(prev.text)) return null;
  const [start] = sentences(prev.text).at(-1) ?? [0];
  const sentence = prev.text.slice(start);
  const mentions = ctx.outside[b - 1]!.filter((m) => m.start >= start);
  // "Statement from the Harbour Guild:" over the quotation: the one it names issued it.
  const issuer = STATEMENT_LINE.exec(sentence);
  if (issuer) {
    const at = start + issuer.index + issuer[0].indexOf(issuer[1]!);
    const named = mentions.find((x) => x.start >= at && x.end <= at + issuer[1]!.length);
    return {
      attribution: named
        ? { person: named.person, name: null, pronoun: null, cue: 'statement', via: null, at: named.start }
        : { person: null, name: issuer[1]!.replace(/^The\b/, 'the'), pronoun: null, cue: 'statement', via: null, at },
      rule: 'local',
    };
  }
  // "There, the senior cardinal read out the old words:": with no verb of saying, a person the sentence opens with
  // (named, or described by a role) announces it.
  const role = hasSpeechVerb(sentence) || mentions.some((x) => x.subject) || !/:\s*$/.test(sentence) ? null : roleOpening(sentence);
  if (!hasSpeechVerb(sentence) && !role && !mentions.some((x) => x.subject && x.start - start < COLON_SUBJECT_REACH && /:\s*$/.test(sentence))) return null;
  if (role) return { attribution: { person: null, name: role, pronoun: null, cue: 'colon', via: null, at: start }, rule: 'local' };
  const subject = (): Attribution | null => {
    const m = mentions.find((x) => x.subject);
    return m ? { person: m.person, name: null, pronoun: null, cue: 'colon', via: null, at: m.start } : organisationSubject(sentence, start);
  };
  const found = attributionBefore(sentence, start, mentions, subject);
  return found && (found.person !== null || found.name) ? { attribution: found, rule: 'local' } : null;
}

/** A role that opens a sentence, after an opening phrase of time or place ("There, the senior Cardinal Deacon …"). */
function roleOpening(sentence: string): string | null {
  const m = /^(?:[^,“”"]{0,40},\s*)?([Tt]he|An?)\s+((?:[\p{L}’'-]+\s+){1,4})/u.exec(sentence);
  if (!m) return null;
  const words = m[2]!.trim().split(/\s+/);
  for (let i = words.length - 2; i >= 0; i--) {
    const w = words[i]!.toLowerCase();
    if (PERSON_NOUNS.has(w) || LOWERCASE_ROLE_WORDS.has(w) || TITLE_WORDS.has(w)) return `${m[1]!.toLowerCase()} ${words.slice(0, i + 1).join(' ')}`;
  }
  return null;
}

/**
 * The first subject of the last sentence of block `b` that has one (the person the paragraph ends on), or the
 * pronoun that sentence opens with when it comes first ("In her speech, she thanked her partner, Tom Hale").
 */
function lastSentenceSubject(ctx: QuoteContext, b: number): PersonMention | { pronoun: string } | undefined {
  const subjects = ctx.outside[b]!.filter((m) => m.subject);
  const last = subjects.at(-1);
  if (!last) return undefined;
  const text = ctx.blocks[b]!.text;
  const sentence = sentences(text).find(([s, e]) => last.start >= s && last.start < e);
  if (!sentence) return last;
  const first = subjects.find((m) => m.start >= sentence[0])!;
  const pronoun = OPENING_PRONOUN.exec(text.slice(sentence[0], first.start));
  return pronoun ? { pronoun: pronoun[1]! } : first;
}

/** The pronoun opening the last sentence of `text` when a speech verb follows it ("She asked that …"). */
function speakingPronoun(text: string): string | undefined {
  const [start] = sentences(text).at(-1) ?? [0];
  const m = /^\s*(He|She|They)\s+(?:\p{Ll}+\s+){0,2}?(\p{Ll}+)\b/u.exec(text.slice(start));
  return m && hasSpeechVerb(m[2]!) ? m[1] : undefined;
}

/** The person named right before a speech verb in the last sentence of block `b` ("… Zelenko says at …"), if any. */
function speakingAtEnd(ctx: QuoteContext, b: number): PersonMention | undefined {
  const text = ctx.blocks[b]!.text;
  const [start] = sentences(text).at(-1) ?? [0];
  return ctx.outside[b]!.find((m) => m.start >= start && SPEAKS_AFTER.test(text.slice(m.end)));
}

/** The organisation opening the last sentence of block `b` with a speech verb, when no person is named in it. */
function organisationAtEnd(ctx: QuoteContext, b: number): Attributed | null {
  const text = ctx.blocks[b]!.text;
  const [start, end] = sentences(text).at(-1) ?? [0, 0];
  if (ctx.blocks[b]!.type !== 'paragraph' || end <= start || ctx.outside[b]!.some((m) => m.start >= start)) return null;
  const org = organisationSubject(text.slice(start, end), start);
  if (!org?.name || !/\s/.test(org.name) || !SPEAKS_AFTER.test(text.slice(org.at + org.name.length, end))) return null;
  return { attribution: { ...org, cue: 'introduced before' }, rule: 'introduced' };
}

/**
 * The role opening the last sentence of block `b` with a speech verb, when no person is named in it ("The President
 * termed the breach treasonous. / “…”"): the speaker stages resolve it to the person who holds the role.
 */
function roleAtEnd(ctx: QuoteContext, b: number): Attributed | null {
  const text = ctx.blocks[b]!.text;
  const [start, end] = sentences(text).at(-1) ?? [0, 0];
  if (ctx.blocks[b]!.type !== 'paragraph' || end <= start || ctx.outside[b]!.some((m) => m.start >= start)) return null;
  const m = /^\s*[Tt]he\s+((?:[\p{L}-]+\s+){0,2}?([\p{L}-]+))\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)\b/u.exec(text.slice(start, end));
  const head = m?.[2]!.toLowerCase() ?? '';
  if (m && (TITLE_WORDS.has(head) || LOWERCASE_ROLE_WORDS.has(head)) && isSpeechWord(m[3]!))
    return { attribution: { person: null, name: `the ${m[1]!}`, pronoun: null, cue: 'introduced before', via: null, at: start }, rule: 'introduced' };
  // "…, the president of the Harbour Relief Society told reporters on Monday. / “…”": the role reporting at its end.
  const late = ROLE_REPORTS_AT_END.exec(text.slice(start, end));
  const lateHead = late?.[2]!.toLowerCase() ?? '';
  if (!late || !(TITLE_WORDS.has(lateHead) || LOWERCASE_ROLE_WORDS.has(lateHead)) || !isSpeechWord(late[3]!)) return null;
  return { attribution: { person: null, name: late[1]!, pronoun: null, cue: 'introduced before', via: null, at: start + late.index }, rule: 'introduced' };
}

/** ", the president of the Harbour Relief Society told reporters early Monday.": a role and its verb closing a sentence. */
const ROLE_REPORTS_AT_END =
  /,\s+(the\s+(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}-]+)(?:\s+(?:of|for|at)\s+(?:the\s+)?(?:\p{Lu}[\p{L}’'-]*\s+){0,5}\p{Lu}[\p{L}’'-]*)?)\s+(\p{Ll}+)\b[^,;“”"]{0,40}$/u;

/** Is `person` named inside the quotation that opens block `b`? */
function namedInQuote(ctx: QuoteContext, b: number, person: number): boolean {
  const span = ctx.quoteSpans[b]![0];
  return span !== undefined && ctx.byBlock[b]!.some((m) => m.person === person && m.start >= span.start && m.end <= span.end);
}

/**
 * "His endorsements will carry “weight” and bring “firepower,” Neil Sroka said.": a fragment with no speaker takes
 * the attribution named after a later quotation of the same sentence.
 */
export function shareLaterAttribution(ctx: QuoteContext): void {
  ctx.found.forEach((f, i) => {
    const next = ctx.found[i + 1];
    if (f.attribution || f.scare || f.kind !== 'partial' || !next?.attribution || next.rule !== 'local' || next.block !== f.block) return;
    const text = ctx.blocks[f.block]!.text;
    const sentence = sentences(text).find(([s, e]) => f.start >= s && f.start < e);
    if (!sentence || next.start >= sentence[1] || next.attribution.at < next.end) return;
    f.attribution = next.attribution;
    f.rule = 'sameSentence';
    f.confidence = QUOTE_CONFIDENCE.sameSentence;
  });
}
