/**
 * One outlet quotes two remarks in one quotation; the others quote the first and only report the second. The reports
 * used to join the quotation's row through its second sentence, making one row of two statements. Invented story;
 * expected rows written by reading the sentences.
 */
import { describe, expect, it } from 'vitest';
import { clusterOf, story } from './story.ts';

const BOTH =
  '“The old tram depot will become a covered market by next spring. We are also setting money aside to plant birch trees along the whole canal towpath,” Councillor Petra Lindqvist said on Tuesday.';

const ARTICLES: Record<string, [string, string]> = {
  a: ['A', `Depot plans\n\nThe depot has stood empty for a decade. ${BOTH}`],
  b: [
    'B',
    'Market for the depot\n\n“The old tram depot will become a covered market by next spring,” Lindqvist told the council. Lindqvist said the city was setting money aside to plant birch trees along the canal towpath.',
  ],
  c: [
    'C',
    'A market at last\n\n“The tram depot is going to be a covered market by next spring,” said Petra Lindqvist. Lindqvist also said money was being set aside to plant birch trees on the canal towpath.',
  ],
};

describe('a quotation whose second remark only reports carry', () => {
  it('puts the second sentence and the reports of it in a row of their own', () => {
    const { analysis } = story(ARTICLES);
    const market = clusterOf(analysis, 'b', 'The old tram depot');
    const trees = clusterOf(analysis, 'b', 'Lindqvist said the city');
    expect(market).toBeDefined();
    expect(trees).toBeDefined();
    expect(market).not.toBe(trees);
    expect(clusterOf(analysis, 'a', 'The old tram depot')).toBe(market);
    expect(clusterOf(analysis, 'c', 'The tram depot')).toBe(market);
    expect(clusterOf(analysis, 'a', 'We are also setting')).toBe(trees);
    expect(clusterOf(analysis, 'c', 'Lindqvist also said')).toBe(trees);
  });

  it('guard: two outlets quoting both sentences together keep them one statement', () => {
    const { analysis } = story({
      ...ARTICLES,
      d: ['D', `Tram depot to be a market\n\nCouncillors met on Tuesday. ${BOTH}`],
    });
    const row = clusterOf(analysis, 'a', 'The old tram depot');
    expect(row).toBeDefined();
    expect(clusterOf(analysis, 'd', 'The old tram depot')).toBe(row);
    expect(clusterOf(analysis, 'a', 'We are also setting')).toBeUndefined();
  });
});
