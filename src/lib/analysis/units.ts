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
import { matchWords, stem, trigrams } from './text.ts';

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
  /** A sentence outside quotes with no speech verb: joins a statement only when it repeats its words. */
  plain?: boolean;
  /** Content stems (the keys of `stems`). */
  words: Set<string>;
  grams: Map<string, number>;
}

/** Content words a plain sentence needs to be compared at all (reported.ts asks for five shared). */
const PLAIN_WORDS = 5;

const REPORTING = new RegExp(`\\b(?:${[...SPEECH_VERBS].join('|')}|according to)\\b`);

/** Build the units of a set of records. */
export function buildUnits(records: readonly ArticleRecord[]): Unit[] {
  const units: Unit[] = [];
  const push = (u: Omit<Unit, 'index' | 'words' | 'grams' | 'stems' | 'run' | 'core'>) => {
    const all = matchWords(u.text);
    // A reporter's "said" or "stressed" is not part of the statement.
    const words = all.filter((w) => !STOPWORDS.has(w) && (u.kind !== 'reported' || !SPEECH_VERBS.has(w)));
    // A plain sentence shorter than a statement it could repeat is never matched: skip its stems and runs.
    if (words.length === 0 || (u.plain && words.length < PLAIN_WORDS)) return;
    const stemmed = all.map(stem);
    const stems = new Map<string, string>();
    for (const w of words) if (!stems.has(stem(w))) stems.set(stem(w), w);
    let [from, to] = [0, all.length];
    while (from < to && STOPWORDS.has(all[from]!)) from++;
    while (to > from && STOPWORDS.has(all[to - 1]!)) to--;
    // Trigrams only when asked for: most plain sentences are never compared letter by letter.
    let grams: Map<string, number> | undefined;
    units.push({
      ...u,
      index: units.length,
      words: new Set(stems.keys()),
      stems,
      run: ` ${stemmed.join(' ')} `,
      core: ` ${stemmed.slice(from, to).join(' ')} `,
      get grams() {
        return (grams ??= trigrams(words));
      },
    });
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
        // A sentence with no speech verb may still carry a statement's words without marks (a live blog's
        // "Planet Earth is big enough for the two countries to succeed."): kept as plain, matched strictly.
        const plain = !REPORTING.test(text);
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
          plain,
        });
      }
    }
  }
  return units;
}
