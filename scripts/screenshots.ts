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
const widths = [390, 1280];
const schemes = ['light', 'dark'] as const;

mkdirSync(OUT, { recursive: true });
const [browser, site] = await Promise.all([launch(), serve()]);
try {
  for (const width of widths)
    for (const colorScheme of schemes) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme, deviceScaleFactor: 1 });
      const page = await context.newPage();
      for (const [name, path] of Object.entries(pages)) {
        await page.goto(site.url + path);
        const file = join(OUT, `${name}-${width}-${colorScheme}.png`);
        await page.screenshot({ path: file, fullPage: true });
        process.stdout.write(`${file}\n`);
      }
      await context.close();
    }
} finally {
  await browser.close();
  await site.close();
}
