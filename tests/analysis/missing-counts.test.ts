/**
 * Counts of people still missing: "were still missing", "remained missing", "are reported missing", "unaccounted
 * for", and a bare "another 9,000 missing". Outlets give different counts of the missing as often as of the dead.
 * Invented story; expected versions written by reading the sentences.
 */
import { describe, expect, it } from 'vitest';
import { story } from './story.ts';

/** Each number disagreement: its subject and its versions, each with the articles that state it. */
const values = (a: ReturnType<typeof story>['analysis']) =>
  a.disagreements
    .filter((d) => d.kind === 'number')
    .map((d) => [d.subject, d.versions.map((v) => `${v.value} (${v.sources.map((s) => s.article).join(', ')})`).sort()]);

describe('counts of the missing', () => {
  it('compares "more than 4,000 people were still missing" with "another 9,000 missing" and "9,000 people remained missing"', () => {
    const { analysis } = story({
      a: ['A', 'Floods in Vellmar\n\nRescue teams in Vellmar said more than 4,000 people were still missing as the river kept rising.'],
      b: ['B', 'Vellmar floods\n\nMore than 2,100 people are feared dead and another 9,000 missing in the valley after the levee broke.'],
      c: ['C', 'Levee burst\n\nThe Red Lantern society said on Sunday that 9,000 people remained missing in the valley.'],
    });
    expect(values(analysis)).toEqual([['number of people missing', ['9,000 people (b, c)', 'more than 4,000 people (a)']]]);
  });

  it('reads "are reported missing" and "unaccounted for" as missing, and leaves "12 missing hikers" to the hikers', () => {
    const { analysis } = story({
      a: ['A', 'Storm on the coast\n\nAbout 300 people are reported missing along the coast, officials said.'],
      b: ['B', 'Coastal storm\n\nMore than 450 residents remain unaccounted for after the storm, the mayor said.'],
      c: ['C', 'Search goes on\n\nVolunteers joined the search for 12 missing hikers near the cliffs.'],
    });
    expect(values(analysis)).toEqual([['number of people missing', ['about 300 people (a)', 'more than 450 residents (b)']]]);
  });
});
