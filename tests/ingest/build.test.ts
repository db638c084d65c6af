/** Done when: pages added with `npm run add` into a content folder build into a site (`npm run build`). */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { OTHER_EVENT, savedPage, seedPages } from './pages.ts';

const ROOT = join(import.meta.dirname, '..', '..');
mkdirSync(join(ROOT, '.test-results'), { recursive: true });
const tmp = mkdtempSync(join(ROOT, '.test-results', 'ingest-build-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('add, then build', () => {
  it('builds a site from a folder filled by npm run add', () => {
    const content = join(tmp, 'content');
    mkdirSync(join(content, 'articles'), { recursive: true });
    cpSync(join(ROOT, 'content', 'stories'), join(content, 'stories'), { recursive: true });
    const pages = [
      ...seedPages()
        .slice(0, 2)
        .map((s) => ({ name: `${s.id}.html`, html: s.html })),
      { name: 'baths.html', html: savedPage(OTHER_EVENT) },
    ];
    for (const p of pages) writeFileSync(join(tmp, p.name), p.html);
    const env = { ...process.env, CROSSCHECK_CONTENT: content, ASTRO_TELEMETRY_DISABLED: '1' };
    const add = spawnSync('npm', ['run', '--silent', 'add', '--', ...pages.map((p) => join(tmp, p.name)), '--story', 'auto'], {
      cwd: ROOT,
      env,
      encoding: 'utf8',
    });
    expect(add.status, add.stderr).toBe(0);
    const build = spawnSync('npm', ['run', '--silent', 'build', '--', '--outDir', join(tmp, 'dist')], { cwd: ROOT, env, encoding: 'utf8' });
    expect(build.status, build.stderr).toBe(0);
    expect(build.stdout).toContain('Crosscheck: 3 articles in 2 stories');
    const stories = JSON.parse(readFileSync(join(tmp, 'dist', 'api', 'stories.json'), 'utf8')) as Array<{ id: string; articles: string[] }>;
    expect(stories.map((s) => [s.id, s.articles.length]).sort()).toEqual([
      ['blinken-beijing-2023', 2],
      ['council-votes-to-close-the-victorian-baths-on-mill-street-2024', 1],
    ]);
    expect(existsSync(join(tmp, 'dist', 'articles', 'the-riverside-courier-council-votes-to-close-the-victorian', 'index.html'))).toBe(true);
  }, 240_000);
});
