/**
 * A number in a quotation written in words by one outlet and in digits by another (`within fifty days` / `within 50
 * days`) is one value, not a fact changed in the quoted words. Invented story.
 */
import { describe, expect, it } from 'vitest';
import { story } from './story.ts';

describe('a quoted number in words and in digits', () => {
  it('is no wording disagreement', () => {
    const { analysis } = story({
      a: [
        'A',
        'Election called\n\n“The council will hold a new election within fifty days and the deputy mayor will run the city until then,” Mayor Ines Roller said.',
      ],
      b: [
        'B',
        'Roller calls election\n\n“The council will hold a new election within 50 days and the deputy mayor will run the city until then,” Mayor Ines Roller said on Friday.',
      ],
    });
    expect(analysis.clusters.find((c) => c.articleCount === 2)).toBeDefined();
    expect(analysis.disagreements.filter((d) => d.kind === 'wording')).toEqual([]);
  });
});
