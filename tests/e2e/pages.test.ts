/** Every page of the built site loads in Chromium with no console errors and no failed requests. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from './browser.ts';
import { serve } from './server.ts';

let browser: Browser;
let site: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  [browser, site] = await Promise.all([launch(), serve()]);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('pages', () => {
  it('the home page lists the story', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`));
    page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()}: ${r.url()}`));
    await page.goto(site.url + '/');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('Crosscheck');
    await expect(page.getByText('Blinken meets Xi Jinping in Beijing').count()).resolves.toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await context.close();
  });
});
