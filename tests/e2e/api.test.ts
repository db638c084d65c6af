/** The static JSON API as built: every file exists, parses, matches its zod schema, and the manifest is true. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApiFiles, ApiManifest, QuoteEntry } from '../../src/lib/index.ts';
import { DIST } from './server.ts';
import { articles } from './site.ts';

const bytes = (name: string) => readFileSync(join(DIST, 'api', name));
const read = (name: string) => JSON.parse(bytes(name).toString('utf8')) as unknown;
const lines = (name: string) =>
  bytes(name)
    .toString('utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as unknown);

describe('dist/api', () => {
  it.each(Object.keys(ApiFiles))('%s matches its schema', (name) => {
    const file = name.replace('<story-id>', 'blinken-beijing-2023').replace('<article-id>', articles[0]!.id);
    const schema = ApiFiles[name as keyof typeof ApiFiles];
    const values = name.endsWith('.jsonl') ? lines(file) : [read(file)];
    expect(values.length).toBeGreaterThan(0);
    for (const v of values) expect(schema.safeParse(v).error?.issues.slice(0, 3)).toBeUndefined();
  });

  it('schema.json is a JSON Schema of every file', () => {
    const schema = read('schema.json') as { files: Record<string, { type: string; items: unknown }> };
    expect(Object.keys(schema.files).sort()).toEqual(Object.keys(ApiFiles).sort());
  });

  it('the manifest lists every file with its true size and SHA-256', () => {
    const manifest = ApiManifest.parse(read('manifest.json'));
    expect(manifest.counts.articles).toBe(5);
    const paths = manifest.files.map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['stories.json', 'people.json', 'articles.jsonl', 'quotes.jsonl', 'stories/blinken-beijing-2023.json']));
    expect(paths.filter((p) => p.startsWith('articles/')).sort()).toEqual(articles.map((a) => `articles/${a.id}.json`).sort());
    for (const f of manifest.files) {
      const b = bytes(f.path);
      expect(b.length, f.path).toBe(f.bytes);
      expect(createHash('sha256').update(b).digest('hex'), f.path).toBe(f.sha256);
    }
  });

  it('each article file is the same record as its line in articles.jsonl', () => {
    for (const a of articles) expect(read(`articles/${a.id}.json`)).toEqual(a);
  });

  it('people.json merges people across articles with their quotes', () => {
    const people = read('people.json') as Array<{ id: string; articles: unknown[]; quotes: string[] }>;
    const xi = people.find((p) => p.id === 'xi-jinping')!;
    expect(xi.articles).toHaveLength(5);
    expect(xi.quotes.length).toBeGreaterThan(10);
    const quotes = lines('quotes.jsonl').map((q) => QuoteEntry.parse(q));
    for (const id of xi.quotes) expect(quotes.find((q) => q.id === id)!.speaker!.personId).toBe('xi-jinping');
  });
});
