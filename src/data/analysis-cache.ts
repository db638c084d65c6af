/**
 * Story analysis cached by the digest of the story's merged records: adding one article re-analyses its story
 * only (unless it changes how people merge elsewhere, which changes those stories' records too).
 */
import { StoryAnalysis, analyseStory, type ArticleRecord, type StoryAnalyser } from '../lib/index.ts';
import { DiskCache, digestOf, libraryFingerprint } from './cache.ts';

/** Counts of the last build: stories analysed now and stories read back from the cache. */
export interface AnalysisStats {
  analysed: number;
  reused: number;
}

/** An analyser that reads and fills the disk cache, counting into `stats`. */
export function cachedAnalyser(stats: AnalysisStats): StoryAnalyser {
  const cache = new DiskCache('analysis', StoryAnalysis);
  const version = libraryFingerprint();
  return (storyId: string, records: readonly ArticleRecord[]) => {
    const digest = digestOf(version, storyId, JSON.stringify(records));
    const hit = cache.get(digest);
    if (hit) {
      stats.reused++;
      return hit;
    }
    const analysis = analyseStory(storyId, records);
    cache.set(digest, analysis);
    stats.analysed++;
    return analysis;
  };
}
