/**
 * Grouping round 34: statements of shapes any story can have. Invented story: a footbridge that fell into the river
 * in the valley town of Quarnfeld.
 */
import { describe, expect, it } from 'vitest';
import { clusterOf, story } from './story.ts';

const thanks = 'We are grateful to the river wardens for pulling the walkers out of the water before dark.';
const debt = 'We owe the wardens so much for what they did in the cold water tonight.';

describe('a quotation cut off mid-word where its copy ends', () => {
  it('joins the statement whose words it opens with, its broken last word left out', () => {
    const { analysis } = story({
      a: ['Wire A', `Footbridge falls\n\n“${thanks} Nobody should cross the old ford until it is checked,” mayor Odile Brannock said.`],
      b: ['Paper B', `Quarnfeld bridge\n\n“${thanks}” mayor Odile Brannock said on Sunday.`],
      c: ['Radio C', 'Bridge down\n\nMayor Odile Brannock spoke at the town hall on Sunday night.\n\n“We are grateful to the river wa'],
    });
    const row = clusterOf(analysis, 'a', 'We are grateful');
    expect(row).toBeDefined();
    expect(clusterOf(analysis, 'b', 'We are grateful')).toBe(row);
    expect(clusterOf(analysis, 'c', 'We are grateful')).toBe(row);
  });

  it('joins it when the copy names nobody before it is cut', () => {
    const { analysis } = story({
      a: ['Wire A', `Footbridge falls\n\n“${debt}” mayor Odile Brannock said.`],
      b: ['Paper B', `Quarnfeld bridge\n\n“${debt}” Odile Brannock told reporters.`],
      c: ['Radio C', 'Bridge down\n\nThe walkers were cold but unhurt.\n\n“We owe the wardens so mu'],
    });
    const row = clusterOf(analysis, 'a', 'We owe');
    expect(row).toBeDefined();
    expect(clusterOf(analysis, 'c', 'We owe')).toBe(row);
  });

  it('guard: a closed quotation that ends the article keeps its last word', () => {
    const { analysis } = story({
      a: ['Wire A', '“The footbridge was inspected in May and passed,” engineer Piet Vollmar said.'],
      b: [
        'Paper B',
        'Quarnfeld bridge\n\nThe footbridge was inspected in May, said engineer Piet Vollmar.\n\n“The footbridge was inspected in May and passed”',
      ],
    });
    const members = analysis.clusters.flatMap((c) => c.members).filter((m) => m.article === 'b' && m.kind === 'direct');
    expect(members.map((m) => m.text)).toEqual(['The footbridge was inspected in May and passed']);
  });
});
