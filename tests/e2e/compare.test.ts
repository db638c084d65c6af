/** The story and comparison pages in Chromium: the outlet picker, its URL state, and no-JS fallback. */
import { describe, expect, it } from 'vitest';
import { withSite } from './site.ts';

const env = withSite();
const COMPARE = '/stories/blinken-beijing-2023/compare/';

const visibleColumns = (page: import('playwright-core').Page) => page.locator('thead th[data-col]:visible').count();

describe('compare page', () => {
  it('shows every outlet, and the picker hides columns and keeps the choice in the URL across a reload', async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(env.site.url + COMPARE);
    expect(await visibleColumns(page)).toBe(5);
    await page.getByLabel('ExBulletin').uncheck();
    await page.getByLabel('i7 News').uncheck();
    expect(await visibleColumns(page)).toBe(3);
    expect(new URL(page.url()).searchParams.get('outlets')?.split(',')).toHaveLength(3);
    await page.reload();
    expect(await visibleColumns(page)).toBe(3);
    await expect(page.getByLabel('ExBulletin').isChecked()).resolves.toBe(false);
    // A comparison needs two: the last two cannot both be unticked.
    await page.getByLabel('The Hindu').uncheck();
    await page.getByLabel('Unidentified aggregator').click();
    await expect(page.getByLabel('Unidentified aggregator').isChecked()).resolves.toBe(true);
    expect(await visibleColumns(page)).toBe(2);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('without JavaScript every outlet shows', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${env.site.url}${COMPARE}?outlets=a,b`);
    expect(await visibleColumns(page)).toBe(5);
    await context.close();
  });

  it('the article page links to its column, and a statement anchor exists for each row', async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    await page.goto(env.site.url + '/stories/blinken-beijing-2023/');
    const link = page.getByRole('link', { name: 'compare the wordings' }).first();
    const href = (await link.getAttribute('href'))!;
    await page.goto(env.site.url + href);
    const anchor = decodeURIComponent(href.split('#')[1]!);
    await expect(page.locator(`[id="${anchor}"]`).count()).resolves.toBe(1);
    await context.close();
  });
});
