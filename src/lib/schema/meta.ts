/**
 * What an editor writes: story files and article metadata. These schemas are the boundary:
 * they turn loose YAML into one shape (ISO dates, known kinds, defaults) so nothing downstream re-checks it.
 */
import { z } from 'zod';

/** A calendar date written YYYY-MM-DD that really exists (no 2023-02-30). */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine(isRealDate, 'is not a real calendar date');

/** YAML turns an unquoted 2023-06-19 into a Date; accept both and hand on the ISO string. */
const IsoDateInput = z.preprocess((v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v), IsoDate);

/** True when `iso` names a day that exists in the proleptic Gregorian calendar. */
export function isRealDate(iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** An absolute http(s) URL; anything else (javascript:, data:, relative) is refused. */
export const HttpUrl = z
  .string()
  .trim()
  .refine((v) => /^https?:\/\/[^\s/?#]+/i.test(v) && URL.canParse(v), 'must be an absolute http(s) URL');

/** How an article relates to the original report. */
export const SourceKind = z.enum(['original', 'copy', 'rewrite', 'wire', 'aggregator']);

/** Where a fact about the source came from: the text itself, the editor's metadata, or attribution from evidence. */
export const SourceProvenance = z.enum(['stated', 'metadata', 'attributed']);

/** A story: one event covered by several outlets. File: content/stories/<id>.yaml */
export const StoryMeta = z.strictObject({
  /** Display title of the story. */
  title: z.string().trim().min(1),
  /** One-line summary shown under the title. */
  summary: z.string().trim().min(1),
  /** The day the event happened. */
  date: IsoDateInput,
  /** Where it happened, if one place. */
  location: z.string().trim().min(1).optional(),
});
export type StoryMeta = z.infer<typeof StoryMeta>;

/** Metadata of one article: YAML beside a .txt body, or frontmatter of a .md file. */
export const ArticleMeta = z.strictObject({
  /** Id of the story this article covers (a file name in content/stories without .yaml). */
  story: z.string().trim().min(1),
  /** Display name of the outlet whose text this is. */
  outlet: z.string().trim().min(1),
  /** Publication day; optional when the text states a date. */
  published: IsoDateInput.optional(),
  /** The headline, when the body does not start with one. */
  title: z.string().trim().min(1).optional(),
  /** Address of the page the text was collected from. */
  url: HttpUrl.optional(),
  /** Byline. */
  author: z.string().trim().min(1).optional(),
  /** The original publisher when this is a copy, rewrite or wire story. */
  origin: z.string().trim().min(1).optional(),
  /** The clues that settle `origin` (or the outlet, when it is attributed). */
  origin_evidence: z.string().trim().min(1).optional(),
  /** How this text relates to the original report. */
  kind: SourceKind.default('original'),
  /** Whether the outlet is named by the text (stated), known to the editor (metadata), or inferred from clues (attributed). */
  outlet_provenance: SourceProvenance.default('metadata'),
});
export type ArticleMetaInput = z.input<typeof ArticleMeta>;
export type ArticleMeta = z.infer<typeof ArticleMeta>;

/** Metadata as the CLI takes it: story and outlet may be left out. */
export const LooseArticleMeta = ArticleMeta.partial({ story: true, outlet: true });
export type LooseArticleMeta = z.infer<typeof LooseArticleMeta>;

/** Optional content/people.yaml: merges no rule can make (a machine rewrite turned "Qin" into "Keane"). */
export const PeopleConfig = z.record(
  z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'person ids are lowercase words joined by hyphens'),
  z.strictObject({
    /** The name to show. */
    name: z.string().trim().min(1),
    /** Other written forms that mean this person. */
    aliases: z.array(z.string().trim().min(1)).default([]),
  }),
);
export type PeopleConfig = z.infer<typeof PeopleConfig>;
