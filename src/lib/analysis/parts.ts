/**
 * Wordings that hold more or less than one statement: a quotation that runs two statements together is
 * split between them, and a reporter's sentence grouped through the one partial quote it holds gives way to
 * that quote (the quote, once, is the wording a reader sees).
 */
import { isRunInside } from './match.ts';
import { makeUnit, type Unit, type UnitFields } from './units.ts';

type Groups = Unit[][];

/** Where each unit is: unit → index of its group. */
function placeOf(groups: Groups): Map<Unit, number> {
  const at = new Map<Unit, number>();
  groups.forEach((g, i) => g.forEach((u) => at.set(u, i)));
  return at;
}

/** True when a group holds wordings of no other article than `article`. */
const alone = (g: readonly Unit[], article: string) => g.every((u) => u.article === article);

/** Move `u` from group `from` to group `to`. */
function move(groups: Groups, at: Map<Unit, number>, u: Unit, to: number) {
  const from = at.get(u)!;
  groups[from] = groups[from]!.filter((x) => x !== u);
  groups[to]!.push(u);
  at.set(u, to);
}

/**
 * Reported sentences holding one partial quote: the quote, if grouped nowhere else and made of the words of
 * the sentence's statement, joins it; the sentence itself stays only when it says more than its quote (the
 * quote is in another statement).
 */
export function settleCarriers(groups: Groups, units: readonly Unit[]): Groups {
  const at = placeOf(groups);
  const byQuote = new Map<string, Unit[]>();
  for (const u of units) if (u.quote && at.has(u)) (byQuote.get(u.quote.id) ?? byQuote.set(u.quote.id, []).get(u.quote.id)!).push(u);
  for (const r of units) {
    // A sentence holding two quotes may hold two statements: it stays as it is.
    if (r.carries?.length !== 1 || !at.has(r)) continue;
    const home = at.get(r)!;
    if (alone(groups[home]!, r.article)) continue;
    let allHome = true;
    for (const q of r.carries)
      for (const u of byQuote.get(q.id) ?? []) {
        const g = at.get(u)!;
        // A quote grouped nowhere joins the statement when its words are in that statement's wordings.
        const fits = () => alone(groups[g]!, r.article) && groups[home]!.some((m) => m.words.size > u.words.size && isRunInside(u, m));
        if (g !== home && fits()) move(groups, at, u, home);
        else if (g !== home) allHome = false;
      }
    if (allHome && r.carries.some((q) => byQuote.has(q.id))) groups[home] = groups[home]!.filter((x) => x !== r);
  }
  return groups.filter((g) => g.length > 0);
}

/**
 * Groups that one quotation holds together: a quote of several sentences that matched two sets of wordings,
 * each set carrying one of its sentences ("To keep the lines of communication open. He and I agreed that …
 * pick up the phone"). The group is grouped again with that quote as its sentences; when it falls apart into
 * statements of two or more articles each, the quote is split between them (a sentence left alone goes with
 * its nearest sentence). A wording that holds both statements in one sentence still joins them. A second pass
 * (`clausePass`) tries the clauses of one-sentence quotes that join two statements with ", and" (`Unit.clauses`).
 */
export function splitBridges(groups: Groups, score: (a: Unit, b: Unit) => number, next: () => number, clausePass = false): Groups {
  const partsOf = clausePass ? (u: Unit) => u.clauses ?? u.parts : (u: Unit) => u.parts;
  const pass: BridgePass = { score, next, clausePass, partsOf };
  const out: Groups = [];
  for (const group of groups) {
    if (!group.some((u) => (clausePass ? u.clauses : u.parts))) {
      out.push(group);
      continue;
    }
    out.push(...splitBridge(pass, group));
  }
  return out;
}

/** What one pass of `splitBridges` takes apart with: the score, the index counter, and whether it tries clauses. */
interface BridgePass {
  score: (a: Unit, b: Unit) => number;
  next: () => number;
  clausePass: boolean;
  /** The pieces a quote is taken apart into in this pass (none: it stays whole). */
  partsOf: (u: Unit) => Unit[] | undefined;
}

/** Whether a group that holds quotes of several sentences (or clauses) falls apart into statements, and into which. */
function splitBridge(pass: BridgePass, group: Unit[]): Groups {
  const { partsOf } = pass;
  const items = group.flatMap((u) => partsOf(u) ?? [u]);
  const parts = linkItems(items, pass.score);
  joinInnerQuotes(group, parts, partsOf);
  const shared = sharedStatements(pass, group, parts);
  if (shared.length < 2) return [group];
  const at = placeOf(parts);
  placeAlone(pass, group, parts, at, shared);
  rejoinQuotes(pass, group, parts, at);
  return parts.filter((g) => g.length > 0);
}

/** Which wordings and quote pieces of a group hold together, by the score (pieces of one quote are not compared). */
function linkItems(items: readonly Unit[], score: (a: Unit, b: Unit) => number): Groups {
  const parent = items.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < items.length; i++)
    for (let j = i + 1; j < items.length; j++) {
      const [a, b] = [items[i]!, items[j]!];
      if (a.quote && a.quote === b.quote) continue;
      if (find(i) !== find(j) && score(a, b) > 0) parent[find(i)] = find(j);
    }
  const parts: Groups = [];
  const rootOf = new Map<number, number>();
  items.forEach((u, i) => {
    const r = find(i);
    if (!rootOf.has(r)) rootOf.set(r, parts.push([]) - 1);
    parts[rootOf.get(r)!]!.push(u);
  });
  return parts;
}

/** Which of the pieces a group fell apart into are statements: of two articles or more, standing on a wording. */
function sharedStatements(pass: BridgePass, group: readonly Unit[], parts: Groups): Groups {
  const { partsOf, clausePass } = pass;
  // Each statement must stand on a wording of its own somewhere (not only on sentences of quotes taken
  // apart here): two outlets quoting the same two sentences together are one statement of two sentences.
  const isPart = new Set(group.flatMap((u) => partsOf(u) ?? []));
  // Clauses of one sentence come apart also where another outlet quotes one of them as a sentence of its own
  // (“You are risking a strike, and what …” beside “You are risking a strike. And what …”).
  const isClause = new Set(group.flatMap((u) => u.clauses ?? []));
  const stands = (u: Unit) => !isPart.has(u) || (clausePass && !isClause.has(u));
  // A quote cut at a comma where nobody else cuts it ("On behalf of the crew, I offer …") is whole where all its
  // pieces went: it stands there as a wording of its own.
  const whole = (g: readonly Unit[]) => group.some((u) => u.quote && (partsOf(u)?.every((p) => g.includes(p)) ?? false));
  return parts.filter((g) => new Set(g.map((u) => u.article)).size >= 2 && (g.some(stands) || whole(g)));
}

/** Where the pieces left alone (of one article only) go: to the nearest sentence of their quote, else the largest. */
function placeAlone(pass: BridgePass, group: readonly Unit[], parts: Groups, at: Map<Unit, number>, shared: Groups): void {
  const { partsOf } = pass;
  // A sentence of a split quote left alone goes with its nearest sentence in a shared statement; anything
  // else left alone goes with the largest statement (it matched the quote as a whole).
  const largest = parts.indexOf(shared.reduce((a, b) => (b.length > a.length ? b : a)));
  for (const u of group) {
    const own = partsOf(u);
    if (!own) continue;
    const placed = own.filter((p) => !alone(parts[at.get(p)!]!, p.article));
    for (const p of own) {
      if (placed.includes(p)) continue;
      const near = placed.reduce<Unit | null>((best, s) => (!best || Math.abs(s.start - p.start) < Math.abs(best.start - p.start) ? s : best), null);
      move(parts, at, p, near ? at.get(near)! : largest);
    }
  }
  parts.forEach((g, i) => {
    if (i !== largest && g.length && alone(g, g[0]!.article)) for (const u of [...g]) move(parts, at, u, largest);
  });
}

/** Which pieces of a quote become one wording again: all of it in one statement, or its runs of pieces in each. */
function rejoinQuotes(pass: BridgePass, group: readonly Unit[], parts: Groups, at: Map<Unit, number>): void {
  const { partsOf, next } = pass;
  // A quote whose sentences all stayed in one statement is one wording again; sentences of one quote in one
  // statement are joined from the first to the last.
  for (const u of group) {
    const own = partsOf(u);
    if (!own) continue;
    const homes = new Set(own.map((p) => at.get(p)!));
    if (homes.size === 1) {
      const g = [...homes][0]!;
      parts[g] = [...parts[g]!.filter((x) => !own.includes(x)), u];
      continue;
    }
    for (const g of homes) {
      const ps = own.filter((p) => at.get(p) === g);
      if (ps.length < 2) continue;
      const q = u.quote!;
      const [start, end] = [ps[0]!.start, ps.at(-1)!.end];
      const joined = makeUnit({ ...fields(u), text: q.text.slice(start - q.start, end - q.start), start, end }, next());
      // The joined sentences stay its parts: a later pass may still take them apart (clauses, below).
      if (joined) parts[g] = [...parts[g]!.filter((x) => !ps.includes(x)), { ...joined, parts: ps }];
    }
  }
}

/**
 * A quotation of several sentences that another outlet quotes inside a longer one ("Those who seek justice … Violence
 * is never acceptable …" in "The footage … outraged. Those who seek justice …") is one statement: the groups its
 * sentences went to are made one, so that the quotation stands whole beside the longer one's other sentences; not
 * when one of those sentences is quoted alone somewhere (then each is a statement, the quotation strings them together),
 * nor when another quotation holds some of them without the others (an outlet quoting them apart, each with other words).
 */
function joinInnerQuotes(group: readonly Unit[], parts: Groups, partsOf: (u: Unit) => Unit[] | undefined): void {
  const at = placeOf(parts);
  const spans = group.flatMap((u) => {
    const own = partsOf(u);
    return own ? [{ u, homes: new Set(own.map((p) => at.get(p)!)) }] : [];
  });
  for (const x of spans) {
    if (x.homes.size < 2) continue;
    const inside = spans.some((y) => y.u.article !== x.u.article && y.homes.size > x.homes.size && [...x.homes].every((h) => y.homes.has(h)));
    // Sentences another outlet quotes alone are statements of their own: the quotation only strings them together.
    const isPart = new Set(group.flatMap((u) => partsOf(u) ?? []));
    if (!inside || [...x.homes].some((h) => parts[h]!.some((u) => !isPart.has(u)))) continue;
    // Nor when another quotation holds some of those sentences without the rest: that outlet quotes them apart.
    if (spans.some((z) => z !== x && [...x.homes].some((h) => z.homes.has(h)) && ![...x.homes].every((h) => z.homes.has(h)))) continue;
    // Current places: an earlier join may have moved these sentences.
    const homes = [...new Set(partsOf(x.u)!.map((p) => at.get(p)!))];
    const [first, ...rest] = homes;
    for (const h of rest) for (const u of [...parts[h]!]) move(parts, at, u, first!);
  }
}

/** The fields of a unit a new one is made from (no computed ones). */
export function fields(u: Unit): UnitFields {
  return {
    article: u.article,
    outlet: u.outlet,
    quote: u.quote,
    kind: u.kind,
    text: u.text,
    start: u.start,
    end: u.end,
    speakerId: u.speakerId,
    speakerName: u.speakerName,
    nearby: u.nearby,
  };
}

/** Words (stopwords too) of a phrase quoted alone that make it a sentence of its own ("them’s the breaks"). */
export const SENTENCE_WORDS = 3;

/** Where a quotation may be cut around a short sentence of its own: after a sentence, or a comma before "but"/"and". */
const EDGE = /[.!?…]+[”’"')\]]*\s+|,\s+(?=(?:but|and)\s)/giu;

/**
 * Short sentences quoted alone by two or more outlets (`rows`: groups of fragments with the same words that no
 * longer wording took, "Them’s the breaks") are a statement of their own: a longer quotation of another statement
 * that opens or ends with that sentence ("… the best job in the world. But them’s the breaks.") gives it to their
 * row and keeps the rest; the same words quoted alone that had joined the longer statement go to the row with it.
 */
export function splitKnownSentences(groups: Groups, rows: Groups, next: () => number): void {
  const byCore = new Map<string, Unit[]>();
  // A sentence, not a word or two ("encouraging"): three words or more, stopwords counted.
  for (const row of rows)
    if (new Set(row.map((u) => u.article)).size >= 2 && row[0]!.run.trim().split(' ').length >= SENTENCE_WORDS) byCore.set(row[0]!.core, row);
  if (!byCore.size) return;
  for (const g of groups) {
    if (rows.includes(g)) continue;
    const taken = new Set<Unit[]>();
    for (const u of [...g]) {
      if (!u.quote || u.kind === 'reported') continue;
      for (const m of u.text.matchAll(EDGE)) {
        const cut = m.index + m[0].length;
        if (cut >= u.text.length) continue;
        const end = m.index + m[0].trimEnd().length;
        // The first words up to the cut, or the last words from it, may be the row's sentence.
        const sides: Array<[number, number, number, number]> = [
          [0, end, cut, u.text.length],
          [cut, u.text.length, 0, end],
        ];
        const hit = sides.find(([s, e]) => {
          const core = makeUnit({ ...fields(u), text: u.text.slice(s, e), start: u.start + s, end: u.start + e }, -1)?.core;
          return core !== undefined && byCore.get(core)?.some((f) => f.article !== u.article);
        });
        if (!hit) continue;
        const [s, e, rs, re] = hit;
        const piece = makeUnit({ ...fields(u), text: u.text.slice(s, e), start: u.start + s, end: u.start + e }, next());
        const kept = makeUnit({ ...fields(u), text: u.text.slice(rs, re), start: u.start + rs, end: u.start + re }, next());
        if (!piece || !kept) continue;
        const row = byCore.get(piece.core)!;
        g.splice(g.indexOf(u), 1, kept);
        row.push(piece);
        taken.add(row);
        break;
      }
    }
    // The same words quoted alone that joined this statement as a run of its wordings go with the sentence.
    for (const row of taken)
      for (const u of [...g])
        if (u.core === row[0]!.core) {
          g.splice(g.indexOf(u), 1);
          row.push(u);
        }
  }
}

/**
 * A quotation of several sentences that the other wordings of its group match one sentence each (`“The storm is over
 * and the damage is huge. We need every volunteer we can get.”` beside `“damage is huge”` and `“every volunteer”` from
 * other outlets, joined through the quotation after the sentences were compared): when other outlets' wordings fall in
 * two of its sentences or more, each sentence is a statement with its wordings (a sentence no wording is in goes with
 * its nearest one that has some; sentences side by side in one statement stay one wording). A wording in no sentence
 * alone, or in several, stays with the first statement.
 */
export function splitByPhrases(groups: Groups, score: (a: Unit, b: Unit) => number, next: () => number): Groups {
  return groups.flatMap((g) => {
    const whole = g.filter((u) => u.parts && u.parts.length >= 2);
    const q = whole[0];
    if (whole.length !== 1 || !q || q.kind === 'reported' || !q.quote) return [g];
    const parts = q.parts!;
    const others = g.filter((u) => u !== q);
    if (others.some((u) => u.kind === 'reported')) return [g];
    const home = new Map<Unit, number>();
    for (const u of others) {
      const inside = parts.flatMap((p, i) => (isRunInside(u, p) || score(u, p) > 0 ? [i] : []));
      if (inside.length === 1) home.set(u, inside[0]!);
    }
    const carried = new Set([...home].filter(([u]) => u.article !== q.article).map(([, i]) => i));
    if (carried.size < 2) return [g];
    // Each sentence goes with the nearest sentence another outlet's wording is in.
    const placed = [...carried].sort((a, b) => a - b);
    const to = parts.map((_, i) => placed.reduce((a, b) => (Math.abs(b - i) < Math.abs(a - i) ? b : a)));
    const quote = q.quote;
    const out: Groups = [];
    for (const i of placed) {
      const ps = parts.filter((_, j) => to[j] === i);
      const [start, end] = [ps[0]!.start, ps.at(-1)!.end];
      const unit = ps.length === 1 ? ps[0]! : makeUnit({ ...fields(q), text: quote.text.slice(start - quote.start, end - quote.start), start, end }, next());
      if (!unit) return [g];
      out.push([unit, ...others.filter((u) => home.has(u) && to[home.get(u)!] === i)]);
    }
    out[0]!.push(...others.filter((u) => !home.has(u)));
    return out;
  });
}
