/** The search index (built in memory as the build writes it) queried on the seed corpus and on invented documents. */
import { describe, expect, it } from 'vitest';
import type { SearchDoc } from '../../src/lib/search/documents.ts';
import { filterValues, searchDocuments } from '../../src/lib/search/documents.ts';
import { termSimilarity } from '../../src/lib/search/similarity.ts';
import { LOW_CONFIDENCE } from '../../src/lib/views/labels.ts';
import { searchWords } from '../../src/lib/search/words.ts';
import { seedCorpus } from '../helpers/seeds.ts';
import { memorySearcher } from './memory.ts';

const corpus = seedCorpus();
const docs = searchDocuments(corpus);
const { searcher } = memorySearcher(docs);
const top = async (q: string, filters = {}, limit = 5) =>
  (await searcher.search(q, filters, limit)).map((h) => `${h.doc.t}|${h.doc.s}|${h.doc.q ? h.doc.x.slice(...h.doc.q) : h.doc.x}`);

/** An invented quote document whose sentence is the quote itself. */
const quote = (x: string, i: number, speaker = `Speaker ${i % 7}`): SearchDoc => ({
  t: 'q',
  x,
  q: [0, x.length],
  s: speaker,
  k: speaker,
  o: 'Daily',
  d: '',
  n: 'direct',
  h: `/a/${i}/`,
  c: '',
});

describe('search documents', () => {
  it('has every quote, person and article, quotes linking to their anchor and cluster', () => {
    expect(docs.filter((d) => d.t === 'q')).toHaveLength(corpus.quotes.length);
    expect(docs.filter((d) => d.t === 'p')).toHaveLength(corpus.people.length);
    expect(docs.filter((d) => d.t === 'a')).toHaveLength(corpus.articles.length);
    const q = docs.find((d) => d.x.startsWith('In every meeting, I stressed'))!;
    expect(q.h).toMatch(/^\/articles\/002_b25e38a6960a52da\/#q-002_b25e38a6960a52da-q\d+$/);
    expect(q.c).toMatch(/^\/stories\/blinken-beijing-2023\/compare\/#s-antony-blinken-/);
  });

  it('shows a partial quote inside its whole sentence', () => {
    // The Hindu: "… while Mr. Blinken later told reporters he agreed on the need to “stabilise” relations …"
    const d = docs.find((x) => x.t === 'q' && x.o === 'The Hindu' && x.q && x.x.slice(...x.q) === 'stabilise')!;
    expect(d.x).toBe(
      'Mr. Xi said he hoped the visit would contribute towards doing so, while Mr. Blinken later told reporters he agreed on the need to “stabilise” relations but was “clear-eyed” on differences.',
    );
  });

  it('marks quotes whose attribution is uncertain, and only those', () => {
    for (const [i, q] of corpus.quotes.entries()) {
      const d = docs.find((x) => x.h.endsWith(q.id.replace(/[^A-Za-z0-9_-]+/g, '-')))!;
      // The one rule every page uses: no speaker, or a speaker confidence under the bar.
      expect(d.u === 1, `quote ${i}`).toBe(q.speaker === null || q.speakerConfidence < LOW_CONFIDENCE);
    }
  });

  it('lists the filter values of the quotes', () => {
    const values = filterValues(docs);
    expect(values.kinds).toEqual(['direct', 'partial', 'unmarked']);
    expect(values.speakers.find((s) => s.key === 'xi-jinping')?.name).toBe('Xi Jinping');
  });
});

describe('term similarity', () => {
  it('accepts typos, completions and completions with a typo; refuses other words', () => {
    expect(termSimilarity('controls', 'controls')).toBe(1);
    expect(termSimilarity('controlls', 'controls')).toBeGreaterThan(0.7);
    expect(termSimilarity('stabil', 'stabilize')).toBeGreaterThan(0.7);
    expect(termSimilarity('disagre', 'disagreement')).toBeGreaterThan(0.7);
    expect(termSimilarity('vehemntly', 'vehemently')).toBeGreaterThan(0.7);
    expect(termSimilarity('tariff', 'target')).toBe(0);
    expect(termSimilarity('us', 'use')).toBe(0); // two letters are too few to complete
  });

  it('counts two neighbouring letters swapped as one slip', () => {
    expect(termSimilarity('wrokers', 'workers')).toBeGreaterThan(0.7);
    expect(termSimilarity('sohuld', 'should')).toBeGreaterThan(0.7); // six letters allow one edit only
    expect(termSimilarity('sohlud', 'should')).toBe(0);
  });
});

describe('Searcher', () => {
  it('finds a misspelt quote', async () => {
    expect((await top('vehemntly disagre'))[0]).toMatch(/^q\|Antony Blinken\|We have no illusions/);
    expect((await top('progres specfic isues'))[0]).toMatch(/progress/);
  });

  it('lists the person first for their full name, also misspelt, and for another name the articles use', async () => {
    for (const q of ['Antony Blinken', 'antony blinkin', 'Xi Jinping', 'President Xi', 'Wang Yi']) {
      const [first] = await searcher.search(q, {}, 5);
      expect([q, first?.doc.t, first?.named]).toEqual([q, 'p', true]);
    }
    expect((await searcher.search('Xi Jinping', {}, 1))[0]!.doc.x).toBe('Xi Jinping');
    // Words of a quote are not a name: quotes stay first.
    expect((await searcher.search('clear eyed', {}, 3)).every((h) => h.doc.t === 'q')).toBe(true);
  });

  it('lists the person first even when they have far more quotes than are ranked', async () => {
    const many = [...Array.from({ length: 300 }, (_, i) => quote(`Statement number ${i} on the budget.`, i, 'Ana Torres')), quote('Ana Torres', 300)];
    const people: SearchDoc = { t: 'p', x: 'Ana Torres', s: 'Torres · Ms. Torres', k: 'ana-torres', o: '', d: '', n: '', h: '/people/ana-torres/', c: '' };
    const { searcher: s } = memorySearcher([...many, people]);
    const hits = await s.search('Ana Torres', {}, 8);
    expect(hits[0]!.doc.h).toBe('/people/ana-torres/');
  });

  it('finds the best match that a fixed cap on trigram candidates used to cut', async () => {
    // 60 sentences hold every trigram of "tariff" across other words; the old engine kept the 48 with the most
    // shared trigrams (these) and never looked at the one quote that says "tarif".
    const decoys = Array.from({ length: 60 }, (_, i) => quote('Target various rifles near the cliff offer.', i));
    const { searcher: s } = memorySearcher([...decoys, quote('New tarif rules hit farmers.', 60)]);
    expect((await s.search('tariff', {}, 5)).map((h) => h.doc.x)).toEqual(['New tarif rules hit farmers.']);
  });

  it('ranks every candidate: the one relevant quote among 5,000 that share a common word is found', async () => {
    const filler = Array.from({ length: 5000 }, (_, i) => quote(`The minister said the plan ${i} would go ahead.`, i));
    const { searcher: s } = memorySearcher([...filler, quote('The minister said the harbour dredging would go ahead.', 5000)]);
    const hits = await s.search('minister harbor dreging', {}, 5);
    expect(hits[0]!.doc.x).toBe('The minister said the harbour dredging would go ahead.');
  });

  it('finds a long quote by two misspelt words, ahead of short quotes holding one of them', async () => {
    const long =
      'The defendant showed no remorse at any stage of this trial, and the court heard from dozens of witnesses over many weeks. The harm done to ordinary savers was deliberate and sustained, and it will take years to repair.';
    const short = Array.from({ length: 20 }, (_, i) => quote(i % 2 ? `Ordinary people ${i} pay.` : `Savers ${i} wait.`, i));
    const { searcher: s } = memorySearcher([...short, quote(long, 20)]);
    expect((await s.search('ordianry saveers', {}, 5))[0]?.doc.x).toBe(long);
  });

  it('treats British and American spellings and Sino-US / China-US alike', async () => {
    expect(searchWords('stabilise Sino-US U.S.')).toEqual(searchWords('stabilize China-US US'));
    expect((await top('stabilise')).slice(0, 2).sort()).toEqual((await top('stabilize')).slice(0, 2).sort());
    expect((await top('Sino-US relationship')).some((h) => h.includes('China-U.S. relationship'))).toBe(true);
  });

  it('filters by outlet, speaker and kind, and then lists quotes only', async () => {
    const hits = await searcher.search('progress', { speaker: 'xi-jinping', kind: 'partial' }, 50);
    expect(hits.length).toBeGreaterThan(0);
    const xi = docs.filter((d) => d.k === 'xi-jinping' && d.n === 'partial').map((d) => d.h);
    for (const h of hits) expect(xi).toContain(h.doc.h);
    const hindu = await searcher.search('Blinken', { outlet: 'The Hindu' }, 50);
    expect(hindu.length).toBeGreaterThan(0);
    for (const h of hindu) expect([h.doc.t, h.doc.o]).toEqual(['q', 'The Hindu']);
  });

  it('highlights whole matched words inside the quote, not in the sentence around it', async () => {
    const hits = await searcher.search('stabilise', {}, 10);
    const hindu = hits.find((h) => h.doc.o === 'The Hindu' && h.doc.x.includes('“stabilise”'))!;
    expect(hindu.highlights.map(([s, e]) => hindu.doc.x.slice(s, e))).toEqual(['stabilise']);
    for (const h of hits) for (const [s, e] of h.highlights) expect(s >= h.doc.q![0] && e <= h.doc.q![1]).toBe(true);
  });

  it('returns nothing for an empty or punctuation-only query', async () => {
    expect(await searcher.search('  ')).toEqual([]);
    expect(await searcher.search('“”?!')).toEqual([]);
  });
});

describe('index files', () => {
  it('a query fetches only the files of its words and its best candidates', async () => {
    const many = Array.from({ length: 2000 }, (_, i) => quote(`Words ${i.toString(36)} about the harbour, the budget and the weather number ${i}.`, i));
    const { searcher: s, fetched, files } = memorySearcher(many, { chunk: 32, gramFile: 1024, postingFile: 1024 });
    await s.search('harbor', {}, 8);
    const all = (p: string) => [...files.keys()].filter((f) => f.startsWith(p)).length;
    const got = (p: string) => [...fetched].filter((f) => f.startsWith(p)).length;
    expect(all('g/')).toBeGreaterThan(8);
    expect(got('g/')).toBeLessThanOrEqual(7); // "harbor" has 7 trigrams
    expect(got('p/')).toBeLessThan(all('p/') / 2);
    expect(got('d/')).toBeLessThan(all('d/') / 4);
  });

  it('posting lists round-trip through the binary files', async () => {
    const many = Array.from({ length: 400 }, (_, i) => quote(i % 3 === 0 ? `Harbour ${i}` : `Budget ${i}`, i));
    const { searcher: s } = memorySearcher(many);
    const hits = await s.search('harbour', {}, 200);
    expect(hits.map((h) => h.doc.h).sort()).toEqual(
      many
        .filter((d) => d.x.startsWith('Harbour'))
        .map((d) => d.h)
        .sort(),
    );
  });
});
