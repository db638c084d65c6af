/**
 * Fixture folders: tests/fixtures/<case>/input.txt (+ optional meta.yaml) → expected.json, the whole record.
 * UPDATE=1 npx vitest run tests/fixtures.test.ts rewrites the expectations; read the diff before committing.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ArticleRecord, LooseArticleMeta, parseArticle } from '../src/lib/index.ts';

const DIR = join(import.meta.dirname, 'fixtures');
const cases = readdirSync(DIR)
  .filter((n) => existsSync(join(DIR, n, 'input.txt')))
  .sort();

describe.each(cases)('fixture %s', (name) => {
  it('parses to its expected record', () => {
    const source = readFileSync(join(DIR, name, 'input.txt'), 'utf8');
    const metaFile = join(DIR, name, 'meta.yaml');
    const meta = existsSync(metaFile) ? LooseArticleMeta.parse(parseYaml(readFileSync(metaFile, 'utf8'))) : null;
    const record = parseArticle({ id: name, source, meta });
    expect(ArticleRecord.safeParse(record).success).toBe(true);
    for (const q of record.quotes) expect(record.text.slice(q.start, q.end)).toBe(q.text);
    const expectedFile = join(DIR, name, 'expected.json');
    if (process.env.UPDATE === '1' || !existsSync(expectedFile)) writeFileSync(expectedFile, JSON.stringify(record, null, 2) + '\n');
    expect(record).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')));
  });
});
