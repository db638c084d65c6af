/**
 * npm run screenshots: full-page PNGs of each page type at phone and desktop widths, light and dark,
 * in .screenshots/. Builds nothing: run `npx astro build` first; dist/ is served as a static host would.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from '../tests/e2e/browser.ts';
import { DIST, serve } from '../tests/e2e/server.ts';

const OUT = join(import.meta.dirname, '..', '.screenshots');
const articles = readFileSync(join(DIST, 'api', 'articles.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l !== '')
  .map((l) => JSON.parse(l) as { id: string; headline: string | null });
const people = JSON.parse(readFileSync(join(DIST, 'api', 'people.json'), 'utf8')) as Array<{ id: string }>;

const pages: Record<string, string> = {
  home: '/',
  article: `/articles/${articles[0]!.id}/`,
  'article-untitled': `/articles/${(articles.find((a) => a.headline === null) ?? articles[0]!).id}/`,
  people: '/people/',
  person: `/people/${people[0]!.id}/`,
  quotes: '/quotes/',
  'quotes-filtered': `/quotes/?speaker=${people[0]!.id}`,
  story: '/stories/blinken-beijing-2023/',
  compare: '/stories/blinken-beijing-2023/compare/',
  search: '/search/?q=stabilise',
  about: '/about/',
  '404': '/no-such-page/',
};
// `npm run screenshots -- compare article` limits the run to those page types.
const only = process.argv.slice(2);
const widths = [390, 1280];
const schemes = ['light', 'dark'] as const;

mkdirSync(OUT, { recursive: true });
const [browser, site] = await Promise.all([launch(), serve()]);
try {
  for (const width of widths)
    for (const colorScheme of schemes) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme, deviceScaleFactor: 1 });
      const page = await context.newPage();
      for (const [name, path] of Object.entries(pages).filter(([n]) => only.length === 0 || only.includes(n))) {
        await page.goto(site.url + path);
        const file = join(OUT, `${name}-${width}-${colorScheme}.png`);
        await page.screenshot({ path: file, fullPage: true });
        process.stdout.write(`${file}\n`);
      }
      await context.close();
    }
  // The README's picture: the comparison at 1280 px, scrolled to the first row with marked differences, so the
  // pinned outlet names and the + / − marks both show.
  if (only.length === 0 || only.includes('readme')) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'light', deviceScaleFactor: 1 });
    const page = await context.newPage();
    await page.goto(`${site.url}${pages.compare}`);
    await page.evaluate(() => {
      const row = document.querySelector('.row:has(ins.add)');
      if (row) window.scrollTo(0, row.getBoundingClientRect().top + window.scrollY - 150);
    });
    const file = join(import.meta.dirname, '..', 'docs', 'compare.png');
    await page.screenshot({ path: file });
    process.stdout.write(`${file}\n`);
    await context.close();
  }
} finally {
  await browser.close();
  await site.close();
}
