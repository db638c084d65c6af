/** Build throwaway content folders for tests. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

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
