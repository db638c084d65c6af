/** Every page type of the built site loads in Chromium with no console errors and no failed requests, and shows what it should. */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, it } from 'vitest';
import { KIND_SHORT, quoteAnchor } from '../../src/lib/views/index.ts';
import { launch } from './browser.ts';
import { serve } from './server.ts';
import { articles, PAGES, watch } from './site.ts';

let browser: Browser;
let site: Awaited<ReturnType<typeof serve>>;
let context: BrowserContext;

beforeAll(async () => {
  [browser, site] = await Promise.all([launch(), serve()]);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});
beforeEach(async () => {
  context = await browser.newContext();
});
afterEach(async () => {
  await context.close();
});

describe('pages', () => {
  it.each(Object.entries(PAGES))('%s (%s) loads with a heading and no errors', async (name, path) => {
    const page = await context.newPage();
    const problems = watch(page, name === '404' ? path : undefined);
    const response = await page.goto(site.url + path);
    expect(response?.status()).toBe(name === '404' ? 404 : 200);
    await expect(page.getByRole('heading', { level: 1 }).count()).resolves.toBe(1);
    await expect(page.locator('link[rel="icon"][href="/favicon.svg"]').count()).resolves.toBe(1);
    await expect(page.title()).resolves.toMatch(/Crosscheck/);
    expect(problems).toEqual([]);
  });

  const narrowPages = { ...PAGES, ...Object.fromEntries(articles.map((a) => [`article ${a.id}`, `/articles/${a.id}/`])) };
  it.each(Object.entries(narrowPages))('%s has no sideways scrolling at 320px', async (_name, path) => {
    const narrow = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await narrow.newPage();
    await page.goto(site.url + path);
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(320);
    await narrow.close();
  });

  it('the home page lists the story and links into it', async () => {
    const page = await context.newPage();
    await page.goto(site.url + '/');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('Crosscheck');
    await expect(page.getByRole('link', { name: 'Blinken meets Xi Jinping in Beijing' }).getAttribute('href')).resolves.toBe('/stories/blinken-beijing-2023/');
    await expect(page.getByRole('link', { name: 'Compare the outlets side by side →' }).getAttribute('href')).resolves.toBe(
      '/stories/blinken-beijing-2023/compare/',
    );
    await page.getByRole('link', { name: 'Most outlets' }).click();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Stories, most outlets first');
  });

  it.each(articles.map((a) => [a.id, a] as const))('article %s shows every quote, marked, with its speaker', async (id, record) => {
    const page = await context.newPage();
    const problems = watch(page);
    await page.goto(`${site.url}/articles/${id}/`);
    for (const q of record.quotes) {
      if (record.blocks[q.block]?.type === 'headline') {
        // The headline shows as its text alone: its quotes' anchors land on it.
        await expect(page.locator(`h1 #${quoteAnchor(q.id)}`).count()).resolves.toBe(1);
        await expect(page.locator('h1').textContent()).resolves.toContain(q.text);
        continue;
      }
      const mark = page.locator(`#${quoteAnchor(q.id)}`);
      await expect(mark.isVisible(), q.id).resolves.toBe(true);
      await expect(mark.locator('.quote-text').textContent()).resolves.toBe(q.text);
      await expect(mark.locator('.quote-tag').textContent()).resolves.toContain(q.speaker?.name ?? 'no speaker named');
      await expect(mark.locator('.quote-tag').textContent()).resolves.toContain(KIND_SHORT[q.kind]);
    }
    const compare = page.getByRole('link', { name: 'Compare this story' });
    await expect(compare.getAttribute('href')).resolves.toBe(`/stories/${record.story}/compare/?ref=${id}`);
    await expect(page.locator('details:has(summary:text("Removed from the page"))').getAttribute('open')).resolves.toBeNull();
    expect(problems).toEqual([]);
  });

  it('the headline is the headline text alone; no annotation shows until switched on, and the switch survives a reload', async () => {
    const record = articles.find((a) => a.headline !== null && a.quotes.some((q) => a.blocks[q.block]?.type === 'headline'))!;
    const page = await context.newPage();
    await page.goto(`${site.url}/articles/${record.id}/`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(record.headline);
    await expect(page.locator('h1 .quote-tag, h1 a').count()).resolves.toBe(0);
    await expect(page.locator('.quote-tag:visible').count()).resolves.toBe(0);
    const toggle = page.getByRole('checkbox', { name: 'Show who said what' });
    await toggle.check();
    await expect(page.locator('.quote-tag:visible').count()).resolves.toBe(record.quotes.filter((q) => record.blocks[q.block]?.type !== 'headline').length);
    expect(new URL(page.url()).searchParams.get('notes')).toBe('on');
    await page.reload();
    await expect(toggle.isChecked()).resolves.toBe(true);
    await expect(page.locator('.quote-tag:visible').count()).resolves.toBeGreaterThan(0);
    await toggle.uncheck();
    await page.reload();
    await expect(page.locator('.quote-tag:visible').count()).resolves.toBe(0);
  });

  it('links a person once in the reading view, and shows a quote’s speaker on hover', async () => {
    const record = articles[3]!;
    const page = await context.newPage();
    await page.goto(`${site.url}/articles/${record.id}/`);
    const hrefs = await page.locator('.article-body a.person-link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(new Set(hrefs).size).toBe(hrefs.length);
    const quote = page.locator('.article-body .quote').first();
    await quote.locator('.quote-text').hover();
    await expect(quote.locator('.quote-tag').isVisible()).resolves.toBe(true);
  });

  it('an article with no headline gets a fallback title and its attribution evidence', async () => {
    const record = articles.find((a) => a.headline === null)!;
    const page = await context.newPage();
    await page.goto(`${site.url}/articles/${record.id}/`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(`Untitled article from ${record.source.outlet}`);
    const why = page.locator('details', { hasText: 'Why attributed' });
    await why.locator('summary').click();
    await expect(why.getByText(record.source.evidence!.slice(0, 30)).isVisible()).resolves.toBe(true);
  });

  it('article bodies hold only the elements the page makes', async () => {
    const page = await context.newPage();
    for (const record of articles) {
      await page.goto(`${site.url}/articles/${record.id}/`);
      const tags = await page.locator('.article-body *').evaluateAll((els) => [...new Set(els.map((e) => e.tagName.toLowerCase()))]);
      expect(tags.filter((t) => !['p', 'h2', 'span', 'a'].includes(t))).toEqual([]);
      await expect(page.locator('.article-body script, .article-body img, .article-body iframe').count()).resolves.toBe(0);
    }
  });

  it('a person page groups quotes by outlet', async () => {
    const page = await context.newPage();
    await page.goto(`${site.url}/people/xi-jinping/`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Xi Jinping');
    await expect(page.getByRole('heading', { level: 3, name: /The Hindu/ }).count()).resolves.toBe(1);
    await expect(page.locator('.quote-list > li').count()).resolves.toBeGreaterThan(10);
  });

  it('the quotes page filters by speaker and outlet with its script', async () => {
    const page = await context.newPage();
    const problems = watch(page);
    await page.goto(`${site.url}/quotes/stories/blinken-beijing-2023/?speaker=xi-jinping&outlet=the-hindu`);
    const visible = page.locator('.quote-list > li:visible');
    const n = await visible.count();
    expect(n).toBeGreaterThan(0);
    for (const li of await visible.all()) {
      await expect(li.getAttribute('data-speaker')).resolves.toBe('xi-jinping');
      await expect(li.getAttribute('data-outlet')).resolves.toBe('the-hindu');
    }
    await expect(page.locator('[data-filter-status]').textContent()).resolves.toContain(`Showing ${n} of`);
    await expect(page.locator('select[name="speaker"]').inputValue()).resolves.toBe('xi-jinping');
    expect(problems).toEqual([]);
  });

  it('the quotes page narrows to words given as ?q=', async () => {
    const page = await context.newPage();
    await page.goto(`${site.url}/quotes/stories/blinken-beijing-2023/?q=clear-eyed`);
    const texts = await page.locator('.quote-list > li:visible blockquote').allTextContents();
    expect(texts.length).toBeGreaterThan(0);
    for (const t of texts) expect(t.toLowerCase()).toContain('clear-eyed');
    await expect(page.locator('.filters input[name="q"]').inputValue()).resolves.toBe('clear-eyed');
  });

  it('words a story’s quotes do not hold (a typo) are handed over to the search, which forgives typos', async () => {
    const page = await context.newPage();
    await page.goto(`${site.url}/quotes/stories/blinken-beijing-2023/?q=clear-eyd`);
    await expect(page.locator('[data-filter-empty]').isVisible()).resolves.toBe(true);
    await page.locator('[data-search-handover]').click();
    await page.waitForURL(/\/search\/\?q=clear-eyd$/);
    await expect(page.locator('.search-results li').first().textContent({ timeout: 10_000 })).resolves.toMatch(/clear-eyed/i);
  });

  it('old links to the single quotes page land: a speaker on their quotes page, words on the search', async () => {
    const page = await context.newPage();
    await page.goto(`${site.url}/quotes/?speaker=xi-jinping`);
    await page.waitForURL(/\/quotes\/people\/xi-jinping\/$/);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Quotes by Xi Jinping');
    await page.goto(`${site.url}/quotes/?q=clear-eyed`);
    await page.waitForURL(/\/search\/\?q=clear-eyed$/);
  });

  it('the quotes index links to every story’s quotes and the most quoted people', async () => {
    const page = await context.newPage();
    await page.goto(`${site.url}/quotes/`);
    await expect(page.locator('a[href="/quotes/stories/blinken-beijing-2023/"]').count()).resolves.toBe(1);
    await expect(page.locator('a[href="/quotes/people/xi-jinping/"]').count()).resolves.toBe(1);
    await expect(page.locator('form[action="/search/"] input[name="q"]').count()).resolves.toBe(1);
  });

  it('without JavaScript, a story’s quotes page still offers every speaker and speaker-in-outlet as a link that lands', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(`${site.url}/quotes/stories/blinken-beijing-2023/`);
    const links = page.locator('.jump-list a');
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(10);
    for (const href of hrefs) await expect(page.locator(href).count(), href).resolves.toBe(1);
    await page.locator('.jump-list a[href="#speaker-wang-yi"]').click();
    await expect(page.locator('#speaker-wang-yi').isVisible()).resolves.toBe(true);
    const all = await page.locator('.quote-list > li:visible').count();
    const total = await page.locator('.quote-list > li').count();
    expect(all).toBe(total);
    await noJs.close();
  });
});
