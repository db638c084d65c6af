/**
 * Stage: quotes. Finds every quotation — between marks, or direct speech whose marks were lost — classifies
 * it (direct, partial, unmarked), and attributes it: the words around it first, then the previous quotation
 * in the paragraph, then a paragraph that only continues the previous speaker.
 */
import { attributionAfter, attributionBefore, type Attribution } from './attribution.ts';
import { WarningCode } from '../errors.ts';
import { LOWERCASE_ROLE_WORDS, SPEECH_VERBS, TITLE_WORDS } from '../lexicon.ts';
import { scanMarks, type MarkSpan } from './marks.ts';
import type { PersonMention } from './people.ts';
import type { Block, Quote, Speaker, Warning } from '../schema/record.ts';
import { sentences } from '../tokens.ts';
import { findUnmarked } from './unmarked.ts';

/** What the quote stage knows of each person of the article. */
export interface QuotePerson {
  id: string;
  name: string;
  gender: 'male' | 'female' | null;
  /** Titles and roles the article gives the person ("Treasurer", "research fellow at …"). */
  titles: string[];
}

const MAX_QUOTES = 5_000;

/** A quotation found in a block before ids are given. */
interface Found {
  block: number;
  start: number;
  end: number;
  kind: Quote['kind'];
  attribution: Attribution | null;
  confidence: number;
  continues: boolean;
}

/** Did the block end inside a quotation that the next paragraph reopens (the convention for quotes running over paragraphs)? */
const reopens = (next: Block | undefined) => next?.type === 'paragraph' && /^[“«„]/.test(next.text);

/** Find, classify and attribute the quotations of an article. */
export function findQuotes(
  articleId: string,
  blocks: Block[],
  mentions: PersonMention[],
  people: QuotePerson[],
  repairedMarks = false,
): { quotes: Quote[]; warnings: Warning[] } {
  const warnings: Warning[] = [];
  const found: Found[] = [];
  let unclosedTotal = 0;
  let unopenedTotal = 0;
  const marksByBlock = blocks.map((b) => (b.type === 'dateline' ? { spans: [], unclosed: 0, unopened: [] } : scanMarks(b.text)));
  const bodyMarks = marksByBlock.reduce((n, m, i) => n + (blocks[i]!.type === 'paragraph' ? m.spans.filter((s) => s.double).length : 0), 0);
  const marksLost = bodyMarks === 0 || repairedMarks;
  const quoteSpansByBlock = marksByBlock.map((m) => m.spans.filter((s) => s.double || s.end - s.start > 0));
  const byBlock = groupByBlock(mentions, blocks.length);
  const outside = (block: number) => byBlock[block]!.filter((m) => !quoteSpansByBlock[block]!.some((s) => m.start >= s.start && m.end <= s.end));

  blocks.forEach((block, b) => {
    const text = block.text;
    const marks = marksByBlock[b]!;
    const own = outside(b);
    const spans = sentences(text);
    const sentenceOf = (pos: number) => spans.find(([s, e]) => pos >= s && pos < e) ?? [0, text.length];
    const previousQuote = () => (found.at(-1)?.block === b ? found.at(-1) : undefined);
    const subjectOfSentence = (pos: number) => {
      const [s] = sentenceOf(pos);
      const m = own.find((x) => x.start >= s && x.start < pos && x.subject);
      return m ? { person: m.person, name: null, pronoun: null, cue: 'said', via: null, at: m.start } : null;
    };

    if (marks.unclosed && !reopens(blocks[b + 1])) unclosedTotal += marks.unclosed;
    for (const span of marks.spans) {
      if (found.length >= MAX_QUOTES) break;
      const [sStart] = sentenceOf(span.open === -1 ? span.start : span.open);
      const [, sEnd] = sentenceOf(span.close === -1 ? span.end - 1 : span.close);
      const afterStart = span.close === -1 ? span.end : span.close + 1;
      const nextQuote = marks.spans.find((s) => s.open > afterStart);
      let after = text.slice(afterStart, Math.min(sEnd, nextQuote ? nextQuote.open : sEnd));
      // “… didn’t you?” Ms. Tan asked. — the question mark ended the sentence, the attribution follows.
      if (after.trim() === '' && /[?!.]$/.test(text.slice(span.start, span.end))) {
        const following = spans.find(([s]) => s >= afterStart);
        if (following) after = text.slice(afterStart, Math.min(following[1], nextQuote ? nextQuote.open : following[1]));
      }
      const beforeStart = Math.max(sStart, previousEnd(marks.spans, span));
      const before = text.slice(beforeStart, span.open);
      const title = isTitleCase(text.slice(span.start, span.end));
      const kind = title ? 'partial' : classify(text, span, before, block.type);
      const fromAfter = attributionAfter(after, afterStart, own);
      const fromBefore = () => attributionBefore(before, beforeStart, own, () => subjectOfSentence(span.open));
      const scare = SCARE_BEFORE.test(before) || title;
      let attribution = scare ? null : (fromAfter ?? fromBefore());
      // "Mr. Xi said Beijing had “…,” state media reported": the person is the speaker, the medium only carried it.
      if (fromAfter && fromAfter.person === null && fromAfter.pronoun === null) {
        const person = fromBefore();
        if (person && (person.person !== null || person.pronoun)) attribution = { ...person, via: `${fromAfter.name} ${fromAfter.cue}` };
      }
      let confidence = attribution ? 0.9 : 0.5;
      if (!attribution && block.type === 'headline' && !scare && HEADLINE_VERB.test(text)) {
        attribution = headlineSubject(text, own);
        confidence = 0.7;
      }
      const prev = previousQuote();
      const sameSentence = prev !== undefined && prev.start >= sStart;
      if (!attribution && !scare && prev?.attribution && (kind !== 'partial' || sameSentence)) {
        attribution = prev.attribution;
        confidence = sameSentence ? 0.85 : 0.8;
      }
      if (!attribution && !scare && span.open !== -1 && text.slice(0, span.open).trim() === '' && kind === 'direct') {
        // A paragraph that opens with a quotation continues the previous paragraph's speaker — unless the
        // previous paragraph turned to a new person without quoting them ("Whitacre grows soybeans …").
        const last = found.findLast((f) => f.block < b && f.attribution);
        const introduced =
          b > 0
            ? outside(b - 1)
                .filter((m) => m.subject)
                .at(-1)
            : undefined;
        // "She was quiet for a long moment. / “That’s the question…”": the pronoun the paragraph before opens with.
        const opener = b > 0 ? /^(He|She|They)\b/.exec(blocks[b - 1]!.text) : null;
        if (opener && !introduced && (!last || last.block < b - 1)) {
          attribution = { person: null, name: null, pronoun: opener[1]!.toLowerCase(), cue: 'introduced before', via: null, at: 0 };
          confidence = 0.55;
        } else if (introduced && (!last || last.block < b - 1)) {
          attribution = { person: introduced.person, name: null, pronoun: null, cue: 'introduced before', via: null, at: introduced.start };
          confidence = 0.6;
        } else if (last && last.block >= b - 2) {
          attribution = last.attribution;
          confidence = 0.7;
        }
      }
      if (!attribution && !scare && kind === 'direct' && !prev) {
        // "Okafor was blunt. “…”": the person the sentences before it are about.
        const subject = own.filter((m) => m.subject && m.start < (span.open === -1 ? span.start : span.open)).at(-1);
        if (subject) {
          attribution = { person: subject.person, name: null, pronoun: null, cue: 'introduced before', via: null, at: subject.start };
          confidence = 0.6;
        }
      }
      if (!attribution && kind === 'partial' && span.end - span.start < 40 && !SPEECH_IN.test(text.slice(sStart, sEnd))) confidence = 0.3;
      const continues = span.open !== -1 && span.open === 0 && blocks[b - 1] !== undefined && marksByBlock[b - 1]!.spans.some((s) => s.close === -1);
      found.push({ block: b, start: span.start, end: span.end, kind, attribution, confidence, continues });
    }
    unopenedTotal += marks.unopened.length;

    if (block.type === 'paragraph' && found.length < MAX_QUOTES) {
      const unmarked = findUnmarked(text, marks.spans, own, marksLost);
      if (unmarked.length) {
        const first = found.findIndex((f) => f.block === b);
        const mine = first === -1 ? [] : found.splice(first);
        for (const u of unmarked)
          mine.push({
            block: b,
            start: u.start,
            end: u.end,
            kind: 'unmarked',
            attribution: u.attribution,
            confidence: u.firstPerson ? 0.75 : 0.6,
            continues: false,
          });
        found.push(...mine.sort((x, y) => x.start - y.start));
      }
    }
  });

  if (unclosedTotal)
    warnings.push({
      code: WarningCode.unclosedQuote,
      message: `${unclosedTotal} quotation mark(s) opened and never closed; each quotation was taken to the end of its paragraph.`,
    });
  if (unopenedTotal)
    warnings.push({ code: WarningCode.unopenedQuote, message: `${unopenedTotal} closing quotation mark(s) with no opening mark were ignored.` });
  if (found.length >= MAX_QUOTES) warnings.push({ code: WarningCode.quoteLimit, message: `Stopped after ${MAX_QUOTES} quotations.` });

  // A headline quote given to a role ("Hospital chief admits ‘we got it wrong’") belongs to whoever says those
  // words in the body.
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

  // Attributions of unmarked quotes need their pronouns resolved too; do it in text order.
  const speakers: Array<Speaker | null> = [];
  const quotes: Quote[] = found.map((f, i) => {
    const speaker = resolveSpeaker(f, i, found, speakers, byBlock, people, quoteSpansByBlock);
    speakers.push(speaker);
    const block = blocks[f.block]!;
    const conf = speaker ? f.confidence : Math.min(f.confidence, 0.4);
    return {
      id: `${articleId}#q${i + 1}`,
      text: block.text.slice(f.start, f.end),
      kind: f.kind,
      speaker,
      cue: f.attribution?.cue ?? null,
      via: f.attribution?.via ?? null,
      block: f.block,
      start: block.start + f.start,
      end: block.start + f.end,
      continues: null,
      confidence: Math.round(conf * 100) / 100,
    };
  });
  // A quotation that reopens a paragraph after an unclosed one continues it; the speaker named at its
  // end is the speaker of the paragraphs before it too.
  quotes.forEach((q, i) => {
    if (found[i]!.continues && i > 0) q.continues = quotes[i - 1]!.id;
  });
  for (let i = quotes.length - 1; i > 0; i--) {
    const q = quotes[i]!;
    const prev = quotes[i - 1]!;
    if (q.continues === prev.id && q.speaker && (!prev.speaker || prev.cue === 'introduced before')) {
      prev.speaker = q.speaker;
      prev.cue = q.cue;
      prev.confidence = 0.7;
    }
  }
  return { quotes, warnings };
}

/** Marks that announce a name, a title or a scare quote rather than speech: the so-called “miracle drug”. */
const SCARE_BEFORE =
  /\b(?:so-called|dubbed|nicknamed|known as|titled|entitled|named|called it|labelled|labeled|branded|billed as|a book|the book|the film|the song|the album|the novel|the play|the show|the series|operation|project)\s*$/i;
/** A quoted title: most words capitalised and short ("The Salt Orchard", "Project Lighthouse"). */
function isTitleCase(inner: string): boolean {
  const words = inner.replace(/[,.!?;:]+$/, '').split(/\s+/);
  if (words.length < 2 || words.length > 8) return false;
  const small = /^(?:a|an|the|of|and|or|in|on|at|to|for|with|from|by)$/;
  return /^\p{Lu}/u.test(words[0]!) && words.every((w) => small.test(w) || /^[\p{Lu}\d]/u.test(w)) && !/[.!?]$/.test(inner);
}
/** Headline verbs that make the subject the speaker of quoted words: "Xi Jinping sees ‘progress’", "Minister says ‘no deal’". */
const HEADLINE_VERB = new RegExp(
  `\\b(?:${[...SPEECH_VERBS].join('|')}|sees|see|welcomes|hails|slams|vows|warns|urges|calls|defends|rejects|denies|admits|insists|promises|pledges|signals|dismisses|backs|blasts|touts)\\b`,
  'i',
);
const SPEECH_IN = new RegExp(`\\b(?:${[...SPEECH_VERBS].join('|')}|according to|quoted)\\b`);

function previousEnd(spans: MarkSpan[], span: MarkSpan): number {
  let end = 0;
  for (const s of spans) if (s.close !== -1 && s.close < span.open) end = s.close + 1;
  return end;
}

/** Direct speech is a sentence of its own; partial quotes are fragments inside the reporter's sentence. */
function classify(text: string, span: MarkSpan, before: string, type: Block['type']): Quote['kind'] {
  const inner = text.slice(span.start, span.end);
  const words = inner.split(/\s+/).length;
  const startsSentence = /^[\p{Lu}\p{N}“‘…]/u.test(inner);
  const lead = before.trimEnd();
  const freeStanding = lead === '' || /[:,—–]$/.test(lead) || new RegExp(`\\b(?:${[...SPEECH_VERBS].join('|')})$`).test(lead);
  if (type === 'headline' && words < 4) return 'partial';
  return startsSentence && freeStanding && (words >= 3 || /[.,!?…]$/.test(inner)) ? 'direct' : 'partial';
}

/** In a headline, the subject is the speaker of its quoted words: "Xi Jinping sees ‘progress’", "China welcomes ‘progress’". */
function headlineSubject(text: string, mentions: PersonMention[]): Attribution | null {
  const first = mentions[0];
  const verbAt = text.search(/\s\p{Ll}/u);
  if (first && (verbAt === -1 || first.start < verbAt)) return { person: first.person, name: null, pronoun: null, cue: 'headline', via: null, at: first.start };
  const subject = /^((?:\p{Lu}[\p{L}’'.-]*\s?){1,4})\s+\p{Ll}/u.exec(text);
  return subject ? { person: null, name: subject[1]!.trim().replace(/[’']s$/, ''), pronoun: null, cue: 'headline', via: null, at: 0 } : null;
}

/**
 * Turn an attribution into a speaker. Pronouns go to the most salient person before them: the speaker of the
 * latest attributed quotation or the subject of the latest sentence — skipping people named inside quotations,
 * objects of prepositions ("after his meeting with Gates") and people of the wrong gender.
 */
function resolveSpeaker(
  f: Found,
  index: number,
  all: Found[],
  earlierSpeakers: Array<Speaker | null>,
  byBlock: PersonMention[][],
  people: QuotePerson[],
  quoteSpans: MarkSpan[][],
): Speaker | null {
  const a = f.attribution;
  if (!a) return null;
  const asSpeaker = (person: number): Speaker => ({ name: people[person]!.name, personId: people[person]!.id });
  if (a.person !== null) return asSpeaker(a.person);
  if (a.name) return definite(a.name, f, index, earlierSpeakers, byBlock, people) ?? { name: a.name, personId: null };
  if (!a.pronoun) return null;
  if (a.pronoun === 'it') {
    for (let i = index - 1; i >= 0 && all[i]!.block >= f.block - 2; i--)
      if (earlierSpeakers[i] && earlierSpeakers[i]!.personId === null) return earlierSpeakers[i]!;
    return null;
  }
  const wanted = a.pronoun === 'she' ? 'female' : a.pronoun === 'he' ? 'male' : null;
  const agrees = (p: number) => a.pronoun === 'they' || people[p]!.gender === null || people[p]!.gender === wanted;
  const inQuote = (m: PersonMention) => quoteSpans[m.block]!.some((s) => m.start >= s.start && m.end <= s.end);
  // Candidates: subject mentions before the pronoun in this and the two previous blocks, and earlier speakers.
  type Cand = { block: number; at: number; person: number; speaker: boolean; subject: boolean };
  const cands: Cand[] = [];
  for (let b = Math.max(0, f.block - 2); b <= f.block; b++)
    for (const m of byBlock[b]!)
      if ((m.block < f.block || m.start < a.at) && !inQuote(m))
        cands.push({ block: m.block, at: m.start, person: m.person, speaker: false, subject: m.subject });
  for (let i = index - 1; i >= 0 && all[i]!.block >= f.block - 2; i--) {
    const s = earlierSpeakers[i];
    if (s?.personId) {
      const person = people.findIndex((p) => p.id === s.personId);
      const e = all[i]!;
      if (person !== -1) cands.push({ block: e.block, at: e.attribution?.at ?? e.start, person, speaker: true, subject: true });
    }
  }
  // Clause-mates: a name after the pronoun in its own clause is someone else ("he said after his meeting with Gates").
  const later = new Set(byBlock[f.block]!.filter((m) => m.start > a.at && m.start - a.at < 80).map((m) => m.person));
  const usable = cands.filter((c) => !(later.has(c.person) && !c.speaker && c.block === f.block && c.at > f.end));
  usable.sort((x, y) => x.block - y.block || x.at - y.at);
  const salient = usable.filter((c) => c.speaker || c.subject);
  // The most recent speaker or subject; a later speaker outranks an earlier subject.
  const pick = (list: Cand[]) => {
    const last = list.at(-1);
    if (!last) return undefined;
    return list.slice(list.indexOf(last)).findLast((d) => d.speaker) ?? last;
  };
  const best = pick(salient) ?? usable.at(-1);
  if (!best) return null;
  // Gender is a soft signal: copies swap pronouns, so only switch to an agreeing person who is as salient nearby.
  if (!agrees(best.person)) {
    const alternative = pick(salient.filter((c) => agrees(c.person) && c.block >= f.block - 1));
    if (alternative) return asSpeaker(alternative.person);
  }
  return asSpeaker(best.person);
}

/**
 * "the minister said", "the spokesperson added": a definite description points back — to the person the article
 * gave that title or role, or to the earlier speaker described with the same noun ("a Lumora spokesperson").
 */
function definite(name: string, f: Found, index: number, earlier: Array<Speaker | null>, byBlock: PersonMention[][], people: QuotePerson[]): Speaker | null {
  const m = /^the\s+(?:[\w-]+\s+)?([\p{Ll}-]+)$/u.exec(name) ?? /^(\p{Lu}\p{Ll}+)$/u.exec(name);
  if (!m) return null;
  const head = m[1]!.toLowerCase();
  if (TITLE_WORDS.has(head) || LOWERCASE_ROLE_WORDS.has(head)) {
    // A headline ("Treasurer vows …") names the role before the body names the person: look ahead there.
    const from = f.block === 0 ? byBlock.length - 1 : f.block;
    for (let b = from; b >= Math.max(0, f.block - 4); b--)
      for (const mention of [...byBlock[b]!].reverse())
        if (
          (b !== f.block || mention.start < (f.attribution?.at ?? f.start)) &&
          people[mention.person]!.titles.some((t) =>
            t
              .toLowerCase()
              .split(/[\s,]+/)
              .includes(head),
          )
        )
          return { name: people[mention.person]!.name, personId: people[mention.person]!.id };
  }
  for (let i = index - 1; i >= 0; i--) {
    const s = earlier[i];
    if (s && s.personId === null && s.name !== name && s.name.toLowerCase().split(/\s+/).includes(head)) return s;
  }
  return null;
}

/** Mentions grouped by block index. */
function groupByBlock(mentions: PersonMention[], count: number): PersonMention[][] {
  const out: PersonMention[][] = Array.from({ length: count }, () => []);
  for (const m of mentions) out[m.block]!.push(m);
  return out;
}
