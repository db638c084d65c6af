/**
 * How many people a vehicle carried ("carrying 412 passengers", "about 450 people on board", "398 passengers and 14
 * crew on board": 412): two outlets' counts disagree; a count of people still missing is not one. Invented story.
 */
import { describe, expect, it } from 'vitest';
import { story } from './story.ts';

const aboard = (a: ReturnType<typeof story>['analysis']) => a.disagreements.filter((d) => d.subject.startsWith('number of people aboard'));

describe('people aboard', () => {
  it('compares the counts of people a ferry carried, passengers and crew added up', () => {
    const { analysis } = story({
      a: ['A', 'Ferry aground\n\nThe ferry Aurora, carrying 412 passengers, ran aground off Marsal on Sunday.'],
      b: ['B', 'Marsal ferry\n\nThere were 398 passengers and 14 crew on board the Aurora when it ran aground off Marsal.'],
      c: ['C', 'Aurora aground\n\nAbout 450 people on board the ferry Aurora were taken off by lifeboats, with 20 passengers still missing.'],
    });
    expect(aboard(analysis).map((d) => d.versions.map((v) => v.value).sort())).toEqual([['412 people', 'about 450 people']]);
  });
});
