/** Coverage of a story: which outlets mention and quote each person, how many words each gives each speaker. */
import type { Coverage, StatementCluster } from '../schema/analysis.ts';
import type { ArticleRecord } from '../schema/record.ts';

const wordCount = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/** Build the coverage matrix of a story's records (in display order) and clusters. */
export function buildCoverage(records: readonly ArticleRecord[], clusters: readonly StatementCluster[]): Coverage {
  const dates = records
    .map((r) => r.date.iso)
    .filter((d): d is string => d !== null)
    .sort();
  // The name most articles use (one outlet's misspelling does not rename the row).
  const counts = new Map<string, Map<string, number>>();
  for (const r of records)
    for (const p of r.people) {
      const byName = counts.get(p.id) ?? counts.set(p.id, new Map()).get(p.id)!;
      byName.set(p.name, (byName.get(p.name) ?? 0) + 1 + p.name.split(' ').length / 100);
    }
  const names = new Map([...counts].map(([id, byName]) => [id, [...byName].sort((a, b) => b[1] - a[1])[0]![0]] as const));
  const people = [...names].map(([personId, name]) => ({
    personId,
    name,
    cells: records.map((r) => {
      const quotes = r.quotes.filter((q) => q.speaker?.personId === personId);
      return {
        article: r.id,
        mentions: r.people.find((p) => p.id === personId)?.mentions.count ?? 0,
        quotes: quotes.length,
        words: quotes.reduce((n, q) => n + wordCount(q.text), 0),
      };
    }),
  }));
  const weight = (row: (typeof people)[number]) => row.cells.reduce((n, c) => n + c.words * 10 + c.mentions, 0);
  return {
    from: dates[0] ?? null,
    to: dates.at(-1) ?? null,
    outlets: records.map((r) => ({ article: r.id, outlet: r.source.outlet })),
    people: people.sort((a, b) => weight(b) - weight(a) || a.name.localeCompare(b.name)),
    clusters: clusters.map((c) => ({ cluster: c.id, articles: [...new Set(c.members.map((m) => m.article))] })),
  };
}
