/** The static JSON API as built: every file exists, parses, and matches its zod schema. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApiFiles } from '../../src/lib/index.ts';
import { DIST } from './server.ts';

const read = (name: string) => JSON.parse(readFileSync(join(DIST, 'api', name), 'utf8')) as unknown;

describe('dist/api', () => {
  it.each(Object.keys(ApiFiles))('%s matches its schema', (name) => {
    const file = name.replace('<story-id>', 'blinken-beijing-2023');
    const result = ApiFiles[name as keyof typeof ApiFiles].safeParse(read(file));
    expect(result.error?.issues.slice(0, 3)).toBeUndefined();
  });

  it('schema.json is a JSON Schema of every file', () => {
    const schema = read('schema.json') as { files: Record<string, { type: string; items: unknown }> };
    expect(Object.keys(schema.files).sort()).toEqual(Object.keys(ApiFiles).sort());
  });

  it('people.json merges people across articles with their quotes', () => {
    const people = read('people.json') as Array<{ id: string; articles: unknown[]; quotes: string[] }>;
    const xi = people.find((p) => p.id === 'xi-jinping')!;
    expect(xi.articles).toHaveLength(5);
    expect(xi.quotes.length).toBeGreaterThan(10);
    const quotes = read('quotes.json') as Array<{ id: string; speaker: { personId: string | null } | null; outlet: string }>;
    for (const id of xi.quotes) expect(quotes.find((q) => q.id === id)!.speaker!.personId).toBe('xi-jinping');
  });
});
