/** The cross-outlet analysis of one story: clusters, disagreements, reuse, clues and coverage. */
import type { StoryAnalysis } from '../schema/analysis.ts';
import type { ArticleRecord } from '../schema/record.ts';
import { findClues } from './clues.ts';
import { clusterStatements } from './clusters.ts';
import { buildCoverage } from './coverage.ts';
import { attributionDisagreements } from './attribution.ts';
import { findDisagreements } from './disagreements.ts';
import { wordingDisagreements } from './wordings.ts';
import { findReuse } from './reuse.ts';

/** Analyse the (people-merged) records of one story, given in display order. */
export function analyseStory(story: string, records: readonly ArticleRecord[]): StoryAnalysis {
  const clusters = clusterStatements(records);
  return {
    story,
    articles: records.map((r) => r.id),
    clusters,
    disagreements: [...findDisagreements(records), ...attributionDisagreements(records, clusters), ...wordingDisagreements(clusters)],
    reuse: findReuse(records),
    clues: records.flatMap(findClues),
    coverage: buildCoverage(records, clusters),
  };
}
