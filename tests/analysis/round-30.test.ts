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
