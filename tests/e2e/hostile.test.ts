/**
 * Article text cannot inject markup: a content folder whose text, metadata and boilerplate are full of
 * HTML is built into a temporary dist, and its pages must show the markup as text and run none of it.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from './browser.ts';
import { serve } from './server.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const PAYLOAD = '<img src=x onerror="window.__pwned=1">';
let dir: string;
let browser: Browser;
let site: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  // Astro wants content inside the project: .test-results/ is gitignored.
  mkdirSync(join(ROOT, '.test-results'), { recursive: true });
  dir = mkdtempSync(join(ROOT, '.test-results', 'hostile-'));
  const content = join(dir, 'content');
  mkdirSync(join(content, 'stories'), { recursive: true });
  mkdirSync(join(content, 'articles'), { recursive: true });
  writeFileSync(
    join(content, 'stories', 'evil.yaml'),
    `title: "Story <script>window.__pwned=1</script>"\nsummary: "Summary ${PAYLOAD.replace(/"/g, '\\"')}"\ndate: 2024-01-02\n`,
  );
  writeFileSync(
    join(content, 'articles', 'evil.yaml'),
    `story: evil\noutlet: "<i>Evil</i> Times ${PAYLOAD.replace(/"/g, '\\"')}"\npublished: 2024-01-02\nurl: "https://example.com/a?x=<b>"\n`,
  );
  writeFileSync(
    join(content, 'articles', 'evil.txt'),
    [
      `Mayor <b>Ann Smith</b> ${PAYLOAD} opens bridge`,
      `Mayor Ann Smith opened the <script>window.__pwned=1</script> bridge on Tuesday & said it was “a <img src=x onerror=alert(1)> triumph for everyone</p>,” her office said.`,
      `“We built it for ${PAYLOAD} the town,” Mayor Ann Smith said. "<a href="javascript:alert(1)">Click</a> here," said resident Bob Jones.`,
      'Share this article <iframe src="javascript:alert(1)"></iframe>',
    ].join('\n\n'),
  );
  // Odd but harmless text must survive too: entities, style tags, direction overrides, zero-width characters,
  // a 10,000-character word, emoji and non-Latin scripts.
  writeFileSync(join(content, 'articles', 'odd.yaml'), 'story: evil\noutlet: Odd Post\npublished: 2024-01-03\n');
  writeFileSync(
    join(content, 'articles', 'odd.txt'),
    [
      'Odd &amp; &lt;b&gt;entities&lt;/b&gt; <style>body{display:none}</style> headline',
      `Minister Leila Haddad said “مرحبا بالعالم 你好，世界 🎉” was her message. A name with an override: \u202Egnp.exe\u202C and zero\u200Bwidth.`,
      `${'x'.repeat(10_000)} ends here.`,
    ].join('\n\n'),
  );
  const build = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', join(dir, 'dist')], {
    cwd: ROOT,
    env: { ...process.env, CROSSCHECK_CONTENT: content, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`);
  [browser, site] = await Promise.all([launch(), serve(join(dir, 'dist'))]);
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await site?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('hostile content', () => {
  it('odd text renders as text: entities, scripts of the world, emoji, a 10,000-character word', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(site.url + '/articles/odd/');
    const body = (await page.locator('main').textContent())!;
    expect(body).toContain('&amp; &lt;b&gt;entities&lt;/b&gt;');
    expect(body).toContain('<style>body{display:none}</style>');
    expect(body).toContain('你好，世界 🎉');
    expect(body).not.toContain('\u202E');
    await expect(page.locator('main style').count()).resolves.toBe(0);
    // The long word wraps instead of widening the page.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });

  it.each(['/', '/articles/evil/', '/quotes/', '/quotes/stories/evil/', '/people/'])('%s shows markup as text and runs none of it', async (path) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(site.url + path);
    await expect(page.evaluate(() => (window as { __pwned?: number }).__pwned)).resolves.toBeUndefined();
    expect(dialogs).toEqual([]);
    await expect(page.locator('main img, main iframe, main b, main i').count()).resolves.toBe(0);
    // The only scripts are the site's own (the quotes filters): none carries the payload.
    const scripts = await page.locator('script').evaluateAll((els) => els.map((e) => `${e.getAttribute('src') ?? ''} ${e.textContent ?? ''}`));
    expect(scripts.filter((s) => s.includes('__pwned') || s.includes('alert('))).toEqual([]);
    await expect(page.locator('a[href^="javascript:"]').count()).resolves.toBe(0);
    await context.close();
  });

  it('shows the outlet name with its angle brackets as text', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}/articles/evil/`);
    await expect(page.locator('main').textContent()).resolves.toContain('<i>Evil</i> Times');
    await context.close();
  });
});
