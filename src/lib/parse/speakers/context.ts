/**
 * What every step of the quote stage reads: the blocks, their quotation-mark spans, the person mentions outside
 * quotations, and the quotations found so far.
 */
import type { Attribution } from '../attribution.ts';
import { scanMarks, trimSpan, type MarkSpan } from '../marks.ts';
import type { PersonMention } from '../people.ts';
import type { Block, Quote } from '../../schema/record.ts';
import type { Rule } from './confidence.ts';

/** What the quote stage knows of each person of the article. */
export interface QuotePerson {
  id: string;
  name: string;
  gender: 'male' | 'female' | null;
  /** Titles and roles the article gives the person ("Treasurer", "research fellow at …"). */
  titles: string[];
}

/** A quotation found in a block before ids are given. */
export interface Found {
  block: number;
  start: number;
  end: number;
  kind: Quote['kind'];
  attribution: Attribution | null;
  /** The rule that gave the attribution (null: none did). */
  rule: Rule | null;
  confidence: number;
  continues: boolean;
  /** A scare quote, a nickname or a title: nobody's words, so no speaker is ever shared to it. */
  scare?: boolean;
}

/** An attribution with the rule that found it. */
export interface Attributed {
  attribution: Attribution;
  rule: Rule;
}

/** The quote stage's shared state for one article. */
export interface QuoteContext {
  blocks: Block[];
  marks: Array<ReturnType<typeof scanMarks>>;
  /** Spans that hold words a person may be quoted saying (double marks, or single marks around words). */
  quoteSpans: MarkSpan[][];
  /** Person mentions by block. */
  byBlock: PersonMention[][];
  /** Person mentions by block, leaving out those inside quotations. */
  outside: PersonMention[][];
  people: QuotePerson[];
  /** The copy lost its quotation marks (none at all, or a repaired stray "?"). */
  marksLost: boolean;
  found: Found[];
}

/**
 * A pronoun opening a sentence, after a linking word ("But he", "Later, she") or a short opening phrase of place,
 * time or manner ("In her speech, she", "Speaking to reporters she"): the sentence's subject.
 */
export const OPENING_PRONOUN =
  /^\s*(?:[•●▪‣◦·*]\s*)?(?:(?:And|But|Then|Later|Earlier|Still|Yet|So|Instead|However|Meanwhile|Nevertheless|Afterwards|Separately|Again),?\s+|(?:(?:In|On|At|After|Before|During|Following|Despite|Asked)\s|\p{Lu}\p{Ll}+ing\s)[^,.;:!?“”"]{0,60}?(?:,\s*|\s(?=(?:he|she|they)\s)))?(He|She|They|he|she|they)\s/u;

/** Scan every block's marks and group the mentions: the state the steps share. */
export function prepareContext(blocks: Block[], mentions: PersonMention[], people: QuotePerson[], repairedMarks: boolean): QuoteContext {
  const marks = blocks.map((b) => (b.type === 'dateline' ? { spans: [], unclosed: 0, unopened: [], reversed: 0 } : scanMarks(b.text)));
  reopenedSingles(blocks, marks);
  runOverParagraphs(blocks, marks);
  const bodyMarks = marks.reduce((n, m, i) => n + (blocks[i]!.type === 'paragraph' ? m.spans.filter((s) => s.double).length : 0), 0);
  const quoteSpans = marks.map((m) => m.spans.filter((s) => s.double || s.end - s.start > 0));
  const byBlock: PersonMention[][] = blocks.map(() => []);
  for (const m of mentions) byBlock[m.block]!.push(m);
  const outside = byBlock.map((list, b) => list.filter((m) => !quoteSpans[b]!.some((s) => m.start >= s.start && m.end <= s.end)));
  return { blocks, marks, quoteSpans, byBlock, outside, people, marksLost: bodyMarks === 0 || repairedMarks, found: [] };
}

/**
 * "‘The bell rang at dawn. ¶ ‘The crew carried him home. ¶ ‘Keep the lamps lit.’": in single marks too, a quotation
 * running over paragraphs leaves each paragraph but the last open and reopens the next. A paragraph whose last
 * single mark opens a quotation (at its start or after a colon or comma: "she said: ‘…") that no mark closes, followed
 * by a paragraph opening with ‘, is quoted from that mark to its end (an apostrophe inside, "I’d", does not close
 * it). A lone "‘Tis" or "‘90s" paragraph, not reopened, stays prose.
 */
function reopenedSingles(blocks: Block[], marks: ReturnType<typeof scanMarks>[]): void {
  const opensSingle = (i: number) => blocks[i]?.type === 'paragraph' && /^\s*‘\p{L}/u.test(blocks[i].text);
  for (let b = 0; b < blocks.length - 1; b++) {
    const m = marks[b]!;
    const text = blocks[b]!.text;
    const open = text.lastIndexOf('‘');
    if (blocks[b]!.type !== 'paragraph' || open === -1 || !opensSingle(b + 1) || m.unopened.length > 0) continue;
    const opening = /(?:^|[:,]\s?)\s*$/u.test(text.slice(0, open)) && /^\p{L}/u.test(text.slice(open + 1));
    const closed = /’(?!\p{L})/u.test(text.slice(open + 1));
    if (!opening || closed || m.spans.some((x) => x.end > open)) continue;
    m.spans.push({ open, close: -1, ...trimSpan(text, open + 1, text.length), double: false });
  }
}

/** Paragraphs a quotation may run over with no mark of their own before the one that closes it. */
const MAX_RUN = 6;
/**
 * A line naming who was quoted: capitalised words, then a comma or its end ("Ana Lind.", "Tom Hale, Harbour Trust.");
 * a short line ending in a name is one too ("Former harbour master Tom Hale.").
 */
const SIGNATURE = /^\s*(?:\p{Lu}[\p{L}.’'-]*\s+){0,4}\p{Lu}[\p{L}.’'-]*(?:,|\s*$)/u;

/**
 * "“The talks resume at nine. ¶ Both sides will be there. ¶ That is all we know.”": a quotation opened in one paragraph
 * and closed two or more paragraphs later, with no mark at all in the paragraphs between and none before its
 * closing mark, runs over them all (a copy that kept only the outer marks of a statement). Each paragraph becomes a
 * quotation that continues the one before; the opening paragraph is no longer counted as unclosed. (The paragraph
 * right after, closing with a stray mark, may be narration: "… “do not add up. ¶ The debate ran late.”")
 */
function runOverParagraphs(blocks: Block[], marks: ReturnType<typeof scanMarks>[]): void {
  const bare = (i: number) => blocks[i]?.type === 'paragraph' && marks[i]!.spans.length === 0 && marks[i]!.unopened.length === 0;
  for (let b = 0; b < blocks.length - 1; b++) {
    const open = marks[b]!.spans.at(-1);
    if (blocks[b]!.type !== 'paragraph' || !open || open.close !== -1 || !open.double) continue;
    let k = b + 1;
    while (k < blocks.length && k - b <= MAX_RUN && bare(k)) k++;
    const last = marks[k];
    const closeAt = last?.unopened[0];
    if (k === b + 1 || k - b > MAX_RUN || blocks[k]?.type !== 'paragraph' || closeAt === undefined || last!.spans.some((s) => s.open < closeAt)) continue;
    // (Not a signature under a quotation — "Ana Lind, deputy mayor.”" — nor a mark left in markup: prose on both sides.)
    const closing = blocks[k]!.text.slice(0, closeAt);
    const opening = blocks[b]!.text.slice(open.start, open.end);
    const words = closing.trim().split(/\s+/);
    if (SIGNATURE.test(closing) || (words.length <= 6 && /^\p{Lu}/u.test(words.at(-1)!)) || words.length < 3 || opening.split(/\s+/).length < 3) continue;
    for (let i = b + 1; i < k; i++) marks[i]!.spans.push({ open: -1, close: -1, ...trimSpan(blocks[i]!.text, 0, blocks[i]!.text.length), double: true });
    last!.spans.unshift({ open: -1, close: closeAt, ...trimSpan(blocks[k]!.text, 0, closeAt), double: true });
    last!.unopened.shift();
    marks[b]!.unclosed--;
    b = k - 1;
  }
}

/** Pictographs opening a paragraph, and the joiners and selectors they are written with ("🗣️", "📉", "▶"). */
export const PICTOGRAPHS = /^[\s\p{Extended_Pictographic}\p{So}\uFE0F\u200D]+/u;
