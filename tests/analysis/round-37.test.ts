/**
 * Grouping round 37: statements of shapes any story can have. Invented story: a ferry that capsized off the north
 * pier of the lake town of Orlen Vale, and its mayor who spoke after it. The tests not marked `guard:` fail on 9a61606
 * (the round's start); the `guard:` tests pass on both.
 */
import { describe, expect, it } from 'vitest';
import { clusterOf, story } from './story.ts';

const mayor = 'Orlen Vale Mayor Tamsin Greaves spoke at the lifeboat station on Sunday evening.';
const sympathy =
  'Above all I want to send my deepest sympathy to the boatman’s kin who drowned off the north pier, and to the two passengers still in hospital,';
const repairs = 'The north pier will stay closed until the divers have checked every pile beneath it,';

/** Three copies: two quote the mayor, the third (`Radio C`) reports her in a sentence of its own. */
const withReport = (report: string) =>
  story({
    a: ['Wire A', `Ferry capsized\n\n${mayor}\n\n“${sympathy}” Greaves said.`],
    b: ['Paper B', `Lake ferry\n\n“${sympathy}” Mayor Tamsin Greaves told reporters.`],
    c: ['Radio C', `Orlen Vale\n\n${mayor}\n\n${report}`],
  }).analysis;

describe('a sentence whose subject offers or expresses a feeling of theirs', () => {
  it('reports what they said (a plain sentence before), so it joins the quotation it restates', () => {
    const analysis = withReport('Greaves offered her sympathy to the unnamed boatman’s kin who drowned.');
    const row = clusterOf(analysis, 'b', 'Above all');
    expect(row).toBeDefined();
    expect(clusterOf(analysis, 'c', 'Greaves offered her')).toBe(row);
  });

  it('reports it with another noun of feeling (`her condolences`)', () => {
    const analysis = withReport('Greaves offered her condolences to the boatman’s kin who died at the pier.');
    expect(clusterOf(analysis, 'c', 'Greaves offered her')).toBe(clusterOf(analysis, 'b', 'Above all'));
  });

  it('reports it after `extended`', () => {
    const analysis = withReport('Greaves extended her sympathy to the drowned boatman’s kin and the injured passengers.');
    expect(clusterOf(analysis, 'c', 'Greaves extended her')).toBe(clusterOf(analysis, 'b', 'Above all'));
  });

  it('guard: a report opened by "She" that joined before still joins', () => {
    const analysis = withReport('She expressed her sympathy to the drowned boatman’s kin.');
    expect(clusterOf(analysis, 'c', 'She expressed her')).toBe(clusterOf(analysis, 'b', 'Above all'));
  });

  it('guard: the report stays apart from another statement of the same speaker', () => {
    const { analysis } = story({
      a: ['Wire A', `Ferry capsized\n\n${mayor}\n\n“${sympathy}” Greaves said. “${repairs}” she added.`],
      b: ['Paper B', `Lake ferry\n\n“${repairs}” Mayor Tamsin Greaves told reporters.`],
      c: ['Radio C', `Orlen Vale\n\n${mayor}\n\nGreaves offered her deepest sympathy to the boatman’s kin who drowned off the north pier.`],
    });
    const pier = clusterOf(analysis, 'b', 'The north pier');
    expect(pier).toBeDefined();
    expect(clusterOf(analysis, 'c', 'Greaves offered her')).not.toBe(pier);
  });

  it('guard: a thing offered, even her own (`offered her boat`), is no report', () => {
    for (const offer of ['Greaves offered a boat', 'Greaves offered her boat']) {
      const { analysis } = story({
        a: ['Wire A', `Ferry capsized\n\n${mayor}\n\n“${repairs}” Greaves said.`],
        b: ['Paper B', `Lake ferry\n\n${mayor}\n\n${offer} so the divers can check every pile beneath the pier.`],
      });
      const pier = clusterOf(analysis, 'a', 'The north pier');
      expect(pier).toBeDefined();
      expect(clusterOf(analysis, 'b', offer)).not.toBe(pier);
    }
  });

  it('guard: a thing offered by a company, opened by "The" and a common noun, stays apart', () => {
    const { analysis } = story({
      a: ['Wire A', `Ferry capsized\n\n“${repairs}” Greaves said.`],
      b: ['Paper B', `Lake ferry\n\nThe ferry company offered its passengers a refund while the north pier is closed and the divers check it.`],
    });
    const pier = clusterOf(analysis, 'a', 'The north pier');
    expect(pier).toBeDefined();
    expect(clusterOf(analysis, 'b', 'The ferry company')).not.toBe(pier);
  });
});
