/**
 * A collection: every article parsed, people merged across articles, and the indexes the API and pages
 * read (stories with their articles, people with their quotes, every quote with its outlet).
 */
import { analyseStory } from './analysis/index.ts';
import type { ContentSet } from './content.ts';
import { knownAliases, mergePeople } from './merge.ts';
import { parseArticle } from './parse/index.ts';
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

/** Parse every article of a content set (no cache: the Astro loader caches by digest itself). */
export function parseContent(content: ContentSet): ArticleRecord[] {
  const known = knownAliases(content.people);
  return content.articles.map((a) => parseArticle({ id: a.id, source: a.body, meta: a.meta, known, format: a.format }));
}

/** Merge people across records and build the indexes. */
export function buildCorpus(stories: ReadonlyMap<string, StoryMeta>, parsed: readonly ArticleRecord[], config: PeopleConfig = {}): Corpus {
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

  const storyEntries: StoryEntry[] = [...stories.entries()].map(([id, s]) => {
    const own = articles.filter((a) => a.story === id);
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
  const analyses = Object.fromEntries(
    storyEntries.map((s) => [
      s.id,
      analyseStory(
        s.id,
        articles.filter((a) => a.story === s.id),
      ),
    ]),
  );
  return {
    analyses,
    stories: storyEntries.sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id)),
    articles,
    people: [...people.values()].sort((a, b) => b.quotes.length - a.quotes.length || a.name.localeCompare(b.name)),
    quotes,
  };
}
