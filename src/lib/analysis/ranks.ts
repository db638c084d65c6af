/**
 * A thing's place among all of its kind, stated differently: "the longest stoppage in history" against "the
 * third deepest of all time". A superlative with the whole record as its scope (`in history`, `on record`, `of all
 * time`, `ever`), an ordinal before it or none (first), and the thing it ranks: the noun after the superlative, or
 * the subject of `is`, `was` or `became` before it (`That flood has become the third deepest on record`). Two ranks of
 * one thing by one measure in two articles are a disagreement; `one of the longest` ranks nothing, and a record
 * counted from a year (`the longest since 1995`) has another scope.
 */
import type { Disagreement, FactSource } from '../schema/analysis.ts';
import type { ArticleRecord } from '../schema/record.ts';
import { sentences } from '../tokens.ts';
import { STOPWORDS } from '../words.ts';

const ORDINALS = ['second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const SUPERLATIVE =
  'longest|shortest|largest|biggest|smallest|deadliest|worst|costliest|highest|lowest|strongest|heaviest|hottest|coldest|wettest|driest|busiest|oldest';
const SCOPE = '(?:in\\s+(?:[a-z]+\\s+){0,3}history|on\\s+record|of\\s+all\\s+time)';
const SCOPE_TEST = new RegExp(SCOPE, 'i');
/** The superlative, its ordinal, up to two words of the thing, and the whole record as its scope. */
const RANK = new RegExp(
  `\\bthe\\s+(?:(${ORDINALS.join('|')}|\\d{1,2}(?:st|nd|rd|th))[\\s-]+)?(${SUPERLATIVE})\\s+(?:ever\\s+)?((?:[a-z]{3,}\\s+){0,2}?)(?:ever\\s+)?${SCOPE}\\b`,
  'gi',
);
/** The subject the rank is said of when no noun follows it: "The stoppage is now the …". */
const SUBJECT = /\b([a-z]{3,})\s+(?:is|was|has\s+become|had\s+become|became|becomes|will\s+become|would\s+become)(?:\s+now)?\s*$/i;

interface Rank extends FactSource {
  rank: number;
  measure: string;
  thing: string;
}

const rankOf = (ordinal: string | undefined): number =>
  !ordinal ? 1 : ORDINALS.includes(ordinal.toLowerCase()) ? ORDINALS.indexOf(ordinal.toLowerCase()) + 2 : parseInt(ordinal, 10);

/** Every all-time rank a record states. */
function ranksOf(r: ArticleRecord): Rank[] {
  const out: Rank[] = [];
  for (const b of r.blocks) {
    // Most paragraphs name no record at all: one cheap test of the scope spares them the sentence split.
    if ((b.type !== 'paragraph' && b.type !== 'headline') || !SCOPE_TEST.test(b.text)) continue;
    for (const [s, e] of sentences(b.text)) {
      const sentence = b.text.slice(s, e);
      for (const m of sentence.matchAll(RANK)) {
        const before = sentence.slice(0, m.index);
        if (/\bone\s+of\s*$/i.test(before)) continue;
        const words = m[3]!.trim().split(/\s+/).filter(Boolean);
        const thing = (words.at(-1) ?? SUBJECT.exec(before)?.[1] ?? '').toLowerCase().replace(/([^s])s$/, '$1');
        if (!thing || STOPWORDS.has(thing)) continue;
        const at = b.start + s + m.index;
        out.push({
          article: r.id,
          outlet: r.source.outlet,
          sentence,
          text: m[0],
          start: at,
          end: at + m[0].length,
          rank: rankOf(m[1]),
          measure: m[2]!.toLowerCase(),
          thing,
        });
      }
    }
  }
  return out;
}

/** One thing ranked differently among all of its kind by different outlets. */
export function rankDisagreements(records: readonly ArticleRecord[]): Disagreement[] {
  const byThing = new Map<string, Rank[]>();
  for (const x of records.flatMap(ranksOf)) {
    const key = `${x.measure} ${x.thing}`;
    (byThing.get(key) ?? byThing.set(key, []).get(key)!).push(x);
  }
  const out: Disagreement[] = [];
  for (const [key, list] of byThing) {
    const ranks = new Map<number, Rank[]>();
    for (const x of list) (ranks.get(x.rank) ?? ranks.set(x.rank, []).get(x.rank)!).push(x);
    if (ranks.size < 2 || new Set(list.map((x) => x.article)).size < 2) continue;
    const [measure, thing] = key.split(' ');
    out.push({
      id: `rank-${key.replace(/\s+/g, '-')}-${list[0]!.article}-${list[0]!.start}`,
      kind: 'number',
      subject: `rank of the ${thing} by the ${measure}`,
      personId: null,
      versions: [...ranks]
        .sort((a, b) => a[0] - b[0])
        .map(([rank, xs]) => ({
          value: `${rank === 1 ? '' : `${ORDINALS[rank - 2] ?? `${rank}th`} `}${measure}`,
          sources: xs.map(({ article, outlet, sentence, text, start, end }) => ({ article, outlet, sentence, text, start, end })),
        })),
      compatible: false,
    });
  }
  return out;
}
