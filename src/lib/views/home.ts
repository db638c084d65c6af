/** The home page: every story with its coverage at a glance. */
import type { Corpus } from '../corpus.ts';
import { articleTitle, formatDate, formatDateRange, outletName, plural } from './labels.ts';
import { articleHref, storyHref } from './links.ts';

/** One story on the home page. */
export interface StoryCard {
  id: string;
  title: string;
  summary: string;
  href: string;
  /** The day of the event, written out. */
  date: string;
  location: string | null;
  /** When the coverage was published: "19–20 June 2023", or null. */
  coverage: string | null;
  outlets: string[];
  counts: { articles: number; quotes: number; people: number };
  /** "5 articles · 62 quotes · 16 people". */
  stats: string;
  articles: Array<{ id: string; title: string; outlet: string; date: string | null; href: string }>;
}

/** Everything the home page shows. */
export interface HomeView {
  stories: StoryCard[];
  /** Totals across every story. */
  totals: { stories: number; articles: number; quotes: number; people: number };
}

/** Stories newest first, each with its articles in publication order. */
export function homeView(corpus: Corpus): HomeView {
  const records = new Map(corpus.articles.map((a) => [a.id, a]));
  const stories = corpus.stories.map((s) => {
    const counts = { articles: s.articles.length, quotes: s.quoteCount, people: s.peopleCount };
    return {
      id: s.id,
      title: s.title,
      summary: s.summary,
      href: storyHref(s.id),
      date: formatDate(s.date)!,
      location: s.location,
      coverage: formatDateRange(s.coverage.from, s.coverage.to),
      outlets: s.outlets,
      counts,
      stats: [plural(counts.articles, 'article'), plural(counts.quotes, 'quote'), plural(counts.people, 'person', 'people')].join(' · '),
      articles: s.articles.flatMap((id) => {
        const r = records.get(id);
        return r ? [{ id, title: articleTitle(r), outlet: outletName(r.source.outlet), date: formatDate(r.date.iso), href: articleHref(id) }] : [];
      }),
    };
  });
  return {
    stories,
    totals: { stories: stories.length, articles: corpus.articles.length, quotes: corpus.quotes.length, people: corpus.people.length },
  };
}
