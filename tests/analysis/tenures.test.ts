/**
 * How long a state has lasted: a person's years in office and a war's years, counted whole ("four years" is
 * four to five). Invented stories; expected versions written by reading the sentences.
 */
import { describe, expect, it } from 'vitest';
import { story } from './story.ts';

const numbers = (a: ReturnType<typeof story>['analysis']) => a.disagreements.filter((d) => d.kind === 'number');
const values = (a: ReturnType<typeof story>['analysis']) => numbers(a).map((d) => d.versions.map((v) => v.value).sort());

describe('time in office', () => {
  it('finds two outlets giving one mayor different years in office, which cannot both be right', () => {
    const { analysis } = story({
      a: ['A', 'Mayor quits\n\nMayor Ilse Varga has quit, ending three-and-a-half stormy years in office.'],
      b: ['B', 'Varga goes\n\nShe leaves after four bruising years in office, Mayor Ilse Varga told the council.'],
    });
    expect(values(analysis)).toEqual([['3.5 years', '4 years']]);
    expect(numbers(analysis)[0]!.subject).toBe('time in office: Ilse Varga');
    expect(numbers(analysis)[0]!.compatible).toBe(false);
  });

  it('reads roundings of one span as compatible: "almost six and a half", "six", "just over six"', () => {
    const { analysis } = story({
      a: ['A', 'Premier leaves\n\nDuring almost six and a half years as premier, Tomas Brenn rebuilt the port.'],
      b: ['B', 'Brenn out\n\nTomas Brenn is stepping down after six years in the role.'],
      c: ['C', 'Brenn resigns\n\nTomas Brenn will step down after just over six years in power.'],
    });
    expect(values(analysis)).toEqual([['6 years', 'less than 6.5 years', 'more than 6 years']]);
    expect(numbers(analysis)[0]!.compatible).toBe(true);
  });

  it('counts "years as" only before an office', () => {
    const { analysis } = story({
      a: ['A', 'Profile\n\nTomas Brenn spent five years as a student of music in Orvale.'],
      b: ['B', 'Profile\n\nTomas Brenn spent two years as a student of law.'],
    });
    expect(numbers(analysis)).toEqual([]);
  });
});

describe('length of a war', () => {
  it('compares "its two-year war" with "now in its third year", which can both be right', () => {
    const { analysis } = story({
      a: ['A', 'Talks\n\nThe envoy hopes to end Dravia’s two-year war with its northern neighbour.'],
      b: ['B', 'Talks\n\nThe envoy arrived to discuss the war, now in its third year.'],
    });
    expect(values(analysis)).toEqual([['2 years', 'more than 2 years']]);
    expect(numbers(analysis)[0]!.subject).toBe('length of the war');
    expect(numbers(analysis)[0]!.compatible).toBe(true);
  });
});
