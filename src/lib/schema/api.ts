/**
 * Shapes of the static JSON API (dist/api/*.json). Each file's schema is here, and dist/api/schema.json
 * is generated from these.
 */
import { z } from 'zod';
import { IsoDate } from './meta.ts';
import { StoryAnalysis } from './analysis.ts';
import { ArticleRecord, Quote } from './record.ts';

/** A story with its articles: dist/api/stories.json holds these. */
export const StoryEntry = z.object({
  /** File name of the story without .yaml. */
  id: z.string(),
  /** Display title. */
  title: z.string(),
  /** One-line summary. */
  summary: z.string(),
  /** Day of the event. */
  date: IsoDate,
  /** Where it happened, or null. */
  location: z.string().nullable(),
  /** Ids of its articles, oldest first. */
  articles: z.array(z.string()),
  /** Outlets covering it. */
  outlets: z.array(z.string()),
  /** First and last publication dates of its articles. */
  coverage: z.object({ from: IsoDate.nullable(), to: IsoDate.nullable() }),
  /** Number of quotations in its articles. */
  quoteCount: z.number().int().nonnegative(),
  /** Number of people named. */
  peopleCount: z.number().int().nonnegative(),
});
export type StoryEntry = z.infer<typeof StoryEntry>;

/** A person across the whole collection: dist/api/people.json holds these. */
export const PersonEntry = z.object({
  /** Stable id (xi-jinping). */
  id: z.string(),
  /** The fullest name seen. */
  name: z.string(),
  /** Every written form seen in any article. */
  aliases: z.array(z.string()),
  /** Titles by article: which outlet calls the person what. */
  titles: z.array(z.object({ article: z.string(), title: z.string() })),
  /** Articles that mention the person, with the number of mentions in each. */
  articles: z.array(z.object({ article: z.string(), mentions: z.number().int().positive() })),
  /** Ids of the quotations attributed to the person. */
  quotes: z.array(z.string()),
});
export type PersonEntry = z.infer<typeof PersonEntry>;

/** A quotation with where it appeared: each line of dist/api/quotes.jsonl is one. */
export const QuoteEntry = Quote.extend({
  /** Id of the article. */
  article: z.string(),
  /** Story id, or null. */
  story: z.string().nullable(),
  /** Outlet of the article. */
  outlet: z.string().nullable(),
  /** Publication date of the article. */
  date: IsoDate.nullable(),
});
export type QuoteEntry = z.infer<typeof QuoteEntry>;

/** dist/api/stories/<story-id>.json: the story, its article ids and the cross-outlet analysis. */
export const StoryFile = StoryAnalysis.extend({
  /** The story itself. */
  story: StoryEntry,
});
export type StoryFile = z.infer<typeof StoryFile>;

/** One file of the API, as dist/api/manifest.json lists it. */
export const ManifestFile = z.object({
  /** Path under dist/api/ ("articles/abc.json"). */
  path: z.string(),
  /** Size in bytes. */
  bytes: z.number().int().nonnegative(),
  /** Hex SHA-256 of the bytes. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type ManifestFile = z.infer<typeof ManifestFile>;

/** dist/api/manifest.json: every other file of the API with its size and digest, to fetch and check in a stream. */
export const ApiManifest = z.object({
  /** Number of articles, stories and people in the collection. */
  counts: z.object({ articles: z.number().int(), stories: z.number().int(), people: z.number().int(), quotes: z.number().int() }),
  /** Every file but the manifest and schema.json, in a fixed order. */
  files: z.array(ManifestFile),
});
export type ApiManifest = z.infer<typeof ApiManifest>;

/**
 * Every API file and the schema of its contents; for a .jsonl file, the schema of one line. Files that grow with
 * the collection are one per article or per story, or JSON lines a client can read as a stream.
 */
export const ApiFiles = {
  'manifest.json': ApiManifest,
  'stories.json': z.array(StoryEntry),
  'stories/<story-id>.json': StoryFile,
  'articles/<article-id>.json': ArticleRecord,
  'articles.jsonl': ArticleRecord,
  'quotes.jsonl': QuoteEntry,
  'people.json': z.array(PersonEntry),
} as const;

/** JSON Schema (draft 2020-12) of every API file, keyed by file name. */
export function apiJsonSchema(): Record<string, unknown> {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'Crosscheck static JSON API',
    files: Object.fromEntries(Object.entries(ApiFiles).map(([name, schema]) => [name, z.toJSONSchema(schema, { target: 'draft-2020-12' })])),
  };
}
