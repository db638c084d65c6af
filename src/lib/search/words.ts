/**
 * Words of a text for search: where each word is in the shown text, and its normalised form. The build
 * (indexing) and the browser (queries, highlights) split text the same way through these two functions.
 */
import { normaliseWord } from '../words.ts';

const WORD = /[\p{L}\p{N}]+(?:[’'.][\p{L}\p{N}]+)*/gu;

/** The words of a text as [start, end) spans of the text. */
export function wordSpans(text: string): Array<[number, number]> {
  return [...text.matchAll(WORD)].map((m) => [m.index, m.index + m[0].length]);
}

/** The normalised words of a text, in order (empty words dropped). */
export function searchWords(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(WORD)) {
    const w = normaliseWord(m[0]);
    if (w) out.push(w);
  }
  return out;
}

/** The fields of a document that search reads (a type-only view of `SearchDoc`). */
interface Searchable {
  t: 'q' | 'p' | 'a';
  x: string;
  q?: [number, number];
  s: string;
  o: string;
}

/** The part of a document's shown text that is matched and highlighted: the quote itself, the name, the headline. */
export function matchedPart(doc: Searchable): string {
  return doc.q ? doc.x.slice(doc.q[0], doc.q[1]) : doc.x;
}

/** Everything a document is found by, as raw text: its matched part, then its speaker or aliases, then its outlet. */
export function searchableText(doc: Searchable): string {
  return `${matchedPart(doc)} ${doc.s} ${doc.o}`;
}
