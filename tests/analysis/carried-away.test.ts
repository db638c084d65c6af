/**
 * A reporter's sentence that holds a partial quote of one statement and reports another in a clause of its own
 * ("Lopes said the deal was “fruitful and fair,” noting an agreement to reopen the quay"): the row of the other
 * statement keeps only the reporter's clause, and the quote's clause stays with the quote's statement. Invented
 * story; the expected groups are written from reading the texts.
 */
import { describe, expect, it } from 'vitest';
import { clusterOf, story } from './story.ts';

const texts = {
  a: ['Daily A', 'Harbour deal\n\n“This deal is fruitful and fair for every family on the coast,” Mayor Ana Lopes said on Monday.'],
  b: ['Daily B', 'Harbour deal\n\n“This deal is fruitful and fair for every family on the coast,” said Mayor Ana Lopes.'],
  c: ['Daily C', 'Harbour deal\n\n“We agreed to reopen the northern quay and hire forty new pilots before winter,” Mayor Ana Lopes said.'],
  d: ['Daily D', 'Harbour deal\n\n“We agreed to reopen the northern quay and hire forty new pilots before winter,” Ana Lopes told reporters.'],
  e: [
    'Daily E',
    'Harbour deal\n\nMayor Ana Lopes said the deal was “fruitful and fair,” noting in particular an agreement to reopen the northern quay and hire forty new pilots before winter.',
  ],
} satisfies Record<string, [string, string]>;

describe('a sentence whose partial quote belongs to another statement', () => {
  it('leaves the quote’s clause to the quote’s row', () => {
    const { analysis } = story(texts);
    const quay = clusterOf(analysis, 'c', 'We agreed to reopen');
    const deal = clusterOf(analysis, 'a', 'This deal is fruitful');
    expect(quay).toBeDefined();
    expect(deal).toBeDefined();
    expect(quay).not.toBe(deal);
    // The reporter's clause reports the quay agreement; the quoted words report the deal.
    expect(clusterOf(analysis, 'e', 'noting in particular')).toBe(quay);
    expect(clusterOf(analysis, 'e', 'fruitful and fair')).toBe(deal);
    const quayRow = analysis.clusters.find((c) => c.id === quay)!;
    expect(quayRow.members.some((m) => m.article === 'e' && m.text.includes('fruitful'))).toBe(false);
  });

  it('cuts at a turn the reporter marks with “even as”', () => {
    const { analysis } = story({
      ...texts,
      e: [
        'Daily E',
        'Harbour deal\n\nMayor Ana Lopes agreed to reopen the northern quay and hire forty new pilots before winter, even as she called the deal “fruitful and fair”.',
      ],
    });
    const quay = clusterOf(analysis, 'c', 'We agreed to reopen');
    expect(clusterOf(analysis, 'e', 'Mayor Ana Lopes agreed')).toBe(quay);
    expect(analysis.clusters.find((c) => c.id === quay)!.members.some((m) => m.article === 'e' && m.text.includes('even as'))).toBe(false);
    expect(clusterOf(analysis, 'e', 'fruitful and fair')).toBe(clusterOf(analysis, 'a', 'This deal is fruitful'));
  });
});
