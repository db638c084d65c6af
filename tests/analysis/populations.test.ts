/**
 * How many people live in a place: "Karsk, home to 40,000 people", "a town of around 55,000 residents", "which has
 * a population of 40,000". Outlets round a town's population differently or take it from different years; the
 * place is the name before the number, so two towns of one story are never compared. Invented story; expected
 * versions written by reading the sentences.
 */
import { describe, expect, it } from 'vitest';
import { story } from './story.ts';

/** Each number disagreement: its subject and its versions, each with the articles that state it. */
const values = (a: ReturnType<typeof story>['analysis']) =>
  a.disagreements
    .filter((d) => d.kind === 'number')
    .map((d) => [d.subject, d.versions.map((v) => `${v.value} (${v.sources.map((s) => s.article).join(', ')})`).sort()]);

describe('the population of a place', () => {
  it('compares "home to 40,000 people", "a town of around 55,000 residents" and "a population of 40,000" of one town', () => {
    const { analysis } = story({
      a: ['A', 'Mudslide in Karsk\n\nThe worst damage was in the mountain town of Karsk, home to 40,000 people.'],
      b: ['B', 'Karsk buried\n\nKarsk, a town of around 55,000 residents, lost its main bridge in the mudslide.'],
      c: ['C', 'Mudslide\n\nKarsk took the brunt of the mudslide, which buried half of the town, which has a population of 40,000.'],
    });
    expect(values(analysis)).toEqual([['number of people living in Karsk', ['40,000 people (a, c)', 'about 55,000 people (b)']]]);
  });

  it('keeps two towns apart and reads no population without a place before it', () => {
    const { analysis } = story({
      a: ['A', 'Mudslide in Karsk\n\nThe mudslide hit Karsk, home to 40,000 people, and the capital Velim, home to 300,000 people.'],
      b: ['B', 'Karsk buried\n\nThe mudslide hit the valley, home to 90,000 people, before dawn; Velim has a population of 300,000.'],
    });
    expect(values(analysis)).toEqual([]);
  });
});
