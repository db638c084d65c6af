/**
 * The bytes of every file of the static JSON API, made in one place so that each file's endpoint and the
 * manifest (which lists every file with its size and SHA-256) can never disagree. Files are made as pieces of
 * text, so a JSON-lines file of any size is hashed and served a slice at a time, never held whole.
 */
import { createHash } from 'node:crypto';
import { corpusIndex, type Corpus } from './corpus.ts';
import type { ApiManifest, ManifestFile, StoryFile } from './schema/api.ts';

/** Lines in one piece of a JSON-lines file. */
const LINES_PER_PIECE = 500;

/** JSON lines, a piece at a time: one value a line, each line ending in a newline. */
export function* jsonLinePieces(values: readonly unknown[]): Generator<string> {
  for (let i = 0; i < values.length; i += LINES_PER_PIECE) {
    let piece = '';
    for (const v of values.slice(i, i + LINES_PER_PIECE)) piece += JSON.stringify(v) + '\n';
    yield piece;
  }
}

/** JSON lines as one string (for small files and tests). */
export const jsonLines = (values: readonly unknown[]): string => [...jsonLinePieces(values)].join('');

/** A stream of the JSON lines' UTF-8 bytes, for a Response body. */
export function jsonLinesStream(values: readonly unknown[]): ReadableStream<Uint8Array> {
  const pieces = jsonLinePieces(values);
  const encoder = new TextEncoder();
  return new ReadableStream({
    pull(controller) {
      const next = pieces.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
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

/** Every API file but the manifest and schema.json: its path and its text in pieces, in manifest order. */
export function apiFiles(corpus: Corpus): Array<{ path: string; pieces: () => Iterable<string> }> {
  const one = (text: () => string) => () => [text()];
  return [
    { path: 'stories.json', pieces: one(() => JSON.stringify(corpus.stories)) },
    { path: 'people.json', pieces: one(() => JSON.stringify(corpus.people)) },
    { path: 'articles.jsonl', pieces: () => jsonLinePieces(corpus.articles) },
    { path: 'quotes.jsonl', pieces: () => jsonLinePieces(corpus.quotes) },
    ...corpus.stories.map((s) => ({ path: `stories/${s.id}.json`, pieces: one(() => storyFile(corpus, s.id)) })),
    ...corpus.articles.map((a) => ({ path: `articles/${a.id}.json`, pieces: one(() => articleFile(corpus, a.id)) })),
  ];
}

/** api/manifest.json: every file with its size and digest (each file is made, measured piece by piece and dropped). */
export function apiManifest(corpus: Corpus): ApiManifest {
  const files: ManifestFile[] = apiFiles(corpus).map(({ path, pieces }) => {
    const hash = createHash('sha256');
    let bytes = 0;
    for (const piece of pieces()) {
      const b = Buffer.from(piece, 'utf8');
      bytes += b.length;
      hash.update(b);
    }
    return { path, bytes, sha256: hash.digest('hex') };
  });
  return {
    counts: { articles: corpus.articles.length, stories: corpus.stories.length, people: corpus.people.length, quotes: corpus.quotes.length },
    files,
  };
}
