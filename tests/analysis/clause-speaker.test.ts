/**
 * A reporter's sentence whose first clause reports an institution and whose last names a person ("City hall
 * urged …, while Tom Reyes called for …"): the first clause is not the person's, so it may join the statement
 * another outlet quotes from someone else in the same words. Invented story; the expected groups are written
 * from reading the texts.
 */
import { describe, expect, it } from 'vitest';
import { clusterOf, story } from './story.ts';

describe('a clause before the name of the sentence’s speaker', () => {
  it('is given to nobody, and joins the statement it repeats', () => {
    const { analysis } = story({
      a: ['Daily A', 'Flood plan\n\n“Residents must stop building new homes on the flood plain,” Mayor Lena Okafor said.'],
      b: ['Daily B', 'Flood plan\n\n“Residents must stop building new homes on the flood plain,” said Mayor Lena Okafor.'],
      c: [
        'Daily C',
        'Flood plan\n\nCity hall urged residents to stop building new homes on the flood plain, while union leader Tom Reyes called for calm at the harbour.',
      ],
    });
    const plain = clusterOf(analysis, 'a', 'Residents must stop');
    expect(plain).toBeDefined();
    expect(clusterOf(analysis, 'c', 'City hall urged')).toBe(plain);
    // The clause about Reyes is not part of that row.
    const row = analysis.clusters.find((c) => c.id === plain)!;
    expect(row.members.some((m) => m.article === 'c' && m.text.includes('Reyes'))).toBe(false);
  });
});
