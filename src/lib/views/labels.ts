/** Words the pages show for the records' codes, so every page says the same thing. */
import type { ArticleRecord, Quote, RemovalReason } from '../schema/record.ts';

/** Below this confidence an attribution is shown as uncertain. */
export const LOW_CONFIDENCE = 0.7;

/** True when the reader should be told the attribution is uncertain: no speaker, or a speaker guessed below the bar. */
export function isUncertain(quote: Pick<Quote, 'confidence' | 'speaker'> & Partial<Pick<Quote, 'speakerConfidence'>>): boolean {
  return quote.speaker === null || (quote.speakerConfidence ?? quote.confidence) < LOW_CONFIDENCE;
}

/**
 * The one vocabulary of quote kinds. Every page names a kind with these words and the key explains them
 * with `meaning`; `reported` is a paraphrase in the reporter's own words, found only by the comparison.
 */
export const QUOTE_KINDS = {
  direct: { name: 'Direct quote', short: 'direct quote', meaning: 'A whole sentence in quotation marks.' },
  partial: { name: 'Partial quote', short: 'partial quote', meaning: 'A few words in quotation marks inside the writer’s own sentence.' },
  unmarked: {
    name: 'Quote without marks',
    short: 'quote without marks',
    meaning: 'Speech whose quotation marks were lost or never there (“…, she said.”).',
  },
  reported: { name: 'Paraphrase', short: 'paraphrase', meaning: 'The statement retold in the reporter’s own words.' },
} as const satisfies Record<Quote['kind'] | 'reported', { name: string; short: string; meaning: string }>;

/** How a quote's kind is named next to it ("Direct quote"). */
export const KIND_LABEL: Record<Quote['kind'], string> = {
  direct: QUOTE_KINDS.direct.name,
  partial: QUOTE_KINDS.partial.name,
  unmarked: QUOTE_KINDS.unmarked.name,
};

/** The same names in lower case, for running text and filters ("direct quote"). */
export const KIND_SHORT: Record<Quote['kind'], string> = {
  direct: QUOTE_KINDS.direct.short,
  partial: QUOTE_KINDS.partial.short,
  unmarked: QUOTE_KINDS.unmarked.short,
};

/** The words that flag an uncertain speaker, and what they mean. */
export const UNCERTAIN = {
  name: 'speaker uncertain',
  meaning: `No speaker was found, or the one given is a guess (less than ${Math.round(LOW_CONFIDENCE * 100)}% sure, e.g. reached through “he said”, or named only by other outlets that quote the same words). Read it in context.`,
} as const;

/** Why boilerplate was taken out, in plain words. */
export const REMOVAL_LABEL: Record<RemovalReason, string> = {
  advertisement: 'Advertisement',
  navigation: 'Site navigation',
  'comment-form': 'Comment form',
  'republisher-footer': 'Republisher footer',
  'related-story': 'Link to a related story',
  'repeated-title': 'Title repeated by the page template',
  'title-suffix': 'Section suffix on the title',
  'share-or-subscribe': 'Share or subscribe prompt',
  copyright: 'Copyright line',
  credit: 'Credit line (listed under credits)',
  byline: 'Byline (shown as the author)',
  markup: 'HTML markup',
};

/** How the outlet is known. */
export const SOURCE_PROVENANCE_LABEL: Record<ArticleRecord['source']['provenance'], string> = {
  stated: 'named in the text',
  metadata: 'recorded when the text was collected',
  attributed: 'worked out from clues in the text',
};

/** How the publication date is known. */
export const DATE_PROVENANCE_LABEL: Record<ArticleRecord['date']['provenance'], string> = {
  stated: 'as the text states it',
  metadata: 'recorded when the text was collected',
  inferred: 'worked out from the text',
};

/** What kind of text this is ("Rewrite of The Guardian"). */
export const SOURCE_KIND_LABEL: Record<ArticleRecord['source']['kind'], string> = {
  original: 'Original report',
  copy: 'Copy of',
  rewrite: 'Rewrite of',
  wire: 'Wire story from',
  aggregator: 'Aggregated from',
};

/** The verb for how an outlet has another's story: "The Guardian’s story, rewritten by ExBulletin". */
export const SOURCE_KIND_VERB: Record<Exclude<ArticleRecord['source']['kind'], 'original'>, string> = {
  copy: 'copied',
  rewrite: 'rewritten',
  wire: 'carried',
  aggregator: 'carried',
};

/** "The Guardian’s", "Financial Times’". */
export function possessive(name: string): string {
  return /s$/i.test(name) ? `${name}’` : `${name}’s`;
}

/**
 * Where a text comes from, in one line: "The Guardian’s story, rewritten by ExBulletin", "Al Jazeera’s own
 * story", or for a copy whose original is its own outlet "The Hindu’s story, in a copy".
 */
export function sourceLine(source: Pick<ArticleRecord['source'], 'kind' | 'origin' | 'outlet'>, label?: string): { original: string; line: string } {
  const outlet = label ?? outletName(source.outlet);
  if (source.kind === 'original') return { original: outlet, line: `${possessive(outlet)} own story` };
  const original = source.origin ?? 'An unnamed source';
  if (original === source.outlet) return { original, line: `${possessive(original)} story, in a copy on another site` };
  return { original, line: `${possessive(original)} story, ${SOURCE_KIND_VERB[source.kind]} by ${outlet}` };
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2023-06-19" → "19 June 2023" (no time zones involved: the ISO day is read as written). */
export function formatDate(iso: string | null): string | null {
  if (iso === null) return null;
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** A span of days: "19 June 2023", "19–20 June 2023", "30 June – 1 July 2023", or null. */
export function formatDateRange(from: string | null, to: string | null): string | null {
  if (from === null || to === null || from === to) return formatDate(from ?? to);
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  if (fy === ty && fm === tm) return `${fd}–${td} ${MONTHS[tm - 1]} ${ty}`;
  if (fy === ty) return `${fd} ${MONTHS[fm - 1]} – ${td} ${MONTHS[tm - 1]} ${ty}`;
  return `${formatDate(from)} – ${formatDate(to)}`;
}

/** "1 quote", "3 quotes". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The title of an article: its headline, or a fallback naming the outlet. */
export function articleTitle(record: Pick<ArticleRecord, 'headline' | 'source'>): string {
  return record.headline ?? `Untitled article from ${record.source.outlet ?? 'an unknown outlet'}`;
}

/** An outlet's display name, never null. */
export function outletName(outlet: string | null): string {
  return outlet ?? 'Unknown outlet';
}
