/** Search index building and result shaping on the seed corpus. */
import { describe, expect, it } from 'vitest';
import { searchDocuments, searchShards } from '../../src/lib/search/documents.ts';
import { Searcher, normaliseForSearch } from '../../src/lib/search/engine.ts';
import { seedCorpus } from '../helpers/seeds.ts';

const corpus = seedCorpus();
const docs = searchDocuments(corpus);
const searcher = new Searcher();
searcher.add(docs);
const top = (q: string, filters = {}) => searcher.search(q, filters, 5).map((h) => `${h.doc.t}|${h.doc.s}|${h.doc.x}`);

describe('search documents', () => {
  it('has every quote, person and article, quotes linking to their anchor and cluster', () => {
    expect(docs.filter((d) => d.t === 'q')).toHaveLength(corpus.quotes.length);
    expect(docs.filter((d) => d.t === 'p')).toHaveLength(corpus.people.length);
    expect(docs.filter((d) => d.t === 'a')).toHaveLength(corpus.articles.length);
    const q = docs.find((d) => d.x.startsWith('In every meeting, I stressed'))!;
    expect(q.h).toMatch(/^\/articles\/002_b25e38a6960a52da\/#q-002_b25e38a6960a52da-q\d+$/);
    expect(q.c).toMatch(/^\/stories\/blinken-beijing-2023\/compare\/#s-antony-blinken-/);
  });

  it('splits into shards with a manifest of filter values', () => {
    const { manifest, shards } = searchShards(docs, 40);
    expect(shards.flat()).toEqual(docs);
    expect(manifest.shards).toHaveLength(Math.ceil(docs.length / 40));
    expect(manifest.kinds).toEqual(['direct', 'partial', 'unmarked']);
    expect(manifest.speakers.find((s) => s.key === 'xi-jinping')?.name).toBe('Xi Jinping');
  });
});

describe('Searcher', () => {
  it('is typo tolerant', () => {
    expect(top('vehemntly disagre')[0]).toMatch(/^q\|Antony Blinken\|We have no illusions/);
    expect(top('Blinkin').some((h) => h.startsWith('p|') || h.includes('Blinken'))).toBe(true);
  });

  it('treats British and American spellings and Sino-US / China-US alike', () => {
    expect(normaliseForSearch('stabilise Sino-US U.S.')).toBe(normaliseForSearch('stabilize China-US US'));
    expect(top('stabilise').slice(0, 2).sort()).toEqual(top('stabilize').slice(0, 2).sort());
    expect(top('Sino-US relationship').some((h) => h.includes('China-U.S. relationship'))).toBe(true);
  });

  it('filters by outlet, speaker and kind, and puts quotes first', () => {
    const hits = searcher.search('progress', { speaker: 'xi-jinping', kind: 'partial' }, 50);
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) expect([h.doc.t, h.doc.k, h.doc.n]).toEqual(['q', 'xi-jinping', 'partial']);
    const all = searcher.search('Blinken', {}, 50).map((h) => h.doc.t);
    expect(all.indexOf('p') === -1 || all.lastIndexOf('q') < all.indexOf('p')).toBe(true);
  });

  it('reports highlight ranges inside the shown text', () => {
    for (const h of searcher.search('clear eyed', {}, 5))
      for (const [s, e] of h.highlights) {
        expect(e).toBeLessThanOrEqual(h.doc.x.length);
        expect(s).toBeLessThan(e);
      }
  });

  it('returns nothing for an empty or punctuation-only query', () => {
    expect(searcher.search('  ')).toEqual([]);
    expect(searcher.search('“”?!')).toEqual([]);
  });
});
