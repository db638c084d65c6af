/**
 * The size of a crowd at a named place, given as an order of magnitude or a number: "tens of thousands crowded into
 * Harbour Square", "hundreds of thousands thronged Harbour Square", "more than 100,000 people in Harbour Square". Two
 * sizes are of one crowd when the place is written alike (case, marks and spacing aside). The orders of magnitude are
 * bands (tens of thousands: 20,000 to 99,999; hundreds of thousands: 200,000 to 999,999); a bare `thousands` says only
 * at least that many. The versions can all be true when their bands meet.
 */
import type { Disagreement } from '../schema/analysis.ts';
import type { ArticleRecord } from '../schema/record.ts';
import { sentences } from '../tokens.ts';

/** An order of magnitude, or a number in digits with what may come before it. */
const SIZE =
  '([Tt]ens\\s+of\\s+thousands|[Hh]undreds\\s+of\\s+thousands|[Tt]housands|(?:[Mm]ore\\s+than\\s+|[Oo]ver\\s+|[Aa]bout\\s+|[Ss]ome\\s+|[Aa]round\\s+|[Nn]early\\s+|[Aa]lmost\\s+)?\\d{1,3}(?:[,.]\\d{3})+)';
/** Who the crowd is made of (optional after an order of magnitude, needed after a number). */
const PEOPLE = '(?:\\s+(?:of\\s+)?(?:people|faithful|pilgrims|fans|mourners|onlookers|supporters|protesters|worshippers|well-wishers|spectators))';
/** How the crowd is where it is: `who filled`, `assembled in`, `gathered at`, or just `in`. */
const WHERE =
  '\\s+(?:(?:who|that)\\s+)?(?:(?:had\\s+)?(?:filled|packed|thronged|jammed|crowded(?:\\s+into)?|gathered(?:\\s+in|\\s+at)?|assembled(?:\\s+in|\\s+at)?|massed(?:\\s+in|\\s+at)?|waiting\\s+in|waited\\s+in)|in|at)\\s+(?:the\\s+)?';
/** A place: capitalised words, `St.` and a possessive inside. */
const PLACE = "((?:\\p{Lu}[\\p{L}.’'-]*)(?:\\s+\\p{Lu}[\\p{L}.’'-]*){0,3})";
const CROWD = new RegExp(`\\b${SIZE}(${PEOPLE})?${WHERE}${PLACE}`, 'gu');

interface Crowd {
  article: string;
  outlet: string | null;
  place: string;
  key: string;
  /** What the text says ("tens of thousands", "more than 100,000"). */
  value: string;
  low: number;
  high: number;
  text: string;
  start: number;
  end: number;
  sentence: string;
}

/** The band of a size as written: [lowest, highest]. */
function band(size: string): [number, number] | null {
  const s = size.toLowerCase().replace(/\s+/g, ' ');
  if (s === 'tens of thousands') return [20_000, 99_999];
  if (s === 'hundreds of thousands') return [200_000, 999_999];
  if (s === 'thousands') return [2_000, Infinity];
  const n = Number(/\d{1,3}(?:[,.]\d{3})+/.exec(s)![0].replace(/[,.]/g, ''));
  if (/^(?:more than|over) /.test(s)) return [n, Infinity];
  if (/^(?:about|some|around|nearly|almost) /.test(s)) return [n * 0.85, n * 1.15];
  return [n, n];
}

function findCrowds(r: ArticleRecord): Crowd[] {
  const out: Crowd[] = [];
  for (const b of r.blocks) {
    if (b.type !== 'paragraph' || !/[Tt]housands|\d[,.]\d{3}/.test(b.text)) continue;
    for (const [s, e] of sentences(b.text)) {
      const sentence = b.text.slice(s, e);
      for (const m of sentence.matchAll(CROWD)) {
        const [size, people, place] = [m[1]!, m[2], m[3]!.replace(/[.,’']+$/u, '')];
        // A number needs its people (`100,000 people in …`): a bare number before a place is anything.
        if (/\d/.test(size) && !people) continue;
        const range = band(size);
        if (!range) continue;
        const start = b.start + s + m.index;
        out.push({
          article: r.id,
          outlet: r.source.outlet,
          place,
          key: place.toLowerCase().replace(/[^\p{L}]/gu, ''),
          value: size.replace(/\s+/g, ' ').toLowerCase(),
          low: range[0],
          high: range[1],
          text: m[0],
          start,
          end: start + m[0].length,
          sentence,
        });
      }
    }
  }
  return out;
}

/** The size of one crowd stated differently by different outlets. */
export function crowdDisagreements(records: readonly ArticleRecord[]): Disagreement[] {
  const byPlace = new Map<string, Crowd[]>();
  for (const c of records.flatMap(findCrowds)) (byPlace.get(c.key) ?? byPlace.set(c.key, []).get(c.key)!).push(c);
  const out: Disagreement[] = [];
  for (const list of byPlace.values()) {
    const values = new Map<string, Crowd[]>();
    for (const c of list) (values.get(c.value) ?? values.set(c.value, []).get(c.value)!).push(c);
    if (values.size < 2 || new Set(list.map((c) => c.article)).size < 2) continue;
    const [low, high] = list.reduce(([a, b], c) => [Math.max(a, c.low), Math.min(b, c.high)], [0, Infinity]);
    const first = list[0]!;
    out.push({
      id: `crowd-${first.key}-${first.article}-${first.start}`,
      kind: 'number',
      subject: `size of the crowd in ${first.place}`,
      personId: null,
      versions: [...values].map(([value, cs]) => ({
        value,
        sources: cs.map((c) => ({ article: c.article, outlet: c.outlet, sentence: c.sentence, text: c.text, start: c.start, end: c.end })),
      })),
      compatible: low <= high,
    });
  }
  return out;
}
