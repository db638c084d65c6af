import { describe, expect, it } from 'vitest';
import { formatDateRange, homeView, peopleIndexView, personView, quotesView } from '../../src/lib/views/index.ts';
import { seedCorpus } from '../helpers/seeds.ts';

const corpus = seedCorpus();

describe('homeView', () => {
  it('lists the story with its dates, outlets, counts, a link into it and one to its comparison', () => {
    const [story] = homeView(corpus).stories;
    expect(story).toMatchObject({
      id: 'blinken-beijing-2023',
      href: '/stories/blinken-beijing-2023/',
      compareHref: '/stories/blinken-beijing-2023/compare/',
      date: '19 June 2023',
      coverage: '19–20 June 2023',
      counts: { articles: 5, quotes: corpus.quotes.length, disagreements: corpus.analyses['blinken-beijing-2023']!.disagreements.length },
    });
    expect(story!.outlets).toHaveLength(5);
  });
});

describe('peopleIndexView and personView', () => {
  it('lists everyone named with quote and mention counts', () => {
    const index = peopleIndexView(corpus);
    expect(index.map((p) => p.id)).toEqual(corpus.people.map((p) => p.id));
    const xi = index.find((p) => p.id === 'xi-jinping')!;
    expect(xi.quoteCount).toBe(corpus.quotes.filter((q) => q.speaker?.personId === 'xi-jinping').length);
    expect(xi.outlets).toHaveLength(5);
    expect(xi.aliases).not.toContain('Xi Jinping');
  });

  it('groups a person’s quotes by outlet, with titles and mentions per outlet', () => {
    const view = personView(corpus, 'xi-jinping');
    const all = view.quotes.flatMap((g) => g.quotes.map((q) => q.id));
    expect(all.sort()).toEqual(
      corpus.quotes
        .filter((q) => q.speaker?.personId === 'xi-jinping')
        .map((q) => q.id)
        .sort(),
    );
    expect(new Set(view.quotes.map((g) => g.outlet)).size).toBe(view.quotes.length);
    expect(view.titles.find((t) => t.outlet === 'The Hindu')?.titles).toEqual(['Chinese President']);
    expect(view.mentions.reduce((n, m) => n + m.count, 0)).toBe(corpus.people.find((p) => p.id === 'xi-jinping')!.articles.reduce((n, a) => n + a.mentions, 0));
    expect(view.quotes[0]!.quotes[0]!.href).toMatch(/^\/articles\/[^/]+\/#q-/);
  });
});

describe('quotesView', () => {
  const view = quotesView(corpus, 'blinken-beijing-2023');
  it('holds every quote once, grouped by speaker then outlet', () => {
    const ids = view.speakers.flatMap((s) => s.outlets.flatMap((o) => o.quotes.map((q) => q.id)));
    expect(ids.sort()).toEqual(corpus.quotes.map((q) => q.id).sort());
    expect(view.total).toBe(corpus.quotes.length);
    for (const s of view.speakers) expect(s.count).toBe(s.outlets.reduce((n, o) => n + o.quotes.length, 0));
  });

  it('puts organisations under their own key with no person link', () => {
    const org = view.speakers.find((s) => s.role === 'organisation')!;
    expect(org.key).toMatch(/^org-/);
    expect(org.href).toBeNull();
  });

  it('offers every speaker and outlet as a filter', () => {
    expect(view.filters.speakers.map((s) => s.key)).toEqual(view.speakers.map((s) => s.key));
    expect(view.filters.outlets.reduce((n, o) => n + o.count, 0)).toBe(corpus.quotes.length);
    expect(new Set(view.speakers.map((s) => s.anchor)).size).toBe(view.speakers.length);
  });

  it('flags low-confidence attributions as uncertain', () => {
    const items = view.speakers.flatMap((s) => s.outlets.flatMap((o) => o.quotes));
    expect(
      items
        .filter((q) => q.uncertain)
        .map((q) => q.id)
        .sort(),
    ).toEqual(
      corpus.quotes
        .filter((q) => q.speakerConfidence < 0.7 || !q.speaker)
        .map((q) => q.id)
        .sort(),
    );
  });
});

describe('formatDateRange', () => {
  it('writes spans compactly', () => {
    expect(formatDateRange('2023-06-19', '2023-06-19')).toBe('19 June 2023');
    expect(formatDateRange('2023-06-30', '2023-07-01')).toBe('30 June – 1 July 2023');
    expect(formatDateRange('2022-12-31', '2023-01-01')).toBe('31 December 2022 – 1 January 2023');
    expect(formatDateRange(null, null)).toBeNull();
  });
});

describe('currentNav', () => {
  it('marks the section a page belongs to', async () => {
    const { currentNav } = await import('../../src/lib/views/index.ts');
    expect(currentNav('/')).toBe('/');
    expect(currentNav('/articles/x/')).toBe('/');
    expect(currentNav('/people/xi-jinping/')).toBe('/people/');
    expect(currentNav('/quotes/')).toBe('/quotes/');
    expect(currentNav('/nowhere/')).toBeNull();
  });
});

describe('sitemap', () => {
  it('lists every article and person page as absolute URLs, escaped', async () => {
    const { sitemapPaths, sitemapXml } = await import('../../src/lib/views/index.ts');
    const paths = sitemapPaths(corpus);
    expect(paths).toContain('/quotes/');
    expect(paths.filter((p) => p.startsWith('/articles/'))).toHaveLength(corpus.articles.length);
    const xml = sitemapXml('https://crosscheck.example', ['/', '/a&b/']);
    expect(xml).toContain('<loc>https://crosscheck.example/a&amp;b/</loc>');
  });
});

describe('personView statements', () => {
  it('starts from what the person said, one entry per statement, and every quote of theirs is in one', () => {
    const view = personView(corpus, 'xi-jinping');
    const counts = view.statements.map((s) => s.outlets.length);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const hrefs = new Set(view.statements.flatMap((s) => s.outlets.map((o) => o.href)));
    for (const q of view.quotes.flatMap((g) => g.quotes)) expect(hrefs.has(q.href)).toBe(true);
    expect(view.statements.filter((s) => s.outlets.length > 1).every((s) => s.compareHref?.includes('/compare/#s-'))).toBe(true);
  });

  it('names each outlet once per statement, its wordings counted by kind', () => {
    const view = personView(corpus, 'xi-jinping');
    for (const st of view.statements) {
      expect(st.byOutlet.map((o) => o.outlet)).toEqual([...new Set(st.outlets.map((o) => o.outlet))]);
      expect(st.outletCount).toBe(st.byOutlet.length);
      const counted = st.byOutlet.flatMap((o) => o.kinds).reduce((n, k) => n + (Number(/^(\d+) /.exec(k.label)?.[1]) || 1), 0);
      expect(counted).toBe(st.outlets.length);
    }
    // Four partial quotes of one statement in one outlet read "4 partial quotes", not four links named alike.
    const labels = view.statements.flatMap((st) => st.byOutlet.flatMap((o) => o.kinds.map((k) => k.label)));
    expect(labels).toContain('4 partial quotes');
  });
});

describe('personView stats', () => {
  it('sums quotes and mentions for the summary line', () => {
    const view = personView(corpus, 'joe-biden');
    expect(view.stats).toMatch(/^(Never quoted|Quoted \d+ times?) · named \d+ times? by \d+ outlets?$/);
  });
});
