/**
 * The years of one span of a life or a career, stated differently: "led the weavers' guild from 1994 to 2006" against
 * a copy in another language, "von 1995 bis 2006 war er Gildemeister". A range of years written with words of any of
 * the six languages (`from … to`, `von … bis`, `de … a`, `dal … al`, `de … à`, `desde … hasta`) or with a dash
 * (`1994–2006`); two ranges of different articles are one span told differently when they share one end and their
 * other ends are one or two years apart, and their sentences name no two different people. Ranges that share no end,
 * or whose other ends are further apart, are other spans (one office after another).
 */
import type { Disagreement, FactSource } from '../schema/analysis.ts';
import type { ArticleRecord } from '../schema/record.ts';
import { sentences } from '../tokens.ts';
import { spansOf } from './spans.ts';

const YEAR = '((?:19|20)\\d\\d)';
/** `from 1994 to 2006` and its kin in the other five languages, or `1994–2006`. */
const RANGE = new RegExp(
  `\\b(?:(?:from|von|de|desde|dal|dall[’']|del|entre|between)\\s+${YEAR}\\s+(?:to|until|bis|a|al|à|au|hasta|até|y|e|and|und)\\s+${YEAR}|${YEAR}\\s*[–—-]\\s*${YEAR})\\b`,
  'giu',
);
/** The years of a range (either form), in order, when they are a range at all (the end after the start). */
const endsOf = (m: RegExpMatchArray): [number, number] | null => {
  const [a, b] = [Number(m[1] ?? m[3]), Number(m[2] ?? m[4])];
  return b > a && b - a <= 60 ? [a, b] : null;
};
/** How far apart the other ends of one span may be. */
const NEAR = 2;

interface Range extends FactSource {
  from: number;
  to: number;
  people: string[];
}

/** Every range of years a record states, with the people of its sentence. */
function rangesOf(r: ArticleRecord): Range[] {
  const out: Range[] = [];
  for (const b of r.blocks) {
    if (b.type !== 'paragraph' || !/(?:19|20)\d\d\D{1,8}(?:19|20)\d\d/.test(b.text)) continue;
    for (const [s, e] of sentences(b.text)) {
      const sentence = b.text.slice(s, e);
      for (const m of sentence.matchAll(RANGE)) {
        const ends = endsOf(m);
        if (!ends) continue;
        const at = b.start + s + m.index;
        out.push({
          article: r.id,
          outlet: r.source.outlet,
          sentence,
          text: m[0],
          start: at,
          end: at + m[0].length,
          from: ends[0],
          to: ends[1],
          people: spansOf(r).peopleIn(b.start + s, b.start + e),
        });
      }
    }
  }
  return out;
}

/** One span of years stated with one end differently by different outlets. */
export function rangeDisagreements(records: readonly ArticleRecord[]): Disagreement[] {
  const all = records.flatMap(rangesOf);
  const out: Disagreement[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < all.length; i++)
    for (let j = i + 1; j < all.length; j++) {
      const [a, b] = [all[i]!, all[j]!];
      if (a.article === b.article || (a.from === b.from && a.to === b.to)) continue;
      const shared = a.from === b.from ? 'from' : a.to === b.to ? 'to' : null;
      if (!shared || Math.abs(shared === 'from' ? a.to - b.to : a.from - b.from) > NEAR) continue;
      // Two named people, one in each sentence and not in the other: two lives, not one told twice.
      if (a.people.length && b.people.length && !a.people.some((p) => b.people.includes(p))) continue;
      const key = [a, b].map((x) => `${x.article}:${x.start}`).join(' ');
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        id: `range-${a.article}-${a.start}-${b.article}-${b.start}`,
        kind: 'date',
        subject: `years of one span (${shared === 'from' ? `from ${a.from}` : `to ${a.to}`})`,
        personId: a.people[0] ?? b.people[0] ?? null,
        versions: [a, b].map(({ from, to, article, outlet, sentence, text, start, end }) => ({
          value: `${from}–${to}`,
          sources: [{ article, outlet, sentence, text, start, end }],
        })),
        compatible: false,
      });
    }
  return out;
}
