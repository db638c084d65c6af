/**
 * Facts with numbers: durations and counts as the text states them ("35-minute encounter", "more than seven
 * and a half hours", "first visit since 2018"), normalised to one unit, with the context that says what they
 * are about (the people in the sentence, the event noun, the day).
 */
import type { ArticleRecord } from '../schema/record.ts';
import { sentences } from '../tokens.ts';
import { spansOf } from './spans.ts';
import { STOPWORDS } from '../words.ts';

/** A number the text states about something. */
export interface Fact {
  article: string;
  outlet: string | null;
  /** duration (in minutes), a span of years, a distance (in km), a count of things (tallies.ts), a size (in metres, sizes.ts), a sum of money (in dollars, money.ts), or a time of day (minutes after midnight, clock.ts). */
  unit: 'minutes' | 'years' | 'km' | 'count' | 'length' | 'money' | 'clock';
  value: number;
  /** True when the sentence states a total over several events ("more than eight hours of talks in all"). */
  total: boolean;
  /** about, more than, less than, or exact. */
  qualifier: 'exact' | 'about' | 'more' | 'less';
  /** The words stating it. */
  text: string;
  start: number;
  end: number;
  sentence: string;
  /** What it is about: event class ("meeting", "visit", "absence"), people and day named in the sentence. */
  event: string | null;
  people: string[];
  day: string | null;
  /** A count's things, as a stem (tallies.ts); a size's thing, as written (sizes.ts). */
  noun?: string;
  /** What a count counts, in words ("flights cancelled"). */
  label?: string;
  /**
   * A count after the verb that made it ("killing four and injuring 22 walkers"): the same verb tells of a second
   * event in the same words ("a later blast injured three others"), so only a count within twice it is the same,
   * whoever it names.
   */
  verbFirst?: boolean;
}

const SMALL: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
};
const NUMBER = `(\\d+(?:\\.\\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|${Object.keys(
  SMALL,
)
  .filter((w) => w.length > 2)
  .join('|')}|an?|half an?)`;
const UNIT_MINUTES: Record<string, number> = {
  minute: 1,
  minutes: 1,
  min: 1,
  hour: 60,
  hours: 60,
  day: 1440,
  days: 1440,
  week: 10080,
  weeks: 10080,
  year: 525600,
  years: 525600,
};
const QUALIFIER = '(roughly|about|around|approximately|nearly|almost|some|over|more than|less than|under|at least|just over|just under|up to)?';

/** A number and "to", "or" or a dash right before a duration: the duration ends a range (`two to three weeks`). */
const RANGE_BEFORE = new RegExp(`\\b${NUMBER}\\s*(?:to|or|-|–)\\s*$`, 'i');
/** "35-minute", "more than seven and a half hours", "roughly 30-minute", "in five years". */
const DURATION = new RegExp(
  `\\b${QUALIFIER}\\s*${NUMBER}(\\s+and\\s+a\\s+half)?[\\s-](minutes?|min|hours?|days?|weeks?|years?)\\b(?:-long)?(?:\\s+([a-z]+))?`,
  'gi',
);
/**
 * "30 miles south of San Francisco", "approximately 40 km from Tokyo", "900 nautical miles east of Boston": a distance
 * from a named place; "some 60 km (37 miles) west of Tarrow" gives it in a second unit too, in brackets.
 */
const DISTANCE = new RegExp(
  `\\b${QUALIFIER}\\s*${NUMBER}[\\s-]((?:nautical\\s+)?miles?|mi|nmi|km|kilometers?|kilometres?)(?:\\s*\\((\\d+(?:\\.\\d+)?)\\s*(miles?|mi|km|kilometers?|kilometres?)\\))?\\s+(?:[a-z]+\\s+){0,2}?(?:of|from)\\s+((?:the\\s+)?[A-Z][\\p{L}’'-]+(?:\\s+[A-Z][\\p{L}’'-]+)*)`,
  'gu',
);
/** Kilometres in one unit; a nautical mile (sea distances: "900 nautical miles east of …") is 1.852 km. */
const KM: Record<string, number> = {
  mile: 1.609,
  miles: 1.609,
  mi: 1.609,
  'nautical mile': 1.852,
  'nautical miles': 1.852,
  nmi: 1.852,
  km: 1,
  kilometer: 1,
  kilometers: 1,
  kilometre: 1,
  kilometres: 1,
};
/** Words that make a number a total over several events. */
const TOTAL = /\b(?:in total|a total of|totall?ing|altogether|in all|combined|all told|cumulative|meetings)\b/i;
/** A span of years counts only as the time since a last such event ("first visit in five years", "two years ago"). */
const ABSENCE = /\b(first|last|since|ago|after)\b/i;

/** Every fact above needs one of these words (a duration's or a distance's unit), or "since" with a year. */
const UNIT_WORD = /mi|hour|day|week|year|km|kilomet/i;
/** "the first … since 2018": a span of years up to the publication year. */
const SINCE_YEAR = /\bfirst\b(?:[^.]|\.(?=\S)){0,80}?\bsince\s+((?:19|20)\d\d)\b/gi;

const EVENT: Record<string, string> = {
  meeting: 'meeting',
  meetings: 'meeting',
  encounter: 'meeting',
  talks: 'meeting',
  talk: 'meeting',
  session: 'meeting',
  discussion: 'meeting',
  discussions: 'meeting',
  conversation: 'meeting',
  met: 'meeting',
  spoke: 'meeting',
  lasted: 'meeting',
  visit: 'visit',
  trip: 'visit',
  tour: 'visit',
  stay: 'visit',
  journey: 'visit',
  flight: 'flight',
  delay: 'delay',
  sentence: 'sentence',
  strike: 'strike',
  war: 'war',
  ceasefire: 'ceasefire',
  // Events that are not talks between people: how long a surgery or a fire lasted ("a three-hour operation", "the fire
  // burned for over nine hours").
  operation: 'surgery',
  surgery: 'surgery',
  fire: 'fire',
  blaze: 'fire',
  blazed: 'fire',
  // How long someone stayed in hospital ("stayed in hospital for 23 days", "hospitalised for three weeks"); "the
  // hospital said" is no stay (eventIn reads only "in hospital" as one).
  hospitalised: 'hospital stay',
  hospitalized: 'hospital stay',
  hospitalisation: 'hospital stay',
  hospitalization: 'hospital stay',
  // How long an offensive took to reach its aim ("an advance of some 26 days from the coast").
  offensive: 'offensive',
  advance: 'offensive',
  // How long a theft or a raid took ("the robbery was over in six minutes", "a nine-minute raid").
  heist: 'theft',
  robbery: 'theft',
  theft: 'theft',
  burglary: 'theft',
  raid: 'theft',
  thieves: 'theft',
  robbers: 'theft',
};
/**
 * A span counted from someone taking up a post: "nine days after taking office", "a week after he assumed office",
 * "two weeks since being sworn in", "after taking over the ministry", "after assuming the post".
 */
const TOOK_OFFICE =
  /^\s*(?:after|since)\s+(?:(?:she|he|they)\s+)?(?:(?:taking|took|taken)\s+(?:office|over|charge|power|the\s+oath|the\s+helm)|(?:being|was|were)\s+sworn\s+in|(?:assuming|assumed)\s+(?:office|power|the\s+post))\b/i;
/** A span in a post, written after its count: "61 days in office", "nine weeks in the post", "six weeks at the helm". */
const IN_POST_AFTER = /^\s*(?:in\s+(?:office|power|(?:the|his|her|their)\s+(?:top\s+)?(?:post|role|job))|at\s+the\s+helm)\b/i;
/** … or before it: "in office for only 70 days", "held the post for 12 weeks". */
const IN_POST_BEFORE =
  /\b(?:in\s+(?:office|power)|(?:held|holding|holds|hold)\s+(?:the|his|her|their)\s+(?:top\s+)?(?:post|office|role|job))\s+for(?:\s+(?:only|just))?\s*$/i;
/** A theft or raid lasts at most this many minutes (a day): a longer span in its sentence is of something else. */
const THEFT_MINUTES = 1440;
/** "inside" right before a theft's duration ("inside for") or right after it ("ten minutes inside"). */
const INSIDE = /\binside(?:\s+for)?\s*\||\|\s*inside\b/i;
/** Events of things, not of people: two sentences naming nobody can be about the same one (the story's fire or theft). */
export const THINGS_EVENTS: ReadonlySet<string> = new Set(['fire', 'offensive', 'theft', 'time inside']);
const DAYS = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;

/** The weekday a sentence names ("on Friday"), or null: two facts of different weekdays are of two events. */
export function weekdayOf(sentence: string): string | null {
  return DAYS.exec(sentence)?.[1] ?? null;
}

/**
 * The noun a length is written onto as one word (`a six-day stoppage`, `a 12 day closure`): the thing measured,
 * when no event word of the sentence names it. The length must be that noun's (a hyphen, or a singular unit after
 * a number above one), and the noun a content word; years keep their own rules (`a 10-year plan` is no length).
 */
function compoundNoun(m: RegExpMatchArray): string | null {
  const noun = m[5]?.toLowerCase();
  if (!noun || noun.length < 4 || STOPWORDS.has(noun) || /ly$/.test(noun)) return null;
  const hyphen = /\d-|[a-z]-(?:minute|min|hour|day|week)\b/i.test(m[0]);
  const singular = /^(?:minute|min|hour|day|week)$/i.test(m[4]!) && (toNumber(m[2]!) ?? 0) > 1;
  return hyphen || singular ? noun.replace(/([^s])s$/, '$1') : null;
}

function toNumber(word: string): number | null {
  const w = word.toLowerCase();
  if (/^\d/.test(w)) return Number(w);
  if (w.startsWith('half')) return 0.5;
  const [tens, ones] = w.split('-');
  const t = SMALL[tens!];
  if (t === undefined) return null;
  return t + (ones ? (SMALL[ones] ?? 0) : 0);
}

/**
 * The words of a match from its count (or the qualifier before the count) on — "more than 350 people", not "carrying
 * more than 350 people" — as the match `statedFact` takes, and that text.
 */
export function fromCount(m: RegExpMatchArray, qualifier: string | undefined): { at: RegExpMatchArray; text: string } {
  const from = m[0].search(/\d/) - (qualifier ? qualifier.length + 1 : 0);
  const text = m[0].slice(from);
  return { at: { ...m, index: m.index! + from, 0: text }, text };
}

/**
 * A fact found by a pattern `m` in a sentence of `r` that starts at `from` in the article, stated in the words
 * `text` (the match without its leading space, or a part of it): the fields every finder fills the same way.
 */
export function statedFact(
  r: ArticleRecord,
  sentence: string,
  from: number,
  m: RegExpMatchArray,
  text: string,
  fact: Pick<Fact, 'unit' | 'value' | 'qualifier' | 'event'> & Partial<Pick<Fact, 'noun' | 'label' | 'people' | 'day' | 'verbFirst'>>,
): Fact {
  const at = from + m.index! + (m[0].length - m[0].trimStart().length);
  return { article: r.id, outlet: r.source.outlet, total: false, people: [], day: null, ...fact, text, start: at, end: at + text.length, sentence };
}

/** The qualifier a stated number carries: "more than", "about", "nearly" or none. */
export function qualifierOf(q: string | undefined): Fact['qualifier'] {
  if (!q) return 'exact';
  const w = q.toLowerCase();
  if (/more than|over|at least|just over/.test(w)) return 'more';
  if (/less than|fewer than|under|up to|as many as|just under|nearly|almost/.test(w)) return 'less';
  return 'about';
}

/** Minutes in a year (UNIT_MINUTES.year): a span of years is reckoned in minutes like any duration, then stated in years. */
const YEAR_MINUTES = 525600;
/** Characters either side of a duration read for "inside" ("were inside for ten minutes", "ten minutes inside"). */
const INSIDE_REACH = 12;

/** The sentence a fact is found in, with what every fact of it shares: where it starts in the article, its people, its weekday. */
interface SentenceContext {
  r: ArticleRecord;
  sentence: string;
  /** The sentence's offset in the article text. */
  start: number;
  people: string[];
  day: string | null;
}

/** The event class the first event word of `text` names ("talks" → meeting), or null. */
function eventIn(text: string): string | null {
  // "stocked food two weeks in advance" is no advance of troops.
  return (
    (
      text
        .toLowerCase()
        .replace(/\bin\s+advance\b/g, '')
        .replace(/\bin\s+(?:(?:the|a)\s+)?hospital\b/g, 'hospitalised')
        .match(/[a-z]+/g) ?? []
    )
      .map((w) => EVENT[w])
      .find(Boolean) ?? null
  );
}

/**
 * Is a duration match `m` (followed by `after` in its sentence) a length someone gave? Not a time ago, a range's last
 * figure, or a number of years about something else.
 */
function statesLength(sentence: string, m: RegExpExecArray, after: string, years: boolean): boolean {
  // "ten days ago" is when something happened, not how long; "two to three weeks" a range, whose last figure
  // alone is no length anyone gave (years keep their own rules below).
  if (!years && (/^\s*ago\b/i.test(`${m[5] === 'ago' ? ' ago' : ''}${after}`) || RANGE_BEFORE.test(sentence.slice(0, m.index)))) return false;
  // "a 6-year-old witness", "a 10-year plan", "the 50th anniversary": a number of years about something else.
  if (years && (/^-/.test(after) || (m[5] && !EVENT[m[5].toLowerCase()]) || !ABSENCE.test(sentence) || /-year\b/i.test(m[0]))) return false;
  return true;
}

/** Whether a duration is a time in office (`inOffice`), and the person it is of (`holder`), when known. */
interface Tenure {
  inOffice: boolean;
  holder: string | undefined;
}

/**
 * Is a duration match a time in office ("after taking office", "in the post") and whose? Null for a span in the post
 * with nobody to hold it: no fact at all.
 */
function tenureOf(ctx: SentenceContext, m: RegExpExecArray, after: string, years: boolean): Tenure | null {
  const { r, sentence, start, people } = ctx;
  // Days or weeks "after taking office" or "since being sworn in": how long someone had been in the post.
  const tookOffice = !years && TOOK_OFFICE.test(`${m[5] ?? ''}${after}`);
  // Days or weeks "in office", "in the post", "held the post for" too.
  const inPost = !years && !tookOffice && (IN_POST_AFTER.test(`${m[5] ?? ''}${after}`) || IN_POST_BEFORE.test(sentence.slice(0, m.index)));
  const inOffice = tookOffice || inPost;
  // A time in office is of the person named last before the count (`Vane dismissed Ostrow after 38 days in
  // office` is Ostrow's; `Vane, 30 days after taking office from Ostrow` is Vane's), or of the one person named.
  const holder = inOffice
    ? (spansOf(r)
        .peopleIn(start, start + m.index)
        .at(-1) ?? (people.length === 1 ? people[0] : undefined))
    : undefined;
  if (inPost && !holder) return null;
  return { inOffice, holder };
}

/**
 * The event a duration is the length of: the time in office, the event noun right after it, the sentence's event
 * word, or the noun it is written onto; undefined when the span cannot be that event's (a theft lasting days).
 */
function durationEvent(sentence: string, m: RegExpExecArray, after: string, inOffice: boolean, value: number): string | null | undefined {
  // The noun right after names the event ("35-minute encounter"); otherwise the sentence's event word.
  const named = inOffice ? 'office' : (m[5] && EVENT[m[5].toLowerCase()]) || eventIn(sentence) || compoundNoun(m);
  // A theft is over in minutes or hours: days or weeks in its sentence are custody, or how long ago it was.
  if (named === 'theft' && value > THEFT_MINUTES) return undefined;
  // "were inside for ten minutes", "spent ten minutes inside": the thieves' stay inside, not the theft's length.
  const inside = INSIDE.test(`${sentence.slice(Math.max(0, m.index - INSIDE_REACH), m.index)}|${m[5] ? ` ${m[5]}` : ''}${after.slice(0, INSIDE_REACH)}`);
  return named === 'theft' && inside ? 'time inside' : named;
}

/** The fact a duration match states ("35-minute encounter", "in five years"), or null when it is no length of an event. */
function durationFact(ctx: SentenceContext, m: RegExpExecArray, several: boolean): Fact | null {
  const { r, sentence, start, people, day } = ctx;
  const n = toNumber(m[2]!);
  if (n === null) return null;
  // "six hours in meetings over two days": the days are the period the hours fall in, not a length.
  if (several && /^over$/i.test(m[1] ?? '') && /^(days?|weeks?)$/i.test(m[4]!)) return null;
  const value = (n + (m[3] ? 0.5 : 0)) * UNIT_MINUTES[m[4]!.toLowerCase()]!;
  const years = m[4]!.toLowerCase().startsWith('year');
  const after = sentence.slice(m.index + m[0].length);
  if (!statesLength(sentence, m, after, years)) return null;
  const tenure = tenureOf(ctx, m, after, years);
  if (!tenure) return null;
  const { inOffice, holder } = tenure;
  // "3 minutes and 40 seconds": the minutes alone are not what the words say.
  if (/^\s*(?:and\s+)?\d+\s+seconds?\b/i.test(`${m[5] === 'and' ? ' and' : ''}${after}`)) return null;
  const event = durationEvent(sentence, m, after, inOffice, value);
  if (event === undefined) return null;
  // Keep the event noun in the quoted words only when it is one ("35-minute encounter").
  const kept = m[5] && EVENT[m[5].toLowerCase()] ? m[0] : m[0].slice(0, m[0].length - (m[5] ? m[5].length + 1 : 0));
  const lead = kept.length - kept.trimStart().length;
  const text = kept.trim();
  const at = start + m.index + lead;
  return {
    article: r.id,
    outlet: r.source.outlet,
    unit: years ? 'years' : 'minutes',
    total: !years && TOTAL.test(sentence),
    value: years ? value / YEAR_MINUTES : value,
    qualifier: qualifierOf(m[1]),
    text,
    start: at,
    end: at + text.length,
    sentence,
    event: years ? 'absence' : event,
    people: holder ? [holder] : people,
    day,
  };
}

/** The durations a sentence states ("35-minute encounter"), and its spans of years since a last such event ("in five years"). */
function durationFacts(ctx: SentenceContext): Fact[] {
  const facts: Fact[] = [];
  const durations = [...ctx.sentence.matchAll(DURATION)];
  for (const m of durations) {
    const fact = durationFact(ctx, m, durations.length > 1);
    if (fact) facts.push(fact);
  }
  return facts;
}

/** A distance of `value` in `unit` from the place of a distance match `m`, stated as `text` at `at`, in kilometres. */
function distanceFact(ctx: SentenceContext, m: RegExpExecArray, event: string, value: number, unit: string, text: string, at: number): Fact {
  const { r, sentence, people, day } = ctx;
  return {
    article: r.id,
    outlet: r.source.outlet,
    unit: 'km',
    total: false,
    value: Math.round(value * KM[unit.toLowerCase().replace(/\s+/, ' ')]! * 10) / 10,
    qualifier: qualifierOf(m[1]),
    text,
    start: at,
    end: at + text.length,
    sentence,
    event,
    people,
    day,
  };
}

/** The distances from a named place a sentence states, each in every unit it gives. */
function distanceFacts(ctx: SentenceContext): Fact[] {
  const { sentence, start } = ctx;
  const facts: Fact[] = [];
  for (const m of sentence.matchAll(DISTANCE)) {
    const n = toNumber(m[2]!);
    if (n === null) continue;
    const text = m[0].slice(0, m[0].indexOf(m[3]!) + m[3]!.length).trim();
    const lead = m[0].length - m[0].trimStart().length;
    const at = start + m.index + lead;
    const event = `distance from ${m[6]!.replace(/^the\s+/, '')}`;
    facts.push(distanceFact(ctx, m, event, n, m[3]!, text, at));
    // The same distance in the other unit, rounded its own way, with the first one's qualifier: a version of its own
    // when another outlet rounds it otherwise ("37 miles" against "38 miles").
    if (m[4]) {
      const open = m[0].indexOf('(', lead + text.length) + 1;
      facts.push(distanceFact(ctx, m, event, Number(m[4]), m[5]!, m[0].slice(open, m[0].indexOf(')', open)), start + m.index + open));
    }
  }
  return facts;
}

/** "The first … since 2018" in a sentence: the years from then to the publication year `pubYear`. */
function sinceYearFacts(ctx: SentenceContext, pubYear: number): Fact[] {
  const { r, sentence, start, people, day } = ctx;
  return [...sentence.matchAll(SINCE_YEAR)].map((m): Fact => ({
    article: r.id,
    outlet: r.source.outlet,
    unit: 'years',
    total: false,
    value: pubYear - Number(m[1]),
    qualifier: 'exact',
    text: `since ${m[1]}`,
    start: start + m.index + m[0].lastIndexOf('since'),
    end: start + m.index + m[0].length,
    sentence,
    event: 'absence',
    people,
    day,
  }));
}

/** Every duration fact of a record. */
export function findFacts(r: ArticleRecord): Fact[] {
  const facts: Fact[] = [];
  const pubYear = r.date.iso ? Number(r.date.iso.slice(0, 4)) : null;
  for (const b of r.blocks) {
    if (b.type !== 'paragraph' && b.type !== 'headline') continue;
    for (const [s, e] of sentences(b.text)) {
      const sentence = b.text.slice(s, e);
      // Most sentences name no unit at all: one cheap test spares them the three long patterns below.
      if (!UNIT_WORD.test(sentence) && !(pubYear && /\bsince\b/i.test(sentence))) continue;
      const start = b.start + s;
      const ctx: SentenceContext = { r, sentence, start, people: spansOf(r).peopleIn(start, b.start + e), day: weekdayOf(sentence) };
      facts.push(...durationFacts(ctx), ...distanceFacts(ctx));
      if (pubYear) facts.push(...sinceYearFacts(ctx, pubYear));
    }
  }
  return facts;
}

/** A dated event: "On Sunday, he spoke with Foreign Minister Qin Gang", resolved to a day. */
export interface EventDate {
  article: string;
  outlet: string | null;
  event: string;
  people: string[];
  iso: string;
  text: string;
  start: number;
  end: number;
  sentence: string;
}

/** Events with a resolved day: a sentence naming a meeting or visit, the people in it, and one date. */
export function findEventDates(r: ArticleRecord): EventDate[] {
  const out: EventDate[] = [];
  for (const b of r.blocks) {
    if (b.type !== 'paragraph') continue;
    for (const [s, e] of sentences(b.text)) {
      const start = b.start + s;
      const end = b.start + e;
      const dates = spansOf(r)
        .datesIn(start, end)
        .filter((d) => d.iso !== null);
      // One date only: a sentence with two dates says which event each belongs to in ways rules cannot read.
      if (dates.length !== 1) continue;
      const sentence = b.text.slice(s, e);
      const d = dates[0]!;
      // The event word must sit near the date, in the same stretch of the sentence ("met with Blinken on Monday"),
      // not across a dash or far away ("met … – … when Blinken landed in Beijing on Sunday").
      const at = d.start - start;
      const event = [...sentence.toLowerCase().matchAll(/[a-z]+/g)]
        .filter((m) => EVENT[m[0]] && Math.abs(m.index - at) <= 45 && !/[–—;]/.test(sentence.slice(Math.min(m.index, at), Math.max(m.index, at))))
        .map((m) => EVENT[m[0]]!)[0];
      const people = spansOf(r).peopleIn(start, end);
      if (!event || people.length < 2) continue;
      out.push({ article: r.id, outlet: r.source.outlet, event, people, iso: d.iso!, text: d.text, start: d.start, end: d.end, sentence });
    }
  }
  return out;
}
