/**
 * A quote of one sentence that matches one sentence of another outlet's longer quotation of the same speaker, in
 * other words: compared with the whole quotation it shares too few of its words, compared with the sentence it
 * quotes it is the same remark. Invented story; expected rows written by reading the sentences.
 */
import { describe, expect, it } from 'vitest';
import { clusterOf, story } from './story.ts';

const LONG =
  '“The ferry line will reopen in March once the pier is repaired. We owe the island families nothing less than a timetable they can trust,” Mayor Ines Dalca said on Monday.';

describe('one sentence of a longer quotation', () => {
  it('joins "Ferries will run again in March when the pier is repaired" to the quotation holding that sentence', () => {
    const { analysis } = story({
      a: ['A', `Ferry to return\n\nThe island has been cut off since the storm. ${LONG}`],
      b: ['B', 'Island ferry\n\n“Ferries will run again in March when the pier is repaired,” Dalca told reporters in the harbour.'],
    });
    expect(clusterOf(analysis, 'b', 'Ferries will run')).toBeDefined();
    expect(clusterOf(analysis, 'b', 'Ferries will run')).toBe(clusterOf(analysis, 'a', 'The ferry line'));
  });

  it('splits the quotation when another outlet quotes its other sentence alone', () => {
    const { analysis } = story({
      a: ['A', `Ferry to return\n\nThe island has been cut off since the storm. ${LONG}`],
      b: ['B', 'Island ferry\n\n“Ferries will run again in March when the pier is repaired,” Dalca told reporters in the harbour.'],
      c: ['C', 'Dalca on the ferry\n\n“We owe the island families nothing less than a timetable they can trust,” Dalca said.'],
    });
    const ferry = clusterOf(analysis, 'b', 'Ferries will run');
    const owe = clusterOf(analysis, 'c', 'We owe');
    expect(ferry).toBe(clusterOf(analysis, 'a', 'The ferry line'));
    expect(owe).toBe(clusterOf(analysis, 'a', 'We owe'));
    expect(ferry).not.toBe(owe);
  });
});
