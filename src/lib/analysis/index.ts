/** Cross-outlet analysis: re-exports only. */
export { analyseStory } from './story.ts';
export { clusterStatements, wordDiff } from './clusters.ts';
export { findDisagreements } from './disagreements.ts';
export { findReuse } from './reuse.ts';
export { findClues } from './clues.ts';
export { buildCoverage } from './coverage.ts';
