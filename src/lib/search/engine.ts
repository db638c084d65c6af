/**
 * Search in two stages: a character-trigram candidate index (built once, in memory) narrows the collection
 * to a few hundred items, then fuse.js ranks those and reports the matched characters for highlighting.
 * Pure and framework-free: the browser island, the tests and the benchmark all use it.
 */
import Fuse, { type FuseResult } from 'fuse.js/basic';
import { matchWords, normalWords } from '../words.ts';
import type { SearchDoc } from './documents.ts';

/** Filters a reader can set. */
export interface SearchFilters {
  outlet?: string;
  speaker?: string;
  kind?: string;
}

/** One result: the document and the [start, end) ranges of its text to highlight. */
export interface SearchHit {
  doc: SearchDoc;
  score: number;
  highlights: Array<[number, number]>;
}

/** Candidates handed to fuse.js (fuse.js costs about 5 ms per 100 items on these machines). */
export const CANDIDATES = 48;
/** A trigram in more than this share of the documents says nothing about a query: skip it. */
const COMMON = 0.2;

/** The words of a text in their matching form (the one normaliser in ../words.ts), joined by spaces. */
export function normaliseForSearch(text: string): string {
  return matchWords(text).join(' ');
}

/** The words of a text, as [start, end) spans: the same split for the shown text and its normalised form. */
const wordSpans = (text: string): Array<[number, number]> => normalWords(text).map((w) => [w.start, w.end]);

/** Trigram codes of a normalised text (each word padded with spaces), as numbers for fast maps. */
function trigramCodes(norm: string): number[] {
  const codes: number[] = [];
  for (const word of norm.split(' ')) {
    const w = ` ${word} `;
    for (let i = 0; i + 3 <= w.length; i++) codes.push(w.charCodeAt(i) * 4294967296 + w.charCodeAt(i + 1) * 65536 + w.charCodeAt(i + 2));
  }
  return codes;
}

/** One shard's candidate index: trigram → sorted document numbers, packed in one typed array. */
interface Postings {
  offset: number;
  starts: Map<number, [number, number]>;
  ids: Int32Array;
}

function buildPostings(norms: readonly string[], offset: number): Postings {
  const lists = new Map<number, number[]>();
  norms.forEach((norm, i) => {
    for (const code of new Set(trigramCodes(norm))) {
      const list = lists.get(code);
      if (list) list.push(offset + i);
      else lists.set(code, [offset + i]);
    }
  });
  let total = 0;
  for (const l of lists.values()) total += l.length;
  const ids = new Int32Array(total);
  const starts = new Map<number, [number, number]>();
  let at = 0;
  for (const [code, l] of lists) {
    ids.set(l, at);
    starts.set(code, [at, at + l.length]);
    at += l.length;
  }
  return { offset, starts, ids };
}

/** A searcher over a growing set of documents (shards are added as they arrive). */
export class Searcher {
  private docs: SearchDoc[] = [];
  private norm: string[] = [];
  private shards: Postings[] = [];

  /** Add documents (a shard). */
  add(docs: readonly SearchDoc[]): void {
    const offset = this.docs.length;
    const norms = docs.map((d) => normaliseForSearch(`${d.x} ${d.s} ${d.o}`));
    this.docs.push(...docs);
    this.norm.push(...norms);
    this.shards.push(buildPostings(norms, offset));
  }

  get size(): number {
    return this.docs.length;
  }

  /** Up to `limit` hits, quotes first, then people, then articles. */
  search(query: string, filters: SearchFilters = {}, limit = 50): SearchHit[] {
    const q = normaliseForSearch(query);
    if (!q) return [];
    const allowed = (d: SearchDoc) =>
      (!filters.outlet || d.o === filters.outlet) &&
      (!filters.speaker || d.k === filters.speaker) &&
      (!filters.kind || d.n === filters.kind) &&
      (d.t === 'q' || (!filters.outlet && !filters.speaker && !filters.kind));
    // Stage 1: count shared trigrams per document, skipping trigrams most documents have.
    const counts = new Uint8Array(this.docs.length);
    const df = (g: number) => this.shards.reduce((n, sh) => n + ((r) => (r ? r[1] - r[0] : 0))(sh.starts.get(g)), 0);
    // Rarest trigrams first; common ones only when the query has too few rare ones to go on.
    const grams = [...new Set(trigramCodes(q))]
      .map((g) => [g, df(g)] as const)
      .filter(([, n]) => n > 0)
      .sort((a, b) => a[1] - b[1]);
    const limitDf = Math.max(50, this.docs.length * COMMON);
    const chosen = grams.filter(([, n], k) => n <= limitDf || k < 3).slice(0, 12);
    const used = chosen.length;
    const touched: number[] = [];
    for (const [g] of chosen)
      for (const shard of this.shards) {
        const range = shard.starts.get(g);
        if (!range) continue;
        for (let k = range[0]; k < range[1]; k++) {
          const i = shard.ids[k]!;
          if (counts[i] === 0) touched.push(i);
          if (counts[i]! < 255) counts[i]!++;
        }
      }
    const need = Math.max(1, Math.floor(used * 0.3));
    let candidates = touched.filter((i) => counts[i]! >= need && allowed(this.docs[i]!));
    if (candidates.length > CANDIDATES) candidates = candidates.sort((a, b) => counts[b]! - counts[a]! || a - b).slice(0, CANDIDATES);
    // Stage 2: fuse.js ranks the candidates on their normalised words.
    const items = candidates.map((i) => ({ i, norm: this.norm[i]! }));
    const fuse = new Fuse(items, { keys: ['norm'], includeMatches: true, includeScore: true, ignoreLocation: true, threshold: 0.35, minMatchCharLength: 2 });
    const order = { q: 0, p: 1, a: 2 } as const;
    return fuse
      .search(q, { limit: limit * 2 })
      .map((r: FuseResult<(typeof items)[number]>) => {
        const doc = this.docs[r.item.i]!;
        return { doc, score: r.score ?? 1, highlights: highlightsFor(doc.x, r.item.norm, r.matches?.flatMap((m) => m.indices) ?? []) };
      })
      .sort((a, b) => order[a.doc.t] - order[b.doc.t] || a.score - b.score)
      .slice(0, limit);
  }
}

/** Map matched character ranges of the normalised text back to whole words of the shown text. */
function highlightsFor(shown: string, norm: string, ranges: ReadonlyArray<readonly [number, number]>): Array<[number, number]> {
  const spans = wordSpans(shown);
  const wordAt: number[] = [];
  let w = 0;
  for (let c = 0; c < norm.length; c++) {
    if (norm[c] === ' ') w++;
    wordAt.push(w);
  }
  const hit = new Set<number>();
  for (const [s, e] of ranges) if (e - s >= 1) for (let c = s; c <= e; c++) if (norm[c] !== ' ') hit.add(wordAt[c]!);
  return [...hit]
    .filter((k) => k < spans.length)
    .sort((a, b) => a - b)
    .map((k) => spans[k]!);
}
