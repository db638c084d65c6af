/** Story overview and comparison view models on the seed corpus. */
import { describe, expect, it } from 'vitest';
import { compareLayout, compareView, controlsLine, storyView } from '../../src/lib/views/index.ts';
import { seedCorpus } from '../helpers/seeds.ts';

const corpus = seedCorpus();
const STORY = 'blinken-beijing-2023';

describe('storyView', () => {
  const view = storyView(corpus, STORY);

  it('lists every outlet with its relation to the original and how the outlet is known', () => {
    expect(view.outlets.map((o) => [o.outlet, o.relation, o.provenance])).toContainEqual([
      'ExBulletin',
      'Rewrite of The Guardian',
      'worked out from clues in the text',
    ]);
    expect(view.outlets).toHaveLength(5);
  });

  it('sizes the coverage bars from the words quoted, and labels every cell in words', () => {
    const cells = view.matrix.flatMap((r) => r.cells);
    expect(Math.max(...cells.map((c) => c.bar))).toBe(100);
    for (const c of cells) expect(c.bar).toBe(Math.round((c.words / Math.max(...cells.map((x) => x.words))) * 100));
    expect(cells.find((c) => c.quotes === 0 && c.mentions === 0)?.label).toBe('not mentioned');
  });

  it('splits each disagreement sentence around the disputed words', () => {
    for (const d of view.disagreements)
      for (const v of d.versions) for (const s of v.sources) if (s.match) expect(`${s.before}${s.match}${s.after}`).toContain(s.match);
    const minutes = view.disagreements.find((d) => d.versions.some((v) => v.value === '35 minutes'))!;
    expect(minutes.versions.flatMap((v) => v.sources.map((s) => s.match))).toEqual(['35-minute encounter', 'roughly 30-minute meeting']);
  });

  it('says whose story each text is, and keeps name spellings apart from disagreements about facts', () => {
    expect(view.outlets.find((o) => o.outlet === 'i7 News')!.source).toBe('Al Jazeera’s story, rewritten by i7 News');
    expect(view.disagreements.some((d) => d.kind === 'spelling')).toBe(false);
    // i7 News's rewrite has "Anthony Blinken"; the other four write "Antony".
    const blinken = view.spellings.find((s) => s.usual.spelling === 'Antony Blinken')!;
    expect(blinken.variants).toEqual([{ spelling: 'Anthony Blinken', outlets: ['i7 News'] }]);
    expect(blinken.usual.outlets).toHaveLength(4);
    expect(blinken.href).toBe('/people/antony-blinken/');
  });

  it('lists statements several outlets carry, most widely carried first', () => {
    expect(view.statements[0]!.articleCount).toBe(5);
    expect(view.statements.every((s, i) => i === 0 || s.articleCount <= view.statements[i - 1]!.articleCount)).toBe(true);
  });
});

describe('compareView', () => {
  const view = compareView(corpus, STORY);
  const outlet = (key: string) => view.columns.find((c) => c.key === key)!.outlet;

  it('has one column per outlet and one cell per column in every shared row', () => {
    expect(view.columns).toHaveLength(5);
    for (const row of view.shared) expect(row.cells.map((c) => c.article)).toEqual(view.columns.map((c) => c.article));
  });

  it('explains every shared row in words, with a link to each wording and no internal codes', () => {
    for (const row of view.shared) {
      expect(['Sure', 'Fairly sure', 'Unsure']).toContain(row.why.confidenceLabel);
      expect(row.why.wordings.length).toBeGreaterThanOrEqual(2);
      for (const w of row.why.wordings) {
        expect(w.href).toMatch(/^\/articles\/[^/]+\//);
        expect(w.why).not.toMatch(/same-wording|shared-words|other-attribution|representative/);
        expect(w.why.length).toBeGreaterThan(10);
      }
    }
  });

  it('puts in shared rows only statements two or more outlets carry, so no row is all placeholders but one', () => {
    for (const row of view.shared) {
      const carrying = row.cells.filter((c) => c.items.length > 0).map((c) => c.article);
      expect(carrying).toEqual(row.carriers);
      expect(carrying.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('lists what one outlet alone carries under that outlet, and shows every quote of the story exactly once', () => {
    expect(view.only.map((o) => o.article)).toEqual(view.columns.map((c) => c.article));
    const shown = [
      ...view.shared.flatMap((r) => r.cells.flatMap((c) => c.items.filter((i) => i.kind !== 'reported').map((i) => i.href))),
      ...view.only.flatMap((o) => o.items.filter((i) => i.kindLabel !== 'Paraphrase').map((i) => i.href)),
    ];
    const quotes = corpus.articles.filter((a) => a.story === STORY).flatMap((a) => a.quotes);
    expect(shown).toHaveLength(quotes.length);
    expect(new Set(shown).size).toBe(quotes.length);
  });

  it('takes as default reference an outlet that carries the most shared statements, and names it in every row', () => {
    const carried = (key: string) => view.shared.filter((r) => r.carriers.includes(key)).length;
    for (const c of view.columns) expect(carried(view.defaultRef)).toBeGreaterThanOrEqual(carried(c.key));
    for (const row of view.shared) {
      expect(row.carriers).toContain(row.ref);
      if (row.carriers.includes(view.defaultRef)) expect(row.refNote).toBe(`compared with ${outlet(view.defaultRef)}`);
      else expect(row.refNote).toBe(`compared with ${outlet(row.ref)} (${outlet(view.defaultRef)} does not carry it)`);
    }
  });

  it('diffs a reworded quote against every other carrier, and not against itself', () => {
    // ExBulletin's machine rewrite has "I stressed", Al Jazeera's text (i7 News) "I emphasize".
    const row = view.shared.find((r) => r.cells.some((c) => c.items.some((i) => i.text.startsWith('In every meeting, I emphasize'))))!;
    const exBulletin = row.cells.find((c) => c.outlet === 'ExBulletin')!.items[0]!;
    const i7 = view.columns.find((c) => c.outlet === 'i7 News')!.key;
    const diff = exBulletin.versus.find((v) => v.ref === i7)!.diff!;
    expect(diff).toContainEqual({ op: 'replace', from: 'emphasize ', to: 'stressed ' });
    expect(exBulletin.versus.find((v) => v.ref === row.cells.find((c) => c.outlet === 'ExBulletin')!.article)!.diff).toBeNull();
  });

  it('prints each distinct marking of a wording once: references that mark it the same way are merged', () => {
    for (const item of view.shared.flatMap((r) => r.cells.flatMap((c) => c.items))) {
      const refs = item.versions.flatMap((v) => v.refs);
      if (item.versus.every((v) => v.diff === null)) expect(item.versions).toEqual([]);
      else expect(refs.sort()).toEqual(item.versus.map((v) => v.ref).sort());
      expect(new Set(item.versions.map((v) => JSON.stringify(v.diff))).size).toBe(item.versions.length);
    }
  });

  it('folds the controls to one line naming what is shown', () => {
    expect(view.controls).toBe(`all 5 outlets · compared with ${view.columns.find((c) => c.key === view.defaultRef)!.outlet} · all speakers`);
    expect(controlsLine(3, 5, 'ExBulletin', 'Antony Blinken')).toBe('3 of 5 outlets · compared with ExBulletin · Antony Blinken');
  });

  it('lays out columns for up to 8 outlets of at least 128 px, cards beyond', () => {
    expect(view.layout).toBe('grid');
    expect(compareLayout(8, null)).toBe('grid');
    expect(compareLayout(9, null)).toBe('cards');
    expect(compareLayout(9, 4000)).toBe('cards');
    expect(compareLayout(6, 6 * 128)).toBe('grid');
    expect(compareLayout(6, 6 * 128 - 1)).toBe('cards');
  });

  it('says where each text comes from, original first', () => {
    expect(view.columns.map((c) => c.source)).toEqual([
      'The Hindu’s story, in a copy on another site',
      'The Guardian’s story, rewritten by ExBulletin',
      'Al Jazeera’s story, rewritten by i7 News',
      'PTI’s story, carried by Indian news site (unidentified)',
      'Financial Times’ story, carried by Unidentified aggregator',
    ]);
  });
});
