/**
 * Passengers counted on their own: "41 passengers and three crew members on board" against "all 44 passengers on
 * the plane" is a disagreement on the passengers, though both add up to 44 people. Invented stories; expected
 * versions written by reading the sentences.
 */
import { describe, expect, it } from 'vitest';
import { story } from './story.ts';

type Analysis = ReturnType<typeof story>['analysis'];
const aboard = (a: Analysis) =>
  a.disagreements
    .filter((d) => d.kind === 'number' && d.subject.includes('aboard'))
    .map((d) => [d.subject, d.versions.map((v) => v.value).sort()])
    .sort();

describe('passengers aboard', () => {
  it('reads a crew in words and passengers "on the plane", and compares passengers with passengers', () => {
    const { analysis } = story({
      a: ['A', 'Runway crash\n\nThe airline said there were 41 passengers and three crew members on board the flight from Dunmere.'],
      b: ['B', 'Runway crash\n\nAll 44 passengers on the plane from Dunmere were taken to the terminal unhurt.'],
    });
    expect(aboard(analysis)).toEqual([['number of passengers aboard', ['41 passengers', '44 passengers']]]);
  });

  it('guard: the same passengers and people counts agree', () => {
    const { analysis } = story({
      a: ['A', 'Runway crash\n\nThe airline said there were 41 passengers and three crew members on board the flight from Dunmere.'],
      b: ['B', 'Runway crash\n\nThe plane from Dunmere was carrying 41 passengers and three crew when it left the runway.'],
    });
    expect(aboard(analysis)).toEqual([]);
  });
});
