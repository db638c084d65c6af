/**
 * A copy saved without its title opens with its lead sentence, which the parser reads as the headline: when that line
 * ends with a full stop and runs to a sentence's length, its report of speech is compared as a paragraph's is.
 * Invented story.
 */
import { describe, expect, it } from 'vitest';
import { clusterOf, story } from './story.ts';

describe('a lead sentence read as a headline', () => {
  it('joins the same report in another outlet', () => {
    const { analysis } = story({
      a: [
        'A',
        'Mayor Ilse Varga said on Monday that the northern quay of Orvale would stay closed for six months to repair the storm damage.\n\nThe storm hit the harbour on Saturday night.',
      ],
      b: ['B', 'Quay to stay shut\n\nThe northern quay of Orvale will stay closed for six months to repair the storm damage, Mayor Ilse Varga said on Monday.'],
    });
    const row = clusterOf(analysis, 'b', 'The northern quay');
    expect(row).toBeDefined();
    expect(clusterOf(analysis, 'a', 'Mayor Ilse Varga said')).toBe(row);
  });

  it('leaves a headline without a full stop alone', () => {
    const { analysis } = story({
      a: [
        'A',
        'Mayor Ilse Varga says the northern quay of Orvale will stay closed for six months to repair the storm damage\n\nThe storm hit the harbour on Saturday night.',
      ],
      b: ['B', 'Quay to stay shut\n\nThe northern quay of Orvale will stay closed for six months to repair the storm damage, Mayor Ilse Varga said on Monday.'],
    });
    expect(clusterOf(analysis, 'a', 'Mayor Ilse Varga says')).toBeUndefined();
  });
});
