/**
 * Grouping round 34: statements of shapes any story can have. Invented story: a footbridge that fell into the river
 * in the valley town of Quarnfeld. Seven tests: the four not marked `guard:` fail on b165067 (the round's start), the
 * three `guard:` tests pass on both.
 */
import { describe, expect, it } from 'vitest';
import { clusterOf, story } from './story.ts';

const thanks = 'We are proud of the valley wardens who carried the walkers out of the river before dark.';
const debt = 'We owe the wardens so much for what they did in the cold water tonight.';

describe('a quotation cut off mid-word where its copy ends', () => {
  it('joins the statement whose words it opens with, its broken last word left out', () => {
    const { analysis } = story({
      a: ['Wire A', `Footbridge falls\n\n“${thanks} Nobody should cross the old ford until it is checked,” mayor Odile Brannock said.`],
      b: ['Paper B', `Quarnfeld bridge\n\n“${thanks}” mayor Odile Brannock said on Sunday.`],
      c: ['Radio C', 'Bridge down\n\nMayor Odile Brannock spoke at the town hall on Sunday night.\n\n“We are proud of the valley wa'],
    });
    const row = clusterOf(analysis, 'a', 'We are proud');
    expect(row).toBeDefined();
    expect(clusterOf(analysis, 'b', 'We are proud')).toBe(row);
    expect(clusterOf(analysis, 'c', 'We are proud')).toBe(row);
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

describe('a partial quote of seven words or more inside another speaker’s quotation', () => {
  const sister = 'My little brother had just bought the boat and was planning a whole summer of sailing with his boys.';

  it('joins that quotation when the copy gives the words to the person they are about', () => {
    const { analysis } = story({
      a: ['Wire A', `Footbridge falls\n\n“${sister}” his sister Maren Tolvik wrote on Sunday.`],
      b: ['Paper B', `Quarnfeld mourns\n\nThe walker Jonas Tolvik was 41, his sister said, and “was planning a whole summer of sailing with his boys.”`],
      c: ['Radio C', `Bridge down\n\n“${sister}” Maren Tolvik posted on her page.`],
    });
    const row = clusterOf(analysis, 'a', 'My little brother');
    expect(row).toBeDefined();
    expect(clusterOf(analysis, 'c', 'My little brother')).toBe(row);
    expect(clusterOf(analysis, 'b', 'was planning a whole summer')).toBe(row);
  });

  it('guard: a shorter phrase another speaker is quoted saying stays apart', () => {
    const { analysis } = story({
      a: ['Wire A', `Footbridge falls\n\n“The old bridge was a danger to us all and we said so,” mayor Odile Brannock said.`],
      b: ['Paper B', `Quarnfeld bridge\n\nEngineer Piet Vollmar called the structure “a danger to us all” in a report last year.`],
      c: ['Radio C', `Bridge down\n\n“The old bridge was a danger to us all and we said so,” Odile Brannock said.`],
    });
    const row = clusterOf(analysis, 'a', 'The old bridge');
    expect(clusterOf(analysis, 'c', 'The old bridge')).toBe(row);
    expect(clusterOf(analysis, 'b', 'a danger')).not.toBe(row);
  });
});

describe('a report that names the act of speech done to someone (`She thanked the wardens …`)', () => {
  const quote = 'The Quarnfeld River Wardens and the valley divers were out on the water inside twenty minutes, and the town will not forget it';

  it('is a report of the quotation it restates, not a plain sentence', () => {
    const { analysis } = story({
      a: ['Wire A', `Footbridge falls\n\n“${quote},” mayor Odile Brannock said.`],
      b: ['Paper B', `Quarnfeld bridge\n\n“${quote},” Odile Brannock told reporters on Sunday.`],
      c: ['Radio C', 'Bridge down\n\nMayor Odile Brannock spoke at the town hall. She also thanked the river wardens and the divers.'],
    });
    const row = clusterOf(analysis, 'a', 'The Quarnfeld River Wardens');
    expect(row).toBeDefined();
    expect(clusterOf(analysis, 'b', 'The Quarnfeld River Wardens')).toBe(row);
    expect(clusterOf(analysis, 'c', 'She also thanked')).toBe(row);
  });

  it('guard: such a verb after other words is no report of the quotation', () => {
    const { analysis } = story({
      a: ['Wire A', `Footbridge falls\n\n“${quote},” mayor Odile Brannock said.`],
      b: ['Paper B', `Quarnfeld bridge\n\n“${quote},” Odile Brannock told reporters on Sunday.`],
      c: ['Radio C', 'Bridge down\n\nA photo the council shared showed the wardens and the divers getting a walker out of the water.'],
    });
    expect(clusterOf(analysis, 'c', 'A photo')).not.toBe(clusterOf(analysis, 'a', 'The Quarnfeld River Wardens'));
  });
});
