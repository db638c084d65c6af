/**
 * Why each wording of a statement cluster is there: shared words, near-synonyms swapped, a fragment of a
 * longer wording, the reporter's paraphrase, the same death toll, or the words given to someone else. Computed once the cluster is
 * formed, against the representative and the member's closest fellow, so the reasons a reader sees are the
 * same measures the grouping used.
 */
import type { MatchReason, MemberMatch } from '../schema/analysis.ts';
import { isRunInside, overlap } from './match.ts';
import { dice } from './text.ts';
import type { Unit } from './units.ts';

/** Above this trigram similarity two wordings are "nearly letter for letter". */
const SAME_WORDING = 0.85;
/** A member is scored against the representative and at most this many fellows (big clusters stay cheap). */
const FELLOWS = 6;

/** How strongly `m` matches `other`, 0–1, with what it shares. */
function link(m: Unit, other: Unit) {
  const o = overlap(m, other);
  const d = dice(m.grams, other.grams);
  const inside = isRunInside(m, other);
  const score = m.kind === 'reported' ? o.containment : Math.max(d, (o.containment + o.jaccard) / 2, inside ? 0.9 : 0);
  return { o, d, inside, score: Math.min(1, score) };
}

/** The match of every member, and the cluster's confidence (mean member score; 1 for a lone wording). */
export function explainMembers(
  members: readonly Unit[],
  rep: Unit,
  speaker: string | null,
  rewritten: ReadonlySet<Unit> = new Set(),
  tolls: ReadonlySet<Unit> = new Set(),
  translations: ReadonlyMap<Unit, readonly [string, string][]> = new Map(),
): { matches: Map<Unit, MemberMatch>; confidence: number } {
  const matches = new Map<Unit, MemberMatch>();
  const attributed = (m: Unit) => (m.speakerName && speaker && m.speakerName !== speaker ? m.speakerName : null);
  let total = 0;
  for (const m of members) {
    if (m === rep) {
      matches.set(m, { reasons: ['representative'], synonyms: [], attributedTo: attributed(m), score: 1 });
      continue;
    }
    const toRep = link(m, rep);
    let best = toRep;
    for (const f of members.filter((x) => x !== m && x !== rep && x.article !== m.article).slice(0, FELLOWS)) {
      const l = link(m, f);
      if (l.score > best.score) best = l;
    }
    const fragment = toRep.inside || members.some((x) => x !== m && isRunInside(m, x));
    const reasons: MatchReason[] = [];
    if (rewritten.has(m)) reasons.push('rewrite');
    if (m.kind === 'reported') reasons.push('reported');
    if (tolls.has(m)) reasons.push('toll');
    if (translations.has(m)) reasons.push('translation');
    if (fragment && m.kind !== 'reported') reasons.push('fragment');
    if (best.d >= SAME_WORDING) reasons.push('same-wording');
    // A rewrite's sentence is there for where it stands; it shares some words, not most.
    else if (best.o.shared > 0 && !rewritten.has(m) && !tolls.has(m) && !translations.has(m)) reasons.push('shared-words');
    // A translation placed on words written alike in both languages shows those pairs (`museo` for `museum`).
    const cognates = translations.get(m) ?? [];
    const synonyms = cognates.length ? cognates.map(([a, b]): [string, string] => [a, b]) : toRep.o.synonyms.length ? toRep.o.synonyms : best.o.synonyms;
    if (synonyms.length && !cognates.length) reasons.push('synonyms');
    if (attributed(m)) reasons.push('other-attribution');
    matches.set(m, { reasons, synonyms, attributedTo: attributed(m), score: Math.round(best.score * 100) / 100 });
    total += best.score;
  }
  const confidence = members.length > 1 ? Math.round((total / (members.length - 1)) * 100) / 100 : 1;
  return { matches, confidence };
}
