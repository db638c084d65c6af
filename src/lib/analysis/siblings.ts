/**
 * Two statements of one speaker that share a few words: an answer that repeats part of an earlier remark with
 * more words of its own ("we will run it carefully, so it does not turn into a crisis" beside "it must not turn
 * into a crisis"). Single-link grouping joins them through that one loose link; here a group falls apart again
 * when its wordings' closest matches form separate sets, each carried by two or more articles, tied to each other
 * only by links that leave most of the longer wording unmatched.
 */
import { isRunInside, overlap } from './match.ts';
import { dice } from './text.ts';
import type { Unit } from './units.ts';
import { unionFind } from './union.ts';

/** A pair of wordings that matched, with its score. */
export interface Link {
  a: Unit;
  b: Unit;
  score: number;
}

/** A link that leaves more than this share of the longer wording's words unmatched is loose. */
const LOOSE_SHARE = 0.5;

/** True when a link says more than "these share a few words": near-identical letters, one inside the other, or most of both. */
function isClose(l: Link, closeDice: number): boolean {
  if (dice(l.a.grams, l.b.grams) >= closeDice) return true;
  const [short, long] = l.a.words.size <= l.b.words.size ? [l.a, l.b] : [l.b, l.a];
  if (isRunInside(short, long)) return true;
  const o = overlap(l.a, l.b);
  return (o.shared + o.synonyms.length) / long.words.size > LOOSE_SHARE;
}

/** Each unit's closest match in another article among `links`. */
function closest(links: readonly Link[]): Map<Unit, Unit> {
  const best = new Map<Unit, Link>();
  for (const l of links) {
    if (l.a.article === l.b.article) continue;
    for (const u of [l.a, l.b]) if ((best.get(u)?.score ?? -1) < l.score) best.set(u, l);
  }
  return new Map([...best].map(([u, l]) => [u, l.a === u ? l.b : l.a]));
}

/**
 * Split each group into the sets its wordings' closest matches form, when only loose links tie the sets.
 * `links` are the pairs that matched; a wording with none (a piece of a quote taken apart) is scored against its
 * group with `score`. `fragments` (short quotes, grouped later) count as closest matches and as carriers of a
 * set, and are left out of the groups returned.
 */
export function splitSiblings(
  groups: readonly Unit[][],
  links: readonly Link[],
  fragments: readonly Unit[],
  score: (a: Unit, b: Unit) => number,
  closeDice: number,
): Unit[][] {
  const groupOf = new Map<Unit, number>();
  groups.forEach((g, i) => g.forEach((u) => groupOf.set(u, i)));
  const isFragment = new Set(fragments);
  const touching = new Map<number, Link[]>();
  for (const l of links) {
    const g = groupOf.get(l.a) ?? groupOf.get(l.b);
    if (g !== undefined) (touching.get(g) ?? touching.set(g, []).get(g)!).push(l);
  }
  // A fragment goes with the group of its closest match.
  const extra = new Map<number, Unit[]>();
  const fragmentMatch = closest(links.filter((l) => isFragment.has(l.a) || isFragment.has(l.b)));
  for (const f of fragments) {
    const g = groupOf.get(fragmentMatch.get(f)!);
    if (g !== undefined) (extra.get(g) ?? extra.set(g, []).get(g)!).push(f);
  }
  const out: Unit[][] = [];
  groups.forEach((group, gi) => {
    if (group.length < 3) return void out.push(group);
    const g = [...group, ...(extra.get(gi) ?? [])];
    const at = new Map(g.map((u, i) => [u, i]));
    const local = (touching.get(gi) ?? []).filter((l) => at.has(l.a) && at.has(l.b));
    const linked = new Set(local.flatMap((l) => [l.a, l.b]));
    for (const u of group)
      if (!linked.has(u))
        for (const v of group) {
          const s = v === u ? 0 : score(u, v);
          if (s > 0) local.push({ a: u, b: v, score: s });
        }
    const sets = unionFind(g.length);
    for (const [u, v] of closest(local)) sets.union(at.get(u)!, at.get(v)!);
    // Sets tied by a close link are one statement after all (a fragment inside both ties nothing: it fits either).
    for (const l of local) {
      const [i, j] = [at.get(l.a)!, at.get(l.b)!];
      if (!isFragment.has(l.a) && !isFragment.has(l.b) && sets.find(i) !== sets.find(j) && isClose(l, closeDice)) sets.union(i, j);
    }
    const parts = new Map<number, Unit[]>();
    g.forEach((u, i) => (parts.get(sets.find(i)) ?? parts.set(sets.find(i), []).get(sets.find(i))!).push(u));
    const pieces = [...parts.values()];
    // Each set must be a statement of its own: carried by two or more articles, with a wording of the group.
    if (pieces.length < 2 || pieces.some((p) => new Set(p.map((u) => u.article)).size < 2 || p.every((u) => isFragment.has(u)))) out.push(group);
    else for (const p of pieces) out.push(p.filter((u) => !isFragment.has(u)));
  });
  return out;
}
