/** The comparison page in Chromium: sticky outlet names, the phone layout, the picker and its URL state, no-JS. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { withSite } from './site.ts';

const env = withSite();
const COMPARE = '/stories/blinken-beijing-2023/compare/';

const box = (page: Page, name: string) => page.getByRole('checkbox', { name, exact: true });
const visibleColumns = (page: Page) => page.locator('.compare-head [data-col]:visible').count();

async function open(width: number, path = COMPARE, javaScriptEnabled = true) {
  const context = await env.browser.newContext({ viewport: { width, height: 800 }, javaScriptEnabled });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(env.site.url + path);
  return { context, page, errors };
}

/** Unfold the controls (folded by default so the first statement is near the top on a phone). */
async function unfold(page: Page) {
  await page.getByText('Outlets, reference and filters:').click();
}

describe('compare page', () => {
  for (const width of [1280, 390])
    it(`keeps every shown outlet's name in view halfway down the page at ${width} px`, async () => {
      const { context, page, errors } = await open(width);
      await page.evaluate(() => window.scrollTo(0, (document.documentElement.scrollHeight - innerHeight) / 2));
      const names = page.locator('.compare-head [data-col]:visible');
      expect(await names.count()).toBe(5);
      for (const box of await Promise.all((await names.all()).map((n) => n.boundingBox()))) {
        expect(box).not.toBeNull();
        expect(box!.y).toBeGreaterThanOrEqual(0);
        expect(box!.y + box!.height).toBeLessThanOrEqual(800);
        expect(box!.x + box!.width).toBeLessThanOrEqual(width);
      }
      expect(errors).toEqual([]);
      await context.close();
    });

  it('at 390 px shows a marked difference without sideways scrolling', async () => {
    const { context, page } = await open(390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const mark = page.locator('.row ins.add:visible').first();
    await mark.scrollIntoViewIfNeeded();
    const box = (await mark.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    // The outlet's name stands above its wording.
    await expect(page.locator('.row .cell:visible .cell-outlet').first().isVisible()).resolves.toBe(true);
    await context.close();
  });

  it('at 390 px folds the controls to a line saying what is shown, so the first statement starts on the first screen', async () => {
    const { context, page } = await open(390);
    const summary = page.locator('.controls summary');
    await expect(summary.textContent()).resolves.toMatch(/^Outlets, reference and filters: all 5 outlets · compared with .+ · all speakers$/);
    await expect(page.getByRole('combobox', { name: 'Compared with' }).isVisible()).resolves.toBe(false);
    // Folded, the controls and the key take two short lines (they took about a screen unfolded).
    expect((await page.locator('.compare-tools').boundingBox())!.height).toBeLessThan(160);
    expect((await page.locator('.row').first().boundingBox())!.y).toBeLessThan(800);
    // Unfolded, the controls work as on a desktop, and the folded line follows the choice.
    await summary.click();
    await page.getByRole('combobox', { name: 'Compared with' }).selectOption({ label: 'ExBulletin' });
    await expect(summary.textContent()).resolves.toContain('compared with ExBulletin');
    await context.close();
  });

  it('has no statement row in which every outlet but one is a placeholder', async () => {
    const { context, page } = await open(1280);
    const rows = await page
      .locator('.row')
      .evaluateAll((els) => els.map((row) => ({ cells: row.querySelectorAll('.cell').length, absent: row.querySelectorAll('.cell.absent').length })));
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r.absent).toBeLessThan(r.cells - 1);
    await context.close();
  });

  it('names the reference, lets the reader pick another, and keeps outlets, reference and speaker in the URL', async () => {
    const { context, page, errors } = await open(1280);
    await unfold(page);
    const ref = page.getByRole('combobox', { name: 'Compared with' });
    const first = await ref.locator('option:checked').textContent();
    await expect(page.locator('.row .ref-note').first().textContent()).resolves.toContain('compared with');
    await ref.selectOption({ label: 'ExBulletin' });
    expect(new URL(page.url()).searchParams.get('ref')).toBeTruthy();
    await expect(page.locator('.head-cell[data-ref] .head-name').textContent()).resolves.toBe('ExBulletin');
    const notes = await page.locator('.row:visible .ref-note').allTextContents();
    expect(notes.every((n) => n.startsWith('compared with ExBulletin') || n.endsWith('(ExBulletin does not carry it)'))).toBe(true);

    await box(page, 'i7 News').uncheck();
    await box(page, 'Unidentified aggregator').uncheck();
    expect(await visibleColumns(page)).toBe(3);
    expect(new URL(page.url()).searchParams.get('outlets')?.split(',')).toHaveLength(3);
    const blinken = await page.getByRole('combobox', { name: 'Speaker' }).locator('option', { hasText: 'Antony Blinken' }).first().getAttribute('value');
    await page.getByRole('combobox', { name: 'Speaker' }).selectOption(blinken);
    const speaker = new URL(page.url()).searchParams.get('speaker');
    expect(speaker).toBe('antony-blinken');
    await page.reload();
    await expect(page.locator('.controls-now').textContent()).resolves.toBe('3 of 5 outlets · compared with ExBulletin · Antony Blinken');
    await unfold(page);
    expect(await visibleColumns(page)).toBe(3);
    await expect(box(page, 'i7 News').isChecked()).resolves.toBe(false);
    await expect(ref.locator('option:checked').textContent()).resolves.toBe('ExBulletin');
    const speakers = await page.locator('.row:visible .speaker').allTextContents();
    expect(speakers.length).toBeGreaterThan(0);
    expect(new Set(speakers)).toEqual(new Set(['Antony Blinken']));

    // Hiding the reference moves it to a shown outlet: the reference is always one of the outlets shown.
    await box(page, 'ExBulletin').uncheck();
    const now = await ref.locator('option:checked').textContent();
    expect(now).not.toBe('ExBulletin');
    await expect(page.locator('.head-cell[data-ref]:visible').count()).resolves.toBe(1);
    expect(first).toBeTruthy();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('never lets fewer than two outlets show, says why, and never re-ticks a box', async () => {
    const { context, page } = await open(1280, `${COMPARE}?outlets=${'000_d78b92cbf736f969'},${'002_b25e38a6960a52da'}`);
    expect(await visibleColumns(page)).toBe(2);
    await unfold(page);
    await expect(box(page, 'The Hindu').isDisabled()).resolves.toBe(true);
    await expect(box(page, 'ExBulletin').isDisabled()).resolves.toBe(true);
    await expect(box(page, 'i7 News').isDisabled()).resolves.toBe(false);
    await expect(page.locator('.picker-why').textContent()).resolves.toMatch(/needs two outlets/);
    await box(page, 'i7 News').check();
    await expect(box(page, 'The Hindu').isDisabled()).resolves.toBe(false);
    await box(page, 'The Hindu').uncheck();
    await expect(box(page, 'The Hindu').isChecked()).resolves.toBe(false);
    expect(await visibleColumns(page)).toBe(2);
    await context.close();
  });

  it('without JavaScript every outlet shows', async () => {
    const { context, page } = await open(1280, `${COMPARE}?outlets=a,b`, false);
    expect(await visibleColumns(page)).toBe(5);
    await context.close();
  });

  it('the story page links to a statement row that exists', async () => {
    const { context, page } = await open(1280, '/stories/blinken-beijing-2023/');
    const link = page.getByRole('link', { name: 'compare the wordings' }).first();
    const href = (await link.getAttribute('href'))!;
    await page.goto(env.site.url + href);
    const anchor = decodeURIComponent(href.split('#')[1]!);
    await expect(page.locator(`[id="${anchor}"]`).count()).resolves.toBe(1);
    await context.close();
  });
});
