/**
 * The bytes of every file of the static JSON API, made in one place so that each file's endpoint and the
 * manifest (which lists every file with its size and SHA-256) can never disagree.
 */
import { createHash } from 'node:crypto';
import { corpusIndex, type Corpus } from './corpus.ts';
import type { ApiManifest, ManifestFile, StoryFile } from './schema/api.ts';

/** JSON lines: one value a line, each line ending in a newline. */
export function jsonLines(values: readonly unknown[]): string {
  let out = '';
  for (const v of values) out += JSON.stringify(v) + '\n';
  return out;
}

/** api/articles/<id>.json: one record. */
export const articleFile = (corpus: Corpus, id: string): string => JSON.stringify(corpusIndex(corpus).articles.get(id));

/** api/stories/<id>.json: the story with its analysis. */
export function storyFile(corpus: Corpus, id: string): string {
  const story = corpus.stories.find((s) => s.id === id);
  if (!story) throw new Error(`No story with id "${id}"`);
  const file: StoryFile = { ...corpus.analyses[id]!, story };
  return JSON.stringify(file);
}

/** Every API file but the manifest and schema.json: path and a function making its text, in manifest order. */
export function apiFiles(corpus: Corpus): Array<{ path: string; text: () => string }> {
  return [
    { path: 'stories.json', text: () => JSON.stringify(corpus.stories) },
    { path: 'people.json', text: () => JSON.stringify(corpus.people) },
    { path: 'articles.jsonl', text: () => jsonLines(corpus.articles) },
    { path: 'quotes.jsonl', text: () => jsonLines(corpus.quotes) },
    ...corpus.stories.map((s) => ({ path: `stories/${s.id}.json`, text: () => storyFile(corpus, s.id) })),
    ...corpus.articles.map((a) => ({ path: `articles/${a.id}.json`, text: () => articleFile(corpus, a.id) })),
  ];
}

/** api/manifest.json: every file with its size and digest (each file's text is made, measured and dropped). */
export function apiManifest(corpus: Corpus): ApiManifest {
  const files: ManifestFile[] = apiFiles(corpus).map(({ path, text }) => {
    const bytes = Buffer.from(text(), 'utf8');
    return { path, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
  });
  return {
    counts: { articles: corpus.articles.length, stories: corpus.stories.length, people: corpus.people.length, quotes: corpus.quotes.length },
    files,
  };
}
