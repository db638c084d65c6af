/**
 * The shape of the search index files, shared by the build that writes them and the browser that reads them:
 * which file holds a trigram or a term (a hash), the trigrams of a word, and the varint coding of postings.
 *
 *   search/index.json      the manifest (below)
 *   search/filters.json    filter values for the search page
 *   search/g/<n>.json      trigram → the index terms containing it ("term term …"), for typo-tolerant lookup
 *   search/p/<n>.bin       term → the documents holding it (delta varints)
 *   search/d/<n>.json      the documents themselves, `chunk` to a file, in id order
 */

/** dist/search/index.json: how the index is cut into files. */
export interface IndexManifest {
  /** Format version. */
  v: 1;
  /** Documents of each type, in id order: quotes, then people, then articles. */
  types: { q: number; p: number; a: number };
  /** Documents per document file. */
  chunk: number;
  /** Number of trigram files. */
  grams: number;
  /** Number of posting files. */
  postings: number;
}

/** Prefix of the filter terms: a filter is a posting list ("@o:Reuters" = the quotes from Reuters). */
export const FILTER_PREFIX = { outlet: '@o:', speaker: '@s:', kind: '@k:' } as const;

/** FNV-1a over UTF-16 code units, modulo `n`: which file holds a key. */
export function fileOf(key: string, n: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return (h >>> 0) % n;
}

/** The distinct trigrams of a word padded with a space at each end (" us", "us "). */
export function gramsOf(word: string): string[] {
  const w = ` ${word} `;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= w.length; i++) out.add(w.slice(i, i + 3));
  return [...out];
}

/** Append an unsigned integer as a varint (7 bits a byte, high bit = more). */
export function putVarint(out: number[], n: number): void {
  while (n > 127) {
    out.push((n & 127) | 128);
    n >>>= 7;
  }
  out.push(n);
}

/** Read a varint at `at[0]`, advancing it. */
export function getVarint(bytes: Uint8Array, at: [number]): number {
  let n = 0;
  let shift = 0;
  let b: number;
  do {
    b = bytes[at[0]++]!;
    n += (b & 127) * 2 ** shift;
    shift += 7;
  } while (b & 128);
  return n;
}
