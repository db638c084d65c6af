/**
 * The statements of a story's articles, as units to compare: every quote, and every sentence of reported
 * speech (a speech verb outside quotation marks: "The Chinese version says the two sides have made progress").
 */
import { SPEECH_VERBS } from '../lexicon.ts';
import type { ArticleRecord, Quote } from '../schema/record.ts';
import { sentences } from '../tokens.ts';
import { spansOf } from './spans.ts';
import type { Wording } from './match.ts';
import { STOPWORDS } from '../words.ts';
import { contentWords, matchWords, stem, trigrams } from './text.ts';

/** One statement to match. */
export interface Unit extends Wording {
  /** Index in the unit list. */
  index: number;
  article: string;
  outlet: string | null;
  quote: Quote | null;
  kind: Quote['kind'] | 'reported';
  text: string;
  start: number;
  end: number;
  speakerId: string | null;
  speakerName: string | null;
  /** Content stems (the keys of `stems`). */
  words: Set<string>;
  grams: Map<string, number>;
}

const REPORTING = new RegExp(`\\b(?:${[...SPEECH_VERBS].join('|')}|according to)\\b`);

/** Build the units of a set of records. */
export function buildUnits(records: readonly ArticleRecord[]): Unit[] {
  const units: Unit[] = [];
  const push = (u: Omit<Unit, 'index' | 'words' | 'grams' | 'stems' | 'run' | 'core'>) => {
    // A reporter's "said" or "stressed" is not part of the statement.
    const words = contentWords(u.text).filter((w) => u.kind !== 'reported' || !SPEECH_VERBS.has(w));
    if (words.length === 0) return;
    const stems = new Map<string, string>();
    for (const w of words) if (!stems.has(stem(w))) stems.set(stem(w), w);
    const all = matchWords(u.text);
    const run = ` ${all.map(stem).join(' ')} `;
    let [from, to] = [0, all.length];
    while (from < to && STOPWORDS.has(all[from]!)) from++;
    while (to > from && STOPWORDS.has(all[to - 1]!)) to--;
    const core = ` ${all.slice(from, to).map(stem).join(' ')} `;
    units.push({ ...u, index: units.length, words: new Set(stems.keys()), stems, run, core, grams: trigrams(words) });
  };
  for (const r of records) {
    for (const q of r.quotes)
      push({
        article: r.id,
        outlet: r.source.outlet,
        quote: q,
        kind: q.kind,
        text: q.text,
        start: q.start,
        end: q.end,
        speakerId: q.speaker?.personId ?? null,
        speakerName: q.speaker?.name ?? null,
      });
    // Reported speech: sentences with a speech verb that hold no quotation.
    const at = spansOf(r);
    for (const b of r.blocks) {
      if (b.type !== 'paragraph') continue;
      for (const [s, e] of sentences(b.text)) {
        const start = b.start + s;
        const end = b.start + e;
        if (at.hasQuote(start, end)) continue;
        const text = b.text.slice(s, e);
        if (!REPORTING.test(text)) continue;
        const firstId = at.peopleIn(start, end)[0];
        const subject = firstId === undefined ? undefined : r.people.find((p) => p.id === firstId);
        push({
          article: r.id,
          outlet: r.source.outlet,
          quote: null,
          kind: 'reported',
          text,
          start,
          end,
          speakerId: subject?.id ?? null,
          speakerName: subject?.name ?? null,
        });
      }
    }
  }
  return units;
}
