/**
 * The quotes pages. One page cannot hold every quote of an archive, so quotes live on one page per story
 * (grouped by speaker, then outlet) and one per person (grouped by story, paginated), and /quotes/ is their index.
 * A story page filters itself two ways: anchors (speaker and speaker-in-outlet sections, which work with no
 * script) and `data-speaker` / `data-outlet` keys that a small script matches against ?speaker=&outlet=&q=;
 * words it cannot find are handed over to the typo-tolerant /search/ page.
 */
import { corpusIndex, type Corpus } from '../corpus.ts';
import type { QuoteEntry } from '../schema/api.ts';
import { formatDate, outletName, plural } from './labels.ts';
import { outletKey, personHref, speakerKey, storyHref } from './links.ts';
import { groupBy, quoteItem, type QuoteItem } from './people.ts';

/** Quotes a person page shows at most: a prolific speaker's quotes run over numbered pages. */
export const PERSON_QUOTES_PER_PAGE = 100;
/** Speakers the index lists by name (everyone else is one click away on their person page). */
export const INDEX_SPEAKERS = 60;

/** The page of a story's quotes. */
export const storyQuotesHref = (storyId: string): string => `/quotes/stories/${encodeURIComponent(storyId)}/`;

/** Page `page` (from 1) of a person's quotes. */
export const personQuotesHref = (personId: string, page = 1): string => `/quotes/people/${encodeURIComponent(personId)}/${page > 1 ? `${page}/` : ''}`;

/** One speaker's quotes. */
export interface SpeakerGroup {
  /** Filter key: a person id, "org-<slug>" or "unattributed". */
  key: string;
  /** Fragment id of the section. */
  anchor: string;
  name: string;
  /** Link to the person's page, when the speaker is a person. */
  href: string | null;
  /** "organisation", "person" or "unattributed". */
  role: 'person' | 'organisation' | 'unattributed';
  count: number;
  outlets: Array<{ key: string; name: string; anchor: string; quotes: QuoteItem[] }>;
}

/** A filter choice. */
export interface FilterOption {
  key: string;
  name: string;
  count: number;
}

/** Everything a story's quotes page shows. */
export interface QuotesView {
  story: { id: string; title: string; href: string };
  total: number;
  speakers: SpeakerGroup[];
  filters: { speakers: FilterOption[]; outlets: FilterOption[] };
  /** "62 quotes from 14 speakers in 5 outlets". */
  summary: string;
}

/** One story's quotes grouped by speaker (most quoted first, unattributed last) then outlet. */
export function quotesView(corpus: Corpus, storyId: string): QuotesView {
  const index = corpusIndex(corpus);
  const story = corpus.stories.find((s) => s.id === storyId);
  if (!story) throw new Error(`No story with id "${storyId}"`);
  const quotes = index.quotesByStory.get(storyId) ?? [];
  const speakers: SpeakerGroup[] = [...groupBy(quotes, (q) => speakerKey(q.speaker))].map(([key, list]) => {
    const first = list[0]!;
    const personId = first.speaker?.personId ?? null;
    const person = personId === null ? undefined : index.people.get(personId);
    return {
      key,
      anchor: `speaker-${key}`,
      name: person?.name ?? first.speaker?.name ?? 'No speaker named',
      href: personId === null ? null : personHref(personId),
      role: personId !== null ? 'person' : first.speaker ? 'organisation' : 'unattributed',
      count: list.length,
      outlets: [...groupBy(list, (q) => outletKey(q.outlet))].map(([ok, qs]) => ({
        key: ok,
        name: outletName(qs[0]!.outlet),
        anchor: `speaker-${key}--${ok}`,
        quotes: qs.map((q) => quoteItem(q, index.articles)),
      })),
    };
  });
  const rank = (s: SpeakerGroup) => (s.role === 'unattributed' ? 1 : 0);
  speakers.sort((a, b) => rank(a) - rank(b) || b.count - a.count || a.name.localeCompare(b.name));

  const outlets = [...groupBy(quotes, (q) => outletKey(q.outlet))].map(([key, qs]) => ({ key, name: outletName(qs[0]!.outlet), count: qs.length }));
  outlets.sort((a, b) => a.name.localeCompare(b.name));
  return {
    story: { id: story.id, title: story.title, href: storyHref(story.id) },
    total: quotes.length,
    speakers,
    filters: { speakers: speakers.map((s) => ({ key: s.key, name: s.name, count: s.count })), outlets },
    summary: `${plural(quotes.length, 'quote')} from ${plural(speakers.length, 'speaker')} in ${plural(outlets.length, 'outlet')}`,
  };
}

/** Everything /quotes/ shows: every story's quote page, and the most quoted people. */
export interface QuotesIndexView {
  total: number;
  summary: string;
  stories: Array<{ id: string; title: string; date: string; href: string; count: number }>;
  speakers: Array<{ id: string; name: string; href: string; count: number }>;
  /** People quoted but not listed by name here. */
  otherSpeakers: number;
}

/** The index of the quote pages: stories newest first, then the most quoted people. */
export function quotesIndexView(corpus: Corpus): QuotesIndexView {
  const index = corpusIndex(corpus);
  const stories = corpus.stories
    .map((s) => ({ id: s.id, title: s.title, date: formatDate(s.date)!, href: storyQuotesHref(s.id), count: index.quotesByStory.get(s.id)?.length ?? 0 }))
    .filter((s) => s.count > 0);
  const quoted = corpus.people.filter((p) => p.quotes.length > 0);
  return {
    total: corpus.quotes.length,
    summary: `${plural(corpus.quotes.length, 'quote')} in ${plural(stories.length, 'story', 'stories')} from ${plural(quoted.length, 'quoted person', 'quoted people')}`,
    stories,
    speakers: quoted.slice(0, INDEX_SPEAKERS).map((p) => ({ id: p.id, name: p.name, href: personQuotesHref(p.id), count: p.quotes.length })),
    otherSpeakers: Math.max(0, quoted.length - INDEX_SPEAKERS),
  };
}

/** One page of a person's quotes, grouped by story then outlet. */
export interface PersonQuotesView {
  id: string;
  name: string;
  personHref: string;
  total: number;
  page: number;
  pages: Array<{ page: number; href: string; current: boolean }>;
  groups: Array<{ story: string; storyHref: string | null; outlet: string; quotes: QuoteItem[] }>;
  /** "Quotes 101–200 of 340". */
  range: string;
}

/** Page `page` (from 1) of a person's quotes; throws when there is no such person or page. */
export function personQuotesView(corpus: Corpus, personId: string, page = 1): PersonQuotesView {
  const index = corpusIndex(corpus);
  const person = index.people.get(personId);
  if (!person) throw new Error(`No person with id "${personId}"`);
  const all = person.quotes.map((id) => index.quotes.get(id)).filter((q): q is QuoteEntry => q !== undefined);
  const count = Math.max(1, Math.ceil(all.length / PERSON_QUOTES_PER_PAGE));
  if (page < 1 || page > count) throw new Error(`No page ${page} of quotes by "${personId}"`);
  const from = (page - 1) * PERSON_QUOTES_PER_PAGE;
  const slice = all.slice(from, from + PERSON_QUOTES_PER_PAGE);
  const titles = new Map(corpus.stories.map((s) => [s.id, s.title]));
  const groups = [...groupBy(slice, (q) => `${q.story ?? ''}\0${outletKey(q.outlet)}`)].map(([, qs]) => {
    const q = qs[0]!;
    return {
      story: (q.story && titles.get(q.story)) ?? 'No story',
      storyHref: q.story ? storyHref(q.story) : null,
      outlet: outletName(q.outlet),
      quotes: qs.map((x) => quoteItem(x, index.articles)),
    };
  });
  return {
    id: person.id,
    name: person.name,
    personHref: personHref(person.id),
    total: all.length,
    page,
    pages: Array.from({ length: count }, (_, i) => ({ page: i + 1, href: personQuotesHref(person.id, i + 1), current: i + 1 === page })),
    groups,
    range: all.length === 0 ? 'No quotes' : `Quotes ${from + 1}–${from + slice.length} of ${all.length}`,
  };
}

/** Every page of quotes by people: [person id, page] pairs, for getStaticPaths. */
export function personQuotePages(corpus: Corpus): Array<{ id: string; page: number }> {
  return corpus.people
    .filter((p) => p.quotes.length > 0)
    .flatMap((p) => Array.from({ length: Math.ceil(p.quotes.length / PERSON_QUOTES_PER_PAGE) }, (_, i) => ({ id: p.id, page: i + 1 })));
}
