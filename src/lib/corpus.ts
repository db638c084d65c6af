/**
 * A collection: every article parsed, people merged across articles, and the indexes the API and pages
 * read (stories with their articles, people with their quotes, every quote with its outlet).
 */
import { analyseStory } from './analysis/index.ts';
import type { ContentSet } from './content.ts';
import { knownAliases, mergePeople } from './merge.ts';
import { parseArticle } from './parse/index.ts';
import { storyAliases, withStoryAliases } from './story-names.ts';
import { storySpeakers } from './story-speakers.ts';
import type { StoryAnalysis } from './schema/analysis.ts';
import type { PersonEntry, QuoteEntry, StoryEntry } from './schema/api.ts';
import type { PeopleConfig, StoryMeta } from './schema/meta.ts';
import type { ArticleRecord } from './schema/record.ts';

/** The parsed collection. */
export interface Corpus {
  stories: StoryEntry[];
  articles: ArticleRecord[];
  people: PersonEntry[];
  quotes: QuoteEntry[];
  /** The cross-outlet analysis of each story, by story id. */
  analyses: Record<string, StoryAnalysis>;
}

/**
 * Parse every article of a content set, then again those that name by surname alone a person their story spells
 * out elsewhere (see story-names.ts); quotations given to nobody then take the speaker their story's other outlets
 * name for the same words (story-speakers.ts). No cache: the Astro loader caches by digest itself.
 */
export function parseContent(content: ContentSet): ArticleRecord[] {
  const known = knownAliases(content.people);
  const parse = (a: ContentSet['articles'][number], k: ReadonlyMap<string, string>) =>
    parseArticle({ id: a.id, source: a.body, meta: a.meta, known: k, format: a.format });
  const first = content.articles.map((a) => parse(a, known));
  const extra = storyAliases(first);
  return storySpeakers(first.map((r, i) => (extra.has(r.id) ? parse(content.articles[i]!, withStoryAliases(known, extra.get(r.id))) : r)));
}

/** Analyses one story's merged records (analyseStory, or a cached stand-in for it). */
export type StoryAnalyser = (storyId: string, records: readonly ArticleRecord[]) => StoryAnalysis;

/** Merge people across records and build the indexes; every step is linear in the collection. */
export function buildCorpus(
  stories: ReadonlyMap<string, StoryMeta>,
  parsed: readonly ArticleRecord[],
  config: PeopleConfig = {},
  analyse: StoryAnalyser = analyseStory,
): Corpus {
  const articles = mergePeople(parsed, config).sort((a, b) => (a.date.iso ?? '9999').localeCompare(b.date.iso ?? '9999') || a.id.localeCompare(b.id));
  const quotes: QuoteEntry[] = articles.flatMap((r) =>
    r.quotes.map((q) => ({ ...q, article: r.id, story: r.story, outlet: r.source.outlet, date: r.date.iso })),
  );

  const people = new Map<string, PersonEntry>();
  for (const r of articles)
    for (const p of r.people) {
      const entry = people.get(p.id) ?? { id: p.id, name: p.name, aliases: [], titles: [], articles: [], quotes: [] };
      if (p.name.split(' ').length > entry.name.split(' ').length) entry.name = p.name;
      for (const a of p.aliases) if (!entry.aliases.includes(a)) entry.aliases.push(a);
      for (const t of p.titles) entry.titles.push({ article: r.id, title: t });
      if (p.mentions.count > 0) entry.articles.push({ article: r.id, mentions: p.mentions.count });
      people.set(p.id, entry);
    }
  for (const q of quotes) if (q.speaker?.personId) people.get(q.speaker.personId)?.quotes.push(q.id);

  // One pass groups the articles by story (a filter per story would be stories × articles).
  const byStory = new Map<string, ArticleRecord[]>();
  for (const a of articles) {
    if (a.story === null) continue;
    const list = byStory.get(a.story);
    if (list) list.push(a);
    else byStory.set(a.story, [a]);
  }
  const storyEntries: StoryEntry[] = [...stories.entries()].map(([id, s]) => {
    const own = byStory.get(id) ?? [];
    const dates = own
      .map((a) => a.date.iso)
      .filter((d): d is string => d !== null)
      .sort();
    return {
      id,
      title: s.title,
      summary: s.summary,
      date: s.date,
      location: s.location ?? null,
      articles: own.map((a) => a.id),
      outlets: [...new Set(own.map((a) => a.source.outlet).filter((o): o is string => o !== null))],
      coverage: { from: dates[0] ?? null, to: dates.at(-1) ?? null },
      quoteCount: own.reduce((n, a) => n + a.quotes.length, 0),
      peopleCount: new Set(own.flatMap((a) => a.people.map((p) => p.id))).size,
    };
  });
  const analyses = Object.fromEntries(storyEntries.map((s) => [s.id, analyse(s.id, byStory.get(s.id) ?? [])]));
  return {
    analyses,
    stories: storyEntries.sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id)),
    articles,
    people: [...people.values()].sort((a, b) => b.quotes.length - a.quotes.length || a.name.localeCompare(b.name)),
    quotes,
  };
}

/** Lookups every page needs, built once per corpus so a page costs its own size, not the collection's. */
export interface CorpusIndex {
  articles: ReadonlyMap<string, ArticleRecord>;
  people: ReadonlyMap<string, PersonEntry>;
  quotes: ReadonlyMap<string, QuoteEntry>;
  /** Quotes by story id, in corpus order. */
  quotesByStory: ReadonlyMap<string, QuoteEntry[]>;
}

const indexes = new WeakMap<Corpus, CorpusIndex>();

/** The corpus's lookups (memoised per corpus object). */
export function corpusIndex(corpus: Corpus): CorpusIndex {
  let index = indexes.get(corpus);
  if (index) return index;
  const quotesByStory = new Map<string, QuoteEntry[]>();
  for (const q of corpus.quotes) {
    if (q.story === null) continue;
    const list = quotesByStory.get(q.story);
    if (list) list.push(q);
    else quotesByStory.set(q.story, [q]);
  }
  index = {
    articles: new Map(corpus.articles.map((a) => [a.id, a])),
    people: new Map(corpus.people.map((p) => [p.id, p])),
    quotes: new Map(corpus.quotes.map((q) => [q.id, q])),
    quotesByStory,
  };
  indexes.set(corpus, index);
  return index;
}
