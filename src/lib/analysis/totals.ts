/**
 * Totals over several meetings: one outlet states the total ("more than 10 hours of meetings in all"),
 * another times each meeting ("7.5 hours with Qin", "three hours with Wang"). The sum of the parts is a
 * version of the total; "more than" and "about" widen each value, so both can be right or not.
 */
import type { Disagreement } from '../schema/analysis.ts';
import type { Fact } from './facts.ts';
import { interval, show, source } from './values.ts';

/** The total stated by some outlets against the sum of the meetings other outlets time one by one. */
export function sumDisagreements(facts: readonly Fact[]): Disagreement[] {
  const totals = facts.filter((f) => f.total && f.unit === 'minutes' && f.event === 'meeting');
  if (totals.length === 0) return [];
  const versions = new Map<string, { facts: Fact[]; range: [number, number] }>();
  for (const t of totals) {
    const v = versions.get(show(t)) ?? versions.set(show(t), { facts: [], range: interval(t) }).get(show(t))!;
    v.facts.push(t);
  }
  const totalArticles = new Set(totals.map((t) => t.article));
  // Each article that times two or more meetings with different people (and states no total) gives a sum.
  const byArticle = new Map<string, Map<string, Fact>>();
  for (const f of facts) {
    if (f.total || f.unit !== 'minutes' || f.event !== 'meeting' || f.people.length === 0 || totalArticles.has(f.article)) continue;
    const parts = byArticle.get(f.article) ?? byArticle.set(f.article, new Map()).get(f.article)!;
    const key = [...f.people].sort().join(',');
    if (!parts.has(key)) parts.set(key, f);
  }
  let sums = 0;
  for (const parts of byArticle.values()) {
    if (parts.size < 2) continue;
    const list = [...parts.values()];
    const lo = list.reduce((n, f) => n + interval(f)[0], 0);
    const hi = list.reduce((n, f) => n + interval(f)[1], 0);
    const qualifier = hi === Infinity ? 'more' : list.some((f) => f.qualifier !== 'exact') ? 'about' : 'exact';
    const sum = list.reduce((n, f) => n + f.value, 0);
    const value = `${show({ unit: 'minutes', qualifier, value: sum, text: '' })} (${list.map(show).join(' + ')})`;
    const v = versions.get(value) ?? versions.set(value, { facts: [], range: [lo, hi] }).get(value)!;
    v.facts.push(...list);
    sums++;
  }
  if (sums === 0 || versions.size < 2) return [];
  const [lo, hi] = [...versions.values()].map((v) => v.range).reduce(([a, b], [c, d]) => [Math.max(a, c), Math.min(b, d)], [0, Infinity]);
  return [
    {
      id: `sum-meeting-${totals[0]!.article}-${totals[0]!.start}`,
      kind: 'number',
      subject: 'total length of the meetings: a stated total and the sum of the meetings timed one by one',
      personId: null,
      versions: [...versions].map(([value, v]) => ({ value, sources: v.facts.map(source) })),
      compatible: lo <= hi,
    },
  ];
}
