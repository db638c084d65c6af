/** Build throwaway content folders for tests. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { ContentSet } from '../../src/lib/index.ts';

export const STORY = 'title: A story\nsummary: One line.\ndate: 2024-03-01\n';
export const META = 'story: s\noutlet: The Daily\npublished: 2024-03-02\n';
export const BODY = 'Headline here\n\n"We are ready," said Mayor Ana Silva.\n';

/** Write `files` (path → text or bytes) under a new temporary folder and return it. */
export function contentFolder(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-'));
  for (const [path, data] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), data);
  }
  return dir;
}

/** A valid folder with one story "s" and one article "a", plus `extra` files. */
export function validFolder(extra: Record<string, string | Uint8Array> = {}): string {
  return contentFolder({ 'stories/s.yaml': STORY, 'articles/a.txt': BODY, 'articles/a.yaml': META, ...extra });
}

/** The metadata of a made-up article of `story`. */
export const articleMeta = (story: string, title: string) => ({
  story,
  title,
  outlet: 'Outlet',
  published: '2024-05-06',
  kind: 'original' as const,
  outlet_provenance: 'metadata' as const,
});

/** A content set in memory: articles as [id, story, body], each story made up, each title the body's first line. */
export const contentSet = (articles: Array<[id: string, story: string, body: string]>, people: ContentSet['people'] = {}): ContentSet =>
  ({
    stories: new Map([...new Set(articles.map((a) => a[1]))].map((s) => [s, { title: s, summary: 'A made-up story.', date: '2024-05-05' }])),
    people,
    articles: articles.map(([id, story, body]) => ({ id, body, meta: articleMeta(story, body.split('\n')[0]!), format: 'text' })),
  }) as unknown as ContentSet;
