/** The hand-annotation format of the project's sets, and how a record's quotes are compared with it. */
import type { ArticleRecord } from '../../src/lib/index.ts';

/** A hand-annotated quote. */
export interface ExpectedQuote {
  text: string;
  kind: 'direct' | 'partial' | 'unmarked';
  speaker: string | { name: string } | null;
}
/** The annotation of one article. */
export interface Expected {
  article: string;
  quotes: ExpectedQuote[];
  people: Array<{ id: string; name: string; aliases: string[] }>;
  notPeople: string[];
}

/** Compare text ignoring spacing and the shape of quotation marks and apostrophes. */
export const same = (s: string) => s.replace(/[‘’']/g, "'").replace(/[“”"]/g, '"').replace(/\s+/g, ' ').trim();
/**
 * Compare quoted words as `same`, and without the comma or full stop that ends them: annotators differ on whether
 * the punctuation closing a quotation inside its marks ("… respect," she said) belongs to the words.
 */
export const sameWords = (s: string) => same(s).replace(/[,.;:]+$/, '');

/**
 * Group names compare without case, a leading article or a trailing abbreviation in brackets ("the Tea Board of
 * Kenya" = "Tea Board of Kenya (TBK)"): the parser blanks a bracketed aside out of a speaker's name.
 */
const groupKey = (name: string) =>
  `name:${same(name)
    .replace(/\s*\(\p{Lu}{2,}\)$/u, '')
    .toLowerCase()
    .replace(/^(?:the|a|an) /, '')}`;

/** The speaker of a record quote in the annotation's form. */
export function speakerKey(q: ArticleRecord['quotes'][number]): string | null {
  if (!q.speaker) return null;
  return q.speaker.personId ?? groupKey(q.speaker.name);
}
/** The speaker of an annotated quote in the same form as `speakerKey`. */
export function expectedSpeakerKey(s: ExpectedQuote['speaker']): string | null {
  if (s === null) return null;
  return typeof s === 'string' ? s : groupKey(s.name);
}
