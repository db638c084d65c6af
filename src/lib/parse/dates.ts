/**
 * Stage: dates. Finds the dates written in a text ("June 20, 2023", "2023-06-19", "June 19", "on Monday")
 * and resolves the incomplete ones against the publication date or, failing that, the years the text names.
 */
import { isRealDate } from '../schema/meta.ts';
import type { DateMention } from '../schema/record.ts';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTH =
  '(Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sep(?:t(?:ember)?|\\.)?|Sept\\.|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';

/**
 * One scan for every form; the named groups tell which matched. Order matters: longer forms first.
 */
const DATE_PATTERN = new RegExp(
  [
    `(?<iso>\\b(\\d{4})-(\\d{2})-(\\d{2})\\b)`,
    `(?<mdy>\\b${MONTH} ${DAY},? (\\d{4})\\b)`,
    `(?<dmy>\\b${DAY} ${MONTH},? (\\d{4})\\b)`,
    `(?<md>\\b${MONTH} ${DAY}\\b(?!,? \\d))`,
    `(?<dm>\\b${DAY} ${MONTH}\\b(?!,? \\d))`,
    `(?<my>\\b${MONTH},? (\\d{4})\\b)`,
    `(?<wd>\\b(?:([Ll]ast|[Nn]ext|[Tt]his|[Oo]n) )?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\\b)`,
    `(?<rel>\\b(yesterday|today|tomorrow)\\b)`,
  ].join('|'),
  'g',
);

/** A date mention before resolution: what is known of year, month, day and weekday. */
interface RawDate {
  text: string;
  start: number;
  end: number;
  year?: number;
  month?: number;
  day?: number;
  weekday?: number;
  direction?: 'last' | 'next' | 'this' | 'on';
  relative?: number;
}

const monthIndex = (name: string) => MONTHS.findIndex((m) => m.startsWith(name.toLowerCase().replace('.', '').slice(0, 3))) + 1;
const pad = (n: number) => String(n).padStart(2, '0');
const toIso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

/** Every date-like phrase in `text`, unresolved. */
function scanDates(text: string): RawDate[] {
  const found: RawDate[] = [];
  for (const m of text.matchAll(DATE_PATTERN)) {
    const g = m.groups!;
    const base = { text: m[0], start: m.index, end: m.index + m[0].length };
    const n = (i: number) => Number(m[i]);
    if (g.iso) found.push({ ...base, year: n(2), month: n(3), day: n(4) });
    else if (g.mdy) found.push({ ...base, month: monthIndex(m[6]!), day: n(7), year: n(8) });
    else if (g.dmy) found.push({ ...base, day: n(10), month: monthIndex(m[11]!), year: n(12) });
    else if (g.md) found.push({ ...base, month: monthIndex(m[14]!), day: n(15) });
    else if (g.dm) found.push({ ...base, day: n(17), month: monthIndex(m[18]!) });
    else if (g.my) found.push({ ...base, month: monthIndex(m[20]!), year: n(21) });
    else if (g.wd) {
      const weekday = WEEKDAYS.indexOf(m[24]!.toLowerCase());
      found.push({ ...base, weekday, direction: (m[23]?.toLowerCase() as RawDate['direction']) ?? undefined });
    } else if (g.rel) found.push({ ...base, relative: { yesterday: -1, today: 0, tomorrow: 1 }[m[26]!.toLowerCase()] });
  }
  // "May" alone is nearly always the verb; only keep it with a day or year.
  return found.filter((d) => d.day !== undefined || d.year !== undefined || d.weekday !== undefined || d.relative !== undefined);
}

/** The latest (year, month) the text names, to complete a day written without its year. */
function contextYear(raw: RawDate[]): { year: number; month: number; text: string } | null {
  let best: { year: number; month: number; text: string } | null = null;
  for (const d of raw)
    if (d.year && d.month && (!best || d.year * 12 + d.month > best.year * 12 + best.month)) best = { year: d.year, month: d.month, text: d.text };
  return best;
}

const addDays = (iso: string, days: number) => new Date(Date.parse(iso) + days * 86_400_000).toISOString().slice(0, 10);

/** Resolve one mention; `anchor` is the publication date when known. */
function resolve(d: RawDate, anchor: string | null, context: ReturnType<typeof contextYear>): DateMention {
  const mention = { text: d.text, start: d.start, end: d.end };
  if (d.year && d.month && d.day) {
    const iso = toIso(d.year, d.month, d.day);
    return { ...mention, iso: isRealDate(iso) ? iso : null, provenance: 'stated' };
  }
  if (d.month && d.day) {
    let year: number | null = null;
    if (anchor) {
      // News reports recent days: take the year that puts the day closest before (or just after) publication.
      year = Number(anchor.slice(0, 4));
      if (toIso(year, d.month, d.day) > addDays(anchor, 31)) year -= 1;
    } else if (context) year = d.month >= context.month ? context.year : context.year + 1;
    const iso = year ? toIso(year, d.month, d.day) : null;
    return { ...mention, iso: iso && isRealDate(iso) ? iso : null, provenance: 'inferred' };
  }
  if (d.weekday !== undefined && anchor) {
    const anchorDay = new Date(Date.parse(anchor)).getUTCDay();
    let delta = (d.weekday - anchorDay + 7) % 7;
    if (d.direction === 'next') delta = delta === 0 ? 7 : delta;
    else delta = delta === 0 && d.direction !== 'last' ? 0 : delta - 7;
    return { ...mention, iso: addDays(anchor, delta), provenance: 'inferred' };
  }
  if (d.relative !== undefined && anchor) return { ...mention, iso: addDays(anchor, d.relative), provenance: 'inferred' };
  return { ...mention, iso: null, provenance: 'inferred' };
}

/** Every date in `text`, resolved against `anchor` (the publication date) when one is given. */
export function findDates(text: string, anchor: string | null): DateMention[] {
  const raw = scanDates(text);
  const context = contextYear(raw);
  return raw.filter((d) => d.day !== undefined || d.weekday !== undefined || d.relative !== undefined).map((d) => resolve(d, anchor, context));
}

/** The first complete date in a short piece of text (a dateline), or null. */
export function statedDate(text: string): { iso: string; text: string } | null {
  for (const d of scanDates(text))
    if (d.year && d.month && d.day && isRealDate(toIso(d.year, d.month, d.day))) return { iso: toIso(d.year, d.month, d.day), text: d.text };
  return null;
}

/**
 * A publication date guessed from the text when neither metadata nor a dateline gives one: the latest day
 * the text names, its year completed from the years the text mentions ("on June 19" … "in November 2022").
 */
export function inferPublished(text: string): { iso: string; evidence: string } | null {
  const raw = scanDates(text);
  const context = contextYear(raw);
  let best: { iso: string; evidence: string } | null = null;
  for (const d of raw) {
    if (!d.month || !d.day) continue;
    const r = resolve(d, null, context);
    if (r.iso && (!best || r.iso > best.iso)) best = { iso: r.iso, evidence: d.year || !context ? d.text : `${d.text} (year from “${context.text}”)` };
  }
  return best;
}
