/**
 * The home page and its sorted, paginated story listing: a page holds STORIES_PER_PAGE stories however large
 * the collection, each with its coverage at a glance and a direct link to its comparison.
 */
import type { Corpus } from '../corpus.ts';
import type { StoryEntry } from '../schema/api.ts';
import { formatDate, formatDateRange, plural } from './labels.ts';
import { storyHref } from './links.ts';

/** Stories on one page of the listing. */
export const STORIES_PER_PAGE = 30;

/** The orders the listing offers. */
export const STORY_SORTS = [
  { key: 'newest', label: 'Newest' },
  { key: 'outlets', label: 'Most outlets' },
  { key: 'disagreements', label: 'Most disagreements' },
] as const;
export type StorySort = (typeof STORY_SORTS)[number]['key'];

/** Page `page` (from 1) of the listing in `sort` order; the first page of the newest is the home page. */
export function listingHref(sort: StorySort, page = 1): string {
  return sort === 'newest' && page === 1 ? '/' : `/browse/${sort}/${page}/`;
}

/** One story on the home page. */
export interface StoryCard {
  id: string;
  title: string;
  summary: string;
  href: string;
  /** The side-by-side comparison of its outlets. */
  compareHref: string;
  /** The day of the event, written out. */
  date: string;
  location: string | null;
  /** When the coverage was published: "19–20 June 2023", or null. */
  coverage: string | null;
  outlets: string[];
  counts: { articles: number; quotes: number; people: number; disagreements: number };
  /** "5 articles · 62 quotes · 16 people". */
  stats: string;
}

/** One page of the story listing. */
export interface HomeView {
  stories: StoryCard[];
  sort: StorySort;
  page: number;
  /** Every page of this order, for the page links. */
  pages: Array<{ page: number; href: string; current: boolean }>;
  prev: string | null;
  next: string | null;
  /** The orders, each linking to its first page. */
  sorts: Array<{ key: StorySort; label: string; href: string; current: boolean }>;
  /** Totals across every story. */
  totals: { stories: number; articles: number; quotes: number; people: number };
}

const disagreementsOf = (corpus: Corpus, id: string) => corpus.analyses[id]?.disagreements.length ?? 0;

/** The stories in `sort` order (ties: newest first, then id). */
function sorted(corpus: Corpus, sort: StorySort): StoryEntry[] {
  const stories = corpus.stories; // newest first already
  if (sort === 'newest') return stories;
  const key = sort === 'outlets' ? (s: StoryEntry) => s.outlets.length : (s: StoryEntry) => disagreementsOf(corpus, s.id);
  const position = new Map(stories.map((s, i) => [s.id, i]));
  return [...stories].sort((a, b) => key(b) - key(a) || position.get(a.id)! - position.get(b.id)!);
}

function card(corpus: Corpus, s: StoryEntry): StoryCard {
  const counts = { articles: s.articles.length, quotes: s.quoteCount, people: s.peopleCount, disagreements: disagreementsOf(corpus, s.id) };
  return {
    id: s.id,
    title: s.title,
    summary: s.summary,
    href: storyHref(s.id),
    compareHref: `${storyHref(s.id)}compare/`,
    date: formatDate(s.date)!,
    location: s.location,
    coverage: formatDateRange(s.coverage.from, s.coverage.to),
    outlets: s.outlets,
    counts,
    stats: [plural(counts.articles, 'article'), plural(counts.quotes, 'quote'), plural(counts.people, 'person', 'people')].join(' · '),
  };
}

/** Number of pages of the listing. */
export const listingPageCount = (corpus: Corpus): number => Math.max(1, Math.ceil(corpus.stories.length / STORIES_PER_PAGE));

/** Every listing page but the home page, for getStaticPaths. */
export function listingPages(corpus: Corpus): Array<{ sort: StorySort; page: number }> {
  const count = listingPageCount(corpus);
  return STORY_SORTS.flatMap(({ key }) => Array.from({ length: count }, (_, i) => ({ sort: key, page: i + 1 }))).filter(
    (p) => listingHref(p.sort, p.page) !== '/',
  );
}

/** Page `page` (from 1) of the stories in `sort` order; throws for a page that does not exist. */
export function homeView(corpus: Corpus, sort: StorySort = 'newest', page = 1): HomeView {
  const count = listingPageCount(corpus);
  if (page < 1 || page > count) throw new Error(`No page ${page} of the story listing`);
  const from = (page - 1) * STORIES_PER_PAGE;
  const stories = sorted(corpus, sort)
    .slice(from, from + STORIES_PER_PAGE)
    .map((s) => card(corpus, s));
  return {
    stories,
    sort,
    page,
    pages: Array.from({ length: count }, (_, i) => ({ page: i + 1, href: listingHref(sort, i + 1), current: i + 1 === page })),
    prev: page > 1 ? listingHref(sort, page - 1) : null,
    next: page < count ? listingHref(sort, page + 1) : null,
    sorts: STORY_SORTS.map((s) => ({ key: s.key, label: s.label, href: listingHref(s.key), current: s.key === sort })),
    totals: { stories: corpus.stories.length, articles: corpus.articles.length, quotes: corpus.quotes.length, people: corpus.people.length },
  };
}
