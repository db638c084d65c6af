/**
 * A reporter's frame is not the statement: the speech verb (in any form: "stressed", "stressing") and the
 * speaker's own name in "Brel stressed …" are left out when a reported sentence is compared with a statement's
 * wordings; two reported sentences naming the same speaker still share that name. Invented stories; the expected
 * groups are written from reading them.
 */
import { describe, expect, it } from 'vitest';
import { clusterOf, story } from './story.ts';

describe('a reported sentence that names its speaker', () => {
  it('is matched on what it reports, not on the name', () => {
    const { analysis } = story({
      a: ['Daily A', 'Towns\n\n“As long as the two towns trust each other and trade freely, they can settle every old dispute,” mayor Ana Brel said.'],
      b: ['Daily B', 'Towns\n\nAna Brel stressed trust between the towns, trade and patience.'],
    });
    expect(clusterOf(analysis, 'b', 'Ana Brel stressed')).toBe(clusterOf(analysis, 'a', 'As long as'));
  });
});

describe('a sentence whose only speech verb is an -ing form', () => {
  it('is reported speech, matched like any other', () => {
    const { analysis } = story({
      a: ['Daily A', 'Ferries\n\n“The night ferry will keep running all winter for every island,” minister Ana Brel said.'],
      b: ['Daily B', 'Ferries\n\nAna Brel spoke in Mora on Monday, urging that the night ferry keep running all winter.'],
    });
    // The clause that reports the statement is the member; where she spoke is not part of it.
    expect(clusterOf(analysis, 'b', 'urging that the night ferry')).toBe(clusterOf(analysis, 'a', 'The night ferry'));
  });
});

describe('two reported sentences that name the same speaker', () => {
  it('group with each other, the name counting as a word they share', () => {
    const { analysis } = story({
      a: ['Daily A', 'Vote\n\nMayor Ana Brel said she was watching the vote closely.'],
      b: ['Daily B', 'Vote\n\nAna Brel said she was watching the vote carefully.'],
    });
    const id = clusterOf(analysis, 'a', 'Mayor Ana Brel');
    expect(id).toBeDefined();
    expect(clusterOf(analysis, 'b', 'Ana Brel said')).toBe(id);
  });
});
