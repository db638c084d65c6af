/**
 * The cross-outlet analysis of one story: dist/api/stories/<id>.json. Statement clusters, disagreements,
 * text reuse, origin clues and coverage. Types come from these schemas.
 */
import { z } from 'zod';
import { IsoDate } from './meta.ts';

/** One word-level edit turning the representative wording into a member's wording. */
export const DiffOp = z.object({
  /** equal: shared words; insert: only in the member; delete: only in the representative; replace: one for the other. */
  op: z.enum(['equal', 'insert', 'delete', 'replace']),
  /** The representative's words (empty for insert). */
  from: z.string(),
  /** The member's words (empty for delete). */
  to: z.string(),
});
export type DiffOp = z.infer<typeof DiffOp>;

/**
 * Why a wording was put with the others: representative (the wording the others are compared with),
 * same-wording (nearly letter for letter), shared-words, synonyms (words of like meaning swapped: another
 * translation or a rewrite), fragment (a run of words inside a longer wording of the statement), reported
 * (the reporter's paraphrase), other-attribution (given to someone else, such as a ministry or state media),
 * rewrite (the sentence at the same place of a reworded copy of another outlet's article), translation (the same
 * statement in another language, matched on its names, numbers and the first letters of its long words).
 */
export const MatchReason = z.enum([
  'representative',
  'rewrite',
  'same-wording',
  'shared-words',
  'synonyms',
  'fragment',
  'reported',
  'toll',
  'translation',
  'other-attribution',
]);
export type MatchReason = z.infer<typeof MatchReason>;

/** How one wording was matched to its statement. */
export const MemberMatch = z.object({
  /** Why it belongs, strongest reason first. */
  reasons: z.array(MatchReason),
  /**
   * Near-synonym pairs (this wording's word, the other wording's word), as normalised words; for a translation placed
   * by its speaker, the words written alike in both languages, as written (`museo`, `museum`).
   */
  synonyms: z.array(z.tuple([z.string(), z.string()])),
  /** Who this outlet gives the words to, when that is not the statement's speaker; else null. */
  attributedTo: z.string().nullable(),
  /** How strongly it matches its closest fellow member, 0–1. */
  score: z.number().min(0).max(1),
});
export type MemberMatch = z.infer<typeof MemberMatch>;

/** One outlet's wording of a statement. */
export const ClusterMember = z.object({
  /** Article id. */
  article: z.string(),
  /** Outlet of the article. */
  outlet: z.string().nullable(),
  /** Quote id, or null for a reported-speech sentence. */
  quote: z.string().nullable(),
  /** direct, partial or unmarked quote, or reported (a paraphrase in the reporter's words). */
  kind: z.enum(['direct', 'partial', 'unmarked', 'reported']),
  /** The words as this outlet has them. */
  text: z.string(),
  /** Offsets in the article's text. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** Similarity to the representative wording, 0–1. */
  similarity: z.number().min(0).max(1),
  /** Word-level differences from the representative wording. */
  diff: z.array(DiffOp),
  /** Why it was grouped with the others. */
  match: MemberMatch,
});
export type ClusterMember = z.infer<typeof ClusterMember>;

/** The same statement as every outlet reports it. */
export const StatementCluster = z.object({
  /** Stable id (speaker and a hash of the representative wording). */
  id: z.string(),
  /** Who made the statement: person id and name, or an organisation by name; null when unknown. */
  speaker: z.object({ name: z.string(), personId: z.string().nullable() }).nullable(),
  /** The wording the others are compared with (the fullest direct wording). */
  representative: z.string(),
  /** Members in article order. */
  members: z.array(ClusterMember),
  /** Outlets carrying it (quoted or reported). */
  outlets: z.array(z.string()),
  /** Number of distinct articles. */
  articleCount: z.number().int().positive(),
  /** How sure the grouping is, 0–1: the mean match score of the members other than the representative (1 alone). */
  confidence: z.number().min(0).max(1),
});
export type StatementCluster = z.infer<typeof StatementCluster>;

/** Where one version of a disputed fact is stated. */
export const FactSource = z.object({
  article: z.string(),
  outlet: z.string().nullable(),
  /** The sentence it comes from. */
  sentence: z.string(),
  /** The exact words ("35-minute", "more than seven and a half hours"). */
  text: z.string(),
  /** Offsets of `text` in the article's text. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type FactSource = z.infer<typeof FactSource>;

/** A fact the outlets state differently. */
export const Disagreement = z.object({
  id: z.string(),
  /**
   * number: counts and durations; spelling: a person's name; title: the office given to a person; date: the day
   * of an event; venue: the place of an event; attribution: who an outlet says made a statement; participant:
   * who took part in the event; wording: a name, number or day changed in one statement's quoted words; vehicle:
   * the make of the story's one vehicle.
   */
  kind: z.enum(['number', 'spelling', 'title', 'date', 'venue', 'attribution', 'participant', 'wording', 'vehicle']),
  /** What the fact is about, in words ("length of the meeting: Antony Blinken, Xi Jinping"). */
  subject: z.string(),
  /** Person the fact is about, when one. */
  personId: z.string().nullable(),
  /** Each competing version with where it is stated. */
  versions: z.array(z.object({ value: z.string(), sources: z.array(FactSource) })),
  /** True when the versions can both be right (e.g. "more than 7 hours" and "more than 7.5 hours"). */
  compatible: z.boolean(),
});
export type Disagreement = z.infer<typeof Disagreement>;

/** Text two articles share in long runs of words. */
export const ReusePair = z.object({
  a: z.string(),
  b: z.string(),
  /** Share of a's words inside shared runs, 0–1. */
  shareA: z.number().min(0).max(1),
  /** Share of b's words inside shared runs, 0–1. */
  shareB: z.number().min(0).max(1),
  /** The shared runs, longest first (at most 20). */
  runs: z.array(z.object({ text: z.string(), words: z.number().int().positive(), startA: z.number().int(), startB: z.number().int() })),
});
export type ReusePair = z.infer<typeof ReusePair>;

/** A clue in the text to where it came from. */
export const OriginClue = z.object({
  article: z.string(),
  /** credit: a credit or wire line; outlet-named: an outlet named as the reporter's own; footer: a republisher's footer; cited-media: media the text quotes. */
  kind: z.enum(['credit', 'outlet-named', 'footer', 'cited-media']),
  /** The outlet or agency the clue names, when it names one. */
  names: z.string().nullable(),
  /** The words that are the clue. */
  text: z.string(),
});
export type OriginClue = z.infer<typeof OriginClue>;

/** Who covered whom, and how much. */
export const Coverage = z.object({
  /** First and last publication dates. */
  from: IsoDate.nullable(),
  to: IsoDate.nullable(),
  /** Outlets in article order. */
  outlets: z.array(z.object({ article: z.string(), outlet: z.string().nullable() })),
  /** One row per person: per article, mentions, quotes and quoted words. */
  people: z.array(
    z.object({
      personId: z.string(),
      name: z.string(),
      cells: z.array(
        z.object({
          article: z.string(),
          mentions: z.number().int().nonnegative(),
          quotes: z.number().int().nonnegative(),
          words: z.number().int().nonnegative(),
        }),
      ),
    }),
  ),
  /** For each statement cluster, the articles carrying it. */
  clusters: z.array(z.object({ cluster: z.string(), articles: z.array(z.string()) })),
});
export type Coverage = z.infer<typeof Coverage>;

/** Everything the analysis says about one story. */
export const StoryAnalysis = z.object({
  story: z.string(),
  articles: z.array(z.string()),
  clusters: z.array(StatementCluster),
  disagreements: z.array(Disagreement),
  reuse: z.array(ReusePair),
  clues: z.array(OriginClue),
  coverage: Coverage,
});
export type StoryAnalysis = z.infer<typeof StoryAnalysis>;
