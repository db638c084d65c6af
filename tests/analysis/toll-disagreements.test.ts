/**
 * Death tolls as the grouping reads them ("killing at least 12 people", "left 15 dead", "a death toll of 14") are
 * compared as counts of the dead too; one number with its noun written two ways is no disagreement. Invented stories.
 */
import { describe, expect, it } from 'vitest';
import { story } from './story.ts';

const numbers = (a: ReturnType<typeof story>['analysis']) => a.disagreements.filter((d) => d.kind === 'number');

describe('death tolls stated differently', () => {
  it('finds "killing at least 12 people" and "left 15 dead" to be two tolls of one flood', () => {
    const { analysis } = story({
      a: ['A', 'Valley flood\n\nA flash flood swept through the Orvale valley overnight, killing at least 12 people.'],
      b: ['B', 'Orvale flood\n\nThe flash flood that swept through the Orvale valley left 15 dead, rescuers said.'],
    });
    expect(numbers(analysis).map((d) => d.versions.map((v) => v.value).sort())).toEqual([['15 people', 'at least 12 people']]);
    expect(numbers(analysis)[0]!.subject).toBe('number of people died');
  });

  it('reads one number of the dead written with two nouns as one version', () => {
    const { analysis } = story({
      a: ['A', 'Bus crash\n\nFive passengers were killed when the bus left the mountain road near Orvale.'],
      b: ['B', 'Orvale crash\n\nThe bus left the mountain road near Orvale, killing five people.'],
    });
    expect(numbers(analysis)).toEqual([]);
  });
});
