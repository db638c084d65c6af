/**
 * Incremental builds: after one article changes, a rebuild re-parses that article only (records are cached on
 * disk by a digest of the bytes, the metadata and the parser itself).
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
mkdirSync(join(ROOT, '.test-results'), { recursive: true });
const dir = mkdtempSync(join(ROOT, '.test-results', 'incremental-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function build(content = join(dir, 'content')): string {
  const run = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', join(dir, 'dist')], {
    cwd: ROOT,
    env: { ...process.env, CROSSCHECK_CONTENT: content, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  expect(run.status, run.stderr).toBe(0);
  return /(\d+) articles \((\d+) parsed, (\d+) unchanged\)/.exec(run.stdout)?.slice(1).join('/') ?? run.stdout;
}

describe('incremental build', () => {
  it('re-parses only the article that changed', () => {
    cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
    build();
    expect(build()).toBe('5/0/5');
    appendFileSync(join(dir, 'content', 'articles', '002_b25e38a6960a52da.txt'), '\nA new closing paragraph, added by an editor.\n');
    expect(build()).toBe('5/1/4');
  }, 180_000);

  it('builds from a content folder outside the project (CROSSCHECK_CONTENT=/some/folder)', () => {
    const outside = mkdtempSync(join(tmpdir(), 'crosscheck-content-'));
    try {
      cpSync(join(ROOT, 'content'), outside, { recursive: true });
      expect(build(outside)).toMatch(/^5\/\d\/\d$/);
      expect(existsSync(join(dir, 'dist', 'api', 'articles.jsonl'))).toBe(true);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  }, 120_000);
});
