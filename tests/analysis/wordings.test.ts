/**
 * One statement quoted with a fact changed: a name, a number or the time a word like "next" points at differs
 * between outlets' quotations that agree word for word around it. Invented stories; expected versions written
 * by reading the sentences.
 */
import { describe, expect, it } from 'vitest';
import { clusterOf, story } from './story.ts';

const wordings = (a: ReturnType<typeof story>['analysis']) => a.disagreements.filter((d) => d.kind === 'wording');
const values = (a: ReturnType<typeof story>['analysis']) => wordings(a).map((d) => d.versions.map((v) => v.value).sort());

describe('a fact changed inside one quotation', () => {
  it('finds a name swapped in one outlet’s quotation of a statement the others quote alike', () => {
    const { analysis } = story({
      a: ['A', 'Outage\n\n“We are helping clients hit by a fault found in one patch for Linux servers,” Ines Marlowe said on Tuesday.'],
      b: ['B', 'Outage\n\nInes Marlowe said: “We are helping clients hit by a fault found in one patch for Linux servers.”'],
      c: ['C', 'Outage\n\nMarlowe said the firm was “helping clients hit by a fault found in a patch for Apple servers,” and apologised.'],
    });
    expect(values(analysis)).toEqual([['Apple', 'Linux']]);
    expect(wordings(analysis)[0]!.compatible).toBe(false);
    expect(
      wordings(analysis)[0]!
        .versions.find((v) => v.value === 'Apple')!
        .sources.map((s) => s.article),
    ).toEqual(['c']);
  });

  it('finds "this year" against "next year" in one quotation', () => {
    const { analysis } = story({
      a: ['A', 'Farewell\n\n“To Ada, I look forward to being there when you start college next year,” Tomas Brenn said.'],
      b: ['B', 'Farewell\n\n“To Ada, I look forward to being there when you start college this year,” Tomas Brenn said.'],
    });
    expect(values(analysis)).toEqual([['next year', 'this year']]);
  });

  it('finds a word misheard into another one letter longer, not a spelling variant or an ending', () => {
    const misheard = story({
      a: ['A', 'Harbour\n\n“We will rebuild the harbour wall, as we are morally bound to do for the fishing families,” Tomas Brenn said.'],
      b: ['B', 'Harbour\n\n“We will rebuild the harbour wall, as we are mortally bound to do for the fishing families,” Tomas Brenn said.'],
    }).analysis;
    expect(values(misheard)).toEqual([['morally', 'mortally']]);
    const variants = story({
      a: ['A', 'Harbour\n\n“Our sea defences were never built for storms of this strength, and we pledge to rebuild them,” Tomas Brenn said.'],
      b: ['B', 'Harbour\n\n“Our sea defenses were never built for storms of this strength, and we pledged to rebuild them,” Tomas Brenn said.'],
    }).analysis;
    expect(clusterOf(variants, 'a', 'Our sea')).toBe(clusterOf(variants, 'b', 'Our sea'));
    expect(wordings(variants)).toEqual([]);
  });

  it('leaves alone a name spelt two ways, a first name against an honorific, and a number written two ways', () => {
    const { analysis } = story({
      a: ['A', 'Port\n\n“We met Mr Okafor at the Harwick docks eight times before the vote,” Lina Sorel said.'],
      b: ['B', 'Port\n\n“We met Chidi Okafor at the Harwik docks 8 times before the vote,” Lina Sorel said.'],
    });
    // One statement (so the words were compared), with no fact changed.
    expect(clusterOf(analysis, 'a', 'We met')).toBe(clusterOf(analysis, 'b', 'We met'));
    expect(wordings(analysis)).toEqual([]);
  });
});
