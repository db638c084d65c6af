/** A content folder may hold saved pages (.html + .yaml) beside .txt and .md articles; the parse CLI reads them. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseContent, readContent } from '../../src/lib/index.ts';
import { OTHER_EVENT, savedPage } from './pages.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const tmp = mkdtempSync(join(tmpdir(), 'crosscheck-html-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('.html articles', () => {
  it('are read out of the page and parsed like text', () => {
    const dir = join(tmp, 'content');
    cpSync(join(ROOT, 'content'), dir, { recursive: true });
    writeFileSync(join(dir, 'articles', 'baths.html'), savedPage(OTHER_EVENT));
    writeFileSync(join(dir, 'articles', 'baths.yaml'), 'story: blinken-beijing-2023\noutlet: The Riverside Courier\n');
    const { content, errors } = readContent(dir);
    expect(errors).toEqual([]);
    const record = parseContent(content).find((r) => r.id === 'baths')!;
    expect(record.headline).toBe(OTHER_EVENT.title);
    expect(record.blocks.filter((b) => b.type === 'heading').map((b) => b.text)).toEqual(['Campaigners plan a challenge']);
    expect(record.text).not.toContain('Related stories');
  });

  it('a .yaml with neither .txt nor .html beside it is still refused', () => {
    const dir = join(tmp, 'lonely');
    cpSync(join(ROOT, 'content', 'stories'), join(dir, 'stories'), { recursive: true });
    cpSync(join(ROOT, 'content', 'articles', '000_d78b92cbf736f969.yaml'), join(dir, 'articles', 'x.yaml'));
    expect(readContent(dir).errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/x\.yaml: has no article text beside it: expected x\.txt or x\.html \[E_META_MISSING\]$/),
    ]);
  });

  it('npm run parse -- page.html prints the record with the metadata the page states', () => {
    const file = join(tmp, 'page.html');
    writeFileSync(file, savedPage(OTHER_EVENT));
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts', 'parse.ts'), file], { cwd: ROOT, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const record = JSON.parse(run.stdout) as { source: Record<string, unknown>; date: Record<string, unknown>; blocks: Array<{ type: string }> };
    expect(record.source).toMatchObject({ outlet: 'The Riverside Courier', url: OTHER_EVENT.url, provenance: 'stated', author: 'Hannah Okafor' });
    expect(record.date).toMatchObject({ iso: '2024-03-05' });
    expect(record.blocks.slice(0, 2).map((b) => b.type)).toEqual(['headline', 'dateline']);
  });

  it('npm run parse -- on a binary .html fails with one line', () => {
    const file = join(tmp, 'image.html');
    writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts', 'parse.ts'), file], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^crosscheck parse: .*image\.html: is a PNG image, not a web page: save the page as HTML \[E_BINARY_FILE\]\n$/);
  });
});
