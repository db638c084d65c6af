/**
 * The time of day of one event: "the blast happened around 9.20 pm", "took place at 9 pm on Friday", "the plane
 * touched down just after 6.30pm", "landed at 5:50 pm", "took off at 7:12 am". What happened is told by a general verb
 * nearest the time (it happened, it landed, it began, it took off); two times of one kind of event, in one time zone,
 * on no different weekdays and within an hour and a half of each other are of one event (an aftershock hours later is
 * another).
 */
import type { ArticleRecord } from '../schema/record.ts';
import { sentences } from '../tokens.ts';
import { statedFact, weekdayOf, type Fact } from './facts.ts';
import { interval } from './values.ts';

/**
 * "around 9.20 pm", "at 9pm", "just after 6.30 p.m.", "shortly before 21:40", "around midday"; in German copies
 * "gegen 21 Uhr", "kurz nach 18.30 Uhr"; in Spanish ones "a las 21:40 horas", "hacia las 21:40". The end of a span
 * of hours ("between 1-2 pm") is no time of its own.
 */
const TIME =
  /(?<![\p{L}\d]|\d\s?[-–])(?:(around|about|approximately|roughly|shortly after|just after|after|shortly before|just before|before|at|gegen|um|kurz nach|kurz vor|nach|vor|a las|alrededor de las|hacia las|sobre las|poco después de las|poco antes de las)\s+)?(?:(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?\s?m\b\.?|([01]?\d|2[0-3])(?:[:.](\d{2}))?\s*Uhr\b|([01]?\d|2[0-3]):(\d{2})\b(?![:.,]?\d)|(noon|midday)\b(?![-\s]+(?:prayers?|deadline|sun|meal|break)\b))/giu;
/** What happened at the time, as a general verb: the event itself, an arrival, a start. */
const KINDS: ReadonlyArray<readonly [string, RegExp]> = [
  [
    'event',
    /(?<!\p{L})(?:happened|occurred|took place|struck|crashed|collided|derailed|exploded|(?:was|were)\s+shot|(?:the|a)\s+(?:shooting|killing|stabbing|blast|explosion|collision)|geschah|ereignete sich|passierte|ocurrió|se produjo|tuvo lugar|sucedió)(?!\p{L})/giu,
  ],
  ['landing', /(?<!\p{L})(?:landed|touched down|arrived?|arriving|landing|landete|aterrizó|llegó)(?!\p{L})/giu],
  ['start', /(?<!\p{L})(?:began|begun|started|opened|kicked off|begann|comenzó|empezó)(?!\p{L})/giu],
  // A flight's or a ship's departure is its own moment: "took off at 7:12 am" and "departed around 7:13 am" are one
  // departure, not the crash or the landing that the same sentence may name further away.
  [
    'departure',
    /(?<!\p{L})(?:took off|taken off|taking off|take-?off|takeoff|departed|departing|departure|set sail|despegó|despegar|despegue|décollé|décollage|abhob|gestartet)(?!\p{L})/giu,
  ],
];
/** A time zone named after the time ("14:30 GMT"); none is local time. */
const ZONE = /^\s*\(?(GMT|UTC|ET|EST|EDT|PT|PST|PDT|BST|CET|CEST|IST|JST|AEST)\b/;
/** Times of one event said two ways are close; an hour and a half apart, they are two events. */
const WINDOW = 90;

/** The qualifier of a time: "around" (about), "just after" (more), "just before" (less); facts.ts's qualifierOf reads counts. */
function timeQualifier(q: string | undefined): Fact['qualifier'] {
  const w = q?.toLowerCase();
  if (!w || w === 'at') return 'exact';
  if (w === 'um' || w === 'a las') return 'exact';
  if (/after|nach|después/.test(w)) return 'more';
  if (/before|vor|antes/.test(w)) return 'less';
  return 'about';
}

/** Every time of day at which a record says something happened (unit `clock`, value minutes after midnight; event its kind; noun its zone). */
export function findClockTimes(r: ArticleRecord): Fact[] {
  const out: Fact[] = [];
  for (const b of r.blocks) {
    // Most paragraphs state no time of day: one cheap test spares them the sentence split.
    if ((b.type !== 'paragraph' && b.type !== 'headline') || !/\d\s*[ap]\.?\s?m\b|\d:\d\d|\d\s*Uhr\b|\b(?:noon|midday)\b/i.test(b.text)) continue;
    for (const [s, e] of sentences(b.text)) {
      const sentence = b.text.slice(s, e);
      for (const m of sentence.matchAll(TIME)) {
        const [hh, mm] = m[9]
          ? [12, 0]
          : m[2] !== undefined
            ? [Number(m[2]), Number(m[3] ?? 0)]
            : m[5] !== undefined
              ? [Number(m[5]), Number(m[6] ?? 0)]
              : [Number(m[7]), Number(m[8])];
        if (mm > 59 || (m[4] && (hh < 1 || hh > 12))) continue;
        const hour = m[4] ? (hh % 12) + (m[4].toLowerCase() === 'p' ? 12 : 0) : hh;
        // The kind of event whose verb is nearest the time (from the time's nearer edge: "arrived in Pellham around
        // midday and soon began walking" began at midday).
        let kind: string | null = null;
        let distance = Infinity;
        for (const [name, verb] of KINDS)
          for (const v of sentence.matchAll(verb)) {
            const d = v.index < m.index ? m.index - v.index : v.index - (m.index + m[0].length);
            if (d < distance) [kind, distance] = [name, d];
          }
        if (!kind) continue;
        const zone = ZONE.exec(sentence.slice(m.index + m[0].length))?.[1]?.toUpperCase() ?? 'local';
        out.push(
          statedFact(r, sentence, b.start + s, m, m[0].trim(), {
            unit: 'clock',
            value: hour * 60 + mm,
            qualifier: timeQualifier(m[1]),
            event: kind,
            noun: zone,
            label: kind,
            day: weekdayOf(sentence),
          }),
        );
      }
    }
  }
  return out;
}

/**
 * Two times of one kind of event, in two articles, on no different weekdays, close enough to be one event: in one
 * time zone, or one in a named zone and one in none (the local time of the event may be that zone or the next:
 * `around 2:40 a.m.` / `around 3:40 a.m. EST`).
 */
export function sameClock(a: Fact, b: Fact): boolean {
  if (a.article === b.article || a.event !== b.event || (a.day && b.day && a.day !== b.day)) return false;
  if (a.noun !== b.noun && a.noun !== 'local' && b.noun !== 'local') return false;
  return Math.abs(a.value - b.value) <= WINDOW;
}

/**
 * Times of one event stated in a named zone and in local time that all agree once the local times are moved by
 * whole hours (one to three): the local zone may be another, so the versions can all be right.
 */
export function agreeAcrossZones(times: readonly Fact[]): boolean {
  const local = times.filter((f) => f.noun === 'local');
  if (!local.length || local.length === times.length) return false;
  return [-3, -2, -1, 1, 2, 3].some((h) => {
    const shifted = times.map((f) => (f.noun === 'local' ? { ...f, value: f.value + h * 60 } : f));
    return Math.max(...shifted.map((f) => interval(f)[0])) <= Math.min(...shifted.map((f) => interval(f)[1]));
  });
}

/** A time as a reader says it: "around 9:20 pm". */
export function showClock(f: Pick<Fact, 'qualifier' | 'value'>): string {
  const q = { exact: '', about: 'around ', more: 'after ', less: 'before ' }[f.qualifier];
  const [h, m] = [Math.floor(f.value / 60), f.value % 60];
  return `${q}${((h + 11) % 12) + 1}:${String(m).padStart(2, '0')} ${h < 12 ? 'am' : 'pm'}`;
}
