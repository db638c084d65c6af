/**
 * A quotation of two sentences run together with a comma ("…, I am stepping down because …"), where other outlets
 * quote each sentence apart, is split between the two statements as a quote of two full sentences is. Invented
 * story; the expected rows are written from reading it.
 */
import { describe, expect, it } from 'vitest';
import { quoteParts } from '../../src/lib/analysis/units.ts';
import { clusterOf, story } from './story.ts';

describe('comma splices in a quotation', () => {
  it('cut a quote where a clause opened by a speaker’s pronoun follows a comma', () => {
    const text =
      'I’m not stepping down because it was hard, had that been so I would have quit in the first month, I am stepping down because the harbour deserves more energy.';
    expect(quoteParts(text).map(([s, e]) => text.slice(s, e).trim())).toEqual([
      'I’m not stepping down because it was hard, had that been so I would have quit in the first month,',
      'I am stepping down because the harbour deserves more energy.',
    ]);
    // A short clause before the pronoun is no sentence of its own.
    const short = 'Frankly, I think the harbour deserves more energy and a new board.';
    expect(quoteParts(short)).toEqual([[0, short.length]]);
  });

  it('split such a quote between the two statements other outlets quote apart', () => {
    const { analysis } = story({
      a: [
        'Harbour Post',
        'Mayor Mara Quell resigned on Monday.\n\n“I’m not stepping down because it was hard, had that been so I would have quit in the first month, I am stepping down because the harbour deserves a leader with fresh energy,” Quell said.',
      ],
      b: ['Coast Daily', 'Mayor Mara Quell resigned on Monday.\n\n“I am stepping down because the harbour deserves a leader with fresh energy,” Quell said.'],
      c: ['Bay Times', 'Mayor Mara Quell resigned on Monday.\n\n“I am stepping down because the harbour deserves a leader with fresh energy,” she said.'],
      d: [
        'Island Echo',
        'Mayor Mara Quell resigned on Monday.\n\n“I’m not stepping down because it was hard, had that been so I would have quit in the first month,” Quell said.',
      ],
      e: [
        'North Wire',
        'Mayor Mara Quell resigned on Monday.\n\nQuell said she was not stepping down because it was hard, or she would have quit in the first month.',
      ],
    });
    const energy = clusterOf(analysis, 'b', 'I am stepping down');
    const hard = clusterOf(analysis, 'd', 'I’m not stepping down');
    expect(energy).toBeDefined();
    expect(hard).toBeDefined();
    expect(energy).not.toBe(hard);
    expect(clusterOf(analysis, 'a', 'I am stepping down')).toBe(energy);
    expect(clusterOf(analysis, 'a', 'I’m not stepping down')).toBe(hard);
  });
});
