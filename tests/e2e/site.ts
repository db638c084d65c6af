/** The page types of the built site, a watcher for console errors and failed requests, and the browser set-up. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { ArticleRecord, PersonEntry } from '../../src/lib/index.ts';
import { launch } from './browser.ts';
import { DIST, serve } from './server.ts';

export const articles = readFileSync(join(DIST, 'api', 'articles.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l !== '')
  .map((l) => JSON.parse(l) as ArticleRecord);
export const people = JSON.parse(readFileSync(join(DIST, 'api', 'people.json'), 'utf8')) as PersonEntry[];

/** One path per page type. */
export const PAGES: Record<string, string> = {
  home: '/',
  article: `/articles/${articles[0]!.id}/`,
  people: '/people/',
  person: `/people/${people[0]!.id}/`,
  quotes: '/quotes/',
  storyQuotes: '/quotes/stories/blinken-beijing-2023/',
  personQuotes: `/quotes/people/${people[0]!.id}/`,
  peopleLetter: '/people/letter/x/',
  listing: '/browse/outlets/1/',
  story: '/stories/blinken-beijing-2023/',
  compare: '/stories/blinken-beijing-2023/compare/',
  search: '/search/?q=progress',
  about: '/about/',
  '404': '/no-such-page/',
};

/** Collect console errors, failed requests and error statuses (the 404 page's own status is expected). */
export function watch(page: Page, expected404?: string): string[] {
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && !(expected404 && m.location().url.endsWith(expected404)) && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`));
  page.on('response', (r) => r.status() >= 400 && !(expected404 && r.url().endsWith(expected404)) && problems.push(`${r.status()}: ${r.url()}`));
  return problems;
}

/**
 * Chromium and the built site for one test file: started before its tests, closed after. Read `env.browser` and
 * `env.site` inside tests (they are set once the hooks have run).
 */
export function withSite(): { browser: Browser; site: Awaited<ReturnType<typeof serve>> } {
  const env = {} as { browser: Browser; site: Awaited<ReturnType<typeof serve>> };
  beforeAll(async () => {
    [env.browser, env.site] = await Promise.all([launch(), serve()]);
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.site?.close();
  });
  return env;
}
