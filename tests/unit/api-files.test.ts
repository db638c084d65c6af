/** The API files are made in pieces; the pieces, the stream and the manifest all describe the same bytes. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { apiFiles, apiManifest, jsonLines, jsonLinesStream } from '../../src/lib/api-files.ts';
import { seedCorpus } from '../helpers/seeds.ts';

describe('API files', () => {
  const values = Array.from({ length: 1201 }, (_, i) => ({ i, text: i % 3 ? 'plain' : 'naïve “quoted”\nline' }));

  it('writes one JSON value a line, newline-terminated, across pieces', () => {
    const text = jsonLines(values);
    const lines = text.split('\n');
    expect(lines).toHaveLength(1202);
    expect(lines.at(-1)).toBe('');
    expect(lines.slice(0, -1).map((l) => JSON.parse(l) as unknown)).toEqual(values);
  });

  it('streams exactly the bytes of the string', async () => {
    const bytes = Buffer.from(await new Response(jsonLinesStream(values)).arrayBuffer());
    expect(bytes.equals(Buffer.from(jsonLines(values), 'utf8'))).toBe(true);
  });

  it('lists every file in the manifest with the size and digest of its bytes', () => {
    const corpus = seedCorpus();
    const manifest = apiManifest(corpus);
    const files = apiFiles(corpus);
    expect(manifest.files.map((f) => f.path)).toEqual(files.map((f) => f.path));
    expect(manifest.counts).toEqual({ articles: 5, stories: 1, people: corpus.people.length, quotes: corpus.quotes.length });
    for (const [i, f] of files.entries()) {
      const bytes = Buffer.from([...f.pieces()].join(''), 'utf8');
      expect(manifest.files[i]).toEqual({ path: f.path, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
    }
  });
});
