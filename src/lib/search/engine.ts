/**
 * Search in two stages: a character-trigram candidate index (built once, in memory) narrows the collection
 * to a few hundred items, then fuse.js ranks those and reports the matched characters for highlighting.
 * Pure and framework-free: the browser island, the tests and the benchmark all use it.
 */
import Fuse, { type FuseResult } from 'fuse.js/basic';
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
export const CANDIDATES = 150;

/** Lower case, American spelling, one form for the United States and for Sino/China: for matching only. */
export function normaliseForSearch(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[’']/g, '')
    .replace(/\bu\.s\.a?\.?|\bunited states\b/g, 'us')
    .replace(/\bsino\b/g, 'china')
    .replace(/([a-z]{3,})is(e|es|ed|ing|ation)\b/g, '$1iz$2')
    .replace(/([a-z]{2,})our\b/g, '$1or')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function trigramsOf(s: string): string[] {
  const grams: string[] = [];
  for (const word of s.split(' ')) {
    const w = ` ${word} `;
    for (let i = 0; i + 3 <= w.length; i++) grams.push(w.slice(i, i + 3));
  }
  return grams;
}

/** A searcher over a growing set of documents (shards can be added as they arrive). */
export class Searcher {
  private docs: SearchDoc[] = [];
  private norm: string[] = [];
  private postings = new Map<string, number[]>();

  /** Add documents (a shard). */
  add(docs: readonly SearchDoc[]): void {
    for (const doc of docs) {
      const i = this.docs.length;
      this.docs.push(doc);
      const norm = normaliseForSearch(`${doc.x} ${doc.s} ${doc.o}`);
      this.norm.push(norm);
      for (const g of new Set(trigramsOf(norm))) {
        const list = this.postings.get(g);
        if (list) list.push(i);
        else this.postings.set(g, [i]);
      }
    }
  }

  get size(): number {
    return this.docs.length;
  }

  /** Up to `limit` hits, quotes first, then people, then articles. */
  search(query: string, filters: SearchFilters = {}, limit = 50): SearchHit[] {
    const q = normaliseForSearch(query);
    if (!q) return [];
    const allowed = (d: SearchDoc) =>
      (!filters.outlet || d.o === filters.outlet) && (!filters.speaker || d.k === filters.speaker) && (!filters.kind || d.n === filters.kind) && (d.t === 'q' || (!filters.outlet && !filters.speaker && !filters.kind));
    // Stage 1: count shared trigrams per document; keep the best CANDIDATES.
    const counts = new Uint16Array(this.docs.length);
    const grams = [...new Set(trigramsOf(q))];
    for (const g of grams) for (const i of this.postings.get(g) ?? []) counts[i]!++;
    const need = Math.max(1, Math.floor(grams.length * 0.3));
    let candidates: number[] = [];
    for (let i = 0; i < counts.length; i++) if (counts[i]! >= need && allowed(this.docs[i]!)) candidates.push(i);
    if (candidates.length > CANDIDATES) candidates = candidates.sort((a, b) => counts[b]! - counts[a]! || a - b).slice(0, CANDIDATES);
    // Stage 2: fuse.js ranks the candidates and says which characters matched.
    const items = candidates.map((i) => ({ doc: this.docs[i]!, norm: this.norm[i]! }));
    const fuse = new Fuse(items, {
      keys: [{ name: 'doc.x', weight: 0.6 }, { name: 'norm', weight: 0.25 }, { name: 'doc.s', weight: 0.1 }, { name: 'doc.o', weight: 0.05 }],
      includeMatches: true,
      includeScore: true,
      ignoreLocation: true,
      threshold: 0.35,
      minMatchCharLength: 2,
    });
    const order = { q: 0, p: 1, a: 2 } as const;
    return fuse
      .search(q, { limit: limit * 2 })
      .map((r: FuseResult<(typeof items)[number]>) => ({
        doc: r.item.doc,
        score: r.score ?? 1,
        highlights: (r.matches ?? []).filter((m) => m.key === 'doc.x').flatMap((m) => m.indices.filter(([s, e]) => e - s >= 1).map(([s, e]) => [s, e + 1] as [number, number])),
      }))
      .sort((a, b) => order[a.doc.t] - order[b.doc.t] || a.score - b.score)
      .slice(0, limit);
  }
}
