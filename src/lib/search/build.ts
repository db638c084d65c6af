/**
 * Build time: cut the search documents into the index files described in `format.ts`. A query then fetches
 * only the trigram files of its words, the posting files of the terms they match, and the document files of
 * its best candidates.
 */
import type { SearchDoc } from './documents.ts';
import { FILTER_PREFIX, fileOf, gramsOf, putVarint, type IndexManifest } from './format.ts';
import { searchWords, searchableText } from './words.ts';

/** How big the files are allowed to grow (raw bytes), and how many documents go in one document file. */
export interface IndexSizes {
  chunk: number;
  gramFile: number;
  postingFile: number;
}
export const DEFAULT_SIZES: IndexSizes = { chunk: 32, gramFile: 8192, postingFile: 16384 };

/** A document as shipped: the build-only speaker key dropped (the speaker filter is a posting list). */
export type StoredDoc = Omit<SearchDoc, 'k'>;

/** The index files by path under search/, and the manifest. Documents must come quotes first, then people, then articles. */
export function buildSearchIndex(
  docs: readonly SearchDoc[],
  sizes: IndexSizes = DEFAULT_SIZES,
): { manifest: IndexManifest; files: Map<string, string | Uint8Array> } {
  const postings = new Map<string, number[]>();
  const add = (term: string, id: number) => {
    const list = postings.get(term);
    if (!list) postings.set(term, [id]);
    else if (list.at(-1) !== id) list.push(id);
  };
  docs.forEach((d, id) => {
    for (const w of searchWords(searchableText(d))) add(w, id);
    if (d.t === 'q') {
      add(FILTER_PREFIX.outlet + d.o, id);
      if (d.k) add(FILTER_PREFIX.speaker + d.k, id);
      add(FILTER_PREFIX.kind + d.n, id);
    }
  });
  const terms = [...postings.keys()].sort();
  const grams = new Map<string, string[]>();
  let gramBytes = 0;
  for (const term of terms) {
    if (term.startsWith('@')) continue;
    for (const g of gramsOf(term)) {
      const list = grams.get(g);
      if (list) list.push(term);
      else grams.set(g, [term]);
      gramBytes += term.length + 1;
    }
  }
  const encoded = terms.map((term) => [term, encodePostings(term, postings.get(term)!)] as const);
  const postingBytes = encoded.reduce((n, [, b]) => n + b.length, 0);
  const manifest: IndexManifest = {
    v: 1,
    types: { q: count(docs, 'q'), p: count(docs, 'p'), a: count(docs, 'a') },
    chunk: sizes.chunk,
    grams: Math.max(1, Math.ceil(gramBytes / sizes.gramFile)),
    postings: Math.max(1, Math.ceil(postingBytes / sizes.postingFile)),
  };
  const files = new Map<string, string | Uint8Array>();
  files.set('index.json', JSON.stringify(manifest));

  const gramFiles = Array.from({ length: manifest.grams }, (): Record<string, string> => ({}));
  for (const [g, list] of grams) gramFiles[fileOf(g, manifest.grams)]![g] = list.join(' ');
  gramFiles.forEach((f, i) => files.set(`g/${i}.json`, JSON.stringify(f)));

  const postingFiles = Array.from({ length: manifest.postings }, () => [] as Uint8Array[]);
  for (const [term, bytes] of encoded) postingFiles[fileOf(term, manifest.postings)]!.push(bytes);
  postingFiles.forEach((parts, i) => {
    const head: number[] = [];
    putVarint(head, parts.length);
    files.set(`p/${i}.bin`, concat([Uint8Array.from(head), ...parts]));
  });

  for (let i = 0; i * sizes.chunk < Math.max(1, docs.length); i++)
    files.set(`d/${i}.json`, JSON.stringify(docs.slice(i * sizes.chunk, (i + 1) * sizes.chunk).map(stored)));
  return { manifest, files };
}

function count(docs: readonly SearchDoc[], t: SearchDoc['t']): number {
  return docs.filter((d) => d.t === t).length;
}

function stored(d: SearchDoc): StoredDoc {
  const { k, ...rest } = d;
  void k;
  return rest;
}

const utf8 = new TextEncoder();

/** One term's entry: its UTF-8 name, document count, byte length of the gaps, then the gaps between ids. */
function encodePostings(term: string, ids: readonly number[]): Uint8Array {
  const gaps: number[] = [];
  let last = -1;
  for (const id of ids) {
    putVarint(gaps, id - last - 1);
    last = id;
  }
  const name = utf8.encode(term);
  const head: number[] = [];
  putVarint(head, name.length);
  const tail: number[] = [];
  putVarint(tail, ids.length);
  putVarint(tail, gaps.length);
  return concat([Uint8Array.from(head), name, Uint8Array.from(tail), Uint8Array.from(gaps)]);
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
