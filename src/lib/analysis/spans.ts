/**
 * Look-ups by position in one record's text: which people, quotes and dates fall inside a sentence. Sorted once,
 * then binary-searched, so a long article is not scanned once per sentence.
 */
import type { ArticleRecord, DateMention, Quote } from '../schema/record.ts';

/** First index whose start is ≥ `at` in an array sorted by start. */
function lowerBound<T>(items: readonly T[], at: number, startOf: (x: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (startOf(items[mid]!) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Position look-ups over one record. */
export interface RecordSpans {
  /** Ids of the people mentioned in [start, end), first mention first. */
  peopleIn(start: number, end: number): string[];
  /** True when a quote overlaps [start, end). */
  hasQuote(start: number, end: number): boolean;
  /** Dates written inside [start, end). */
  datesIn(start: number, end: number): DateMention[];
}

const cache = new WeakMap<ArticleRecord, RecordSpans>();

/** The look-ups of `r` (built once per record). */
export function spansOf(r: ArticleRecord): RecordSpans {
  const hit = cache.get(r);
  if (hit) return hit;
  const mentions = r.people.flatMap((p) => p.mentions.offsets.map(([s]) => ({ s, id: p.id }))).sort((a, b) => a.s - b.s);
  const quotes: Quote[] = [...r.quotes].sort((a, b) => a.start - b.start);
  const dates = [...r.dates].sort((a, b) => a.start - b.start);
  // Quotes never overlap each other, so the one before `end` with the latest start is the only candidate.
  const spans: RecordSpans = {
    peopleIn(start, end) {
      const ids: string[] = [];
      for (let i = lowerBound(mentions, start, (m) => m.s); i < mentions.length && mentions[i]!.s < end; i++)
        if (!ids.includes(mentions[i]!.id)) ids.push(mentions[i]!.id);
      return ids;
    },
    hasQuote(start, end) {
      const i = lowerBound(quotes, end, (q) => q.start) - 1;
      return i >= 0 && quotes[i]!.end > start;
    },
    datesIn(start, end) {
      const out: DateMention[] = [];
      for (let i = lowerBound(dates, start, (d) => d.start); i < dates.length && dates[i]!.start < end; i++) if (dates[i]!.end <= end) out.push(dates[i]!);
      return out;
    },
  };
  cache.set(r, spans);
  return spans;
}
