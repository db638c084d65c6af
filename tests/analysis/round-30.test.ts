/**
 * Grouping round 30: a short phrase quoted alone that is one half of a pair its speaker's longer phrase joins with
 * `and` or `or` (src/lib/analysis/conjuncts.ts). Invented story: a harbour strike in the lake town of Brennvik.
 */
import { describe, expect, it } from 'vitest';
import { clusterOf, story } from './story.ts';

describe('one half of a quoted pair beside the whole pair', () => {
  it('joins the last half, two words long, to the pair of its speaker', () => {
    const { analysis } = story({
      a: ['Wire A', 'Brennvik strike\n\nUnion steward Saskia Vrede called the pay offer “hasty and deeply unfair” on Tuesday.'],
      b: ['Paper B', 'Dockers vote\n\nThe offer was “deeply unfair,” Saskia Vrede said, as ferries waited off the breakwater.'],
    });
    const row = clusterOf(analysis, 'a', 'hasty and deeply unfair');
    expect(row).toBeDefined();
    expect(clusterOf(analysis, 'b', 'deeply unfair')).toBe(row);
  });

  it('joins the first half, one word long, to the pair of its speaker', () => {
    const { analysis } = story({
      a: ['Wire A', 'Brennvik strike\n\nPort director Tobias Lunn called the walkout “unlawful or close to it” on Tuesday.'],
      b: ['Paper B', 'Cranes idle\n\nThe walkout was “unlawful,” Tobias Lunn told the lake radio station before noon.'],
    });
    const row = clusterOf(analysis, 'a', 'unlawful or close to it');
    expect(row).toBeDefined();
    expect(clusterOf(analysis, 'b', 'unlawful')).toBe(row);
  });

  it('guard: keeps the half apart when another speaker says it', () => {
    const { analysis } = story({
      a: ['Wire A', 'Brennvik strike\n\nUnion steward Saskia Vrede called the pay offer “hasty and deeply unfair” on Tuesday.'],
      b: ['Paper B', 'Dockers vote\n\nThe offer was “deeply unfair,” councillor Hedda Kroon said, as ferries waited off the breakwater.'],
    });
    expect(clusterOf(analysis, 'b', 'deeply unfair')).not.toBe(clusterOf(analysis, 'a', 'hasty and deeply unfair'));
  });
});

/** The subject of each title disagreement. */
const offices = (a: ReturnType<typeof story>['analysis']) => a.disagreements.filter((d) => d.kind === 'title').map((d) => d.subject);

describe('an office as outlets word it around the name', () => {
  it('reads a word before the title in the text, `ousted`, as a past office like `former`', () => {
    const { analysis } = story({
      a: ['Wire A', 'Brennvik strike\n\nFormer Mayor Tobias Lunn joined the dockers at the gates on Tuesday.'],
      b: ['Paper B', 'Dockers march\n\nThe ousted Mayor Tobias Lunn marched with the dockers to the ferry pier.'],
    });
    expect(offices(analysis)).toEqual([]);
  });

  it('reads `former` a few words before the title in the text, past the place it names', () => {
    const { analysis } = story({
      a: ['Wire A', 'Brennvik strike\n\nFormer Harbour Minister Hedda Kroon urged both sides to talk.'],
      b: ['Paper B', 'Talks urged\n\nThe strike was criticised by former Brennvik harbour minister Hedda Kroon on Tuesday.'],
    });
    expect(offices(analysis)).toEqual([]);
  });

  it('reads `Justice` before a name as the office of a judge', () => {
    const { analysis } = story({
      a: ['Wire A', 'Brennvik strike\n\nJustice Saskia Vrede ordered the pickets to leave the quay by Friday.'],
      b: ['Paper B', 'Court order\n\nJudge Saskia Vrede gave the pickets until Friday to leave the quay.'],
    });
    expect(offices(analysis)).toEqual([]);
  });

  it('gives no office to a person the title calls the husband of an office holder', () => {
    const { analysis } = story({
      a: ['Wire A', 'Brennvik strike\n\nTobias Lunn, husband of Mayor Hedda Kroon, brought coffee to the pickets.'],
      b: ['Paper B', 'Pickets fed\n\nCouncillor Tobias Lunn brought coffee to the pickets at dawn.'],
    });
    expect(offices(analysis)).toEqual([]);
  });

  it('gives no office from a clause of the person’s career inside the title', () => {
    const { analysis } = story({
      a: ['Wire A', 'Brennvik strike\n\nHedda Kroon, a harbour councillor who became fisheries minister, will lead the talks.'],
      b: ['Paper B', 'Talks named\n\nFisheries Minister Hedda Kroon will lead the talks with the dockers.'],
    });
    expect(offices(analysis)).toEqual([]);
  });

  it('guard: still sets a former holder against the holder when nothing before the title says past', () => {
    const { analysis } = story({
      a: ['Wire A', 'Brennvik strike\n\nFormer Mayor Tobias Lunn joined the dockers at the gates on Tuesday.'],
      b: ['Paper B', 'Dockers march\n\nMayor Tobias Lunn marched with the dockers to the ferry pier.'],
    });
    expect(offices(analysis)).toEqual(['office of Tobias Lunn']);
  });

  it('guard: reads no past office off the same title before another person’s name', () => {
    const { analysis } = story({
      a: ['Wire A', 'Brennvik strike\n\nMayor Tobias Lunn joined the dockers at the gates on Tuesday.'],
      b: ['Paper B', 'Dockers march\n\nFormer Mayor Hedda Kroon walked beside Mayor Tobias Lunn to the ferry pier.'],
    });
    expect(offices(analysis)).toEqual([]);
  });
});
