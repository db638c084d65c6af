/**
 * A story with ten outlets (an invented one from scripts/synth.ts, built into its own dist): the desktop grid
 * would leave each column about 100 px wide, so the comparison shows one card per statement instead, and
 * goes back to columns when the reader narrows the choice.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from './browser.ts';
import { serve } from './server.ts';

const ROOT = join(import.meta.dirname, '..', '..');
mkdirSync(join(ROOT, '.test-results'), { recursive: true });
const dir = mkdtempSync(join(ROOT, '.test-results', 'many-outlets-'));
let browser: Browser;
let site: Awaited<ReturnType<typeof serve>>;
let compare: string;

function run(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, args, { cwd: ROOT, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env }, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
}

beforeAll(async () => {
  run([join(ROOT, 'scripts', 'synth.ts'), '--stories', '1', '--articles', '10', '--out', join(dir, 'content')]);
  run([join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', join(dir, 'dist')], { CROSSCHECK_CONTENT: join(dir, 'content') });
  compare = `/stories/${readdirSync(join(dir, 'dist', 'stories'))[0]}/compare/`;
  [browser, site] = await Promise.all([launch(), serve(join(dir, 'dist'))]);
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await site?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function open(width: number) {
  const context = await browser.newContext({ viewport: { width, height: 800 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(site.url + compare);
  return { context, page, errors };
}

describe('a comparison of ten outlets at 1280 px', () => {
  it('shows cards, each wording as wide as the page, every outlet name in view halfway down', async () => {
    const { context, page, errors } = await open(1280);
    await expect(page.locator('.compare').getAttribute('data-layout')).resolves.toBe('cards');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
    const widths = await page.locator('.row:visible .cell:not(.absent)').evaluateAll((els) => els.slice(0, 20).map((e) => e.getBoundingClientRect().width));
    expect(widths.length).toBeGreaterThan(0);
    for (const w of widths) expect(w).toBeGreaterThan(600);
    await page.evaluate(() => window.scrollTo(0, (document.documentElement.scrollHeight - innerHeight) / 2));
    const names = page.locator('.compare-head [data-col]:visible');
    expect(await names.count()).toBe(10);
    for (const box of await Promise.all((await names.all()).map((n) => n.boundingBox()))) {
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.y + box!.height).toBeLessThanOrEqual(800);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('names the outlets that do not carry a statement in one line after "Not carried by", each still saying it to screen readers', async () => {
    const { context, page, errors } = await open(1280);
    const row = page.locator('.row:has(.absent)').first();
    await expect(row.locator('.absent-label').isVisible()).resolves.toBe(true);
    const absent = row.locator('.absent');
    const tops = await absent.evaluateAll((els) => new Set(els.map((e) => Math.round(e.getBoundingClientRect().top))).size);
    expect(tops).toBe(1);
    // The per-outlet words are out of sight but in the accessibility tree.
    expect(
      await absent
        .first()
        .locator('.not-carried')
        .evaluate((e) => e.getBoundingClientRect().width),
    ).toBeLessThanOrEqual(1);
    await expect(absent.first().locator('.not-carried').textContent()).resolves.toBe('Not carried');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('goes back to columns, none narrower than 128 px, when the reader shows five', async () => {
    const { context, page, errors } = await open(1280);
    await page.getByText('Outlets, reference and filters:').click();
    const boxes = page.getByRole('checkbox');
    for (let i = 5; i < 10; i++) await boxes.nth(i).uncheck();
    await expect(page.locator('.compare').getAttribute('data-layout')).resolves.toBe('grid');
    const heads = await page.locator('.compare-head [data-col]:visible').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().width));
    expect(heads).toHaveLength(5);
    for (const w of heads) expect(w).toBeGreaterThanOrEqual(128);
    // In columns each absent cell says "Not carried" itself, and the line's label is gone.
    const row = page.locator('.row:has(.absent:visible)').first();
    await expect(row.locator('.absent-label').isVisible()).resolves.toBe(false);
    expect(
      await row
        .locator('.absent:visible .not-carried')
        .first()
        .evaluate((e) => e.getBoundingClientRect().width),
    ).toBeGreaterThan(20);
    // Reloaded from the URL, the narrowed view is columns at once.
    await page.reload();
    await expect(page.locator('.compare').getAttribute('data-layout')).resolves.toBe('grid');
    expect(errors).toEqual([]);
    await context.close();
  });
});
