/** Search in Chromium: typo-tolerant results, URL state, keyboard, and queries rendered as text. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { withSite } from './site.ts';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST } from './server.ts';
import { LOW_CONFIDENCE, UNCERTAIN } from '../../src/lib/views/labels.ts';

const env = withSite();

async function open(path: string): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => (errors.push(`dialog: ${d.message()}`), void d.dismiss()));
  await page.goto(env.site.url + path);
  return { page, errors, close: () => context.close() };
}

describe('search', () => {
  it('loads nothing until the reader interacts', async () => {
    const { page, close } = await open('/');
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.waitForTimeout(300);
    expect(requested.filter((u) => /engine|search\/(index\.json|filters\.json|[gpd]\/)/.test(u))).toEqual([]);
    await close();
  });

  it('the header box finds a misspelt quote with its speaker; arrows and Enter open it', async () => {
    const { page, errors, close } = await open('/about/');
    await page.keyboard.press('/');
    await page.keyboard.type('vehemntly disagre');
    const first = page.locator('#site-search-results .hit').first();
    await first.waitFor();
    await expect(first.textContent()).resolves.toContain('vehemently');
    await expect(first.textContent()).resolves.toContain('Antony Blinken');
    await expect(page.locator('#site-search-q').getAttribute('aria-expanded')).resolves.toBe('true');
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('#site-search-q').getAttribute('aria-activedescendant')).resolves.toBe('site-hit-0');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/articles\/003_a0d07328286ec2ce\/#q-/);
    expect(errors).toEqual([]);
    await close();
  });

  it('Escape closes the results', async () => {
    const { page, close } = await open('/');
    await page.locator('#site-search-q').fill('Blinkin');
    await page.locator('#site-search-results').waitFor();
    await page.keyboard.press('Escape');
    await expect(page.locator('#site-search-results').isHidden()).resolves.toBe(true);
    await close();
  });

  it('the search page keeps query and filters in the URL, and the back button restores them', async () => {
    const { page, errors, close } = await open('/search/?q=progress&speaker=xi-jinping');
    await page.locator('.search-results .hit').first().waitFor();
    await expect(page.locator('.search-status').textContent()).resolves.toMatch(/\d+ results? for “progress”/);
    for (const meta of await page.locator('.search-results .hit-meta').allTextContents()) expect(meta).toContain('Xi Jinping');
    await page.selectOption('select[name=kind]', 'direct');
    await page.waitForURL(/kind=direct/);
    await page.goBack();
    await page.waitForURL((u) => !u.search.includes('kind='));
    await expect(page.locator('select[name=kind]').inputValue()).resolves.toBe('');
    expect(errors).toEqual([]);
    await close();
  });

  it('a full-name search lists the person first, from the header box and on the search page', async () => {
    const { page, errors, close } = await open('/');
    await page.locator('#site-search-q').fill('Antony Blinken');
    const first = page.locator('#site-search-results .hit').first();
    await first.waitFor();
    await expect(first.getAttribute('data-href')).resolves.toBe('/people/antony-blinken/');
    await expect(first.locator('.hit-type').textContent()).resolves.toBe('Person');
    await page.goto(`${env.site.url}/search/?q=${encodeURIComponent('Xi Jinping')}`);
    await page.locator('.search-results .hit').first().waitFor();
    await expect(page.locator('.search-results .hit .hit-main').first().getAttribute('href')).resolves.toBe('/people/xi-jinping/');
    expect(errors).toEqual([]);
    await close();
  });

  it('shows a quote inside its sentence, the quote set apart and the matched word marked', async () => {
    const { page, errors, close } = await open(`/search/?q=stabilise&outlet=${encodeURIComponent('The Hindu')}`);
    const hit = page.locator('.search-results .hit', { hasText: 'contribute towards doing so' }).first();
    await hit.waitFor();
    // The Hindu's partial quote is one word; its sentence says who agreed to what.
    await expect(hit.locator('.hit-text').textContent()).resolves.toBe(
      'Mr. Xi said he hoped the visit would contribute towards doing so, while Mr. Blinken later told reporters he agreed on the need to “stabilise” relations but was “clear-eyed” on differences.',
    );
    await expect(hit.locator('.hit-quote').textContent()).resolves.toBe('stabilise');
    await expect(hit.locator('mark').allTextContents()).resolves.toEqual(['stabilise']);
    expect(errors).toEqual([]);
    await close();
  });

  it('says in words when an attribution is uncertain, and only then', async () => {
    const quotes = readFileSync(join(DIST, 'api', 'quotes.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { id: string; text: string; speaker: { name: string } | null; speakerConfidence: number });
    const long = (q: (typeof quotes)[number]) => q.text.split(' ').length >= 6;
    const unsure = quotes.find((q) => q.speaker && q.speakerConfidence < LOW_CONFIDENCE && long(q))!;
    const sure = quotes.find((q) => q.speaker && q.speakerConfidence >= LOW_CONFIDENCE && long(q))!;
    for (const [q, expected] of [
      [unsure, true],
      [sure, false],
    ] as const) {
      const { page, close } = await open(`/search/?q=${encodeURIComponent(q.text.split(' ').slice(0, 6).join(' '))}`);
      const anchor = `#q-${q.id.replace(/[^A-Za-z0-9_-]+/g, '-')}`;
      const hit = page.locator('.search-results .hit', { has: page.locator(`a[href$="${anchor}"]`) });
      await hit.waitFor();
      await expect(hit.locator('.hit-meta').textContent()).resolves.toContain(q.speaker!.name);
      await expect(hit.locator('.hit-meta .uncertain').count()).resolves.toBe(expected ? 1 : 0);
      if (expected) await expect(hit.locator('.hit-meta .uncertain').textContent()).resolves.toBe(UNCERTAIN.name);
      await close();
    }
  });

  it('renders a hostile query as text', async () => {
    const payload = '<img src=x onerror=alert(1)>';
    const { page, errors, close } = await open(`/search/?q=${encodeURIComponent(payload)}`);
    await page.waitForFunction(() => !document.querySelector('.search-status')?.textContent?.startsWith('Loading'));
    await expect(page.locator('.search-status').textContent()).resolves.toContain(payload);
    await page.locator('#site-search-q').fill(payload);
    await page.waitForTimeout(400);
    await expect(page.locator('img[src=x]').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await close();
  });
});

describe('search budget', () => {
  it('ships at most 15 KB of gzipped JavaScript in all, fuse.js included', () => {
    const dir = join(DIST, '_astro');
    const total = readdirSync(dir)
      .filter((f) => f.endsWith('.js'))
      .reduce((n, f) => n + gzipSync(readFileSync(join(dir, f)), { level: 9 }).length, 0);
    expect(total).toBeLessThanOrEqual(15 * 1024);
  });
});

describe('content security policy', () => {
  it('every page carries a CSP with no unsafe-inline script source, and a referrer policy', () => {
    const pages: string[] = [];
    const walk = (dir: string) => {
      for (const n of readdirSync(dir)) {
        const p = join(dir, n);
        if (statSync(p).isDirectory()) walk(p);
        else if (n.endsWith('.html')) pages.push(p);
      }
    };
    walk(DIST);
    expect(pages.length).toBeGreaterThan(10);
    for (const p of pages) {
      const html = readFileSync(p, 'utf8');
      const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
      expect(csp, p).toBeDefined();
      expect(csp).toContain("default-src 'self'");
      expect(/script-src[^;]*'unsafe-inline'/.test(csp!)).toBe(false);
      expect(html).toContain('<meta name="referrer" content="strict-origin-when-cross-origin"');
      expect(html).not.toMatch(/\son[a-z]+="/);
    }
  });
});
