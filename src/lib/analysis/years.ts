/**
 * The year one past event of a life or a career happened, stated differently: "was diagnosed with gout in 2019" /
 * "a gout diagnosis in 2020", "quit the choir in 1979" / "In 1978, she was dismissed from the choir". What happened is
 * told by a verb (or noun) of a one-off event of one kind (a diagnosis, leaving or being dismissed, an ordination …)
 * with `in` and a year in the same clause after it, or a sentence opening `In 1978,` before it. Two years are of one
 * event when the kind is the same, the words of the event's clause share one besides the verb (the illness, the
 * group left), no named person of one sentence is missing from the other, and the years are at most two apart (a
 * slip of an outlet, not a second event of the same kind years later). A founding (`founded`, `co-founded`) happens
 * once to its thing: two years of it are of one event when the noun naming the thing is the same, up to ten apart.
 */
import type { Disagreement } from '../schema/analysis.ts';
import type { ArticleRecord } from '../schema/record.ts';
import { SPEECH_VERBS } from '../lexicon.ts';
import { sentences } from '../tokens.ts';
import { spansOf } from './spans.ts';
import { contentStems } from './text.ts';

/** Verbs and nouns of a one-off event of a life or a career, by kind. */
const KINDS: ReadonlyArray<readonly [string, RegExp]> = [
  ['diagnosis', /\b(?:diagnosed|diagnosis|detected)\b/gi],
  ['departure', /\b(?:left|quit|fired|sacked|dismissed|expelled|ousted|departed|departure)\b/gi],
  ['ordination', /\bordained\b/gi],
  ['joining', /\bjoined\b/gi],
  ['retirement', /\bretired\b/gi],
  ['founding', /\b(?:founded|co-founded)\b/gi],
];
/** `in 1979` after the verb: a year alone, not `in July 1979` (a day, days.ts) nor `in 1979's …`. */
const IN_YEAR = /\bin\s+((?:19|20)\d\d)\b(?![’'-]\d|[’']s)/giu;
/** A sentence opening with its year: `In 1978, she was dismissed from the choir`. */
const YEAR_FIRST = /^\s*In\s+((?:19|20)\d\d),\s+/u;
/** How far after its verb the year may be written ("diagnosed with a rare liver illness in 2019"). */
const REACH = 60;
/** Words that start another clause, whose time the year may be. */
const CLAUSE_WORDS = new Set(['that', 'after', 'before', 'since', 'following', 'until', 'when', 'while', 'and', 'but']);
/** Years of one event told differently are close: an outlet's slip, not another event. */
const MAX_YEARS = 2;
/**
 * A thing is founded once: years of its founding further apart are still one event told differently, when the
 * thing founded is named by the same noun (`the Brill Music Festival` / `the music festival Vane founded`).
 */
const MAX_FOUNDING_YEARS = 10;
/** Words that end the name of a thing founded (`the Brill Festival in Quellmoor`). */
const AFTER_THING = /^(?:in|at|on|with|by|and|for|from|as|of|to)$/i;
/** Words before the verb read as the event's too ("a gout diagnosis", "gout detected"). */
const BEFORE = 2;

interface Yeared {
  article: string;
  outlet: string | null;
  kind: string;
  year: number;
  text: string;
  start: number;
  end: number;
  sentence: string;
  words: Set<string>;
  people: string[];
  /** For a founding, the noun naming the thing founded (`festival`), or null. */
  thing: string | null;
}

/**
 * The noun naming what was founded: the last word of the words after the verb, up to a preposition
 * (`founded the Brill Music Festival in Quellmoor` → `festival`), or, with nothing after the verb, the last
 * small-letter word before it (`the music festival Vane founded in 1981` → `festival`).
 */
function thingFounded(before: string, after: string): string | null {
  const words: string[] = [];
  for (const w of after.trim().split(/\s+/)) {
    if (!w || AFTER_THING.test(w) || /\d/.test(w)) break;
    words.push(w);
  }
  const named = words.at(-1)?.replace(/[^\p{L}-]/gu, '');
  if (named && !/^(?:the|a|an|his|her|their|its)$/i.test(named)) return named.toLowerCase();
  const lower = before
    .trim()
    .split(/\s+/)
    .filter((w) => /^\p{Ll}/u.test(w))
    .at(-1);
  return lower ? lower.replace(/[^\p{L}-]/gu, '').toLowerCase() : null;
}

/** True when nothing between verb and year starts another clause (a comma, a dash, a speech verb, "that" …). */
const oneClause = (between: string) =>
  !/[,;:–—()]/.test(between) &&
  !between
    .toLowerCase()
    .split(/[^a-z]+/)
    .some((w) => SPEECH_VERBS.has(w) || CLAUSE_WORDS.has(w));

/** One sentence of a record being read for events: where it stands and the year it opens with, if any. */
interface SentenceContext {
  r: ArticleRecord;
  sentence: string;
  /** Offsets of the sentence in the record's text. */
  start: number;
  end: number;
  /** `In 1978, ` opening the sentence, or null. */
  first: RegExpExecArray | null;
}

/** A year found for a verb: its value, where it stands in the sentence, and where the event's clause ends. */
interface YearAt {
  value: number;
  at: number;
  text: string;
  upTo: number;
}

/** The year the verb's event is given: `in 1979` in the verb's clause after it, else the sentence's opening `In 1978,`. */
function yearOfVerb(c: SentenceContext, v: RegExpExecArray): YearAt | null {
  const { sentence, first } = c;
  const after = v.index + v[0].length;
  for (const y of sentence.slice(after, after + REACH).matchAll(IN_YEAR))
    if (oneClause(sentence.slice(after, after + y.index)))
      return { value: Number(y[1]), at: after + y.index + y[0].indexOf(y[1]!), text: y[1]!, upTo: after + y.index };
  // `In 1978, she was dismissed from the choir`: the year opens the clause the verb is in.
  if (first && v.index >= first[0].length && oneClause(sentence.slice(first[0].length, v.index)))
    return { value: Number(first[1]), at: first[0].indexOf(first[1]!), text: first[1]!, upTo: after + /^[^,;:–—]*/u.exec(sentence.slice(after))![0].length };
  return null;
}

/** The event of one verb with its year, or null when the sentence gives the verb no year. */
function yearedOf(c: SentenceContext, kind: string, v: RegExpExecArray): Yeared | null {
  const { r, sentence, start } = c;
  const after = v.index + v[0].length;
  const year = yearOfVerb(c, v);
  if (!year) return null;
  const upTo = year.upTo;
  // The event's words: the clause from the verb to the year (or to the clause's end), and the two words before
  // the verb ("a gout diagnosis"), less the verb, years and numbers.
  const lead = sentence
    .slice(0, v.index)
    .split(/[,;:–—]/)
    .at(-1)!
    .trim()
    .split(/\s+/)
    .slice(-BEFORE)
    .join(' ');
  const verbStems = new Set(contentStems(v[0]));
  const words = new Set(contentStems(`${lead} ${sentence.slice(after, upTo)}`).filter((w) => !verbStems.has(w) && !/\d/.test(w)));
  return {
    article: r.id,
    outlet: r.source.outlet,
    kind,
    year: year.value,
    text: year.text,
    start: start + year.at,
    end: start + year.at + year.text.length,
    sentence,
    words,
    people: spansOf(r).peopleIn(start, c.end),
    thing:
      kind === 'founding'
        ? thingFounded(
            sentence
              .slice(Math.max(0, v.index - REACH), v.index)
              .split(/[,;:–—]/)
              .at(-1)!,
            sentence.slice(after, upTo),
          )
        : null,
  };
}

/** Every event of a record with the year the sentence gives it. */
function findYeared(r: ArticleRecord): Yeared[] {
  const out: Yeared[] = [];
  for (const b of r.blocks) {
    if (b.type !== 'paragraph') continue;
    for (const [s, e] of sentences(b.text)) {
      const sentence = b.text.slice(s, e);
      if (!/\b(?:19|20)\d\d\b/.test(sentence)) continue;
      const c: SentenceContext = { r, sentence, start: b.start + s, end: b.start + e, first: YEAR_FIRST.exec(sentence) };
      for (const [kind, verb] of KINDS)
        for (const v of sentence.matchAll(verb)) {
          const event = yearedOf(c, kind, v);
          if (event) out.push(event);
        }
    }
  }
  return out;
}

/** Two sentences about one event: one kind, a shared word of the event, no named person of one missing from the other. */
function sameEvent(a: Yeared, b: Yeared): boolean {
  if (a.article === b.article || a.kind !== b.kind) return false;
  if (a.people.length && b.people.length && !a.people.some((p) => b.people.includes(p))) return false;
  // A founding's thing is named by one noun in both (its clause may hold no other word: `the festival Varga founded in 1991`).
  if (a.kind === 'founding') return a.thing !== null && a.thing === b.thing;
  return [...a.words].some((w) => b.words.has(w));
}

/** The year of one past event stated differently by different outlets. */
export function eventYearDisagreements(records: readonly ArticleRecord[]): Disagreement[] {
  const events = records.flatMap(findYeared);
  if (events.length < 2) return [];
  const parent = events.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < events.length; i++)
    for (let j = i + 1; j < events.length; j++) {
      const [a, b] = [events[i]!, events[j]!];
      if (Math.abs(a.year - b.year) <= (a.kind === 'founding' ? MAX_FOUNDING_YEARS : MAX_YEARS) && sameEvent(a, b)) parent[find(i)] = find(j);
    }
  const groups = new Map<number, Yeared[]>();
  events.forEach((e, i) => (groups.get(find(i)) ?? groups.set(find(i), []).get(find(i))!).push(e));
  const out: Disagreement[] = [];
  for (const group of groups.values()) {
    const years = [...new Set(group.map((e) => e.year))].sort();
    if (years.length < 2 || new Set(group.map((e) => e.article)).size < 2) continue;
    const first = group[0]!;
    out.push({
      id: `year-${first.kind}-${first.article}-${first.start}`,
      kind: 'date',
      subject: `year of the ${first.kind}`,
      personId: null,
      versions: years.map((y) => ({
        value: String(y),
        sources: group
          .filter((e) => e.year === y)
          .map((e) => ({ article: e.article, outlet: e.outlet, sentence: e.sentence, text: e.text, start: e.start, end: e.end })),
      })),
      compatible: false,
    });
  }
  return out;
}
