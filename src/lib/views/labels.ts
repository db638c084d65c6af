/** Words the pages show for the records' codes, so every page says the same thing. */
import type { ArticleRecord, Quote, RemovalReason } from '../schema/record.ts';

/** Below this confidence an attribution is shown as uncertain. */
export const LOW_CONFIDENCE = 0.7;

/** True when the reader should be told the attribution is uncertain: no speaker, or a speaker guessed below the bar. */
export function isUncertain(quote: Pick<Quote, 'confidence' | 'speaker'> & Partial<Pick<Quote, 'speakerConfidence'>>): boolean {
  return quote.speaker === null || (quote.speakerConfidence ?? quote.confidence) < LOW_CONFIDENCE;
}

/** How a quote's kind is named next to it. */
export const KIND_LABEL: Record<Quote['kind'], string> = {
  direct: 'Direct quote',
  partial: 'Partial quote',
  unmarked: 'Reported speech (no quotation marks)',
};

/** Short kind names for tight places (filters, lists). */
export const KIND_SHORT: Record<Quote['kind'], string> = {
  direct: 'direct',
  partial: 'partial',
  unmarked: 'unmarked',
};

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
  metadata: 'given by the editor',
  attributed: 'attributed',
};

/** How the publication date is known. */
export const DATE_PROVENANCE_LABEL: Record<ArticleRecord['date']['provenance'], string> = {
  stated: 'stated in the text',
  metadata: 'given by the editor',
  inferred: 'inferred',
};

/** What kind of text this is. */
export const SOURCE_KIND_LABEL: Record<ArticleRecord['source']['kind'], string> = {
  original: 'Original report',
  copy: 'Copy of',
  rewrite: 'Rewrite of',
  wire: 'Wire story from',
  aggregator: 'Aggregated from',
};

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
