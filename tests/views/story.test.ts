/** Story overview and comparison view models on the seed corpus. */
import { describe, expect, it } from 'vitest';
import { compareView, storyView } from '../../src/lib/views/index.ts';
import { seedCorpus } from '../helpers/seeds.ts';

const corpus = seedCorpus();
const STORY = 'blinken-beijing-2023';

describe('storyView', () => {
  const view = storyView(corpus, STORY);

  it('lists every outlet with its relation to the original and how the outlet is known', () => {
    expect(view.outlets.map((o) => [o.outlet, o.relation, o.provenance])).toContainEqual(['ExBulletin', 'Rewrite of The Guardian', 'attributed']);
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

  it('lists statements several outlets carry, most widely carried first', () => {
    expect(view.statements[0]!.articleCount).toBe(5);
    expect(view.statements.every((s, i) => i === 0 || s.articleCount <= view.statements[i - 1]!.articleCount)).toBe(true);
  });
});

describe('compareView', () => {
  const view = compareView(corpus, STORY);

  it('has one column per outlet and one cell per column in every row', () => {
    expect(view.columns).toHaveLength(5);
    for (const row of [...view.shared, ...view.exclusive]) expect(row.cells.map((c) => c.article)).toEqual(view.columns.map((c) => c.article));
  });

  it('marks statements only one outlet has, and shares the rest', () => {
    expect(view.exclusive.every((r) => r.only?.startsWith('Only in '))).toBe(true);
    expect(view.shared.every((r) => r.only === null && r.cells.filter((c) => c.items.length).length >= 2)).toBe(true);
  });

  it('shows every quote of the story exactly once', () => {
    const shown = [...view.shared, ...view.exclusive].flatMap((r) => r.cells.flatMap((c) => c.items.filter((i) => i.kind !== 'reported').map((i) => i.href)));
    const quotes = corpus.articles.filter((a) => a.story === STORY).flatMap((a) => a.quotes);
    expect(shown).toHaveLength(quotes.length);
    expect(new Set(shown).size).toBe(quotes.length);
  });

  it('diffs a reworded quote word by word', () => {
    const row = view.shared.find((r) => r.representative.startsWith('In every meeting'))!;
    const diffs = row.cells
      .flatMap((c) => c.items)
      .filter((i) => i.diff)
      .flatMap((i) => i.diff!);
    expect(diffs.some((d) => d.op === 'replace' && /stressed|emphasize/.test(d.from + d.to))).toBe(true);
  });
});
