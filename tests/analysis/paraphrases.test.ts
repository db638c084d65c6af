/**
 * A statement that some outlets quote and others only paraphrase, alike, in words of their own: the paraphrases
 * join the quoted statement when what they agree on and what the quotes agree on is half the same words, and a
 * second statement of the same speaker paraphrased with two of those words stays apart. Invented story; the
 * expected groups are written from reading the texts.
 */
import { describe, expect, it } from 'vitest';
import { clusterOf, story } from './story.ts';

describe('paraphrases of a quoted statement', () => {
  const { analysis } = story({
    a: ['Daily A', 'Dock strike\n\n“We must keep the strike out of the mines,” union leader Tom Reyes said on Monday.'],
    b: ['Daily B', 'Dock strike\n\n“We must keep the strike out of the mines,” Tom Reyes told reporters.'],
    c: [
      'Daily C',
      'Dock strike\n\nTom Reyes stressed the need to stop the strike from spreading to the mines.\n\nReyes said the mines would pay the wages of every worker during the strike.',
    ],
    d: [
      'Daily D',
      'Dock strike\n\nTom Reyes underlined the importance of stopping the strike from spreading to the mines.\n\nReyes said that the mines would pay each worker full wages during the strike.',
    ],
  });

  it('join the quote they report', () => {
    const quoted = clusterOf(analysis, 'a', 'We must keep the strike');
    expect(quoted).toBeDefined();
    expect(clusterOf(analysis, 'c', 'Tom Reyes stressed')).toBe(quoted);
    expect(clusterOf(analysis, 'd', 'Tom Reyes underlined')).toBe(quoted);
  });

  it('leave another statement of the same speaker apart', () => {
    const wages = clusterOf(analysis, 'c', 'Reyes said the mines would pay');
    expect(wages).toBeDefined();
    expect(wages).not.toBe(clusterOf(analysis, 'a', 'We must keep the strike'));
    expect(clusterOf(analysis, 'd', 'Reyes said that the mines')).toBe(wages);
  });
});
