/**
 * Counts of things an action touched, in two more forms: an adverb before the verb ("were safely evacuated") and a
 * second count joined to the first ("412 guests and 30 staff were evacuated": the verb is both counts'). Invented
 * story; expected versions written by reading the sentences.
 */
import { describe, expect, it } from 'vitest';
import { story } from './story.ts';

const values = (a: ReturnType<typeof story>['analysis']) =>
  a.disagreements.filter((d) => d.kind === 'number').map((d) => [d.subject, d.versions.map((v) => v.value).sort()]);

describe('counts with an adverb or a second count before the verb', () => {
  it('compares "all 442 guests were safely evacuated" with "all 412 guests and 30 staff were evacuated"', () => {
    const { analysis } = story({
      a: ['A', 'Hotel fire\n\nAll 442 guests were safely evacuated from the Hotel Marisol on Sunday night, the fire brigade said.'],
      b: ['B', 'Blaze at the Marisol\n\nFirefighters said all 412 guests and 30 staff were evacuated before the roof fell in.'],
    });
    expect(values(analysis)).toEqual([['number of guests evacuated (Sunday)', ['412 guests', '442 guests']]]);
  });
});
