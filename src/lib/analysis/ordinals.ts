/**
 * A thing's place in a series, stated differently: "the town's 12th strike since 1990" against "the ninth mill
 * strike in its history", or a holder's place in a line: "Abbess Wenna, the 41st head of the order" against "the
 * 38th abbess". An ordinal (second or later; `first` says a record, not a place in a line) before up to three words
 * whose last word, before a function word or where the phrase ends, is the thing counted. An ordinal said of a
 * person, in apposition ("Wenna, the 41st head") or by a title the article gives exactly one of its people ("the
 * 38th abbess"), is that person's place in the line, whatever noun counts it; any other is the place of the thing
 * counted, keyed by that noun. Counts of time (`the third day`, `its second week`), places in a family (`the third
 * of five sisters`) and runs (`the third straight`, `consecutive`) are no place in a series. Two places stated over
 * different spans (`since 1990`, `in its history`) can both be true.
 */
import type { Disagreement, FactSource } from '../schema/analysis.ts';
import type { ArticleRecord } from '../schema/record.ts';
import { sentences } from '../tokens.ts';
import { STOPWORDS } from '../words.ts';
import { spansOf } from './spans.ts';

const UNITS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const TEENS = ['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const TENTHS: Record<string, number> = { twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70, eightieth: 80, ninetieth: 90 };

/** An ordinal written with digits (`15th`, `263rd`) or words (`eleventh`, `twenty-first`), as a number; 0 when none. */
export function ordinalValue(word: string): number {
  const w = word.toLowerCase();
  const digits = /^(\d{1,4})(?:st|nd|rd|th)$/.exec(w);
  if (digits) return parseInt(digits[1]!, 10);
  if (UNITS.includes(w)) return UNITS.indexOf(w);
  if (TEENS.includes(w)) return 10 + TEENS.indexOf(w);
  if (TENTHS[w]) return TENTHS[w];
  const [tens, unit] = w.split('-');
  return tens && unit && TENS[tens] && UNITS.includes(unit) ? TENS[tens] + UNITS.indexOf(unit) : 0;
}

const WORD_ORDINAL = `(?:${[...UNITS.slice(2), ...TEENS, ...Object.keys(TENTHS)].join('|')}|(?:${Object.keys(TENS).join('|')})-(?:${UNITS.slice(1).join('|')}))`;
/** The determiner, the ordinal and up to three words after it (the thing counted is among them). */
const ORDINAL = new RegExp(
  `\\b(?:the|its|their|his|her|and|\\p{L}+[’']s)\\s+(\\d{1,4}(?:st|nd|rd|th)|${WORD_ORDINAL})\\s+((?:[\\p{L}-]+\\s+){0,2}[\\p{L}-]+)`,
  'giu',
);
/** The ordinal alone: a cheap test that spares most paragraphs the whole pattern. */
const ORDINAL_TEST = new RegExp(`\\b(?:\\d{1,4}(?:st|nd|rd|th)|${WORD_ORDINAL})\\s`, 'i');
/** Nouns of time, order and runs: an ordinal before them counts no series of things. */
const NOT_A_SERIES = new Set(
  'time times day days week weeks month months year years hour hours minute minutes round rounds quarter half term place floor century generation straight consecutive successive largest biggest longest most least highest lowest best worst edition anniversary birthday child children son daughter'.split(
    ' ',
  ),
);
/** Words that end the thing counted, besides function words: "the 12th strike since 1990". */
const AFTER_THING = new Set('since during under after before across among amid'.split(' '));
/** How the sentence says which span the place is counted over. */
const SPAN = /\b(?:since\s+(?:\d{4}|the\s+\S+)|in\s+(?:[\p{L}-]+\s+){0,3}history|on\s+record|ever)\b/iu;
/** A phrase in apposition to a name, or said of it: "Wenna, the 41st head", "Wenna was the 41st head". */
const APPOSITION = /(?:,\s*|\s+(?:is|was|became|becomes|as)\s+)$/;

interface Place extends FactSource {
  place: number;
  /** The ordinal and the words of the thing counted, as written. */
  value: string;
  thing: string;
  key: string;
  span: string;
}

const singular = (w: string) => w.toLowerCase().replace(/([^s])s$/, '$1');

/** Every place in a series a record states. */
function placesOf(r: ArticleRecord): Place[] {
  const out: Place[] = [];
  for (const b of r.blocks) {
    if (b.type !== 'paragraph' && b.type !== 'headline') continue;
    // Most paragraphs hold no ordinal: one cheap test spares them the sentence split.
    if (!ORDINAL_TEST.test(b.text)) continue;
    for (const [s, e] of sentences(b.text)) {
      const sentence = b.text.slice(s, e);
      const find = new RegExp(ORDINAL.source, 'giu');
      for (let m = find.exec(sentence); m; m = find.exec(sentence)) {
        const words = m[2]!.split(/\s+/);
        const stop = words.findIndex((w) => STOPWORDS.has(w.toLowerCase()) || AFTER_THING.has(w.toLowerCase()));
        const phrase = stop < 0 ? words : words.slice(0, stop);
        // The next ordinal may follow the thing ("the 21st gap and eleventh shutdown"): look on after the phrase.
        find.lastIndex = m.index + m[0].length - m[2]!.length + phrase.join(' ').length;
        const place = ordinalValue(m[1]!);
        if (place < 2 || !phrase.length || phrase.some((w) => NOT_A_SERIES.has(w.toLowerCase()))) continue;
        const thing = singular(phrase.at(-1)!);
        const at = b.start + s + m.index;
        // Whose place in a line: a name just before the phrase, or the one person the article titles with the noun.
        const before = sentence.slice(0, m.index);
        const named = APPOSITION.test(before)
          ? spansOf(r)
              .peopleIn(at - 60, at)
              .at(-1)
          : undefined;
        const titled = r.people.filter((p) => p.titles.some((t) => t.toLowerCase().split(/\s+/).includes(thing)));
        const person = named ?? (titled.length === 1 ? titled[0]!.id : undefined);
        out.push({
          article: r.id,
          outlet: r.source.outlet,
          sentence,
          text: sentence.slice(m.index, find.lastIndex),
          start: at,
          end: at + find.lastIndex - m.index,
          place,
          value: `${m[1]} ${phrase.join(' ')}`,
          thing,
          key: person ? `person ${person}` : `thing ${thing}`,
          span: (SPAN.exec(sentence.slice(find.lastIndex, find.lastIndex + 50))?.[0] ?? '').toLowerCase(),
        });
      }
    }
  }
  return out;
}

/** One thing's (or one person's) place in a series stated differently by different outlets. */
export function ordinalDisagreements(records: readonly ArticleRecord[]): Disagreement[] {
  const all = records.flatMap(placesOf);
  // A noun that counts one person's line elsewhere in the story ("the 38th abbess" beside "Wenna, the 41st abbess")
  // counts that line where the article names nobody by it.
  const lines = new Map<string, Set<string>>();
  for (const x of all) if (x.key.startsWith('person ')) (lines.get(x.thing) ?? lines.set(x.thing, new Set()).get(x.thing)!).add(x.key);
  for (const x of all) if (x.key.startsWith('thing ') && lines.get(x.thing)?.size === 1) x.key = [...lines.get(x.thing)!][0]!;
  const byKey = new Map<string, Place[]>();
  for (const x of all) (byKey.get(x.key) ?? byKey.set(x.key, []).get(x.key)!).push(x);
  const out: Disagreement[] = [];
  for (const [key, list] of byKey) {
    const places = new Map<number, Place[]>();
    for (const x of list) (places.get(x.place) ?? places.set(x.place, []).get(x.place)!).push(x);
    if (places.size < 2 || new Set(list.map((x) => x.article)).size < 2) continue;
    const first = list[0]!;
    out.push({
      id: `ordinal-${key.replace(/\s+/g, '-')}-${first.article}-${first.start}`,
      kind: 'number',
      subject: key.startsWith('person ') ? `place in the line of ${first.thing}s` : `place of the ${first.thing} in its series`,
      personId: key.startsWith('person ') ? key.slice('person '.length) : null,
      versions: [...places]
        .sort((a, b) => a[0] - b[0])
        .map(([, xs]) => ({
          value: xs[0]!.value,
          sources: xs.map(({ article, outlet, sentence, text, start, end }) => ({ article, outlet, sentence, text, start, end })),
        })),
      compatible: new Set(list.map((x) => x.span)).size > 1,
    });
  }
  return out;
}
