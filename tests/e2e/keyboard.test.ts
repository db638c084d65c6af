/** Keyboard use: the skip link comes first and works, then the site name, the nav links and the search box. */
import { describe, expect, it } from 'vitest';
import { PAGES, withSite } from './site.ts';

const env = withSite();

const focused = (page: import('playwright-core').Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      tag: el?.tagName.toLowerCase(),
      text: el?.textContent?.trim(),
      href: el?.getAttribute('href'),
      name: el?.getAttribute('name'),
      visible: !!el && el.getBoundingClientRect().top >= 0,
    };
  });

describe('keyboard', () => {
  it.each([PAGES.home!, PAGES.article!, PAGES.quotes!])('on %s, Tab reaches the skip link, nav and search in order', async (path) => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    await page.goto(env.site.url + path);
    await page.keyboard.press('Tab');
    await expect(focused(page)).resolves.toMatchObject({ tag: 'a', text: 'Skip to content', href: '#main', visible: true });
    const order: string[] = [];
    for (let i = 0; i < 7; i++) {
      await page.keyboard.press('Tab');
      const f = await focused(page);
      order.push(f.name ? `${f.tag}[name=${f.name}]` : `${f.tag} ${f.href}`);
    }
    expect(order).toEqual(['a /', 'a /', 'a /people/', 'a /quotes/', 'a /about/', 'input[name=q]', 'button null']);
    await context.close();
  });

  it('the skip link moves focus to the main content', async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    await page.goto(env.site.url + PAGES.article!);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => !!document.activeElement?.closest('main'))).resolves.toBe(true);
    await context.close();
  });

  it('focus is visible: a focused link gets an outline', async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    await page.goto(env.site.url + '/');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).toBe('solid');
    await context.close();
  });
});
