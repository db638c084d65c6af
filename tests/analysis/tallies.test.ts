/**
 * Counts of things an action touched ("more than 40 resignations" / "at least 47 members had resigned"):
 * compared when the action and the things are the same; a tally stated at different times may have grown.
 * Invented stories; expected versions written by reading the sentences.
 */
import { describe, expect, it } from 'vitest';
import { story } from './story.ts';

const numbers = (a: ReturnType<typeof story>['analysis']) => a.disagreements.filter((d) => d.kind === 'number');
const values = (a: ReturnType<typeof story>['analysis']) => numbers(a).map((d) => d.versions.map((v) => v.value).sort());

describe('counts of one thing', () => {
  it('compares a count of resignations with a count of members who resigned', () => {
    const { analysis } = story({
      a: ['A', 'Board revolt\n\nThe chair held on despite more than 40 board resignations, aides said.'],
      b: ['B', 'Board revolt\n\nAt least 47 members of the board had resigned by then, the chair admitted.'],
    });
    expect(values(analysis)).toEqual([['at least 47 members', 'more than 40 resignations']]);
    expect(numbers(analysis)[0]!.subject).toBe('number of resignations');
    expect(numbers(analysis)[0]!.compatible).toBe(true);
  });

  it('says counts given at different times can all be right, and counts given at no time cannot', () => {
    const timed = story({
      a: ['A', 'Rail chaos\n\nAs of 9 a.m. Monday, more than 300 trains had been cancelled, the operator said.'],
      b: ['B', 'Rail chaos\n\nBy Monday evening, over 1,100 trains had been cancelled across the region.'],
    }).analysis;
    expect(values(timed)).toEqual([['more than 1,100 trains', 'more than 300 trains']]);
    expect(numbers(timed)[0]!.compatible).toBe(true);
    const untimed = story({
      a: ['A', 'Rail chaos\n\nSome 300 trains were cancelled, the operator said.'],
      b: ['B', 'Rail chaos\n\nIn all, 1,100 trains were cancelled across the region.'],
    }).analysis;
    expect(values(untimed)).toEqual([['1,100 trains', 'about 300 trains']]);
    expect(numbers(untimed)[0]!.compatible).toBe(false);
  });

  it('keeps apart counts of other things or other actions, and shares', () => {
    const { analysis } = story({
      a: ['A', 'Rail chaos\n\nAbout 40 trains were cancelled and 12 percent of buses ran late.'],
      b: ['B', 'Rail chaos\n\nAt least 60 buses were cancelled, while 90 trains were delayed.'],
    });
    expect(numbers(analysis)).toEqual([]);
  });
});

describe('death tolls', () => {
  it('compares deaths however they are written, and leaves out the deaths of an earlier event', () => {
    const { analysis } = story({
      a: ['A', 'Quarry collapse\n\nAt least 12 people had died by Monday, the county said.'],
      b: ['B', 'Quarry collapse\n\nAt least 19 people have been confirmed dead, officials said.'],
      c: ['C', 'Quarry collapse\n\nThere were 21 deaths in all. It was the worst accident since 1998, when 40 people died at the same quarry.'],
    });
    expect(values(analysis)).toEqual([['21 deaths', 'at least 12 people', 'at least 19 people']]);
  });
});
