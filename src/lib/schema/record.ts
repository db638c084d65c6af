/**
 * The library's output: one ArticleRecord per article. Every field a page, the API or the CLI shows
 * is defined here; TypeScript types are inferred from these schemas, never written twice.
 */
import { z } from 'zod';
import { IsoDate, SourceKind, SourceProvenance } from './meta.ts';

/** A [start, end) span of UTF-16 code units. */
const Offset = z.number().int().nonnegative();

/** One piece of the article kept as content, in reading order. */
export const Block = z.object({
  /** What the piece is. */
  type: z.enum(['headline', 'dateline', 'heading', 'paragraph']),
  /** The cleaned text of the piece (equal to `text.slice(start, end)` of the record). */
  text: z.string(),
  /** Start in the record's `text`. */
  start: Offset,
  /** End in the record's `text`. */
  end: Offset,
  /** Start in the source file's decoded text. */
  sourceStart: Offset,
  /** End in the source file's decoded text. */
  sourceEnd: Offset,
});
export type Block = z.infer<typeof Block>;

/** Why a piece of the source is not part of the article text. */
export const RemovalReason = z.enum([
  'advertisement',
  'navigation',
  'comment-form',
  'republisher-footer',
  'related-story',
  'repeated-title',
  'title-suffix',
  'share-or-subscribe',
  'copyright',
  'credit',
  'byline',
  'markup',
]);
export type RemovalReason = z.infer<typeof RemovalReason>;

/** A piece of the source taken out of the text, so nothing is dropped silently. */
export const Removed = z.object({
  /** The text taken out, as it stood after normalisation. */
  text: z.string(),
  /** Why it was taken out. */
  reason: RemovalReason,
  /** Start in the source file's decoded text. */
  sourceStart: Offset,
  /** End in the source file's decoded text. */
  sourceEnd: Offset,
});
export type Removed = z.infer<typeof Removed>;

/** Something odd in the text that did not stop the record being built. */
export const Warning = z.object({
  /** Stable code, listed in errors.ts. */
  code: z.string(),
  /** One readable sentence. */
  message: z.string(),
  /** 1-based line in the source, when the oddity has one place. */
  line: z.number().int().positive().optional(),
});
export type Warning = z.infer<typeof Warning>;

/** Who a quote is attributed to. */
export const Speaker = z.object({
  /** The name as the article gives it (a person's fullest name, or an organisation). */
  name: z.string(),
  /** Id of the person, or null for an organisation or group. */
  personId: z.string().nullable(),
});
export type Speaker = z.infer<typeof Speaker>;

/** One quotation in the article. */
export const Quote = z.object({
  /** Unique within the record: `<article id>#q<n>`. */
  id: z.string(),
  /** The quoted words without the quotation marks: exactly `record.text.slice(start, end)`. */
  text: z.string(),
  /** direct = whole sentence(s) in marks; partial = a fragment in a narrative sentence; unmarked = speech whose marks were lost. */
  kind: z.enum(['direct', 'partial', 'unmarked']),
  /** Who said it; null when nobody can be named (scare quotes, titles). */
  speaker: Speaker.nullable(),
  /** The attribution words ("said", "told reporters", "quoted … as saying"), or null. */
  cue: z.string().nullable(),
  /** The medium the quote came through ("state media reported", "state-run CGTN"), or null. */
  via: z.string().nullable(),
  /** Index into `blocks`. */
  block: z.number().int().nonnegative(),
  /** Start in the record's `text`. */
  start: Offset,
  /** End in the record's `text`. */
  end: Offset,
  /** Id of the quote this one continues (a quote running over paragraphs), or null. */
  continues: z.string().nullable(),
  /** How sure the parser is of the quote and its speaker, 0–1. */
  confidence: z.number().min(0).max(1),
  /** How sure the parser is of the speaker alone, 0–1 (0 when there is none); pages mark it uncertain below 0.7. */
  speakerConfidence: z.number().min(0).max(1),
});
export type Quote = z.infer<typeof Quote>;

/** A person named in the article. */
export const Person = z.object({
  /** Stable across articles: the fullest name as lowercase words joined by hyphens (xi-jinping). */
  id: z.string(),
  /** The fullest form of the name seen. */
  name: z.string(),
  /** Every written form seen ("Mr. Xi", "Xi", "President Xi"). */
  aliases: z.array(z.string()),
  /** Titles as this article gives them ("Chinese President"). */
  titles: z.array(z.string()),
  /** Where the person is mentioned. */
  mentions: z.object({
    /** Number of mentions. */
    count: z.number().int().nonnegative(),
    /** [start, end) of each mention in the record's `text`. */
    offsets: z.array(z.tuple([Offset, Offset])),
  }),
});
export type Person = z.infer<typeof Person>;

/** A date found in the text. */
export const DateMention = z.object({
  /** The words as written ("on Monday", "June 19"). */
  text: z.string(),
  /** The day meant, or null when it cannot be resolved. */
  iso: IsoDate.nullable(),
  /** stated = full date written; inferred = completed from context (year, weekday against publication). */
  provenance: z.enum(['stated', 'inferred']),
  /** Start in the record's `text`. */
  start: Offset,
  /** End in the record's `text`. */
  end: Offset,
});
export type DateMention = z.infer<typeof DateMention>;

/** The article's publication date and where it came from. */
export const ArticleDate = z.object({
  /** YYYY-MM-DD, or null when neither metadata nor text gives one. */
  iso: IsoDate.nullable(),
  /** stated = written in the text; metadata = from the editor; inferred = completed from context. */
  provenance: z.enum(['stated', 'metadata', 'inferred']),
  /** The words it came from (or the metadata field). */
  evidence: z.string().nullable(),
});
export type ArticleDate = z.infer<typeof ArticleDate>;

/** Who published the text. */
export const Source = z.object({
  /** Display name of the outlet. */
  outlet: z.string().nullable(),
  /** Address of the page, when known. */
  url: z.string().nullable(),
  /** How this text relates to the original report. */
  kind: SourceKind,
  /** The original publisher of a copy, rewrite or wire story. */
  origin: z.string().nullable(),
  /** Whether the outlet was stated by the text, given by metadata, or attributed from evidence. */
  provenance: SourceProvenance,
  /** The clues behind an attribution. */
  evidence: z.string().nullable(),
  /** Byline, when known. */
  author: z.string().nullable(),
  /** Credit lines of the text ("Reuters contributed to this report"). */
  credits: z.array(z.string()),
});
export type Source = z.infer<typeof Source>;

/** Everything the parser knows about one article. */
export const ArticleRecord = z.object({
  /** File name without extension. */
  id: z.string(),
  /** Story id, or null when parsed without metadata. */
  story: z.string().nullable(),
  /** Who published it. */
  source: Source,
  /** When it was published. */
  date: ArticleDate,
  /** The headline, or null when the text has none. */
  headline: z.string().nullable(),
  /** The kept pieces, in order. */
  blocks: z.array(Block),
  /** The cleaned body: the blocks' texts joined by blank lines. */
  text: z.string(),
  /** Words in `text`. */
  wordCount: z.number().int().nonnegative(),
  /** Quotations, in reading order. */
  quotes: z.array(Quote),
  /** People named, in order of first mention. */
  people: z.array(Person),
  /** Dates written in the text. */
  dates: z.array(DateMention),
  /** Boilerplate taken out, in source order. */
  removed: z.array(Removed),
  /** Oddities met on the way. */
  warnings: z.array(Warning),
});
export type ArticleRecord = z.infer<typeof ArticleRecord>;
