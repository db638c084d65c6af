/** Invented stories for the analysis tests: parse articles of one story (id → [outlet, body]) and analyse them. */
import { expect } from 'vitest';
import { analyseStory, mergePeople, parseArticle, StoryAnalysis, type ArticleRecord } from '../../src/lib/index.ts';

/** Parse and analyse; the analysis must fit its schema. */
export function story(articles: Record<string, [string, string]>, published = '2024-05-06'): { analysis: StoryAnalysis; records: ArticleRecord[] } {
  const records = mergePeople(
    Object.entries(articles).map(([id, [outlet, body]]) =>
      parseArticle({ id, source: body, meta: { story: 't', outlet, published, kind: 'original', outlet_provenance: 'metadata' } }),
    ),
  );
  const analysis = analyseStory('t', records);
  expect(StoryAnalysis.safeParse(analysis).success).toBe(true);
  return { analysis, records };
}

/** Id of the cluster holding the member of `article` whose text starts with `startsWith`. */
export const clusterOf = (a: StoryAnalysis, article: string, startsWith: string) =>
  a.clusters.find((c) => c.members.some((m) => m.article === article && m.text.startsWith(startsWith)))?.id;

/** Each count of who was aboard stated differently: its subject and its versions, sorted. */
export const aboardCounts = (a: StoryAnalysis) =>
  a.disagreements
    .filter((d) => d.kind === 'number' && d.subject.includes('aboard'))
    .map((d) => [d.subject, d.versions.map((v) => v.value).sort()])
    .sort();
