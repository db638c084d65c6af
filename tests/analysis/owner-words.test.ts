/**
 * One statement quoted with whose thing it is changed: outlets' quotations alike word for word around a
 * possessive (`his crew` / `this crew`, `the nets` / `our nets`). Invented stories; expected versions written
 * by reading the sentences.
 */
import { describe, expect, it } from 'vitest';
import { clusterOf, story } from './story.ts';

type Analysis = ReturnType<typeof story>['analysis'];
const values = (a: Analysis) => a.disagreements.filter((d) => d.kind === 'wording').map((d) => d.versions.map((v) => v.value).sort());

describe('whose thing it is, changed inside one quotation', () => {
  it('finds "his" against "this" in words otherwise alike', () => {
    const { analysis } = story({
      a: ['A', 'Bridge\n\n“The new bridge stands today because we owe it to his crew and to the river towns,” Pell Varnum said.'],
      b: ['B', 'Bridge\n\n“The new bridge stands today because we owe it to this crew and to the river towns,” Pell Varnum said.'],
    });
    expect(values(analysis)).toEqual([['his', 'this']]);
  });

  it('finds "the" against "our" in words otherwise alike', () => {
    const { analysis } = story({
      a: ['A', 'Nets\n\n“We will keep mending the nets of the whole fleet until the winter storms are over,” Odile Marsk said.'],
      b: ['B', 'Nets\n\nOdile Marsk said: “We will keep mending our nets of the whole fleet until the winter storms are over.”'],
    });
    expect(values(analysis)).toEqual([['our', 'the']]);
  });

  it('guard: leaves alone an owner word in brackets, one in a reworded clause, and "this" against "the"', () => {
    const { analysis } = story({
      a: ['A', 'Dock\n\n“Nobody in my family ever sailed as far north as the ice shelf,” Odile Marsk said.'],
      b: ['B', 'Dock\n\nOdile Marsk said: “Nobody in [her] family ever sailed as far north as the ice shelf.”'],
      c: ['C', 'Dock\n\n“Everyone at the dock agrees the council has made this ruling with great care for the fishers,” Pell Varnum said.'],
      d: ['D', 'Dock\n\n“Everyone at the dock agrees the council will have made her ruling with great care for the fishers,” Pell Varnum said.'],
      e: ['E', 'Dock\n\n“We have rebuilt the old crane for the dock workers of the north quay,” Ivo Brask said.'],
      f: ['F', 'Dock\n\n“We have rebuilt this old crane for the dock workers of the north quay,” Ivo Brask said.'],
    });
    expect(clusterOf(analysis, 'a', 'Nobody')).toBe(clusterOf(analysis, 'b', 'Nobody'));
    expect(clusterOf(analysis, 'c', 'Everyone')).toBe(clusterOf(analysis, 'd', 'Everyone'));
    expect(clusterOf(analysis, 'e', 'We have')).toBe(clusterOf(analysis, 'f', 'We have'));
    expect(values(analysis)).toEqual([]);
  });
});
