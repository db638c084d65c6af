/**
 * Passengers counted on their own: "41 passengers and three crew members on board" against "all 44 passengers on
 * the plane" is a disagreement on the passengers, though both add up to 44 people. Invented stories; expected
 * versions written by reading the sentences.
 */
import { describe, expect, it } from 'vitest';
import { aboardCounts as aboard, story } from './story.ts';

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

// Everyone taken off a vehicle is everyone who was aboard: "the crew evacuated all 58 passengers and four crew members"
// counts the passengers as "all 61 passengers on board" does, so the two disagree.
describe('evacuated all', () => {
  it('reads "evacuated all N passengers" as the passengers aboard', () => {
    const { analysis } = story({
      a: ['A', 'Ferry fire\n\nDeckhands evacuated all 58 passengers and four crew members before the Tarrow ferry sank.'],
      b: ['B', 'Tarrow ferry\n\nAll 61 passengers on board the ferry from Tarrow reached the shore in lifeboats.'],
    });
    expect(aboard(analysis)).toEqual([
      ['number of passengers aboard', ['58 passengers', '61 passengers']],
      ['number of people aboard', ['61 people', '62 people']],
    ]);
  });

  it('guard: the same count evacuated and carried agrees', () => {
    const { analysis } = story({
      a: ['A', 'Ferry fire\n\nDeckhands evacuated all 58 passengers before the Tarrow ferry sank.'],
      b: ['B', 'Tarrow ferry\n\nThe ferry from Tarrow was carrying 58 passengers when the fire broke out.'],
    });
    expect(aboard(analysis)).toEqual([]);
  });
});
