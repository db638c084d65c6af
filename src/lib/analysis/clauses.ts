/**
 * A reporter's sentence that reports two statements ("Okafor said the region is large enough for both to grow,
 * and that one side's gain need not be the other's loss"): after grouping, the clauses of a reported
 * sentence that do not report its statement leave it and look for their own (another statement, or the same
 * clause in other outlets), so one sentence no longer joins two statements into one row.
 */
import { attachReported, covers, groupReported } from './reported.ts';
import { BOUNDARY } from './boundaries.ts';
import { makeUnit, type Unit } from './units.ts';

/** A clause needs this many content words to stand as a statement. */
const CLAUSE_WORDS = 3;

/** The clauses of a reported sentence as units (none when it is one clause). */
function clausesOf(r: Unit, next: () => number): Unit[] {
  const turns = [...r.text.matchAll(BOUNDARY)];
  // Most sentences have no turn at all: nothing to cut.
  if (turns.length === 0) return [];
  const cuts = [0, ...turns.map((m) => m.index + m[0].length), r.text.length];
  const clauses: Unit[] = [];
  let from = 0;
  for (let i = 1; i < cuts.length; i++) {
    // A clause ends at its last word's punctuation, not at the space before the next one.
    const text = r.text.slice(from, cuts[i]).trimEnd();
    const u = makeUnit({ ...fieldsOf(r), text, start: r.start + from, end: r.start + from + text.length }, -1);
    // A clause too short to be a statement stays with the one after it.
    if (!u || (u.words.size < CLAUSE_WORDS && i < cuts.length - 1)) continue;
    u.index = next();
    clauses.push(u);
    from = cuts[i]!;
  }
  if (from < r.text.length && clauses.length) {
    const last = clauses.pop()!;
    const u = makeUnit({ ...fieldsOf(r), text: r.text.slice(last.start - r.start), start: last.start, end: r.end }, next());
    if (u) clauses.push(u);
  }
  if (clauses.length < 2) return [];
  // The sentence's speaker is the first person it names: a clause before that name is not theirs ("China urged the
  // US to stop arming Taiwan, while Biden called for …" gives the first clause to nobody the parser knows).
  const named = nameAt(r);
  // Not when the name stands in a reporting clause that closes the sentence ("…, but the road stayed shut, Vance said."):
  // every clause before it is theirs.
  const closing = named !== null && CLOSING.test(r.text.slice(named)) && /,\s*(?:[\p{L}’'.-]+\s+){0,4}$/u.test(r.text.slice(0, named));
  for (const c of clauses) if (named !== null && !closing && c.end <= r.start + named) Object.assign(c, { speakerId: null, speakerName: null });
  // A sentence holding partial quotes keeps its quotes' clauses out: the quotes are units of their own, and the
  // reporter's other clauses may report another statement ("Okafor urged calm, while Lima said it was “over”").
  return r.carries ? clauses.filter((c) => !r.carries!.some((q) => q.start < c.end && q.end > c.start)) : clauses;
}

/** A reporting clause that closes a sentence, from the speaker's name on: "Vance said.", "Vance told reporters on Monday." */
const CLOSING = /^[\p{L}’'.-]+(?:\s+[\p{Lu}][\p{L}’'.-]*)*\s+(?:said|says|told|added|stated|noted|explained)\b[^,;]*$/u;

/** Where in a reported sentence its speaker's name first appears (any word of it), or null when it does not. */
function nameAt(r: Unit): number | null {
  const words = (r.speakerName ?? '').split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  const at = words.map((w) => wordAt(r.text, w)).filter((i) => i >= 0);
  return at.length ? Math.min(...at) : null;
}

const LETTER = /\p{L}/u;
/** The first place `word` stands in `text` as a whole word (no letter either side), or -1. */
function wordAt(text: string, word: string): number {
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1))
    if (!LETTER.test(text[i - 1] ?? '') && !LETTER.test(text[i + word.length] ?? '')) return i;
  return -1;
}

function fieldsOf(r: Unit) {
  return {
    article: r.article,
    outlet: r.outlet,
    quote: r.quote,
    kind: r.kind,
    text: r.text,
    start: r.start,
    end: r.end,
    speakerId: r.speakerId,
    speakerName: r.speakerName,
    // An unnamed source's clauses (or a body's: `It also vowed …`) are no named person's either.
    ...(r.anonymous ? { anonymous: true } : {}),
  };
}

/** What splitting the groups' sentences shares: the clauses set loose, the index counter, the sentences looked at. */
interface ClauseSplit {
  /** Clauses that left their group, to look for their own statement. */
  loose: Unit[];
  next: () => number;
  only: Set<Unit> | undefined;
  /** Where each quotation is grouped. */
  quoteGroup: Map<string, Unit[]>;
}

/**
 * Take out of each group the clauses of its reported sentences that do not report its statement; they join
 * another statement, or group with the same statement reported elsewhere (among `ungrouped` sentences too).
 * With `only`, just those sentences are looked at (and the part of one that stays is added to it).
 */
export function splitClauses(groups: Unit[][], ungrouped: readonly Unit[], next: () => number, story: ReadonlySet<string>, only?: Set<Unit>): Unit[][] {
  const loose: Unit[] = [];
  // Where each quotation is grouped: a sentence's partial quote may report another statement than the sentence.
  const quoteGroup = new Map<string, Unit[]>();
  for (const g of groups) for (const u of g) if (u.quote && u.kind !== 'reported') quoteGroup.set(u.quote.id, g);
  const split: ClauseSplit = { loose, next, only, quoteGroup };
  for (const g of groups) {
    const quotes = g.filter((m) => m.kind !== 'reported');
    if (!quotes.length) continue;
    for (const r of g.filter((m) => m.kind === 'reported' && (!only || only.has(m)))) splitSentence(split, g, quotes, r);
  }
  // A sentence no statement took may report two: its clauses look for a statement, or for each other, apart.
  const cut = ungrouped.map((r) => clausesOf(r, next));
  const pieces = cut.flat();
  const left = attachReported(
    groups.map((members) => ({ members })),
    [...loose, ...pieces],
    CLAUSE_WORDS,
    story,
  );
  const fresh = new Set(left);
  // A sentence holding partial quotes never starts a statement as a whole (its quotes do).
  const whole = ungrouped.filter((r, i) => !cut[i]!.length && !r.carries);
  return [...groups, ...groupReported([...left, ...whole]).filter((g) => g.some((u) => fresh.has(u)))];
}

/** Whether a grouped reported sentence stays whole, leaves its group as clauses, or keeps only its fitting clauses. */
function splitSentence(split: ClauseSplit, g: Unit[], quotes: readonly Unit[], r: Unit): void {
  const { quoteGroup } = split;
  // A sentence holding a partial quote that another statement took ("…, noting X, after calling the talks
  // “fruitful”") keeps here only its own clauses: the quote's clause reports the quote's statement.
  const away = r.carries?.some((q) => quoteGroup.has(q.id) && quoteGroup.get(q.id) !== g) ?? false;
  if (r.carries && !away) return;
  const clauses = clausesOf(r, split.next);
  if (!clauses.length) return;
  const fits = clauseFits(g, quotes, r, clauses, away);
  if (fits.every(Boolean) && !away) return;
  if (!fits.some(Boolean)) {
    // No clause reports the statement on its own, yet the whole sentence covers one of its quotes: it matched
    // through words of two clauses that report two other things ("… elections on 14 October and that she will
    // stay on as an MP" beside "I would do New Zealand a disservice to stay on"). It leaves, and its clauses
    // look for their own statements. (A sentence that came through another outlet's report stays whole.)
    if (quotes.some((q) => q.article !== r.article && covers(r, q) > 0)) {
      g.splice(g.indexOf(r), 1);
      split.loose.push(...clauses);
    }
    return;
  }
  keepFitting(split, g, r, clauses, fits);
}

/** Which clauses of a sentence report its group's statement (by another outlet's quote, else by its reports). */
function clauseFits(g: readonly Unit[], quotes: readonly Unit[], r: Unit, clauses: readonly Unit[], away: boolean): boolean[] {
  let fits = clauses.map((c) => quotes.some((q) => q.article !== r.article && covers(c, q) > 0));
  // No quote's words: the sentence came through another outlet's report of the statement; its clauses are
  // measured against those reports.
  if (!fits.some(Boolean)) {
    const reports = g.filter((m) => m.kind === 'reported' && m.article !== r.article);
    fits = clauses.map((c) => reports.some((m) => covers(c, m) > 0));
  }
  // The reporter's own words brought it here (a quote's clause is none of `clauses`): all of them stay.
  if (away && !fits.some(Boolean)) fits = clauses.map(() => true);
  return fits;
}

/** What stays of a sentence in its group (its fitting clauses, as one wording) and what leaves (the sides around). */
function keepFitting(split: ClauseSplit, g: Unit[], r: Unit, clauses: readonly Unit[], fits: readonly boolean[]): void {
  const { next, only } = split;
  // The clauses that report the statement stay, as one wording from the first to the last of them.
  const kept = clauses.filter((_, i) => fits[i]);
  const first = kept[0]!;
  const last = kept.at(-1)!;
  const stay = makeUnit({ ...fieldsOf(r), text: r.text.slice(first.start - r.start, last.end - r.start), start: first.start, end: last.end }, next());
  g.splice(g.indexOf(r), 1, ...(stay ? [stay] : []));
  if (stay && only) only.add(stay);
  // The clauses before the kept ones, and those after, each report one statement more, as one wording.
  for (const side of [clauses.filter((c, i) => !fits[i] && c.start < first.start), clauses.filter((c, i) => !fits[i] && c.start > last.end)]) {
    if (!side.length) continue;
    const [a, b] = [side[0]!, side.at(-1)!];
    const u = side.length === 1 ? a : makeUnit({ ...fieldsOf(a), text: r.text.slice(a.start - r.start, b.end - r.start), start: a.start, end: b.end }, next());
    if (u) split.loose.push(u);
  }
}
