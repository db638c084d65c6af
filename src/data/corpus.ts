/**
 * The one bridge from Astro's content collections to the library: loads the entries once per build
 * and hands them to buildCorpus. Pages import getCorpus() and only read what it returns.
 */
import { getCollection } from 'astro:content';
import { buildCorpus, type ArticleRecord, type Corpus, type PeopleConfig, type StoryMeta } from '../lib/index.ts';

let corpus: Promise<Corpus> | null = null;

/** The parsed, merged collection (memoised for the build). */
export function getCorpus(): Promise<Corpus> {
  corpus ??= (async () => {
    const [stories, articles, config] = await Promise.all([getCollection('stories'), getCollection('articles'), getCollection('config')]);
    const people = (config[0]?.data as { people: PeopleConfig } | undefined)?.people ?? {};
    return buildCorpus(
      new Map(stories.map((s) => [s.id, s.data as unknown as StoryMeta])),
      articles.map((a) => a.data as unknown as ArticleRecord),
      people,
    );
  })();
  return corpus;
}
