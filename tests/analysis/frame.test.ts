/**
 * A reporter's frame is not the statement: the speech verb and the speaker's own name in "Brel stressed …" are
 * left out when a reported sentence is matched. Invented story; the expected group is written from reading it.
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
