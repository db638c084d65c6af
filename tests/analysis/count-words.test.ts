/**
 * Counts written in words ("four shots had been fired", "Six workers were treated") are tallies as digits are, and so
 * is how often an act was done ("was shot three times", "hit twice"); the
 * whole a count is taken from ("five out of the six members") is not what the action touched. Invented stories;
 * expected versions written by reading the sentences.
 */
import { describe, expect, it } from 'vitest';
import { story } from './story.ts';

const values = (a: ReturnType<typeof story>['analysis']) =>
  a.disagreements.filter((d) => d.kind === 'number').map((d) => [d.subject, d.versions.map((v) => v.value).sort()]);

describe('counts in words', () => {
  it('compares "four shots had been fired" with "six shots were fired"', () => {
    const { analysis } = story({
      a: ['A', 'Shooting at the depot\n\nThe radio station reported that four shots had been fired at the depot gate.'],
      b: ['B', 'Depot shooting\n\nWitnesses said six shots were fired at the gate before the guards arrived.'],
    });
    expect(values(analysis)).toEqual([['number of shots fired', ['4 shots', '6 shots']]]);
  });

  it('does not count the whole a count is taken from', () => {
    const { analysis } = story({
      a: ['A', 'Boat lost\n\nFive out of the seven members of the crew were rescued by the coast guard.'],
      b: ['B', 'Crew saved\n\nFive members of the crew were rescued, the coast guard said.'],
    });
    expect(values(analysis)).toEqual([]);
  });
});

describe('how often an act was done', () => {
  it('compares "was shot three times" with "was hit twice", and leaves other times alone', () => {
    const { analysis } = story({
      a: ['A', 'Guard wounded\n\nThe depot guard was shot three times by the intruder, police said.'],
      b: ['B', 'Depot attack\n\nThe guard was hit twice, in the arm and the leg, and is in hospital. His colleague tried three times to call for help.'],
    });
    expect(values(analysis)).toEqual([['number of times hit', ['2 times', '3 times']]]);
  });
});
