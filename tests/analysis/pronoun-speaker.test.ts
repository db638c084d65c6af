/**
 * A reporter's sentence opened by "He" or "She" is the words of the person the sentence before names, not of the first
 * person its report names ("She said Dario Kessler's plan …" is Varga's). Invented story.
 */
import { describe, expect, it } from 'vitest';
import { clusterOf, story } from './story.ts';

describe('a report opened by a pronoun', () => {
  it('is the words of the person the sentence before names, even when it names someone else', () => {
    const { analysis } = story({
      a: [
        'A',
        'Quay dispute\n\nMayor Ilse Varga met the dock workers on Monday. She said Dario Kessler’s plan to close the northern quay would cost three hundred jobs in the harbour.',
      ],
      b: [
        'B',
        'Varga on the quay\n\nMayor Ilse Varga said on Monday that Dario Kessler’s plan to close the northern quay would cost three hundred jobs in the harbour.',
      ],
    });
    const row = clusterOf(analysis, 'b', 'Mayor Ilse Varga said');
    expect(row).toBeDefined();
    expect(clusterOf(analysis, 'a', 'She said')).toBe(row);
    expect(analysis.clusters.find((c) => c.id === row)!.speaker?.name).toBe('Ilse Varga');
  });
});
