/**
 * Grouping round 36: statements of shapes any story can have. Invented story: a rider lost on the moor above the
 * hill town of Wendmoor, and the county sheriff who spoke for the search. Ten tests: the four not marked `guard:`
 * fail on 7458284 (the round's start), the six `guard:` tests pass on both (the two on a report opened by "He"
 * pass there too: the invented stories group alike before and after, though the rule moves a member of a real one).
 */
import { describe, expect, it } from 'vitest';
import { buildUnits } from '../../src/lib/analysis/units.ts';
import { clusterOf, story } from './story.ts';

const visit = 'I have visited Nell Varrow’s parents at their farm below the quarry.';
const standDown = 'The mountain rescue team will stand down on Thursday after five nights on the hill.';
const opening = 'Harlow County Sheriff Bram Oakhurst spoke to reporters at the Wendmoor fire station on Tuesday.';

describe('a report whose reporting clause names its speaker by a title', () => {
  it('is the title holder’s when it opens with the title and its verb, not the person it is about', () => {
    const { analysis } = story({
      a: ['Wire A', `Rider found\n\n${opening}\n\nThe county sheriff said that he had visited Nell Varrow’s parents at their farm below the quarry.`],
      b: ['Paper B', `Wendmoor search\n\nSheriff Bram Oakhurst said he had visited Nell Varrow’s parents at their farm below the quarry.`],
      c: ['Radio C', `Moor search\n\n“${visit}” Sheriff Bram Oakhurst said.`],
    });
    const row = clusterOf(analysis, 'b', 'Sheriff Bram Oakhurst said');
    expect(row).toBeDefined();
    expect(clusterOf(analysis, 'a', 'The county sheriff said')).toBe(row);
  });

  it('is the title holder’s when the sentence closes with the verb and the title', () => {
    const { analysis } = story({
      a: ['Wire A', `Rider found\n\n${opening}\n\nNell Varrow knew every bridle path on the moor and rode out before dawn most days, said the county sheriff.`],
      b: ['Paper B', `Wendmoor search\n\nSheriff Bram Oakhurst said Nell Varrow knew every bridle path on the moor and rode out before dawn most days.`],
    });
    const row = clusterOf(analysis, 'b', 'Sheriff Bram Oakhurst said');
    expect(row).toBeDefined();
    expect(clusterOf(analysis, 'a', 'Nell Varrow knew')).toBe(row);
  });

  it('guard: a report opened by "He" right after it is the same speaker’s', () => {
    const { analysis } = story({
      a: [
        'Wire A',
        `Rider found\n\n${opening}\n\nThe county sheriff said the search had ended at first light.\n\nHe said that Nell Varrow had been riding alone toward the old quarry when her horse came back without her.`,
      ],
      b: [
        'Paper B',
        `Wendmoor search\n\nSheriff Bram Oakhurst said Nell Varrow had been riding alone toward the old quarry when her horse came back without her.`,
      ],
    });
    const row = clusterOf(analysis, 'b', 'Sheriff Bram Oakhurst said');
    expect(row).toBeDefined();
    expect(clusterOf(analysis, 'a', 'He said that Nell')).toBe(row);
  });
});

describe('a report opened by "He" after a quotation that names someone', () => {
  it('guard: is the quotation’s speaker’s, not the person named inside the quotation marks', () => {
    const { analysis } = story({
      a: [
        'Wire A',
        `Rider found\n\n${opening}\n\n“Nell never once missed a morning on that moor,” Oakhurst said.\n\nHe said that Nell Varrow had trained the young horse herself over the whole of last winter.`,
      ],
      b: ['Paper B', `Wendmoor search\n\nSheriff Bram Oakhurst said Nell Varrow had trained the young horse herself over the whole of last winter.`],
    });
    const row = clusterOf(analysis, 'b', 'Sheriff Bram Oakhurst said');
    expect(row).toBeDefined();
    expect(clusterOf(analysis, 'a', 'He said that Nell')).toBe(row);
  });

  it('guard: a report opened by "He" after a sentence naming one person outside quotes is still that person’s', () => {
    const { records } = story({
      a: ['Wire A', `Rider found\n\n${opening}\n\nFarmer Ewan Tarrant found the horse by the gate. He said that the saddle was still wet from the ford.`],
    });
    const people = records[0]!.people.map((p) => p.id);
    expect(people).toContain('ewan-tarrant');
    const { analysis } = story({
      a: ['Wire A', `Rider found\n\n${opening}\n\nFarmer Ewan Tarrant found the horse by the gate. He said that the saddle was still wet from the ford.`],
      b: ['Paper B', 'Wendmoor search\n\nEwan Tarrant said the saddle was still wet from the ford.'],
    });
    const row = clusterOf(analysis, 'b', 'Ewan Tarrant said');
    expect(row).toBeDefined();
    expect(clusterOf(analysis, 'a', 'He said that the saddle')).toBe(row);
  });
});

describe('guard: what must not join', () => {
  it('two different statements of the title holder each join their own row, apart', () => {
    const { analysis } = story({
      a: [
        'Wire A',
        `Rider found\n\n${opening}\n\nThe county sheriff said that he had visited Nell Varrow’s parents at their farm below the quarry.\n\nThe county sheriff said the mountain rescue team would stand down on Thursday after five nights on the hill.`,
      ],
      b: [
        'Paper B',
        'Wendmoor search\n\nSheriff Bram Oakhurst said he had visited Nell Varrow’s parents at their farm below the quarry.\n\nSheriff Bram Oakhurst said the mountain rescue team would stand down on Thursday after five nights on the hill.',
      ],
      c: ['Radio C', `Moor search\n\n“${visit}” Sheriff Bram Oakhurst said.\n\n“${standDown}” he added.`],
    });
    const visitRow = clusterOf(analysis, 'a', 'The county sheriff said that he had visited');
    const rescue = clusterOf(analysis, 'a', 'The county sheriff said the mountain');
    expect(visitRow).toBeDefined();
    expect(rescue).toBeDefined();
    expect(visitRow).not.toBe(rescue);
  });

  it('guard: a title two people of the article hold names neither', () => {
    const { analysis } = story({
      a: [
        'Wire A',
        `Rider found\n\n${opening}\n\nDeputy Sheriff Lise Carrow and Deputy Sheriff Tom Ashby led the dogs.\n\nThe deputy sheriff said that Nell Varrow’s horse had been found grazing near the cattle grid at dusk.`,
      ],
      b: ['Paper B', 'Wendmoor search\n\nSheriff Bram Oakhurst said Nell Varrow’s horse had been found grazing near the cattle grid at dusk.'],
      c: ['Radio C', 'Moor search\n\n“Nell Varrow’s horse was found grazing near the cattle grid at dusk,” Sheriff Bram Oakhurst said.'],
    });
    const row = clusterOf(analysis, 'b', 'Sheriff Bram Oakhurst said');
    expect(row).toBeDefined();
    expect(clusterOf(analysis, 'a', 'The deputy sheriff said')).not.toBe(row);
  });
});

describe('a title asked for without `former`', () => {
  const mayors = 'Wendmoor Mayor Agathe Pellow and former Wendmoor Mayor Rufus Kell joined the search party at dawn.';

  it('names the sitting holder, not the one who held it before', () => {
    const { analysis } = story({
      a: ['Wire A', `Rider found\n\n${mayors}\n\nThe Wendmoor mayor said that Nell Varrow’s family had asked for quiet while they waited at the farm.`],
      b: ['Paper B', 'Wendmoor search\n\nMayor Agathe Pellow said Nell Varrow’s family had asked for quiet while they waited at the farm.'],
      c: ['Radio C', 'Moor search\n\n“Nell Varrow’s family have asked for quiet while they wait at the farm,” Mayor Agathe Pellow said.'],
    });
    const row = clusterOf(analysis, 'b', 'Mayor Agathe Pellow said');
    expect(row).toBeDefined();
    expect(clusterOf(analysis, 'a', 'The Wendmoor mayor said')).toBe(row);
  });

  it('guard: a title asked for with `former` names the former holder', () => {
    const { analysis } = story({
      a: ['Wire A', `Rider found\n\n${mayors}\n\nThe former mayor said that Nell Varrow had ridden in the Wendmoor show every summer since she was a girl.`],
      b: ['Paper B', 'Wendmoor search\n\nMayor Agathe Pellow said Nell Varrow had ridden in the Wendmoor show every summer since she was a girl.'],
      c: ['Radio C', 'Moor search\n\n“Nell Varrow has ridden in the Wendmoor show every summer since she was a girl,” Mayor Agathe Pellow said.'],
    });
    const row = clusterOf(analysis, 'b', 'Mayor Agathe Pellow said');
    expect(row).toBeDefined();
    expect(clusterOf(analysis, 'a', 'The former mayor said')).not.toBe(row);
  });

  it('guard: a body named after `of` in a person’s title is the body, not the person (`The riding club said …`)', () => {
    const { records } = story({
      a: [
        'Wire A',
        'Rider found\n\nIda Prowse, secretary of the Wendmoor Riding Club, met the search party at the gate.\n\nThe riding club said 40 of its members had walked the lower moor on Monday.',
      ],
    });
    const report = buildUnits(records).find((u) => u.text.startsWith('The riding club said'));
    expect(report).toBeDefined();
    expect(report!.speakerId).toBeNull();
  });
});
