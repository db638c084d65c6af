/**
 * What every step of the quote stage reads: the blocks, their quotation-mark spans, the person mentions outside
 * quotations, and the quotations found so far.
 */
import type { Attribution } from '../attribution.ts';
import { scanMarks, type MarkSpan } from '../marks.ts';
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
  /^\s*(?:[•●▪‣◦·*]\s*)?(?:(?:And|But|Then|Later|Earlier|Still|Yet|So|Instead),?\s+|(?:(?:In|On|At|After|Before|During|Following|Despite|Asked)\s|\p{Lu}\p{Ll}+ing\s)[^,.;:!?“”"]{0,60}?(?:,\s*|\s(?=(?:he|she|they)\s)))?(He|She|They|he|she|they)\s/u;

/** Scan every block's marks and group the mentions: the state the steps share. */
export function prepareContext(blocks: Block[], mentions: PersonMention[], people: QuotePerson[], repairedMarks: boolean): QuoteContext {
  const marks = blocks.map((b) => (b.type === 'dateline' ? { spans: [], unclosed: 0, unopened: [], reversed: 0 } : scanMarks(b.text)));
  const bodyMarks = marks.reduce((n, m, i) => n + (blocks[i]!.type === 'paragraph' ? m.spans.filter((s) => s.double).length : 0), 0);
  const quoteSpans = marks.map((m) => m.spans.filter((s) => s.double || s.end - s.start > 0));
  const byBlock: PersonMention[][] = blocks.map(() => []);
  for (const m of mentions) byBlock[m.block]!.push(m);
  const outside = byBlock.map((list, b) => list.filter((m) => !quoteSpans[b]!.some((s) => m.start >= s.start && m.end <= s.end)));
  return { blocks, marks, quoteSpans, byBlock, outside, people, marksLost: bodyMarks === 0 || repairedMarks, found: [] };
}

/** Pictographs opening a paragraph, and the joiners and selectors they are written with ("🗣️", "📉", "▶"). */
export const PICTOGRAPHS = /^[\s\p{Extended_Pictographic}\p{So}\uFE0F\u200D]+/u;
