/**
 * Stage: quotes. Finds every quotation — between marks, or direct speech whose marks were lost — classifies
 * it (direct, partial, unmarked), and attributes it. The steps, in order:
 *   1. prepareContext      marks of every block, mentions outside quotations          (speakers/context.ts)
 *   2. readSpan            each marked quotation: its kind, the words around it        (here, attribution.ts)
 *   3. carriedAttribution  else the previous quote, paragraph or subject               (speakers/carry.ts)
 *   4. addUnmarked         speech whose marks were lost                                (unmarked.ts)
 *      (a paragraph that is a transcript turn, part of an announced statement or an
 *      embedded post is read whole instead                            (turns.ts, statements.ts))
 *   5. headlineRoles       a headline quote given to a role goes to its body speaker   (speakers/resolve.ts)
 *   6. excerptSpeakers     a fragment of a quote given in full goes to its speaker     (speakers/excerpts.ts)
 *   7. toQuotes            attributions become speakers, with confidences              (speakers/resolve.ts)
 *   8. linkContinuations   a quote over paragraphs takes the speaker named at its end
 *   9. echoSpeakers        a headline's or subheading's quote said again below takes that speaker (speakers/excerpts.ts)
 */
import {
  attributionAfter,
  attributionBefore,
  colonName,
  FAMILY_PHRASE,
  familyName,
  FINDING_CUE,
  invertedClosing,
  KIN_ROLES,
  possessiveAt,
  organisationSubject,
  passiveAgent,
  sideAfter,
  sourceClosing,
  whatTheyCall,
  type Attribution,
} from './attribution.ts';
import { WarningCode } from '../errors.ts';
import { DOCUMENT_NOUNS, LOWERCASE_ROLE_WORDS, PERSON_NOUNS, SPEECH_VERBS, TITLE_WORDS } from '../lexicon.ts';
import { hasSpeechVerb, isSpeechWord } from './speakers/verbs.ts';
import type { MarkSpan } from './marks.ts';
import type { PersonMention } from './people.ts';
import type { Block, Quote, Warning } from '../schema/record.ts';
import { sentences } from '../tokens.ts';
import { findUnmarked } from './unmarked.ts';
import { announcedStatements, embeddedPosts } from './statements.ts';
import { transcriptTurns } from './turns.ts';
import { isTitleCase } from './works.ts';
import { carriedAttribution, shareLaterAttribution } from './speakers/carry.ts';
import { calledOut, crowdWords } from './speakers/crowds.ts';
import { NO_SPEAKER, QUOTE_CONFIDENCE, SHORT_FRAGMENT } from './speakers/confidence.ts';
import { OPENING_PRONOUN, PICTOGRAPHS, prepareContext, type Attributed, type Found, type QuoteContext, type QuotePerson } from './speakers/context.ts';
import { echoSpeakers, excerptSpeakers, titleCase } from './speakers/excerpts.ts';
import { transcriptSpeaker } from './speakers/transcript.ts';
import { headlineRoles, linkContinuations, toQuotes } from './speakers/resolve.ts';

export type { QuotePerson } from './speakers/context.ts';

/** Media that carry words rather than say them ("local media", "state television", "local radio", "news reports"). */
const MEDIA_SOURCE = /\b(?:media|reports|press|newspapers?|news agency|outlets|television|TV|radio|broadcasters?)$/i;
/** The most quotations read from one article: a bound on the stage's work, which a warning reports when reached. */
const MAX_QUOTES = 5_000;
/** A paragraph or heading this long or longer is body text, never read as a headline-case subhead (nor tested for one). */
const SUBHEAD_MAX_CHARS = 300;
/** A fragment shorter than this, with no speech verb in its sentence, is as likely a scare quote as a quotation. */
const SHORT_FRAGMENT_CHARS = 40;

/** Find, classify and attribute the quotations of an article. */
export function findQuotes(
  articleId: string,
  blocks: Block[],
  mentions: PersonMention[],
  people: QuotePerson[],
  repairedMarks = false,
): { quotes: Quote[]; warnings: Warning[] } {
  const ctx = prepareContext(blocks, mentions, people, repairedMarks);
  const marked = (b: number) => ctx.marks[b]!.spans.length > 0;
  const turns = new Map<number, Found>();
  for (const t of [...announcedStatements(blocks, ctx.byBlock, marked), ...embeddedPosts(blocks, ctx.byBlock, marked)])
    turns.set(t.block, wholeParagraph(t, t.attribution, 'statement'));
  for (const t of transcriptTurns(blocks, ctx.byBlock, marked))
    turns.set(t.block, wholeParagraph(t, { person: t.who.person, name: null, pronoun: null, cue: 'transcript', via: null, at: 0 }, 'transcript'));
  blocks.forEach((block, b) => {
    const spans = sentences(block.text);
    for (const span of ctx.marks[b]!.spans) {
      if (ctx.found.length >= MAX_QUOTES) break;
      ctx.found.push(readSpan(ctx, b, span, spans));
    }
    const turn = turns.get(b);
    if (turn && ctx.found.length < MAX_QUOTES) ctx.found.push(turn);
    else if (block.type === 'paragraph' && ctx.found.length < MAX_QUOTES) addUnmarked(ctx, b);
  });
  shareLaterAttribution(ctx);
  headlineRoles(ctx);
  excerptSpeakers(ctx);
  const quotes = toQuotes(articleId, ctx);
  linkContinuations(ctx.found, quotes);
  echoSpeakers(blocks, quotes);
  return { quotes, warnings: markWarnings(ctx) };
}

/** "heard a woman shouting," / "heard Ana Lind shout": who was heard, and how, right before the quotation. */
const HEARD_SPEAKING =
  /\b(?:heard|hear|hears|overheard)\s+((?:(?:a|an|the|one)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)|(?:\p{Lu}[\p{L}’'-]*\s+){0,2}\p{Lu}[\p{L}’'-]*)\s+(screaming|shouting|saying|yelling|crying|calling|telling\s+\p{Ll}+|say|shout|scream|cry)\b[^“”"]{0,30}$/u;

/** "reposted a video of the mayor talking about the fire, saying “…”": the one the recording shows speaking. */
const RECORDED_SPEAKING =
  /\b(?:video|footage|clip|recording)\s+of\s+((?:(?:a|an|the|one)\s+(?:[\p{L}-]+\s+){0,2}[\p{Ll}-]+)|(?:\p{Lu}[\p{L}’'-]*\s+){0,2}\p{Lu}[\p{L}’'-]*)\s+(talking|saying|speaking|telling\s+\p{Ll}+)\b[^“”"]{0,80}$/u;

/** A sentence opening with a participle of naming before its quotation ("Calling it", "Describing the vote as a"). */
// ("As a “sign of hope,” the bishop gave …": the words an opening "as" phrase names are the subject's too.)
const PARTICIPLE_OPENING =
  /^\s*(?:(Calling|Describing|Terming|Dubbing|Labell?ing|Branding|Hailing)\s+(?:it|him|her|them|this|the\s+[\p{Ll}-]+)(?:\s+as)?(?:\s+(?:an?|the))?|(As)\s+(?:an?|the|his|her|their))\s*$/u;

/** Did the block end inside a quotation that the next paragraph reopens (the convention for quotes running over paragraphs)? */
const reopens = (next: Block | undefined) => next?.type === 'paragraph' && /^[“«„‘]/.test(next.text);

/** Warnings about marks that did not pair, and about the quotation limit. */
function markWarnings(ctx: QuoteContext): Warning[] {
  const warnings: Warning[] = [];
  const unclosed = ctx.marks.reduce((n, m, b) => n + (m.unclosed && !reopens(ctx.blocks[b + 1]) ? m.unclosed : 0), 0);
  const unopened = ctx.marks.reduce((n, m) => n + m.unopened.length, 0);
  if (unclosed)
    warnings.push({
      code: WarningCode.unclosedQuote,
      message: `${unclosed} quotation mark(s) opened and never closed; each quotation was taken to the end of its paragraph.`,
    });
  if (unopened) warnings.push({ code: WarningCode.unopenedQuote, message: `${unopened} closing quotation mark(s) with no opening mark were ignored.` });
  const reversed = ctx.marks.reduce((n, m) => n + m.reversed, 0);
  if (reversed)
    warnings.push({
      code: WarningCode.reversedQuote,
      message: `${reversed} quotation mark(s) typed the wrong way round (a closing mark opening a quotation, or an opening mark closing one); each was read as the mark its place calls for.`,
    });
  if (ctx.found.length >= MAX_QUOTES) warnings.push({ code: WarningCode.quoteLimit, message: `Stopped after ${MAX_QUOTES} quotations.` });
  return warnings;
}

/** The sentence(s) a quotation spans, and the words of that sentence before and after it. */
function windowOf(text: string, spans: Array<[number, number]>, marks: MarkSpan[], span: MarkSpan) {
  const sentenceOf = (pos: number) => spans.find(([s, e]) => pos >= s && pos < e) ?? [0, text.length];
  const [sentenceStart] = sentenceOf(span.open === -1 ? span.start : span.open);
  const [, sentenceEnd] = sentenceOf(span.close === -1 ? span.end - 1 : span.close);
  const afterStart = span.close === -1 ? span.end : span.close + 1;
  // ("…,” Pedro “Chino” Alvarado told …": a nickname inside the name after the quotation is part of it, blanked.)
  // (Only the marks of its own sentence: every quotation of a long paragraph would otherwise test every later one.)
  const nicknames = marks.filter((s) => s.open > afterStart && s.open < sentenceEnd && isNickname(text, s, false));
  const nextQuote = marks.find((s) => s.open > afterStart && !nicknames.includes(s));
  let after = text.slice(afterStart, Math.min(sentenceEnd, nextQuote ? nextQuote.open : sentenceEnd));
  for (const s of nicknames)
    if (s.close - afterStart < after.length)
      after = after.slice(0, s.open - afterStart) + ' '.repeat(s.close + 1 - s.open) + after.slice(s.close + 1 - afterStart);
  // “… didn’t you?” Ms. Tan asked. — the question mark ended the sentence, the attribution follows.
  let borrowed = false;
  if (after.trim() === '' && /[?!.]$/.test(text.slice(span.start, span.end))) {
    const following = spans.find(([s]) => s >= afterStart);
    if (following) after = text.slice(afterStart, Math.min(following[1], nextQuote ? nextQuote.open : following[1]));
    borrowed = following !== undefined;
    // (“… soon.” The ministry has also described it as “…”: a sentence that leads into a quotation of its own, with
    // no comma or colon before it, attributes that one only.)
    if (following && nextQuote && nextQuote.open < following[1] && !/[,:]\s*$/.test(after)) {
      after = '';
      borrowed = false;
    }
  }
  const beforeStart = Math.max(sentenceStart, previousEnd(marks, span));
  return { sentenceStart, sentenceEnd, before: text.slice(beforeStart, span.open), beforeStart, after, afterStart, borrowed };
}

/** One marked quotation: its kind, and its speaker from the words around it or from its context. */
function readSpan(ctx: QuoteContext, b: number, span: MarkSpan, spans: Array<[number, number]>): Found {
  const block = ctx.blocks[b]!;
  // Headline case ("Howard Dean Tells Convention …", and a subhead in the body: "“Deal Was Rushed”, Claims Ana Lind"):
  // speech verbs read in lower case, offsets unchanged.
  const headline =
    block.type === 'headline' || ((block.type === 'paragraph' || block.type === 'heading') && block.text.length < SUBHEAD_MAX_CHARS && titleCase(block.text));
  const text = headline ? lowerSpeechVerbs(block.text) : block.text;
  const w = windowOf(text, spans, ctx.marks[b]!.spans, span);
  // Headline case capitalises every quotation, so only the body tells titles of works by their capitals.
  // (A slogan on a sign or in a chant is no title, whatever its capitals: "chanting “Fair Pay Now”".)
  // (Nor are capitals a verb of calling gives something: "calling it a “Historic Mistake”".)
  const title =
    !headline &&
    isTitleCase(text.slice(span.start, span.end)) &&
    !calledOut(text, w.sentenceStart, span.open) &&
    !shouted(text, span, w) &&
    !CALLED_A.test(text.slice(w.sentenceStart, span.open));
  // A paragraph a quotation runs over with no mark of its own (speakers/context.ts) goes on with its kind and speaker.
  const continued = span.open === -1 && b > 0 && ctx.marks[b - 1]!.spans.some((s) => s.close === -1) ? ctx.found.at(-1) : undefined;
  const kind = title ? 'partial' : (continued?.kind ?? classify(text, span, w.before, block.type));
  const scare = SCARE_BEFORE.test(w.before) || title || isNickname(text, span, headline);
  const goesOn: Attributed | null = continued?.attribution ? { attribution: continued.attribution, rule: 'continuation' } : null;
  const got = scare
    ? null
    : (transcriptSpeaker(ctx, b, span.start, span.end) ?? localAttribution(ctx, b, span, w, kind) ?? goesOn ?? carriedAttribution(ctx, b, span, w, kind));
  let confidence: number = got ? QUOTE_CONFIDENCE[got.rule] : NO_SPEAKER;
  if (!got && kind === 'partial' && span.end - span.start < SHORT_FRAGMENT_CHARS && !SPEECH_IN.test(text.slice(w.sentenceStart, w.sentenceEnd)))
    confidence = SHORT_FRAGMENT;
  const continues = (span.open === 0 || span.open === -1) && b > 0 && ctx.marks[b - 1]!.spans.some((s) => s.close === -1);
  return { block: b, start: span.start, end: span.end, kind, attribution: got?.attribution ?? null, rule: got?.rule ?? null, confidence, continues, scare };
}

/** The sex a pronoun of the third person singular gives. */
const PRONOUN_SEX: Record<string, 'male' | 'female'> = { he: 'male', she: 'female' };

/** A list entry's name and colon opening a paragraph ("• Ana Lind: …", "Tom Hale: …"). */
const ENTRY = /^\s*(?:[•●▪‣◦·*–-]\s*)?(\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){1,3}):\s/u;
/** A speaker described, not named: "the singer", "his co-star", "the actress and activist". */
const DESCRIPTION = /^(?:the|his|her|their)\s+[\p{Ll}-]+(?:\s+(?:and\s+)?[\p{Ll}-]+){0,2}$/u;

/** The person a paragraph opens with as a list entry, when the quotation at `open` comes after the entry's colon. */
function listEntry(text: string, open: number, own: readonly PersonMention[]): PersonMention | null {
  const m = ENTRY.exec(text);
  if (!m || open < m[0].length) return null;
  const at = m.index + m[0].indexOf(m[1]!);
  return own.find((x) => x.start === at && x.end === at + m[1]!.length) ?? null;
}

/** A family opening a sentence, then its verb: "The family released …", "His family announced …". */
const FAMILY_OPENING = new RegExp(`^\\s*(${FAMILY_PHRASE})\\s+(?:\\p{Ll}+ly\\s+)?\\p{Ll}{3,}(?:ed|s)\\b`, 'u');
/** "calling it a “", "labelled the vote an “": a verb of calling, its object and an indefinite article before the mark. */
const CALLED_A =
  /\b(?:call(?:ed|ing|s)?|label(?:l?ed|l?ing|s)?|dubb(?:ed|ing)|termed|terming)\s+(?:it|him|her|them|this|that|the\s+[\p{Ll}-]+)\s+(?:a|an)\s*$/u;
/** A verb of saying right before the opening mark: "Hale proclaimed “…”", "she posted:". */
const SAYING_BEFORE = /\b(?<!(?:that|which)\s+)(?:said|says|proclaimed|declared|exclaimed|posted|tweeted|wrote|shouted|added|insisted|warned)\s*[:,]?\s*$/;
/**
 * Words in capitals that a verb of saying gives someone ("Hale posted “SHAME ON THE BOARD”") are speech, not a title
 * (a cap or a sign "that says" them is read as a sign's words).
 */
function shouted(text: string, span: MarkSpan, w: { sentenceStart: number }): boolean {
  const words = text.slice(span.start, span.end);
  return /\p{Lu}{2}/u.test(words) && words === words.toUpperCase() && SAYING_BEFORE.test(text.slice(w.sentenceStart, span.open));
}

/**
 * A subordinate or participle clause opening a sentence, up to its comma ("When Okafor tried to answer, ", "Joined by
 * his wife, Ana, and supporters, " before "Okafor said").
 */
const LEADING_CLAUSE =
  /^\s*(?:(?:When|As|After|Before|While|Although|Though|If|Because|Since|Once|Until)\s[^,;:“”"]{3,120},\s*|(?:There|Then|Later|Moments\s+later|Shortly\s+after(?:wards)?),\s*|\p{Lu}\p{Ll}+(?:ed|ing)\s[^;:“”"]{3,160}?,\s*(?=(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}.’'-]*\s+\p{Ll}))/u;

/** The attribution after the last quotation of the sentence, when a comma opens it (", the ministry said."). */
function sentenceClosing(ctx: QuoteContext, b: number, span: MarkSpan, sentenceEnd: number, own: PersonMention[], commaInside = false): Attribution | null {
  const last = ctx.marks[b]!.spans.filter((s) => s.open > span.close && s.close !== -1 && s.close < sentenceEnd).at(-1);
  if (!last) return null;
  const rest = ctx.blocks[b]!.text.slice(last.close + 1, sentenceEnd);
  // (For fragments joined by "and", the comma may stand inside the marks: "… and “well,” Hale said.")
  // ("… and a “true original” said Mayor Brand in a tribute.": an inverted verb of saying right after the mark needs none.)
  const inverted = /^\s+(?:said|says|wrote|writes|added|told)\s+\p{Lu}/u.test(rest);
  if (!/^\s*,/.test(rest) && !inverted && !(commaInside && /,\s*$/.test(ctx.blocks[b]!.text.slice(last.open + 1, last.close)))) return null;
  const found = attributionAfter(rest, last.close + 1, own);
  return found && (found.person !== null || found.pronoun !== null || found.name) ? found : null;
}

/**
 * "A judge struck down …", "(The nurse later told …", "Hundreds of farmers marched …": a role noun (and its
 * modifiers) opening the sentence, then its verb.
 */
// ("the senior Cardinal Deacon delivered": a title written with capitals, after a word in lower case.)
const DESCRIBED_SUBJECT =
  /^\s*\(?\s*((?:[Tt]he|An?|(?:Tens\s+of\s+thousands|Hundreds\s+of\s+thousands|Thousands|Hundreds|Dozens|Scores|Crowds)\s+of)\s+(?:[\p{Ll}’'-]+\s+){0,2}?(?:\p{Lu}\p{Ll}+\s+(?=\p{Lu}\p{Ll}+\s+\p{Ll}))?([\p{Ll}-]+|(?<=[\p{Ll}’'-]\s+(?:\p{Lu}\p{Ll}+\s+)?)\p{Lu}\p{Ll}+))\s+(?:\p{Ll}+ly\s+)?\p{Ll}{3,}\b/u;

const DESCRIBED_SUBJECT_LONGEST = new RegExp(DESCRIBED_SUBJECT.source.replace('{0,2}?', '{0,2}'), 'u');
/** ("The senior nurse delivered …": one word before the head, when the shortest and the longest both miss it.) */
const DESCRIBED_SUBJECT_ONE = new RegExp(DESCRIBED_SUBJECT.source.replace('{0,2}?', '{1}'), 'u');

/** "It noted", "It has also said": "it" and the verb that opens a sentence. */
const IT_SPEAKS = /^\s*It\s+(?:(?:also|later|then|has|had|further)\s+){0,2}(\p{Ll}+)\b/u;

/** A body of someone's opening a sentence, before its verb: "The former governor’s campaign", "Marek Duda’s election team". */
const POSSESSED_BODY =
  /^\s*(?:(?:Following|After|Before|Within|On|In|Hours\s+after|Minutes\s+after)\s[^,“”"]{2,60},\s+)?((?:[Tt]he\s+)?(?:[\p{L}.-]+\s+){0,3}?[\p{L}.-]+[’']s\s+(?:[\p{Ll}-]+\s+)?(?:campaign|team|office|administration|government|party|camp|foundation|family))\s+(?:\p{Ll}+\s+)?\p{Ll}{3,}(?:ed|s)\b/u;

/** The end of a sentence that leads into the quotation after it. */
const INTRODUCES_NEXT = /(?::|,\s*(?:saying|adding|noting|explaining|declaring|writing|telling\s+\p{L}+),?)\s*$/u;

/** "’s letter", "’s latest post": a document of the name right before. */
const OWNED_DOCUMENT = new RegExp(`^[’']s?\\s+(?:\\p{Ll}+\\s+)?(?:${[...DOCUMENT_NOUNS].join('|')})\\b`, 'u');

/** The sentence(s) a quotation spans and the words around it, as windowOf reads them. */
type SentenceWindow = ReturnType<typeof windowOf>;

/** What every step attributing one marked quotation reads: its block, its marks, its sentence and its kind. */
interface SpanReading {
  ctx: QuoteContext;
  b: number;
  span: MarkSpan;
  w: SentenceWindow;
  kind: Quote['kind'];
  /** The block's text. */
  text: string;
  /** The block's mentions outside quotations. */
  own: PersonMention[];
}

/** An editor's label opening a sentence ("UPDATE:", "EDITOR’S NOTE (June 2):"), or its tail after a stop inside it ("ET):"). */
const EDITORS_LABEL = /^\s*(?:\p{Lu}[\p{Lu}’' ]{2,30}(?:\s*\([^()“”]{0,40}\))?|[^:“”()]{0,30}\)):\s+/u;

/** The subject of the quotation's sentence (past a leading clause): the first of the rules below that finds one. */
function subjectOfSentence(s: SpanReading): Attribution | null {
  const { text, span, w } = s;
  // "When Lindqvist tried to answer, Okafor cut in, saying “…”": the subject comes after a leading clause.
  // ("UPDATE (3/2, 9:40 a.m. ET): Vell’s family released …": an editor's label and its colon are no part of it.)
  const start = w.sentenceStart + (EDITORS_LABEL.exec(text.slice(w.sentenceStart, span.open))?.[0].length ?? 0);
  const lead = LEADING_CLAUSE.exec(text.slice(start, span.open));
  const from = start + (lead ? lead[0].length : 0);
  return possessedBody(s, from) ?? namedSubject(s, from) ?? itSubject(s, from) ?? describedSubject(s, from) ?? familySubject(s, from) ?? organisationOpening(s);
}

/** Is the sentence's subject, from `from`, a body of someone's ("Marek Duda’s election team")? */
function possessedBody(s: SpanReading, from: number): Attribution | null {
  // "Marek Duda’s election team attacked the mayor, saying “…”": a body of someone's opening the sentence is its subject, not
  // the one it belongs to.
  const body = POSSESSED_BODY.exec(s.text.slice(from, s.span.open));
  // ("Following the vote, the mayor’s campaign …": after an opening phrase of time.)
  if (body)
    return {
      person: null,
      name: body[1]!.replace(/^The\b/, 'the'),
      pronoun: null,
      cue: 'said',
      via: null,
      at: from + body.index + body[0].indexOf(body[1]!),
    };
  return null;
}

/** Is the sentence's subject a document's author, an opening pronoun, or the first person it names as a subject? */
function namedSubject(s: SpanReading, from: number): Attribution | null {
  const { text, span, own } = s;
  // "Lind’s letter makes a plain case: “…”": someone's document opening the sentence carries their words.
  const author = own.find((x) => x.start >= from && /^\s*$/.test(text.slice(from, x.start)) && OWNED_DOCUMENT.test(text.slice(x.end, span.open)));
  if (author) return { person: author.person, name: null, pronoun: null, cue: 'said', via: null, at: author.start };
  const m = own.find((x) => x.start >= from && x.start < span.open && x.subject);
  // "He also pushed Okafor to …, saying “…”": a pronoun opening the sentence is its subject, not the name after it.
  const pronoun = OPENING_PRONOUN.exec(text.slice(from, m?.start ?? span.open));
  if (pronoun) return { person: null, name: null, pronoun: pronoun[1]!.toLowerCase(), cue: 'said', via: null, at: from + pronoun.index };
  // ("Lind y sus aliados lo tildaron de “…”": the person with their side, as written.)
  const side = m ? sideAfter(text, m.end) : null;
  if (m && side) return { person: null, name: text.slice(m.start, m.end) + side, pronoun: null, cue: 'said', via: null, at: m.start };
  if (m) return { person: m.person, name: null, pronoun: null, cue: 'said', via: null, at: m.start };
  return null;
}

/** Is the sentence's subject "it" with a speech verb (a body the sentence before named)? */
function itSubject(s: SpanReading, from: number): Attribution | null {
  // "It noted …, and said …, arguing that “…”": "it" and a speech verb opening the sentence stand for the body
  // the sentence before named (resolved with the other pronouns).
  const it = IT_SPEAKS.exec(s.text.slice(from, s.span.open));
  if (it && isSpeechWord(it[1]!)) return { person: null, name: null, pronoun: 'it', cue: it[1]!, via: null, at: from + it.index };
  return null;
}

/** Is a matched described subject ("A judge", "Hundreds of farmers", "The faction") a person or a group of people? */
function personalSubject(d: RegExpExecArray | null): d is RegExpExecArray {
  // ("Hundreds of farmers": a crowd counted — no article opens it — is people, whatever its noun.)
  const crowd = (d: RegExpExecArray) => !/^(?:[Tt]he|An?)\s/.test(d[1]!) && /s$/.test(d[2]!);
  // ("The faction mourned him, saying …": a group's noun too; speakers/roles.ts finds the group it stands for.)
  // ("The deputy mayor greeted …": a head the next word goes on naming is no head.)
  const goesOn = (d: RegExpExecArray) => {
    const next = /(\p{Ll}+)$/u.exec(d[0])?.[1] ?? '';
    return TITLE_WORDS.has(next) || LOWERCASE_ROLE_WORDS.has(next) || PERSON_NOUNS.has(next);
  };
  return (
    d !== null &&
    !goesOn(d) &&
    (/^\p{Lu}/u.test(d[2]!)
      ? TITLE_WORDS.has(d[2]!.toLowerCase())
      : PERSON_NOUNS.has(d[2]!) || LOWERCASE_ROLE_WORDS.has(d[2]!) || TITLE_WORDS.has(d[2]!) || crowd(d) || /^(?:group|faction|movement|militia)$/.test(d[2]!))
  );
}

/** Is the sentence's subject a person described by a role noun ("A judge struck down …"), named by no mention? */
function describedSubject(s: SpanReading, from: number): Attribution | null {
  const { text, span, own } = s;
  // "(A judge struck down the order, ruling that it would have “…”": a person described by a role noun.
  // (The shortest noun phrase first; "The deputy mayor greeted …" needs the longer one: "mayor" is its head.)
  const opening = text.slice(from, span.open);
  const shortest = DESCRIBED_SUBJECT.exec(opening);
  const one = () => DESCRIBED_SUBJECT_ONE.exec(opening);
  const longest = personalSubject(shortest) ? shortest : DESCRIBED_SUBJECT_LONGEST.exec(opening);
  const described = personalSubject(longest) ? longest : personalSubject(one()) ? one() : longest;
  if (
    described &&
    personalSubject(described) &&
    // ("The deputy mayor greeted Osei and said …": a name after the described subject's verb is its object.)
    !own.some((x) => x.start >= from && x.start < from + described.index + described[0].length)
  )
    return {
      person: null,
      name: described[1]!.replace(/^The\b|^An?\b/, (w) => w.toLowerCase()),
      pronoun: null,
      cue: 'said',
      via: null,
      at: from + described.index,
    };
  return null;
}

/** Is the sentence's subject a family ("The family issued …"), named by no mention? */
function familySubject(s: SpanReading, from: number): Attribution | null {
  const { text, span, own } = s;
  // "The family issued a brief statement: “…”": a family opening the sentence, as written.
  const family = FAMILY_OPENING.exec(text.slice(from, span.open));
  if (family && !own.some((x) => x.start >= from && x.start < from + family[0].length))
    return {
      person: null,
      name: familyName(family[1]!),
      pronoun: null,
      cue: 'said',
      via: null,
      at: from + family.index,
    };
  return null;
}

/** Is the sentence's subject an organisation, with no person named before it? */
function organisationOpening(s: SpanReading): Attribution | null {
  const { text, span, w, own } = s;
  // No person opens the sentence: an organisation may ("The campaign shrugged it off, telling reporters, “…”"),
  // whoever its verb's object names ("Harbourleaks issued a statement announcing Vogel’s release: “…”").
  const org = organisationSubject(text.slice(w.sentenceStart, span.open), w.sentenceStart);
  return org && !own.some((x) => x.start >= w.sentenceStart && x.start <= org.at) ? org : null;
}

/** The speaker the quotation's own sentence names: after it, before it, or a headline's subject. */
function localAttribution(ctx: QuoteContext, b: number, span: MarkSpan, w: SentenceWindow, kind: Quote['kind']): Attributed | null {
  const own = ctx.outside[b]!;
  const text = ctx.blocks[b]!.text;
  const s: SpanReading = { ctx, b, span, w, kind, text, own };
  const sentenceSubject = (): Attribution | null => subjectOfSentence(s);
  // "Strikers held up signs that read “…”": words on a sign or in a chant are the crowd's, never the next sentence's.
  const crowd = crowdWords(ctx, b, span, w, sentenceSubject);
  if (crowd) return crowd;
  const participle = participleSubject(s);
  if (participle) return participle;
  const lead = text.slice(w.sentenceStart, span.open);
  const heard = heardSpeaker(s, lead);
  if (heard) return heard;
  const called = whatTheyCall(lead, w.sentenceStart, own);
  if (called) return { attribution: called, rule: 'local' };
  const attribution = sentenceAttribution(s, sentenceSubject);
  if (attribution && (attribution.person !== null || attribution.pronoun !== null || attribution.name))
    return { attribution, rule: attribution.cue === FINDING_CUE ? 'finding' : 'local' };
  const below = reportedBelow(ctx, b, span);
  if (below) return below;
  const next = nextSentenceSpeaker(ctx, b, span);
  if (next) return next;
  return headlineAttribution(s);
}

/** Does a participle of naming open the sentence ("Calling it “…,” Duda lit …"), making the name after the quotation its speaker? */
function participleSubject(s: SpanReading): Attributed | null {
  const { text, span, w, own } = s;
  // "Calling it “a wound for the valley,” Duda lit a candle": the participle's subject is the main clause's,
  // named right after the quotation, whatever its verb.
  const participle = PARTICIPLE_OPENING.exec(text.slice(w.sentenceStart, span.open));
  // (A title may open the name: "…,” Bishop Tomas gave …".)
  const subject = participle
    ? own.find((m) => m.start > span.close && /^[\s,”"’]*(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}$/u.test(text.slice(span.close + 1, m.start)))
    : undefined;
  if (participle && subject)
    return {
      attribution: { person: subject.person, name: null, pronoun: null, cue: (participle[1] ?? participle[2]!).toLowerCase(), via: null, at: subject.start },
      rule: 'local',
    };
  return null;
}

/** Was someone heard (or recorded) speaking right before the quotation ("heard a woman shouting, “…”")? */
function heardSpeaker(s: SpanReading, lead: string): Attributed | null {
  const { w, own } = s;
  // "reporters heard a woman shouting, “…”": the one heard speaking, not the ones who heard.
  const heard = HEARD_SPEAKING.exec(lead) ?? RECORDED_SPEAKING.exec(lead);
  if (heard) {
    const at = w.sentenceStart + heard.index + heard[0].indexOf(heard[1]!);
    const named = own.find((m) => m.start >= at && m.end <= at + heard[1]!.length);
    const noun = heard[1]!.split(/\s+/).at(-1)!.toLowerCase();
    if (named) return { attribution: { person: named.person, name: null, pronoun: null, cue: heard[2]!, via: null, at: named.start }, rule: 'local' };
    if (PERSON_NOUNS.has(noun) || LOWERCASE_ROLE_WORDS.has(noun) || TITLE_WORDS.has(noun))
      return { attribution: { person: null, name: heard[1]!, pronoun: null, cue: heard[2]!, via: null, at }, rule: 'local' };
  }
  return null;
}

/** The two readings of the quotation's sentence that the rules of sentenceAttribution weigh against each other. */
interface ClauseReading {
  /** The reporting clause after the quotation, if any. */
  fromAfter: Attribution | null;
  /** The attribution before the quotation, read once, when first asked. */
  fromBefore: () => Attribution | null;
}

/** The attribution the quotation's sentence gives: the clause after or before it, then each correction below in turn. */
function sentenceAttribution(s: SpanReading, sentenceSubject: () => Attribution | null): Attribution | null {
  const { text, span, w, own } = s;
  // A borrowed next sentence that ends in a colon or a participle of saying ("Stan told it differently, saying, “…”")
  // introduces the next quotation, not this one.
  const fromAfter = w.borrowed && INTRODUCES_NEXT.test(w.after) ? null : attributionAfter(w.after, w.afterStart, own);
  // (Read once, when first asked: several rules below compare it with the clause after the quotation.)
  let before: Attribution | null | undefined;
  const fromBefore = () => (before === undefined ? (before = attributionBefore(w.before, w.beforeStart, own, sentenceSubject)) : before);
  const r: ClauseReading = { fromAfter, fromBefore };
  let attribution = ownOrAfter(s, r);
  attribution = pronounAfterColon(s, r, attribution);
  // "Brandt and Vogel agreed that the cities would “share one network”, according to the council": words two people
  // agreed on are neither's; the source the sentence closes with gave them.
  if (attribution?.person != null && jointSubject(text, attribution.at, own)) attribution = sourceClosing(w.after, w.afterStart, own) ?? attribution;
  attribution = invertedOverSubject(s, r, attribution);
  attribution = closingForFragments(s, r, attribution);
  attribution = passiveOverVerb(s, attribution);
  // "Dupont’s “plans” are reckless, Lindqvist said": the reporting clause closes the sentence after more words.
  // ("Vell has expressed “his sympathy” to the crew, his spokesman Ivo Renn said": it outranks the verb before the
  // quotation, whose subject is the one the source reports on.)
  if (!attribution) attribution = clauseLater(w.after, w.afterStart, own);
  else if (!fromAfter && attribution === fromBefore() && (attribution.person === null || CONVEYED.test(attribution.cue)))
    attribution = sourceOverSubject(s) ?? attribution;
  // "… buried the line with “loose” shale, according to the minister. Crews …": the source closing the sentence, in a
  // paragraph that goes on.
  if (!attribution) attribution = sourceClosing(text.slice(span.close + 1, w.sentenceEnd), span.close + 1, own);
  return listEntryOver(s, attribution);
}

/**
 * The source a clause closing the sentence names ("Vell expressed “his sympathy” to the crew, his spokesman Ivo Renn
 * told the radio."): a person or a body with a verb of reporting, in the quotation's own sentence; null for a pronoun,
 * a medium that carried the words or any other clause.
 */
function sourceOverSubject({ text, span, w, own }: SpanReading): Attribution | null {
  const rest = text.slice(span.close + 1, w.sentenceEnd);
  const found = clauseLater(rest, span.close + 1, own);
  // (Not a medium that carried it: "Witnesses described a “bang”, the Gazette reported" are the witnesses' words.)
  const medium = found?.name != null && MEDIA_SOURCE.test(found.name);
  return found && !found.pronoun && !medium && (found.person !== null || found.name) && REPORTING.test(found.cue) ? found : null;
}

/**
 * Verbs of passing on a feeling or a message ("expressed his “sympathy”"): the words are the describing source's, not
 * the subject's own, as a verb of saying or calling gives them ("Lind called the plan “bad”, Hale said" is Lind's word).
 */
const CONVEYED = /^(?:expressed|expresses|conveyed|conveys|sent|sends|extended|extends|offered|offers|voiced|voices)\b/;

/** Verbs with which a source tells what someone else said or did ("reported" is left to the media that carried it). */
const REPORTING = /^(?:said|says|told|added|stated|confirmed)\b/;

/** The sentence's own speaker, else the clause after the quotation, else the words before it; a carrier reported. */
function ownOrAfter(s: SpanReading, r: ClauseReading): Attribution | null {
  const { w } = s;
  const { fromAfter, fromBefore } = r;
  // "Haines called it “naive.” Varga called Reyes …": the sentence's own speaker outranks the next sentence's.
  const ownClause = w.borrowed ? fromBefore() : null;
  let attribution = ownClause && (ownClause.person !== null || ownClause.pronoun !== null || ownClause.name) ? ownClause : (fromAfter ?? fromBefore());
  // "Mr. Xi said Beijing had “…,” state media reported": the person is the speaker, the medium only carried it.
  if (fromAfter && fromAfter.person === null && fromAfter.pronoun === null) {
    const person = fromBefore();
    // ("Ostravia said the crossing would stay “…”, the Gazette reported": a country or body named speaks.)
    // ("The chief insisted she “…,” local radio said": media that only carried the words count as reporting.)
    const reported = /^report/.test(fromAfter.cue) || MEDIA_SOURCE.test(fromAfter.name ?? '');
    if (person && (person.person !== null || person.pronoun || (reported && person.name)))
      attribution = { ...person, via: `${fromAfter.name} ${fromAfter.cue}` };
  }
  return attribution;
}

/** Does a pronoun after the quotation stand for the person the sentence named before its colon? */
function pronounAfterColon(s: SpanReading, r: ClauseReading, attribution: Attribution | null): Attribution | null {
  const { ctx, w } = s;
  const { fromAfter, fromBefore } = r;
  // "His son Ed Hale posted on Sunday: “…,” he wrote": a pronoun after the quotation stands for the one its sentence
  // named before the colon (of the pronoun's sex, or of none known).
  if (fromAfter?.pronoun && /:\s*$/.test(w.before)) {
    const named = fromBefore();
    const sex = named?.person != null ? ctx.people[named.person]?.gender : null;
    const wanted = PRONOUN_SEX[fromAfter.pronoun];
    if (named?.person != null && (sex == null || wanted === undefined || sex === wanted)) attribution = { ...named, cue: fromAfter.cue };
  }
  return attribution;
}

/** Does an inverted clause closing the sentence give its quotations, no speech verb coming before them? */
function invertedOverSubject(s: SpanReading, r: ClauseReading, attribution: Attribution | null): Attribution | null {
  const { text, span, w, own } = s;
  // "Putin must be “held responsible” for his death, reacted his wife Mara Lind from Germany.": an inverted clause
  // closing the sentence gives its quotations when no speech verb comes before them (the subject is their topic).
  if (!r.fromAfter && !hasSpeechVerb(text.slice(w.sentenceStart, span.open))) {
    const closing = invertedClosing(text.slice(span.close + 1, w.sentenceEnd), span.close + 1, own);
    if (closing) attribution = closing;
  }
  return attribution;
}

/** Does the reporting clause after the sentence's last quotation give this fragment too? */
function closingForFragments(s: SpanReading, r: ClauseReading, attribution: Attribution | null): Attribution | null {
  const { ctx, b, span, w, kind, text, own } = s;
  // "Authorities responded “at this stage” to offers “to send teams”, the ministry said.": the reporting clause
  // closing the sentence after its last quotation gives every fragment in it, over a subject that is no person.
  // ("worked “fast” and “well,” Hale said": a fragment joined by "and" to the last one shares its clause too.)
  const following = ctx.marks[b]!.spans.find((s) => s.open > span.close && s.close !== -1 && s.close < w.sentenceEnd);
  // (Not when a verb of saying before it gives it already: "An aide said the cost is “steep” and “…,” a paper reported.")
  const joined =
    following !== undefined &&
    /^\s*(?:,|,?\s*(?:and|or)(?:\s+(?:an?|the))?)\s*$/.test(text.slice(span.close + 1, following.open)) &&
    !hasSpeechVerb(text.slice(w.sentenceStart, span.open));
  if (kind === 'partial' && !r.fromAfter && ((attribution?.person == null && !attribution?.pronoun) || joined)) {
    const closing = sentenceClosing(ctx, b, span, w.sentenceEnd, own, joined);
    if (closing) attribution = closing;
  }
  return attribution;
}

/** Does the agent of a passive verb of judging around a fragment give it ("rejected as “…” by the opposition")? */
function passiveOverVerb(s: SpanReading, attribution: Attribution | null): Attribution | null {
  const { span, w, kind, text, own } = s;
  // "Lind declared martial law, a move rejected as “unconstitutional” by the opposition": the agent of a passive verb
  // of judging right around a fragment gives it, over the sentence's earlier verb.
  // (Read over the whole sentence: "called “…” and “…” by the chief" has a quotation between verb and agent.)
  const passive =
    kind === 'partial' || !attribution
      ? passiveAgent(text.slice(w.sentenceStart, span.open), text.slice(w.afterStart, w.sentenceEnd), w.afterStart, own)
      : null;
  if (passive) attribution = passive;
  return attribution;
}

/** Is the quotation in a list entry whose opening person speaks for a role, a pronoun or nobody? */
function listEntryOver(s: SpanReading, attribution: Attribution | null): Attribution | null {
  const { span, text, own } = s;
  // "• Ana Lind: On X, the singer wrote: “…”": in a list of tributes, a role or a pronoun (or nobody) speaking in an
  // entry is the person the entry opens with.
  const entry = listEntry(text, span.open, own);
  // ("Tomas Vell: Ana Lind pays homage to ‘…’": a name after the colon, the subject of its own verb, is the one
  // speaking; the one before the colon is what the line is about.)
  // (Only with a verb of saying or praising after it: in "Ana Lind: Tom Hale Is a ‘Failure’" the one before speaks.)
  const subject = entry
    ? own.find((x) => x.start > entry.end && x.end <= span.open && x.subject && LABEL_SUBJECT_VERB.test(text.slice(x.end, span.open)))
    : undefined;
  const speaker = subject ?? entry;
  if (speaker && (!attribution || attribution.pronoun || (attribution.person === null && DESCRIPTION.test(attribution.name ?? ''))))
    attribution = { person: speaker.person, name: null, pronoun: null, cue: attribution?.cue ?? 'said', via: null, at: speaker.start };
  return attribution;
}

/** In a headline or a subheading: the speaker its colon, dash, source or subject names. */
function headlineAttribution(s: SpanReading): Attributed | null {
  const { ctx, b, text } = s;
  // (A subheading reads as a headline: "- ‘Open to all’: Okafor -", a short line with no full stop, between dashes.)
  const subheading = ctx.blocks[b]!.type !== 'headline' && /^\s*[-–—•]\s.{3,80}\s[-–—]\s*$/u.test(text);
  if (ctx.blocks[b]!.type !== 'headline' && !subheading) return null;
  return afterSeparator(s) ?? closingSource(s) ?? beforeColon(s);
}

/** Does a colon or a dash after the quotation lead to the person (or a possessor's role) who said it? */
function afterSeparator(s: SpanReading): Attributed | null {
  const { span, text, own } = s;
  // "‘Them’s the breaks’: Okafor resigns as mayor", "Time to ‘call it a day’ — Okafor resigns": a quotation in the
  // headline's first part, then a colon or a dash, is the words of the first person named after it.
  // The name must open what follows the colon (titles aside) and stand alone: "Okafor, Hale clash" names two.
  const separator = /^\s*(?::|\s[—–-]\s)/.exec(text.slice(span.close + 1));
  const colonAt = separator ? span.close + 1 + separator[0].length - 1 : -1;
  if (colonAt !== -1 && !own.some((m) => m.start < span.open)) {
    const after = own.find((m) => m.start > colonAt);
    const opens = after && /^(?:\s*\p{Lu}[\p{L}.’'-]*)*\s*$/u.test(text.slice(colonAt + 1, after.start));
    // "‘…’: Tyre Nichols’ mom calls for …": a possessor's role speaks, for speakers/roles.ts to resolve.
    const marker = after && opens ? possessiveAt(text, after.end) : 0;
    const role = after && marker ? /^\s+(\p{Ll}+)/u.exec(text.slice(after.end + marker)) : null;
    if (after && role && (LOWERCASE_ROLE_WORDS.has(role[1]!) || KIN_ROLES.has(role[1]!)))
      return {
        attribution: {
          person: null,
          name: text.slice(after.start, after.end + marker + role[0].length),
          pronoun: null,
          cue: 'headline',
          via: null,
          at: after.start,
        },
        rule: 'headline',
      };
    if (after && opens && !/^\s*(?:,|and\b|&)\s*\p{Lu}/u.test(text.slice(after.end)))
      return { attribution: { person: after.person, name: null, pronoun: null, cue: 'headline', via: null, at: after.start }, rule: 'headline' };
  }
  return null;
}

/** Does the headline end with a colon and its source (a person, a named body, a role or a known source)? */
function closingSource(s: SpanReading): Attributed | null {
  const { span, text, own } = s;
  // "‘No sign’ of foul play in ferry fire: police", "‘We will rebuild’: Okafor": a headline that ends with a colon
  // and its source.
  const tail = text.slice(span.close + 1).replace(/\s+[-–—]\s*$/u, '');
  const source = HEADLINE_SOURCE.exec(tail);
  if (source) {
    const at = span.close + 1 + tail.length - source[1]!.length;
    const named = own.find((m) => m.start >= at);
    if (named) return { attribution: { person: named.person, name: null, pronoun: null, cue: 'headline', via: null, at: named.start }, rule: 'headline' };
    const head = source[1]!.toLowerCase().split(/\s+/).at(-1)!;
    if ((/^\p{Lu}/u.test(source[1]!) && colonName(source[1]!)) || HEADLINE_SOURCES.has(head) || LOWERCASE_ROLE_WORDS.has(head) || PERSON_NOUNS.has(head))
      return { attribution: { person: null, name: source[1]!, pronoun: null, cue: 'headline', via: null, at }, rule: 'headline' };
  }
  return null;
}

/** Does a name before the headline's colon speak its quotes, else the subject of its headline verb? */
function beforeColon(s: SpanReading): Attributed | null {
  const { text, own } = s;
  // "Ibsen: Dupont’s ‘Deeply Careless Remarks’ …": the name before a headline's colon speaks its quotes.
  const colon = /^([^:“”‘’]{2,40}):\s/.exec(text);
  const named = colon ? own.find((m) => m.end <= colon[1]!.length) : undefined;
  if (named) return { attribution: { person: named.person, name: null, pronoun: null, cue: 'headline', via: null, at: named.start }, rule: 'headline' };
  if (colon && /^(?:\p{Lu}[\p{L}’'.-]*\s?){1,3}$/u.test(colon[1]!) && colonName(colon[1]!))
    return { attribution: { person: null, name: colon[1]!.trim(), pronoun: null, cue: 'headline', via: null, at: 0 }, rule: 'headline' };
  if (HEADLINE_VERB.test(text)) {
    const subject = headlineSubject(text, own);
    if (subject) return { attribution: subject, rule: 'headline' };
  }
  return null;
}

/** A headline's closing colon and the one to three words after it ("…: police", "…: Harbour Board"). */
const HEADLINE_SOURCE = /:\s*((?:[\p{L}’'.-]+\s?){1,3}?)\s*$/u;
/** Sources a headline names after its colon that no role list holds. */
const HEADLINE_SOURCES = new Set(['police', 'officials', 'report', 'study', 'survey', 'sources', 'court', 'ministry', 'government', 'media']);

/** Is the mention at `at` the second of two people joined by "and" ("Mayor Brandt and Mayor Vogel")? */
function jointSubject(text: string, at: number, own: PersonMention[]): boolean {
  return own.some((m) => m.end < at && /^\s+and\s+(?:\p{Lu}[\p{L}.’'-]*\s+)*$/u.test(text.slice(m.end, at)));
}

/** The commas after a quotation that clauseLater tries: a bound on its work in a long sentence, whose far clauses seldom report it. */
const CLAUSE_LATER_COMMAS = 4;

/**
 * "Dupont’s “plans” are reckless, Lindqvist said Tuesday, noting …", "… will carry “weight,” as Moreau said on
 * the radio": the reporting clause comes later in the sentence, after a comma; the first clause naming a speaker wins.
 */
function clauseLater(after: string, offset: number, own: PersonMention[]): Attribution | null {
  let tries = 0;
  for (const comma of after.matchAll(/^\s+(?=as\s)|,\s+/g)) {
    if (++tries > CLAUSE_LATER_COMMAS) break;
    const from = comma.index + comma[0].length;
    const clause = after
      .slice(from)
      .replace(/^as\s+/, '')
      .split(/,/, 1)[0]!;
    if (!hasSpeechVerb(clause)) continue;
    const rest = after.slice(from).replace(/^as\s+/, '');
    const found = attributionAfter(', ' + rest, offset + after.length - rest.length - 2, own);
    if (found && (found.person !== null || found.pronoun !== null || found.name)) return found;
  }
  return null;
}

/**
 * "“We held the line,” ¶ Vell said at the depot …": a paragraph that is only a quotation closing on a comma, with
 * its reporting clause broken off into the next paragraph. The clause is read as if it followed the quotation; only
 * a name or a described speaker counts (a pronoun there is left to the usual reading).
 */
function reportedBelow(ctx: QuoteContext, b: number, span: MarkSpan): Attributed | null {
  const text = ctx.blocks[b]!.text;
  const next = ctx.blocks[b + 1];
  if (span.close === -1 || text.slice(0, span.open).trim() !== '' || text.slice(span.close + 1).trim() !== '') return null;
  if (!text.slice(span.start, span.end).endsWith(',') || next?.type !== 'paragraph' || /^\s*[“"«„‘]/.test(next.text)) return null;
  const found = attributionAfter(next.text, 0, ctx.outside[b + 1]!);
  return found && (found.person !== null || found.name) ? { attribution: found, rule: 'local' } : null;
}

/** The characters of the next sentence in which a "Those were the words of" opening is looked for (it opens the sentence). */
const WORDS_OF_REACH = 120;
/** The characters after "the words of" in which the owner's name must begin (room for a title or a role before it). */
const OWNER_REACH = 30;
/** The characters of the next sentence in which its subject must begin to be the one who spoke. */
const NEXT_SUBJECT_REACH = 40;
/** The words after that subject in which its speech verb must come ("Dupont later repeated the line"). */
const SUBJECT_VERB_WORDS = 4;

/**
 * "“We will not move again.” Dupont repeated the line to reporters.": a quotation that is a sentence of its own,
 * then a sentence with no quotation whose subject is a person and whose verb is a speech verb.
 */
function nextSentenceSpeaker(ctx: QuoteContext, b: number, span: MarkSpan): Attributed | null {
  const text = ctx.blocks[b]!.text;
  const alone = span.close !== -1 && /(?:^|[.!?”]\s*)$/.test(text.slice(0, span.open)) && /[.!?]$/.test(text.slice(span.start, span.end));
  if (!alone) return null;
  const signed = dashSignature(ctx, b, span);
  if (signed) return signed;
  const identified = identifiedAfter(ctx, b, span);
  if (identified) return identified;
  const start = span.close + 1 + (text.slice(span.close + 1).length - text.slice(span.close + 1).trimStart().length);
  const stop = text.slice(start).search(/[.!?](?:\s|$)|[“”]/);
  const sentence = text.slice(start, stop === -1 ? undefined : start + stop + 1);
  // "“…!” Those were the words of Ana Lind …", "“…!”. Sono queste le parole dette da Ana Lind …": the sentence
  // after says whose words they were.
  // (A full stop may close the quotation's sentence after its mark: "“…!”. Sono …".)
  const from = start + (/^\.\s*/.exec(text.slice(start))?.[0].length ?? 0);
  const wordsOf = WORDS_OF.exec(text.slice(from, from + WORDS_OF_REACH));
  const owner = wordsOf ? ctx.outside[b]!.find((m) => m.start >= from + wordsOf[0].length && m.start < from + wordsOf[0].length + OWNER_REACH) : undefined;
  if (owner) return { attribution: { person: owner.person, name: null, pronoun: null, cue: 'words of', via: null, at: owner.start }, rule: 'nextSentence' };
  if (/[“”]/.test(sentence)) return null;
  const who = ctx.outside[b]!.find((m) => m.start >= start && m.start < start + NEXT_SUBJECT_REACH && m.subject);
  if (
    !who ||
    !hasSpeechVerb(
      sentence
        .slice(who.end - start)
        .split(/\s+/)
        .slice(0, SUBJECT_VERB_WORDS)
        .join(' '),
    )
  )
    return null;
  return { attribution: { person: who.person, name: null, pronoun: null, cue: 'next sentence', via: null, at: who.start }, rule: 'nextSentence' };
}

/** A sentence that says whose words the quotation before it were, in the languages copies are translated into. */
const WORDS_OF =
  /^\s*(?:(?:These|Those)\s+(?:were|are)\s+(?:the\s+|some\s+of\s+the\s+)?words\s+(?:of|spoken\s+by|used\s+by)|(?:Sono|Erano|Queste\s+sono|Ecco)\s+(?:queste\s+)?(?:fra|tra)?\s*(?:le\s+)?parole\s+(?:pronunciate\s+|dette\s+|usate\s+)?(?:da|di)|(?:Ce\s+sont|Telles\s+sont|Voilà)\s+(?:les\s+)?(?:mots|paroles)\s+(?:de|prononcée?s\s+par)|(?:Son|Estas\s+son|Esas\s+fueron|Fueron)\s+(?:las\s+)?palabras\s+(?:de|pronunciadas\s+por))\s+/iu;

/** "That’s Memphis police chief Ana Lind, speaking to …": a paragraph that opens by naming who spoke the one before. */
const IDENTIFIES = /^(?:That[’']s|That is|That was|Those are|Those were|These are|These were|So said)\s+(?:the\s+words\s+of\s+)?/;

/** The characters after "That’s" in which the name must begin (titles before it; the rule below rejects other words). */
const IDENTIFIED_REACH = 60;

/** The person the paragraph after a quotation standing alone identifies as its speaker ("That’s Ana Lind, …"). */
function identifiedAfter(ctx: QuoteContext, b: number, span: MarkSpan): Attributed | null {
  const next = ctx.blocks[b + 1];
  if (ctx.blocks[b]!.text.slice(span.close + 1).trim() !== '' || next?.type !== 'paragraph') return null;
  const opening = IDENTIFIES.exec(next.text);
  const who = opening ? ctx.outside[b + 1]!.find((m) => m.start < opening[0].length + IDENTIFIED_REACH) : undefined;
  // The name is what "That’s" says, titles before it at most ("That was the message at the docks, where Lind …" names
  // no speaker).
  if (!who || /[.!?,]|\b(?:the|a|an|at|in|on|of|where|with|from|by|to|for|and|when|as)\b/i.test(next.text.slice(opening![0].length, who.start))) return null;
  return { attribution: { person: who.person, name: null, pronoun: null, cue: 'identified after', via: null, at: who.start }, rule: 'nextSentence' };
}

/** A dash, then a name (initials too) and at most a short role, ending the line: "— Jane P. Roe." or "- Roe, senator.". */
const DASH_SIGNATURE = /^\s*[-—–―]{1,2}\s*(\p{Lu}(?:[^.!?“”]|(?<=(?:^|\s)\p{Lu})\.){1,60}?)(?<!(?:^|\s)\p{Lu}\.?)[.]?\s*(?:$|(?<=\.)\s)/u;

/**
 * "“…” - Abara." or a quotation paragraph followed by a line "— Jane Roe": a quotation signed with a dash, as
 * fact-checks and epigraphs do. The name signing it must be a person the article names.
 */
function dashSignature(ctx: QuoteContext, b: number, span: MarkSpan): Attributed | null {
  const text = ctx.blocks[b]!.text;
  let block = b;
  let start = span.close + 1;
  if (text.slice(start).trim() === '' && ctx.blocks[b + 1]) {
    block = b + 1;
    start = 0;
  }
  const line = ctx.blocks[block]!.text.slice(start);
  const m = DASH_SIGNATURE.exec(line);
  if (!m) return null;
  const from = start + m[0].indexOf(m[1]!);
  const who = ctx.outside[block]!.find((x) => x.start >= from && x.start < from + 3 && x.end <= from + m[1]!.length);
  if (!who) return null;
  return { attribution: { person: who.person, name: null, pronoun: null, cue: 'dash', via: null, at: who.start }, rule: 'local' };
}

/** Title-case speech verbs in lower case ("Tells" → "tells"), keeping every offset. */
function lowerSpeechVerbs(text: string): string {
  return text.replace(/\b\p{Lu}\p{Ll}+\b/gu, (w) => (isSpeechWord(w.toLowerCase()) ? w.toLowerCase() : w));
}

/** A transcript turn or a paragraph of an announced statement, as a quotation of its label's or author's words. */
function wholeParagraph(t: { block: number; start: number; end: number }, attribution: Attribution, rule: 'transcript' | 'statement'): Found {
  return {
    block: t.block,
    start: t.start,
    end: t.end,
    // A transcript or a statement printed as such never had marks: direct speech, not speech whose marks were lost.
    kind: 'direct',
    attribution,
    rule,
    confidence: QUOTE_CONFIDENCE[rule],
    continues: false,
  };
}

/** Unmarked speech of a paragraph, put in text order among its marked quotations. */
function addUnmarked(ctx: QuoteContext, b: number): void {
  const unmarked = findUnmarked(ctx.blocks[b]!.text, ctx.marks[b]!.spans, ctx.outside[b]!, ctx.marksLost);
  if (!unmarked.length) return;
  const first = ctx.found.findIndex((f) => f.block === b);
  const mine = first === -1 ? [] : ctx.found.splice(first);
  for (const u of unmarked) {
    const rule = u.firstPerson ? 'unmarkedFirstPerson' : 'unmarked';
    mine.push({
      block: b,
      start: u.start,
      end: u.end,
      kind: 'unmarked',
      attribution: u.attribution,
      rule,
      confidence: QUOTE_CONFIDENCE[rule],
      continues: false,
    });
  }
  ctx.found.push(...mine.sort((x, y) => x.start - y.start));
}

/** A verb of saying or praising right after a name: its subject speaks ("pays tribute to", "hails", "says"). */
const LABEL_SUBJECT_VERB = /^\s+(?:pays|paid)\s+(?:tribute|homage)\b|^\s+(?:says|said|hails|praises|salutes|mourns|remembers)\b/iu;

/** Verbs of a headline whose subject speaks its quoted words. */
const HEADLINE_VERBS = `${[...SPEECH_VERBS].join('|')}|sees|see|welcomes|hails|slams|vows|warns|urges|calls|defends|rejects|denies|admits|reveals|insists|promises|pledges|signals|dismisses|backs|blasts|touts`;
/**
 * Marks that announce a name, a title or a scare quote rather than speech: the so-called “miracle drug”, Operation
 * “Summit” (not "called the operation “justified”").
 */
const SCARE_BEFORE =
  /\b(?:so-called|dubbed|nicknamed|known(?:\s+[\w-]+){0,3}\s+as|titled|entitled|named|labelled|labeled|branded|billed as|a book|the book|the film|the song|the album|the novel|the play|the show|the series|(?<!\b(?:the|this|that)\s)(?:operation|project)|(?:his|her|their|its|seines|ihres|des|son|sa)\s+(?:[\p{L}-]+\s+){0,2}?(?:book|novel|film|movie|song|album|play|poem|memoir|essay|documentary|Romans?|Buch(?:es)?|Films?|roman|livre|chanson))\s*$/iu;
/**
 * "Margaret “Peg” Ashworth": one to three quoted words between the parts of a name are a nickname, not speech. A
 * nickname opens with no article, and in headline case (every word capitalised) it follows no verb and precedes no
 * preposition: "Quint Calls Hale ‘A Disgrace’ Over Remarks" is speech.
 */
function isNickname(text: string, span: MarkSpan, headline: boolean): boolean {
  if (span.open < 1 || span.close === -1) return false;
  const inner = text.slice(span.start, span.end);
  const before = text.slice(0, span.open);
  const after = text.slice(span.close + 1);
  // ("Vanhal spoke on Monday. “We will rebuild,” Vanhal said": a full stop after the word before ends a sentence, and a nickname
  // holds no punctuation of its own at its end.)
  if (!/\p{Lu}[\p{L}.’'-]*\s$/u.test(before) || !/^\s\p{Lu}/u.test(after) || !/^\p{Lu}\S*(?:\s\S+){0,2}$/u.test(inner)) return false;
  if (/\p{L}{2,}\.\s$/u.test(before) || /[,.!?;:]$/.test(inner)) return false;
  if (/^(?:A|An|The)\s/.test(inner)) return false;
  return !headline || !(HEADLINE_VERB_END.test(before) || HEADLINE_PREPOSITION.test(after));
}
/** A headline verb, then at most three words (its object), ending the words before a quotation ("… Calls Hale "). */
const HEADLINE_VERB_END = new RegExp(`\\b(?:${HEADLINE_VERBS})\\s+(?:\\S+\\s+){0,3}$`, 'i');
/** A preposition opening the words after a quotation in a headline ("‘…’ Over Remarks", "‘…’ Of Serving"). */
const HEADLINE_PREPOSITION = /^\s(?:Over|Of|On|In|For|At|About|After|As|To|With|From|Amid|Against|Before|Under)\s/;
/** Headline verbs that make the subject the speaker of quoted words: "Xi Jinping sees ‘progress’", "Minister says ‘no deal’". */
const HEADLINE_VERB = new RegExp(`\\b(?:${HEADLINE_VERBS})\\b`, 'i');
const SPEECH_IN = new RegExp(`\\b(?:${[...SPEECH_VERBS].join('|')}|according to|quoted)\\b`);

/** End of the quotation before `span` in its block (0 when none). */
function previousEnd(spans: MarkSpan[], span: MarkSpan): number {
  let end = 0;
  for (const s of spans) if (s.close !== -1 && s.close < span.open) end = s.close + 1;
  return end;
}

/** A headline quotation of fewer words is a fragment of the headline's own sentence. */
const HEADLINE_PARTIAL_WORDS = 4;
/** Fewer words than this are direct speech only when punctuation ends them ("“Never.”"), else a fragment. */
const DIRECT_MIN_WORDS = 3;
/** A quotation of this many words or more that fills its paragraph is direct speech, whatever its first letter. */
const WHOLE_PARAGRAPH_WORDS = 6;

/** A verb of saying that ends the words before a quotation. */
const SPEECH_VERB_AT_END = new RegExp(`\\b(?:${[...SPEECH_VERBS].join('|')})$`);

/** Direct speech is a sentence of its own; partial quotes are fragments inside the reporter's sentence. */
function classify(text: string, span: MarkSpan, before: string, type: Block['type']): Quote['kind'] {
  const inner = text.slice(span.start, span.end);
  const words = inner.split(/\s+/).length;
  const startsSentence = /^[\p{Lu}\p{N}“‘…]/u.test(inner);
  // ("🗣️ „…“": a pictograph opening the paragraph is no word of the reporter's.)
  const lead = before.replace(PICTOGRAPHS, '').trimEnd();
  const freeStanding = lead === '' || /[:,—–]$/.test(lead) || SPEECH_VERB_AT_END.test(lead);
  if (type === 'headline' && words < HEADLINE_PARTIAL_WORDS) return 'partial';
  // "“hi everyone, i’m super proud of …”": a post in lower case that is its whole paragraph is direct speech.
  const wholeParagraph = lead === '' && words >= WHOLE_PARAGRAPH_WORDS && /^[\s.,;:!?…]*$/.test(span.close === -1 ? '' : text.slice(span.close + 1));
  return (startsSentence || wholeParagraph) && freeStanding && (words >= DIRECT_MIN_WORDS || /[.,!?…]$/.test(inner)) ? 'direct' : 'partial';
}

/** In a headline, the subject is the speaker of its quoted words: "Xi Jinping sees ‘progress’", "China welcomes ‘progress’". */
function headlineSubject(text: string, mentions: PersonMention[]): Attribution | null {
  const first = mentions[0];
  const lower = text.search(/\s\p{Ll}/u);
  // In headline case no word is lower case: the subject is the capitalised words before the headline verb
  // ("Retired Admiral Reveals ‘…’ Of Serving Under Ames" is the admiral's, not Ames's).
  const titled = lower === -1 ? headlineCaseSubject(text) : null;
  // "Former Kenya leader Okafor calls …": a person before the headline verb is its subject, past a role in lower case.
  const verb = HEADLINE_VERB.exec(text);
  const verbAt = titled ? titled[1]!.length : verb && first && first.start < verb.index ? verb.index : lower;
  if (first && (verbAt === -1 || first.start < verbAt)) return { person: first.person, name: null, pronoun: null, cue: 'headline', via: null, at: first.start };
  const subject = /^((?:\p{Lu}[\p{L}’'.-]*\s?){1,4})\s+\p{Ll}/u.exec(text) ?? titled;
  if (!subject) return null;
  let name = subject[1]!.trim().replace(/[’']s$/, '');
  // "Sacked Harbourline co-founders react: …": the people the capitalised words describe are the subject, and a
  // participle opening the headline describes them.
  const group = /^\s*([\p{Ll}-]+)s\b/u.exec(text.slice(subject[1]!.length));
  if (group && (LOWERCASE_ROLE_WORDS.has(group[1]!) || PERSON_NOUNS.has(`${group[1]!}s`)))
    name = `${name.replace(/^\p{Lu}\p{Ll}+ed\s+(?=\p{Lu})/u, '')} ${group[1]!}s`;
  return { person: null, name, pronoun: null, cue: 'headline', via: null, at: 0 };
}

/** One to four capitalised words, then a headline verb. */
const HEADLINE_CASE_VERB = new RegExp(`^((?:\\p{Lu}[\\p{L}’'.-]*\\s){1,4}?)(?:${HEADLINE_VERBS})\\b`, 'iu');

/** The one to four capitalised words opening a headline-case headline before its verb ("Retired Admiral Reveals"). */
function headlineCaseSubject(text: string): RegExpExecArray | null {
  const verb = HEADLINE_CASE_VERB.exec(text);
  return verb && /^\p{Lu}/u.test(verb[1]!) ? verb : null;
}
