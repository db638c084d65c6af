/**
 * Query the index the build wrote (`format.ts`) in two stages. Stage 1 is cheap and sees every document: each
 * query word is matched against the index terms (exact, prefix or within one or two edits, found through the
 * trigram files), and every document holding a matched term gets the term's weight (similarity × rarity).
 * Stage 2 hands the best candidates of each type to fuse.js, which ranks them and reports the matched
 * characters for highlighting. Pure and framework-free: the browser island, the tests and the benchmark use it.
 */
import Fuse from 'fuse.js/basic';
import type { StoredDoc } from './build.ts';
import { FILTER_PREFIX, fileOf, getVarint, gramsOf, type IndexManifest } from './format.ts';
import { nameMatch } from './names.ts';
import { termSimilarity } from './similarity.ts';
import { matchedPart, searchWords, searchableText, wordSpans } from './words.ts';

/** Filters a reader can set. */
export interface SearchFilters {
  outlet?: string;
  speaker?: string;
  kind?: string;
}

/** One result: the document and the [start, end) ranges of its shown text (`doc.x`) to highlight. */
export interface SearchHit {
  doc: StoredDoc;
  score: number;
  highlights: Array<[number, number]>;
  /** True for a person whose name (or a name the articles use for them) is what the reader typed. */
  named?: boolean;
}

/** Reads one index file: parsed JSON for `.json`, the bytes for `.bin`. */
export type IndexLoader = (path: string) => Promise<unknown>;

/** Terms one query word may stand for (its spelling variants, completions and near misses), best first. */
const MAX_EXPANSIONS = 40;
/** A result must match at least this share of the query's weight (rare words weigh most). */
const MIN_SHARE = 0.35;
/** A term in more than this share of the documents says little about a query (see `scoreAll`). */
const COMMON = 0.2;

interface Expansion {
  term: string;
  sim: number;
}

interface PostingFile {
  bytes: Uint8Array;
  at: Map<string, [number, number]>;
}

const utf8 = new TextDecoder();

/** A searcher over one built index; files are fetched on first need and kept. */
export class Searcher {
  readonly manifest: IndexManifest;
  private readonly load: IndexLoader;
  private readonly gramFiles = new Map<number, Promise<Map<string, string[]>>>();
  private readonly postingFiles = new Map<number, Promise<PostingFile>>();
  private readonly docFiles = new Map<number, Promise<StoredDoc[]>>();
  private readonly expansions = new Map<string, Promise<Expansion[]>>();
  private readonly lists = new Map<string, Int32Array>();
  /** Each fetched document's words, normalised once for fuse.js. */
  private readonly norms = new Map<number, string>();
  private readonly total: number;
  private readonly score: Float32Array;
  private readonly seen: Uint16Array;

  constructor(manifest: IndexManifest, load: IndexLoader) {
    this.manifest = manifest;
    this.load = load;
    this.total = manifest.types.q + manifest.types.p + manifest.types.a;
    this.score = new Float32Array(this.total);
    this.seen = new Uint16Array(this.total);
  }

  /** Up to `limit` hits: a person named by the query first, then quotes, people and articles. */
  async search(query: string, filters: SearchFilters = {}, limit = 20): Promise<SearchHit[]> {
    const words = [...new Set(searchWords(query))].slice(0, 12);
    if (words.length === 0) return [];
    const expanded = await Promise.all(words.map((w) => this.expand(w)));
    const facets = Object.entries(filters)
      .filter(([, v]) => v)
      .map(([k, v]) => FILTER_PREFIX[k as keyof SearchFilters] + (v as string));
    await this.loadPostings([...expanded.flat().map((e) => e.term), ...facets]);
    const weights = expanded.map((ex) => Math.max(0, ...ex.map((e) => this.idf(e.term))));
    if (!weights.some(Boolean)) return []; // no typed word is near any indexed word
    const touched = this.scoreAll(expanded);
    const allowed = facets.length ? this.intersect(facets) : null;
    const { q, p } = this.manifest.types;
    const best = [
      this.top(touched, 0, q, 2 * limit + 16, allowed),
      allowed ? [] : this.top(touched, q, q + p, 8, null),
      allowed ? [] : this.top(touched, q + p, this.total, 8, null),
    ];
    const cheap = new Map(best.flat().map((i) => [i, this.score[i]!]));
    for (const i of touched) this.score[i] = 0;
    const docs = await this.docs(best.flat());
    for (const [i, doc] of docs) if (!this.norms.has(i)) this.norms.set(i, searchWords(searchableText(doc)).join(' '));
    const [quotes, people, articles] = best.map((ids) => rank(ids, docs, this.norms, words, weights, cheap));
    const named = people!.filter((h) => h.named).sort((a, b) => nameMatch(words, a.doc)! - nameMatch(words, b.doc)!);
    return [...named, ...quotes!, ...people!.filter((h) => !h.named), ...articles!].slice(0, limit);
  }

  /** Rarity of a term among all documents (BM25's idf). */
  private idf(term: string): number {
    const df = this.lists.get(term)?.length ?? 0;
    return df ? Math.log(1 + (this.total - df + 0.5) / (df + 0.5)) : 0;
  }

  /**
   * Stage 1: every document holding a matched term gets, per query word, the best weight among its terms. Terms
   * in more than a fifth of the documents ("the", "said") are skipped when the query has rarer ones: they add
   * little to any score and most of the work. fuse.js still weighs them in stage 2.
   */
  private scoreAll(expanded: readonly Expansion[][]): number[] {
    const touched: number[] = [];
    const { score, seen } = this;
    const common = Math.max(50, this.total * COMMON);
    const df = (t: string) => this.lists.get(t)?.length ?? 0;
    const rare = expanded.some((ex) => ex.some((e) => df(e.term) > 0 && df(e.term) <= common));
    expanded.forEach((ex, w) => {
      const mark = w + 1;
      const order = ex
        .filter((e) => df(e.term) > 0 && (!rare || df(e.term) <= common))
        .map((e) => ({ list: this.lists.get(e.term)!, weight: e.sim * this.idf(e.term) }))
        .sort((a, b) => b.weight - a.weight);
      for (const { list, weight } of order)
        for (let k = 0; k < list.length; k++) {
          const i = list[k]!;
          if (seen[i] === mark) continue;
          if (score[i] === 0) touched.push(i);
          score[i] = score[i]! + weight;
          seen[i] = mark;
        }
    });
    for (const i of touched) seen[i] = 0;
    return touched;
  }

  /** The documents in every filter's posting list. */
  private intersect(facets: readonly string[]): Uint8Array {
    const hits = new Uint8Array(this.total);
    for (const f of facets) for (const i of this.lists.get(f) ?? []) hits[i]!++;
    return hits.map((n) => (n === facets.length ? 1 : 0));
  }

  /** The `k` best-scored touched documents with ids in [from, to): a bounded heap, so no candidate is dropped unseen. */
  private top(touched: readonly number[], from: number, to: number, k: number, allowed: Uint8Array | null): number[] {
    const s = this.score;
    const worse = (a: number, b: number) => s[a]! < s[b]! || (s[a] === s[b] && a > b);
    const heap: number[] = [];
    for (let t = 0; t < touched.length; t++) {
      const i = touched[t]!;
      if (i < from || i >= to || (allowed && !allowed[i])) continue;
      if (heap.length === k && !worse(heap[0]!, i)) continue;
      if (heap.length < k) {
        heap.push(i);
        for (let c = heap.length - 1; c > 0;) {
          const p = (c - 1) >> 1;
          if (!worse(heap[c]!, heap[p]!)) break;
          [heap[c], heap[p]] = [heap[p]!, heap[c]!];
          c = p;
        }
      } else if (worse(heap[0]!, i)) {
        heap[0] = i;
        for (let p = 0; ;) {
          const l = 2 * p + 1;
          const r = l + 1;
          let m = p;
          if (l < heap.length && worse(heap[l]!, heap[m]!)) m = l;
          if (r < heap.length && worse(heap[r]!, heap[m]!)) m = r;
          if (m === p) break;
          [heap[m], heap[p]] = [heap[p]!, heap[m]!];
          p = m;
        }
      }
    }
    // Documents tied with the last one kept are kept too (up to 2k): the wordings of one statement in many outlets
    // often tie, and fuse.js, not the order of the files, should choose among them.
    const kept = new Set(heap);
    const floor = heap.length === k ? s[heap[0]!]! : Infinity;
    for (let t = 0; t < touched.length && kept.size < 2 * k; t++) {
      const i = touched[t]!;
      if (s[i] === floor && i >= from && i < to && (!allowed || allowed[i])) kept.add(i);
    }
    return [...kept].sort((a, b) => (worse(a, b) ? 1 : -1));
  }

  /** The index terms a query word may stand for, found through the trigram files. */
  private expand(word: string): Promise<Expansion[]> {
    let found = this.expansions.get(word);
    if (!found) {
      found = (async () => {
        const grams = gramsOf(word);
        const files = await Promise.all(grams.map((g) => this.gramFile(fileOf(g, this.manifest.grams))));
        const shared = new Map<string, number>();
        grams.forEach((g, k) => {
          for (const t of files[k]!.get(g) ?? []) shared.set(t, (shared.get(t) ?? 0) + 1);
        });
        // A term within e edits shares all but about 3e of the word's trigrams (one fewer for a completion).
        const edits = word.length <= 3 ? 0 : word.length <= 6 ? 1 : 2;
        const need = Math.max(1, grams.length - 1 - 3 * edits);
        const out: Expansion[] = [];
        for (const [term, n] of shared) {
          if (n < need) continue;
          const sim = termSimilarity(word, term, edits);
          if (sim > 0) out.push({ term, sim });
        }
        return out.sort((a, b) => b.sim - a.sim || a.term.length - b.term.length).slice(0, MAX_EXPANSIONS);
      })();
      this.expansions.set(word, found);
    }
    return found;
  }

  private gramFile(n: number): Promise<Map<string, string[]>> {
    let file = this.gramFiles.get(n);
    if (!file) {
      file = this.load(`g/${n}.json`).then((json) => new Map(Object.entries(json as Record<string, string>).map(([g, terms]) => [g, terms.split(' ')])));
      this.gramFiles.set(n, file);
    }
    return file;
  }

  /** Fetch the posting files of these terms and decode their lists. */
  private async loadPostings(terms: readonly string[]): Promise<void> {
    const needed = terms.filter((t) => !this.lists.has(t));
    const files = await Promise.all(needed.map((t) => this.postingFile(fileOf(t, this.manifest.postings))));
    needed.forEach((term, k) => {
      const { bytes, at } = files[k]!;
      const range = at.get(term);
      const ids = new Int32Array(range ? range[1] : 0);
      if (range) {
        const pos: [number] = [range[0]];
        let last = -1;
        for (let i = 0; i < ids.length; i++) ids[i] = last = last + 1 + getVarint(bytes, pos);
      }
      this.lists.set(term, ids);
    });
  }

  private postingFile(n: number): Promise<PostingFile> {
    let file = this.postingFiles.get(n);
    if (!file) {
      file = this.load(`p/${n}.bin`).then((data) => {
        const bytes = data instanceof Uint8Array ? data : new Uint8Array(data as ArrayBuffer);
        const at = new Map<string, [number, number]>();
        const pos: [number] = [0];
        for (let count = getVarint(bytes, pos); count > 0; count--) {
          const len = getVarint(bytes, pos);
          const term = utf8.decode(bytes.subarray(pos[0], pos[0] + len));
          pos[0] += len;
          const df = getVarint(bytes, pos);
          const size = getVarint(bytes, pos);
          at.set(term, [pos[0], df]);
          pos[0] += size;
        }
        return { bytes, at };
      });
      this.postingFiles.set(n, file);
    }
    return file;
  }

  /** The stored documents with these ids (their files fetched once). */
  private async docs(ids: readonly number[]): Promise<Map<number, StoredDoc>> {
    const size = this.manifest.chunk;
    const chunks = [...new Set(ids.map((i) => Math.floor(i / size)))];
    const files = await Promise.all(
      chunks.map((c) => {
        let file = this.docFiles.get(c);
        if (!file) {
          file = this.load(`d/${c}.json`) as Promise<StoredDoc[]>;
          this.docFiles.set(c, file);
        }
        return file;
      }),
    );
    const byChunk = new Map(chunks.map((c, k) => [c, files[k]!]));
    return new Map(ids.map((i) => [i, byChunk.get(Math.floor(i / size))![i % size]!]));
  }
}

/**
 * Stage 2: fuse.js scores each query word in each candidate (typos, partial words), the scores are summed
 * with the words' rarity (fuse.js's field-length norm is off: it would sink a long quote with one typo below any
 * short one), and a candidate must match a good share of the query's weight.
 */
function rank(
  ids: readonly number[],
  docs: ReadonlyMap<number, StoredDoc>,
  norms: ReadonlyMap<number, string>,
  words: readonly string[],
  weights: readonly number[],
  cheap: ReadonlyMap<number, number>,
): SearchHit[] {
  if (ids.length === 0) return [];
  const items = ids.map((i) => ({ i, norm: norms.get(i)! }));
  const fuse = new Fuse(items, {
    keys: ['norm'],
    includeMatches: true,
    includeScore: true,
    ignoreLocation: true,
    ignoreFieldNorm: true,
    threshold: 0.4,
    minMatchCharLength: 2,
    shouldSort: false,
  });
  const got = new Map<number, { score: number; ranges: Array<readonly [number, number]> }>();
  words.forEach((w, k) => {
    if (!weights[k]) return;
    for (const r of fuse.search(w)) {
      const entry = got.get(r.item.i) ?? { score: 0, ranges: [] };
      entry.score += weights[k] * (1 - (r.score ?? 1));
      entry.ranges.push(...(r.matches?.flatMap((m) => m.indices) ?? []));
      got.set(r.item.i, entry);
    }
  });
  const total = weights.reduce((a, b) => a + b, 0);
  return (
    items
      .filter(({ i }) => (got.get(i)?.score ?? 0) >= total * MIN_SHARE)
      .map(({ i, norm }) => {
        const doc = docs.get(i)!;
        const hit: SearchHit = { doc, score: got.get(i)!.score, highlights: highlightsFor(doc, norm, got.get(i)!.ranges, words) };
        if (doc.t === 'p' && nameMatch(words, doc) !== null) hit.named = true;
        return { hit, cheap: cheap.get(i) ?? 0, i, length: norm.length };
      })
      // Equal scores: the shorter text first (the query is more of it), as BM25's length norm would have it.
      .sort((a, b) => b.hit.score - a.hit.score || a.length - b.length || b.cheap - a.cheap || a.i - b.i)
      .map((r) => r.hit)
  );
}

/** Map matched character ranges of the normalised text back to whole words of the matched part of `doc.x`. */
function highlightsFor(doc: StoredDoc, norm: string, ranges: ReadonlyArray<readonly [number, number]>, query: readonly string[]): Array<[number, number]> {
  const offset = doc.q?.[0] ?? 0;
  const spans = wordSpans(matchedPart(doc));
  const wordAt: number[] = [];
  let w = 0;
  for (let c = 0; c < norm.length; c++) {
    if (norm[c] === ' ') w++;
    wordAt.push(w);
  }
  const hit = new Set<number>();
  for (const [s, e] of ranges) if (e - s >= 1) for (let c = s; c <= e; c++) if (norm[c] !== ' ') hit.add(wordAt[c]!);
  // fuse.js marks the characters it aligned, which for a short word can fall in an unrelated one: keep only
  // words that are what the reader typed, a completion of it or a near miss.
  const normWords = norm.split(' ');
  return [...hit]
    .filter((k) => k < spans.length && query.some((w) => termSimilarity(w, normWords[k]!) > 0))
    .sort((a, b) => a - b)
    .map((k) => [spans[k]![0] + offset, spans[k]![1] + offset]);
}
