/**
 * Pages that stay small however large the collection: the story listing pages and sorts, the people split by
 * letter, a person's quotes over numbered pages, and the sitemap index past 50,000 URLs. The collections here are
 * made by hand (story entries and quote ids only), so the expected pages follow from reading them.
 */
import { describe, expect, it } from 'vitest';
import type { Corpus, PersonEntry, QuoteEntry, StoryAnalysis, StoryEntry } from '../../src/lib/index.ts';
import {
  homeView,
  letterOf,
  listingPages,
  peopleLetterView,
  peopleLetters,
  personQuotePages,
  personQuotesView,
  quotesIndexView,
  sitemapFiles,
  STORIES_PER_PAGE,
} from '../../src/lib/views/index.ts';

/** Story n: dated n days after 2020-01-01, covered by n % 7 outlets, with n % 5 disagreements. */
function story(n: number): StoryEntry {
  const date = new Date(Date.UTC(2020, 0, 1 + n)).toISOString().slice(0, 10);
  const outlets = Array.from({ length: n % 7 }, (_, i) => `Outlet ${i}`);
  return {
    id: `s${n}`,
    title: `Story ${n}`,
    summary: '',
    date,
    location: null,
    articles: [],
    outlets,
    coverage: { from: null, to: null },
    quoteCount: 0,
    peopleCount: 0,
  };
}
const analysis = (n: number) => ({ story: `s${n}`, disagreements: Array.from({ length: n % 5 }, () => ({})) }) as unknown as StoryAnalysis;

function corpusOf(stories: number, people: PersonEntry[] = [], quotes: QuoteEntry[] = []): Corpus {
  const list = Array.from({ length: stories }, (_, i) => story(i)).reverse(); // newest first, as buildCorpus sorts
  return { stories: list, articles: [], people, quotes, analyses: Object.fromEntries(list.map((_, i) => [`s${i}`, analysis(i)])) };
}

describe('story listing', () => {
  const corpus = corpusOf(70);
  it('splits the stories into pages of STORIES_PER_PAGE in every order, the first of the newest being the home page', () => {
    expect(STORIES_PER_PAGE).toBe(30);
    const home = homeView(corpus);
    expect(home.stories.map((s) => s.id).slice(0, 3)).toEqual(['s69', 's68', 's67']);
    expect(home.pages.map((p) => p.href)).toEqual(['/', '/browse/newest/2/', '/browse/newest/3/']);
    expect(home.next).toBe('/browse/newest/2/');
    expect(homeView(corpus, 'newest', 3).stories.map((s) => s.id)).toEqual(Array.from({ length: 10 }, (_, i) => `s${9 - i}`));
    // 3 orders × 3 pages, less the home page.
    expect(listingPages(corpus)).toHaveLength(8);
    expect(() => homeView(corpus, 'newest', 4)).toThrow(/No page 4/);
  });

  it('sorts by the number of outlets and of disagreements, newest first among equals', () => {
    // n % 7 === 6 for 69, 62, 55 … : the most outlets, newest first.
    expect(
      homeView(corpus, 'outlets')
        .stories.slice(0, 3)
        .map((s) => s.id),
    ).toEqual(['s69', 's62', 's55']);
    // n % 5 === 4 for 69, 64, 59 …
    expect(
      homeView(corpus, 'disagreements')
        .stories.slice(0, 3)
        .map((s) => s.id),
    ).toEqual(['s69', 's64', 's59']);
    expect(homeView(corpus, 'disagreements').stories[0]!.counts.disagreements).toBe(4);
    expect(homeView(corpus, 'outlets', 2).prev).toBe('/browse/outlets/1/');
  });
});

describe('people by letter and quotes by person', () => {
  const person = (id: string, name: string, quotes: number): PersonEntry => ({
    id,
    name,
    aliases: [name],
    titles: [],
    articles: [],
    quotes: Array.from({ length: quotes }, (_, i) => `${id}-q${i}`),
  });
  const people = [person('anna-berg', 'Anna Berg', 250), person('omar-ali', 'Ömer Ali', 1), person('al-x', '’Al X', 0), person('9x', '9', 0)];
  const quotes = people.flatMap((p) =>
    p.quotes.map((id, i): QuoteEntry => ({
      id,
      text: 'x',
      kind: 'direct',
      speaker: { name: p.name, personId: p.id },
      cue: null,
      via: null,
      block: 0,
      start: 0,
      end: 1,
      continues: null,
      confidence: 1,
      speakerConfidence: 1,
      article: 'a',
      story: i % 2 ? 's1' : 's0',
      outlet: 'O',
      date: null,
    })),
  );
  const corpus = corpusOf(2, people, quotes);

  it('files a name under its first letter without accents, or under "other"', () => {
    expect(['Anna Berg', 'Ömer Ali', '’Al X', '9'].map(letterOf)).toEqual(['a', 'o', 'a', 'other']);
    expect(peopleLetters(corpus).map((l) => [l.label, l.count, l.href])).toEqual([
      ['A', 2, '/people/letter/a/'],
      ['O', 1, '/people/letter/o/'],
      ['Other', 1, '/people/letter/other/'],
    ]);
    expect(peopleLetterView(corpus, 'a').people.map((p) => p.name)).toEqual(['’Al X', 'Anna Berg']);
  });

  it('puts a person’s quotes on pages of 100, grouped by story', () => {
    expect(personQuotePages(corpus)).toEqual([
      { id: 'anna-berg', page: 1 },
      { id: 'anna-berg', page: 2 },
      { id: 'anna-berg', page: 3 },
      { id: 'omar-ali', page: 1 },
    ]);
    const third = personQuotesView(corpus, 'anna-berg', 3);
    expect(third.range).toBe('Quotes 201–250 of 250');
    expect(third.pages.map((p) => p.href)).toEqual(['/quotes/people/anna-berg/', '/quotes/people/anna-berg/2/', '/quotes/people/anna-berg/3/']);
    expect(third.groups.map((g) => [g.story, g.quotes.length])).toEqual([
      ['Story 0', 25],
      ['Story 1', 25],
    ]);
  });

  it('indexes every story with quotes and the most quoted people', () => {
    const index = quotesIndexView(corpus);
    expect(index.stories.map((s) => [s.href, s.count])).toEqual([
      ['/quotes/stories/s1/', 125],
      ['/quotes/stories/s0/', 126],
    ]);
    expect(index.speakers.map((s) => s.href)).toEqual(['/quotes/people/anna-berg/', '/quotes/people/omar-ali/']);
  });
});

describe('sitemap files', () => {
  const paths = Array.from({ length: 5 }, (_, i) => `/p${i}/`);
  it('is one urlset up to the limit', () => {
    expect(sitemapFiles('https://x.example', paths, 5).map((f) => f.name)).toEqual(['sitemap.xml']);
  });
  it('becomes an index of numbered parts past it', () => {
    const files = sitemapFiles('https://x.example', paths, 2);
    expect(files.map((f) => f.name)).toEqual(['sitemap.xml', 'sitemap-0.xml', 'sitemap-1.xml', 'sitemap-2.xml']);
    expect(files[0]!.xml).toContain('<sitemapindex');
    expect(files[0]!.xml).toContain('<loc>https://x.example/sitemap-2.xml</loc>');
    expect(files[3]!.xml).toContain('<loc>https://x.example/p4/</loc>');
    expect(files[3]!.xml.match(/<url>/g)).toHaveLength(1);
  });
});
