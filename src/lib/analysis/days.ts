/**
 * The day of one event other than a meeting (facts.ts's findEventDates reads meetings of named people): "the
 * ferry accident happened on Friday evening" / "happened at 6 pm on Thursday", "shot down the drone on Sunday" /
 * "on Saturday shot down the drone", "was released from jail on Wednesday" / "released from jail on Tuesday
 * morning". What happened is told by a verb of a one-off event next to the day (no speech verb between them: "said
 * on Sunday the crash happened …" dates the saying); two days are of one event when the verb is of one kind, the
 * sentences share a word besides it (the thing shot down, the place), no named person on one side is missing from
 * the other, and the days are at most three apart (an earlier accident of the same kind is further away).
 */
import type { Disagreement } from '../schema/analysis.ts';
import type { ArticleRecord, DateMention } from '../schema/record.ts';
import { SPEECH_VERBS } from '../lexicon.ts';
import { sentences } from '../tokens.ts';
import { spansOf } from './spans.ts';
import { contentStems } from './text.ts';

/** Verbs of a one-off event, by kind. */
const KINDS: ReadonlyArray<readonly [string, RegExp]> = [
  ['event', /\b(?:happened|occurred|took place|crashed|collided|derailed|exploded|erupted)\b/gi],
  ['shooting down', /\bshot down\b/gi],
  ['release', /\b(?:(?:was|were|been|being)\s+(?:freed|released)|released\s+(?:on bail\s+)?from)\b/gi],
  ['burst', /\b(?:burst|collapsed)\b/gi],
  ['death', /\bdied\b/gi],
  ['arrest', /\b(?:was|were|been)\s+arrested\b/gi],
  ['vote', /\bvoted\b/gi],
];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** Words of a date, not of what happened on it. */
const DATE_WORD = new RegExp(`^(?:${[...WEEKDAYS, ...MONTHS].join('|')})|^(?:morn|even|night|late|earli|today|yesterday|\\d+)$`);
/** How far from its verb a day may be written ("shot down the … drone above the bay … on Sunday"). */
const REACH = 90;
/** Words that start another clause, whose time the day may be: "learned on Saturday that she had died", "two days after". */
const CLAUSE_WORDS = new Set(['that', 'after', 'before', 'since', 'following', 'prior', 'until']);
/** Close enough to be one event told on two days. */
const MAX_DAYS = 3;

/** One event with its day as the sentence gives it. */
interface Dated {
  article: string;
  outlet: string | null;
  kind: string;
  date: DateMention;
  /** The date's day, whatever the sentence gives: an ISO day, or a weekday, or a month and day ("4-6" for May 6). */
  iso: string | null;
  weekday: string | null;
  monthDay: string | null;
  /** Only a weekday is written ("on Wednesday"): its ISO day is inferred from the publication date, which may be off. */
  weekdayOnly: boolean;
  /** Late in its day ("late Sunday", "Sunday night"), or early ("early Monday", "in the early hours of …"). */
  late: boolean;
  early: boolean;
  sentence: string;
  words: Set<string>;
  people: string[];
}

/** Weekday and month-day of a date as written, filled from its ISO day when it has one. */
function dayParts(d: DateMention): Pick<Dated, 'iso' | 'weekday' | 'monthDay'> {
  const t = d.text.toLowerCase();
  const named = WEEKDAYS.find((w) => t.includes(w)) ?? null;
  const month = MONTHS.findIndex((m) => new RegExp(`\\b${m}`).test(t));
  const day = /\b(\d{1,2})(?:st|nd|rd|th)?\b/.exec(t.replace(/\b\d{4}\b/, ''))?.[1];
  if (d.iso) {
    const at = new Date(`${d.iso}T12:00:00Z`);
    return { iso: d.iso, weekday: WEEKDAYS[at.getUTCDay()]!, monthDay: `${at.getUTCMonth()}-${at.getUTCDate()}` };
  }
  return { iso: null, weekday: named, monthDay: month >= 0 && day ? `${month}-${Number(day)}` : null };
}

/** One day written as a weekday and a date side by side: what either gives. */
const joinParts = (a: ReturnType<typeof dayParts>, b: ReturnType<typeof dayParts>): ReturnType<typeof dayParts> => ({
  iso: a.iso ?? b.iso,
  weekday: a.weekday ?? b.weekday,
  monthDay: a.monthDay ?? b.monthDay,
});

/** Every event of a record with the day it happened on. */
function findDated(r: ArticleRecord): Dated[] {
  const out: Dated[] = [];
  for (const b of r.blocks) {
    if (b.type !== 'paragraph') continue;
    for (const [s, e] of sentences(b.text)) {
      const start = b.start + s;
      const dates = spansOf(r).datesIn(start, b.start + e);
      if (!dates.length) continue;
      const sentence = b.text.slice(s, e);
      for (const [kind, verb] of KINDS)
        for (const v of sentence.matchAll(verb)) {
          // The day nearest the verb, in the same clause: no speech verb, dash, "that" or "after" between them ("said on
          // Sunday the crash happened", "learned on Saturday that she had died", "died two days after … on May 2"), and
          // after the verb no comma either ("where the two ferries collided, near …, on Tuesday" dates the photograph).
          const near = dates
            .map((d) => ({ d, at: d.start - start }))
            .filter(({ at }) => Math.abs(at - v.index) <= REACH)
            .filter(({ at }) => {
              const between = sentence.slice(Math.min(at, v.index), Math.max(at, v.index));
              const words = between.toLowerCase().split(/[^a-z]+/);
              if (/[–—;:]/.test(between) || words.some((w) => SPEECH_VERBS.has(w) || CLAUSE_WORDS.has(w))) return false;
              return at < v.index ? !/,/.test(between.slice(between.indexOf(',') + 1)) : !/,/.test(between);
            })
            .sort((x, y) => Math.abs(x.at - v.index) - Math.abs(y.at - v.index))[0];
          if (!near) continue;
          // "On Monday, May 6": the weekday and the date written side by side are one day.
          const beside = dates.find((d) => d !== near.d && /^,?\s*$/.test(r.text.slice(Math.min(d.end, near.d.end), Math.max(d.start, near.d.start))));
          const parts = beside ? joinParts(dayParts(near.d), dayParts(beside)) : dayParts(near.d);
          if (!parts.iso && !parts.weekday && !parts.monthDay) continue;
          const before = sentence.slice(Math.max(0, near.at - 24), near.at).toLowerCase();
          const after = sentence.slice(near.at + near.d.text.length, near.at + near.d.text.length + 12).toLowerCase();
          const verbStems = new Set(contentStems(v[0]));
          out.push({
            article: r.id,
            outlet: r.source.outlet,
            kind,
            date: near.d,
            ...parts,
            weekdayOnly: !beside && !/\d/.test(near.d.text) && WEEKDAYS.some((w) => near.d.text.toLowerCase().includes(w)),
            late: /\blate\s+(?:on\s+)?$/.test(before) || /^\s*night\b/.test(after) || /\bnight\b/i.test(near.d.text),
            early: /\b(?:early\s+(?:on\s+)?|early hours of\s+)$/.test(before),
            sentence,
            words: new Set(contentStems(sentence).filter((w) => !verbStems.has(w) && !DATE_WORD.test(w))),
            people: spansOf(r).peopleIn(start, b.start + e),
          });
        }
    }
  }
  return out;
}

/** Days from a to b (negative when b is earlier), or null when the dates cannot be put side by side. */
function daysFrom(a: Dated, b: Dated): number | null {
  // Two weekdays as written are compared as such: an inferred ISO day may sit a week off ("early Friday" in a Thursday edition).
  if (a.weekdayOnly && b.weekdayOnly) return weekdaysFrom(a.weekday!, b.weekday!);
  if (a.iso && b.iso) return Math.round((Date.parse(b.iso) - Date.parse(a.iso)) / 86_400_000);
  // A month and day written out on one side at least: equal or not comparable (no year to count days over).
  if (a.monthDay && b.monthDay && (/\d/.test(a.date.text) || /\d/.test(b.date.text))) return a.monthDay === b.monthDay ? 0 : null;
  return a.weekday && b.weekday ? weekdaysFrom(a.weekday, b.weekday) : null;
}

/** Days from one weekday to another, the nearer way round (Saturday is a day before Sunday, not six after). */
function weekdaysFrom(a: string, b: string): number {
  const d = (WEEKDAYS.indexOf(b) - WEEKDAYS.indexOf(a) + 7) % 7;
  return d > 3 ? d - 7 : d;
}

/** Two sentences about one event: one kind, a shared word, no named person of one missing from the other. */
function sameEvent(a: Dated, b: Dated): boolean {
  if (a.article === b.article || a.kind !== b.kind) return false;
  if (a.people.length && b.people.length && !a.people.some((p) => b.people.includes(p))) return false;
  return [...a.words].some((w) => b.words.has(w));
}

/** The day of one event stated differently by different outlets. */
export function eventDayDisagreements(records: readonly ArticleRecord[]): Disagreement[] {
  const events = records.flatMap(findDated);
  const parent = events.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < events.length; i++)
    for (let j = i + 1; j < events.length; j++) {
      const [a, b] = [events[i]!, events[j]!];
      const apart = sameEvent(a, b) ? daysFrom(a, b) : null;
      if (apart !== null && Math.abs(apart) <= MAX_DAYS) parent[find(i)] = find(j);
    }
  const groups = new Map<number, Dated[]>();
  events.forEach((e, i) => (groups.get(find(i)) ?? groups.set(find(i), []).get(find(i))!).push(e));
  const out: Disagreement[] = [];
  for (const group of groups.values()) {
    // Versions by the day meant; one weekday written with and without its date is one version.
    const versions: Dated[][] = [];
    for (const e of group) {
      const v = versions.find((list) => daysFrom(list[0]!, e) === 0);
      if (v) v.push(e);
      else versions.push([e]);
    }
    if (versions.length < 2 || new Set(group.map((e) => e.article)).size < 2) continue;
    // Two days in a row can both be right around midnight: "late Sunday" or "Sunday night" and "Monday", "Sunday" and "early Monday".
    const gap = versions.length === 2 ? daysFrom(versions[0]![0]!, versions[1]![0]!) : null;
    const [earlier, later] = gap === 1 ? [versions[0]!, versions[1]!] : [versions[1]!, versions[0]!];
    const compatible = Math.abs(gap ?? 0) === 1 && (earlier.some((e) => e.late) || later.some((e) => e.early));
    const first = group[0]!;
    out.push({
      id: `day-${first.kind.replace(/\s+/g, '-')}-${first.article}-${first.date.start}`,
      kind: 'date',
      subject: `day of the ${first.kind}`,
      personId: null,
      versions: versions.map((list) => ({
        value: list[0]!.iso ?? list[0]!.date.text,
        sources: list.map((e) => ({ article: e.article, outlet: e.outlet, sentence: e.sentence, text: e.date.text, start: e.date.start, end: e.date.end })),
      })),
      compatible,
    });
  }
  return out;
}
