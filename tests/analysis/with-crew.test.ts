/**
 * A vehicle that travelled "with 52 passengers and three crew" states who was aboard: the crew beside the passengers
 * says so, as "on board" would. "With 30 people" alone does not (a meeting with 30 people, a queue with 30 people).
 * Invented stories; expected versions written by reading the sentences.
 */
import { describe, expect, it } from 'vitest';
import { aboardCounts as aboard, story } from './story.ts';

describe('passengers with their crew', () => {
  it('reads "with N passengers and N crew" as the passengers aboard', () => {
    const { analysis } = story({
      a: ['A', 'Ferry aground\n\nThe Orlen ferry left the harbour on Tuesday with 52 passengers and three crew before it ran aground.'],
      b: ['B', 'Orlen ferry\n\nThe operator said 58 passengers were on board the Orlen ferry when it ran aground.'],
    });
    expect(aboard(analysis)).toEqual([
      ['number of passengers aboard', ['52 passengers', '58 passengers']],
      ['number of people aboard', ['55 people', '58 people']],
    ]);
  });

  it('guard: "with N people" and no crew is no count of who was aboard', () => {
    const { analysis } = story({
      a: ['A', 'Ferry aground\n\nThe Orlen ferry operator met on Tuesday with 40 people from the harbour villages.'],
      b: ['B', 'Orlen ferry\n\nThe operator said 58 passengers were on board the Orlen ferry when it ran aground.'],
    });
    expect(aboard(analysis)).toEqual([]);
  });
});
