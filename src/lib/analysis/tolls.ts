/**
 * Death tolls: the count of the dead an authority gives is a statement that outlets report ("Officials said at least
 * 36 people had died") and state as plain facts ("The death toll of 36 is expected to rise", "The fire killed at least
 * 36 people"), in words that share little besides the number. Sentences that give one toll, in two or more articles,
 * one of them at least reporting it, are one row; a toll given again later (96 after 36) is another.
 */
import type { ArticleRecord } from '../schema/record.ts';
import { sentences } from '../tokens.ts';
import { qualifierOf, weekdayOf, type Fact } from './facts.ts';
import type { Unit } from './units.ts';

const WORDS: Record<string, number> = Object.fromEntries(
  'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'
    .split(' ')
    .map((w, i) => [w, i + 1]),
);
/** A count in digits (thousands with a comma or a point) or in words up to twenty. */
const N = `(\\d{1,3}(?:[,.]\\d{3})+|\\d+|${Object.keys(WORDS).join('|')})`;
const QUALIFIER = '(?:(?:at least|more than|over|nearly|almost|about|around|some|roughly|up to)\\s+)?';
/** Who died, between the count and the verb ("36 people", "six residents of the island", "2,122 others"). */
const WHO = "(?:[\\p{L}'’-]+\\s+){0,3}?";
/** The ways a sentence gives a toll: "death toll of 96", "36 people had died", "killing 1,037 people", "six lives", "96 deaths". */
const TOLL = new RegExp(
  [
    `\\bdeath\\s+toll\\s+(?:(?:\\p{L}+\\s+){0,3}?(?:of|to|at|is|was|reached|stands|stood)\\s+)?${QUALIFIER}${N}\\b`,
    `\\b${QUALIFIER}${N}\\s+${WHO}(?:(?:have|has|had|were|are|was|is)\\s+)?(?:been\\s+)?(?:(?:confirmed|reported|found)\\s+)?(?:dead|died|killed)\\b`,
    `\\b(?:killing|killed|kills|left)\\s+${QUALIFIER}${N}\\s+(?:people|persons|dead)\\b`,
    `\\b${QUALIFIER}${N}\\s+(?:deaths|lives)\\b`,
  ].join('|'),
  'iu',
);
/** A cheap first test: most sentences hold no number and no word of a number. */
const COUNTED = new RegExp(`\\d|\\b(?:${Object.keys(WORDS).join('|')})\\b`, 'i');
/** An earlier year just before the count makes it a toll of an earlier event ("the 2018 fire, which killed 85 people"). */
const EARLIER = /\b(?:1[89]|20)\d\d\b\D{0,60}$/;
/**
 * A toll in a clause that dates something else ("Kade signed the order after at least 40 people were killed") is the
 * background of another statement, not the toll's own.
 */
const BACKGROUND = /\b(?:after|when|since|following|amid|as)\s+$/i;

/** The first toll a sentence gives: its number, the words that give it and where they start; or null. */
function tollIn(text: string): { value: number; words: string; at: number; qualifier: string | undefined } | null {
  const m = TOLL.exec(text);
  if (!m) return null;
  if (EARLIER.test(text.slice(0, m.index)) || BACKGROUND.test(text.slice(0, m.index))) return null;
  const raw = m
    .slice(1)
    .find((x) => x !== undefined)!
    .toLowerCase();
  const value = WORDS[raw] ?? Number(raw.replace(/[,.]/g, ''));
  // A year is no toll ("died in 2019").
  if (!(value > 0) || (value >= 1800 && value <= 2100 && /^\d{4}$/.test(raw))) return null;
  // The words from the count (and its qualifier) on: "at least 12 people", not "killing at least 12 people".
  const lower = m[0].toLowerCase();
  const count = Math.max(0, lower.search(new RegExp(`(?<![\\p{L}\\d])${raw.replace(/[.]/g, '\\.')}(?![\\p{L}\\d])`, 'u')));
  const q = /\b(at least|more than|over|nearly|almost|about|around|some|roughly|up to)\s+$/.exec(lower.slice(0, count));
  const from = q ? q.index : count;
  return { value, words: m[0].slice(from), at: m.index + from, qualifier: q?.[1] };
}

/** The first toll a sentence gives, as a number, or null. */
export function tollOf(text: string): number | null {
  return tollIn(text)?.value ?? null;
}

/**
 * Every death toll a record states, as a count fact (event and noun `die`), as the grouping reads it: "killing at
 * least 36 people", "left 43 dead", "a death toll of 96", "six lives". Compared with the counts of tallies.ts.
 */
export function findTolls(r: ArticleRecord): Fact[] {
  const out: Fact[] = [];
  for (const b of r.blocks) {
    if ((b.type !== 'paragraph' && b.type !== 'headline') || !COUNTED.test(b.text)) continue;
    for (const [s, e] of sentences(b.text)) {
      const sentence = b.text.slice(s, e);
      const toll = COUNTED.test(sentence) ? tollIn(sentence) : null;
      if (!toll) continue;
      const start = b.start + s + toll.at;
      out.push({
        article: r.id,
        outlet: r.source.outlet,
        unit: 'count',
        value: toll.value,
        total: false,
        qualifier: qualifierOf(toll.qualifier),
        text: toll.words.trim(),
        start,
        end: start + toll.words.trim().length,
        sentence,
        event: 'die',
        people: [],
        day: weekdayOf(sentence),
        noun: 'die',
        label: 'people died',
      });
    }
  }
  return out;
}

/**
 * Join each reporter's sentence that gives a toll and is in no row yet (nor cut into clauses that are) to the row of
 * that toll: an existing row most of whose wordings give it, or a new one when two or more articles give it and one
 * of those sentences reports speech. A sentence holding a partial quote is placed by its quote. Returns the units
 * that joined.
 */
export function joinTolls(groups: Unit[][], units: readonly Unit[]): Set<Unit> {
  const home = new Map<Unit, Unit[]>();
  const placed = new Map<string, Unit[]>();
  for (const g of groups)
    for (const m of g) {
      home.set(m, g);
      (placed.get(m.article) ?? placed.set(m.article, []).get(m.article)!).push(m);
    }
  // In a row of two articles or more, or cut into clauses that are somewhere: it stays where it is.
  const inRow = (u: Unit) =>
    home.has(u) ? new Set(home.get(u)!.map((m) => m.article)).size >= 2 : (placed.get(u.article)?.some((m) => m.start < u.end && m.end > u.start) ?? false);
  const byToll = new Map<number, Unit[]>();
  for (const u of units) {
    // A quotation of one sentence may give it too ("At least 14 people have died, the agency said").
    if (u.kind === 'partial' || u.parts || u.carries || !COUNTED.test(u.text)) continue;
    const toll = tollOf(u.text);
    if (toll === null || inRow(u)) continue;
    (byToll.get(toll) ?? byToll.set(toll, []).get(toll)!).push(u);
  }
  const joined = new Set<Unit>();
  if (!byToll.size) return joined;
  // The toll of each row: the one more than half its wordings give.
  const rowOf = new Map<number, Unit[]>();
  for (const g of groups) {
    if (new Set(g.map((m) => m.article)).size < 2) continue;
    const counts = new Map<number, number>();
    for (const m of g) {
      const t = m.kind === 'partial' || !COUNTED.test(m.text) ? null : tollOf(m.text);
      if (t !== null) counts.set(t, (counts.get(t) ?? 0) + 1);
    }
    for (const [t, n] of counts) if (n * 2 > g.length && byToll.has(t)) rowOf.set(t, g);
  }
  for (const [toll, list] of byToll) {
    const row = rowOf.get(toll);
    if (!row && (new Set(list.map((u) => u.article)).size < 2 || list.every((u) => u.plain))) continue;
    const into = row ?? (groups.push([]), groups.at(-1)!);
    for (const u of list) {
      const from = home.get(u);
      if (from) from.splice(from.indexOf(u), 1);
      into.push(u);
      joined.add(u);
    }
  }
  return joined;
}
