/** axe finds no accessibility violations on any page type, in light and dark colour schemes, at phone and desktop widths. */
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { PAGES, withSite } from './site.ts';

const env = withSite();

const cases = (['light', 'dark'] as const).flatMap((scheme) => Object.entries(PAGES).map(([name, path]) => [name, scheme, path] as const));

describe('accessibility', () => {
  it.each(cases)('%s in %s has no axe violations', async (_name, colorScheme, path) => {
    for (const width of [390, 1280]) {
      const context = await env.browser.newContext({ colorScheme, viewport: { width, height: 900 } });
      const page = await context.newPage();
      await page.goto(env.site.url + path);
      // Open every <details> so the evidence, removed text and warnings are checked too.
      await page.locator('details:not([open]) > summary').evaluateAll((els) => els.forEach((e) => ((e.parentElement as HTMLDetailsElement).open = true)));
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
      const found = results.violations.map(
        (v) =>
          `${width}px ${v.id}: ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' '))
            .join(' | ')}`,
      );
      expect(found).toEqual([]);
      await context.close();
    }
  });
});
