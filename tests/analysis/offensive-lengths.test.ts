/**
 * How long an offensive took: "an advance of some 26 days from the coast" and "their offensive had lasted five
 * weeks" are lengths of one campaign that names nobody (as a fire's length is); "stocked food two weeks in
 * advance" is no advance. Invented story; expected versions written by reading the sentences.
 */
import { describe, expect, it } from 'vitest';
import { story } from './story.ts';

/** Each number disagreement: its subject, whether the versions can all be right, and its versions with their articles. */
const values = (a: ReturnType<typeof story>['analysis']) =>
  a.disagreements
    .filter((d) => d.kind === 'number')
    .map((d) => [d.subject, d.compatible, d.versions.map((v) => `${v.value} (${v.sources.map((s) => s.article).join(', ')})`).sort()]);

describe('the length of an offensive', () => {
  it('compares the lengths of an advance and an offensive, and leaves "in advance" alone', () => {
    const { analysis } = story({
      a: ['A', 'Varn falls\n\nInsurgent columns reached Varn after an advance of some 26 days from the coast.'],
      b: ['B', 'Rebels in Varn\n\nMilitia commanders said their offensive on Varn had lasted five weeks.'],
      c: ['C', 'Varn taken\n\nResidents of Varn said they had stocked food two weeks in advance.'],
    });
    expect(values(analysis)).toEqual([['length of the offensive', false, ['35 days (b)', 'about 26 days (a)']]]);
  });
});
