/**
 * One outlet quotes four sentences of a mayor in one quotation, another quotes the last three inside it, and a third
 * quotes them apart: the first three in one quotation, the fourth with a fifth in another. The three sentences are
 * not one statement (the third outlet cuts between them), so each sentence keeps a row of its own. Invented story;
 * the expected groups are written from reading the texts.
 */
import { describe, expect, it } from 'vitest';
import { clusterOf, story } from './story.ts';

const held = 'The harbour wall at Korvik withstood the storm surge overnight.';
const crews = 'The crews worked through three nights to shore it up with sandbags and steel plates.';
const test = 'Keeping the lower town dry was a real test of our planning and our pumps.';
const chance = 'The fishing families can start to rebuild their season on the old stone quay.';
const strain = 'Our spring tides still bring strain to the estuary.';

describe('a quotation inside a longer one whose sentences a third outlet quotes apart', () => {
  const { analysis } = story({
    a: ['Wire A', `Wall holds\n\n“${held} ${crews} ${test} ${chance}” Mayor Ilse Brandt said on Monday.`],
    b: ['Paper B', `Harbour saved\n\n“${test} ${chance}” Mayor Ilse Brandt said in a statement.`],
    c: ['Radio C', `Korvik dry\n\n“${held} ${crews} ${test}” Mayor Ilse Brandt said. “${chance} ${strain}” Brandt added.`],
    d: ['Daily D', `Storm passes\n\n“${held}” Mayor Ilse Brandt told reporters.`],
    e: ['Post E', `Tides ahead\n\n“${strain}” Mayor Ilse Brandt warned.`],
  });

  it('keeps apart the sentences the third outlet quotes in two quotations', () => {
    const planning = clusterOf(analysis, 'a', 'Keeping the lower town');
    const families = clusterOf(analysis, 'a', 'The fishing families');
    expect(planning).toBeDefined();
    expect(families).toBeDefined();
    expect(planning).not.toBe(families);
    expect(clusterOf(analysis, 'b', 'The fishing families')).toBe(families);
    expect(clusterOf(analysis, 'c', 'The fishing families')).toBe(families);
  });
});
