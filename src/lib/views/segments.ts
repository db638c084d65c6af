/**
 * The article body as paragraphs of marked segments. Quotes never overlap each other, so each quote
 * becomes exactly one segment; a person named inside a quote becomes a part of that segment, so the
 * quote stays one element on the page and the name inside it can still link.
 */
import type { ArticleRecord, Block, Quote } from '../schema/record.ts';
import { isUncertain } from './labels.ts';
import { quoteAnchor } from './links.ts';

/** What a marked quote carries to the page. */
export interface QuoteMark {
  /** The quote's id in the record. */
  id: string;
  /** Its fragment id on the article page. */
  anchor: string;
  /** Who said it, as the article names them, or null. */
  speakerName: string | null;
  /** Person id of the speaker, or null for an organisation or nobody. */
  personId: string | null;
  /** direct, partial or unmarked. */
  kind: Quote['kind'];
  /** The parser's confidence, 0–1. */
  confidence: number;
  /** True when the attribution should be flagged as uncertain. */
  uncertain: boolean;
  /** The anchor of the quote this one continues, or null. */
  continues: string | null;
}

/** A run of text, possibly a person's name. */
export interface Inline {
  /** The text, exactly as in the record. */
  text: string;
  /** Set when the run is a mention of a person; `first` marks the first mention in the body (the one linked). */
  person?: { id: string; first: boolean };
}

/** A run of a paragraph: plain text, a person's name, or a whole quote. */
export interface Segment extends Inline {
  /** Set when the segment is a quote; `parts` then split its text at the people named inside it. */
  quote?: QuoteMark;
  /** For a quote: its text as runs (joined, they equal `text`). */
  parts?: Inline[];
  /** For a quote: the opening and closing marks around it, taken out of the neighbouring text ("" when none). */
  marks?: { open: string; close: string };
}

const OPEN = /[“‘"'«„]$/u;
const CLOSE = /^[”’"'»]/u;

/** The text a segment stands for in the record: a quote's marks included. */
export function segmentText(s: Segment): string {
  return (s.marks?.open ?? '') + s.text + (s.marks?.close ?? '');
}

/** One block of the body. */
export interface Paragraph {
  /** headline, dateline, heading or paragraph. */
  type: Block['type'];
  /** The runs; joined, they equal the block's text. */
  segments: Segment[];
}

type Mention = { start: number; end: number; id: string };

/** Mentions in text order, with any that overlap an earlier one dropped. */
function mentionsOf(record: ArticleRecord): Mention[] {
  const all = record.people.flatMap((p) => p.mentions.offsets.map(([start, end]) => ({ start, end, id: p.id })));
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Mention[] = [];
  for (const m of all) if (m.end > m.start && (kept.length === 0 || m.start >= kept.at(-1)!.end)) kept.push(m);
  return kept;
}

/** Split [start, end) of `text` into runs at the person mentions that fall inside it (clipped). */
function inlines(text: string, start: number, end: number, mentions: readonly Mention[]): Inline[] {
  const out: Inline[] = [];
  let at = start;
  for (const m of mentions) {
    const s = Math.max(m.start, start);
    const e = Math.min(m.end, end);
    if (e <= s || s < at) continue;
    if (s > at) out.push({ text: text.slice(at, s) });
    out.push({ text: text.slice(s, e), person: { id: m.id, first: false } });
    at = e;
  }
  if (at < end) out.push({ text: text.slice(at, end) });
  return out;
}

/** What a quote carries to the page. */
export function quoteMark(q: Quote): QuoteMark {
  return {
    id: q.id,
    anchor: quoteAnchor(q.id),
    speakerName: q.speaker?.name ?? null,
    personId: q.speaker?.personId ?? null,
    kind: q.kind,
    confidence: q.confidence,
    uncertain: isUncertain(q),
    continues: q.continues === null ? null : quoteAnchor(q.continues),
  };
}

/** Every block of the record as a paragraph of segments (joined with "\n\n", they give back `record.text`). */
export function segmentBody(record: ArticleRecord): Paragraph[] {
  const mentions = mentionsOf(record);
  const quotes = [...record.quotes].sort((a, b) => a.start - b.start);
  return record.blocks.map((block) => {
    const segments: Segment[] = [];
    let at = block.start;
    for (const q of quotes) {
      const s = Math.max(q.start, block.start);
      const e = Math.min(q.end, block.end);
      if (e < s || q.end <= block.start || q.start >= block.end || s < at) continue;
      // The marks go inside the quote's element, so its speaker tag can stand before the opening mark.
      const open = s > at && !mentions.some((m) => m.start < s && m.end >= s) ? (OPEN.exec(record.text.slice(at, s))?.[0] ?? '') : '';
      const next = quotes.find((o) => o.start >= e);
      const close = e < block.end && (next === undefined || next.start > e) ? (CLOSE.exec(record.text.slice(e, block.end))?.[0] ?? '') : '';
      segments.push(...inlines(record.text, at, s - open.length, mentions));
      const parts = inlines(record.text, s, e, mentions);
      segments.push({ text: record.text.slice(s, e), quote: quoteMark(q), parts, marks: { open, close } });
      at = e + close.length;
    }
    segments.push(...inlines(record.text, at, block.end, mentions));
    return { type: block.type, segments };
  });
}

/**
 * Mark each person's first mention in the body (headline excluded: the page shows it as plain text), so the
 * reading view links a name once instead of at every mention.
 */
export function markFirstMentions(paragraphs: Paragraph[]): Paragraph[] {
  const seen = new Set<string>();
  for (const p of paragraphs) {
    if (p.type === 'headline') continue;
    for (const s of p.segments)
      for (const run of s.parts ?? [s]) {
        if (!run.person || seen.has(run.person.id)) continue;
        seen.add(run.person.id);
        run.person.first = true;
      }
  }
  return paragraphs;
}
