/**
 * A reporter's sentence that holds a partial quote of one speaker and reports another speaker in a clause of its
 * own: that clause finds the same clause in other outlets, while the quote stays a unit of its own. Invented story;
 * the expected groups are written from reading the texts.
 */
import { describe, expect, it } from 'vitest';
import { clusterOf, story } from './story.ts';

describe('a clause beside a partial quote', () => {
  it('groups with the same clause reported by another outlet', () => {
    const { analysis } = story({
      a: [
        'Daily A',
        'Port talks\n\nMayor Ana Lopes stressed the need to keep the dispute from turning into a strike, while union head Tom Reyes called the offer “final and fair”.',
      ],
      b: [
        'Daily B',
        'Port talks\n\nMayor Ana Lopes stressed the importance of talks to keep the dispute from turning into a strike, while Tom Reyes spoke of progress.',
      ],
    });
    const clause = clusterOf(analysis, 'a', 'Mayor Ana Lopes stressed');
    expect(clause).toBeDefined();
    expect(clusterOf(analysis, 'b', 'Mayor Ana Lopes stressed')).toBe(clause);
    // The partial quote is not in that row.
    expect(analysis.clusters.find((c) => c.id === clause)!.members.some((m) => m.text.includes('final and fair'))).toBe(false);
  });
});
