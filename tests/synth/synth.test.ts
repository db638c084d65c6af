/** The synthetic collection generator: reproducible, readable as content, the requested size, strict about arguments. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/index.ts';
import { synthesize, writeCollection, type SynthOptions } from '../../scripts/synth.ts';

const OPTIONS: SynthOptions = { stories: 3, articles: 14, seed: 7 };

/** Write a collection to a new temporary folder and return the folder. */
function written(options: SynthOptions): string {
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-synth-'));
  writeCollection(dir, synthesize(options), options);
  return dir;
}

/** Every file under `dir`, relative path → bytes as text. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true }))
    if (entry.isFile()) out[join(entry.parentPath, entry.name).slice(dir.length + 1)] = readFileSync(join(entry.parentPath, entry.name), 'utf8');
  return out;
}

const run = (...args: string[]) => spawnSync(process.execPath, ['scripts/synth.ts', ...args], { encoding: 'utf8' });

describe('synth', () => {
  it('writes the same bytes for the same seed', () => {
    const a = snapshot(written(OPTIONS));
    const b = snapshot(written(OPTIONS));
    expect(Object.keys(a).length).toBeGreaterThan(OPTIONS.articles * 2);
    expect(b).toEqual(a);
  });

  it('writes a different collection for another seed', () => {
    const a = synthesize(OPTIONS);
    const b = synthesize({ ...OPTIONS, seed: 8 });
    expect([...b.values()].join('')).not.toEqual([...a.values()].join(''));
  });

  it('reads back with no errors: N articles in S stories, one outlet per article within a story', () => {
    const { content, errors } = readContent(written(OPTIONS));
    expect(errors.map((e) => e.message)).toEqual([]);
    expect(content.stories.size).toBe(OPTIONS.stories);
    expect(content.articles).toHaveLength(OPTIONS.articles);
    const perStory = new Map<string, string[]>();
    for (const a of content.articles) perStory.set(a.meta.story, [...(perStory.get(a.meta.story) ?? []), a.meta.outlet]);
    expect([...perStory.values()].map((o) => o.length).sort()).toEqual([4, 5, 5]);
    for (const outlets of perStory.values()) expect(new Set(outlets).size).toBe(outlets.length);
  });

  it('leaves no template placeholder or internal mark in the text, and varies the length', () => {
    const files = synthesize({ stories: 4, articles: 40, seed: 1 });
    const bodies = [...files].filter(([path]) => path.endsWith('.txt')).map(([, text]) => text);
    for (const body of bodies) expect(body).not.toMatch(/[{}<>|\uE000-\uE002]|,,/);
    const words = bodies.map((b) => b.split(/\s+/).filter(Boolean).length);
    expect(Math.min(...words)).toBeGreaterThanOrEqual(120);
    expect(Math.max(...words)).toBeLessThanOrEqual(1300);
    expect(Math.max(...words) - Math.min(...words)).toBeGreaterThan(300);
  });

  it('refuses bad arguments with exit code 2 and one line on stderr', () => {
    for (const args of [
      ['--stories', '0', '--articles', '5', '--out', 'x'],
      ['--stories', '5', '--articles', '3', '--out', 'x'],
      ['--stories', 'two', '--articles', '3', '--out', 'x'],
      ['--stories', '1', '--articles', '3'],
      ['--stories', '1', '--articles', '3', '--out', 'content'],
      ['--bogus'],
    ]) {
      const r = run(...args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(r.stderr).toMatch(/^crosscheck synth: /);
    }
  });
});
