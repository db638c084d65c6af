/**
 * One outlet quotes two sentences together; other outlets quote a phrase of the first and a phrase of the second
 * apart. Each sentence is a statement with its phrases, not one row holding both. Invented story; the expected groups
 * are written from reading the texts.
 */
import { describe, expect, it } from 'vitest';
import { clusterOf, story } from './story.ts';

const both =
  'The ferry timetable has been a mess for a month and we will fix it by spring. Islanders should not pay for late boats, patchy repairs and missed connections.';

describe('phrases of two sentences of one quotation', () => {
  const { analysis } = story({
    a: ['Wire A', `Ferry apology\n\n“${both}” ferry company head Mara Quist wrote in a letter to residents.`],
    b: [
      'Paper B',
      `Timetable trouble\n\nFerry company head Mara Quist said the company would “fix it by spring”. She also apologised for “late boats, patchy repairs and missed connections.”`,
    ],
    c: ['Radio C', `Island news\n\nMara Quist promised to “fix it by spring” after a month of complaints.`],
  });

  it('gives each sentence its own row with the phrases of it', () => {
    const spring = clusterOf(analysis, 'c', 'fix it by spring');
    const boats = clusterOf(analysis, 'b', 'late boats');
    expect(spring).toBeDefined();
    expect(boats).toBeDefined();
    expect(boats).not.toBe(spring);
    expect(clusterOf(analysis, 'b', 'fix it by spring')).toBe(spring);
    expect(clusterOf(analysis, 'a', 'The ferry timetable')).toBe(spring);
    expect(clusterOf(analysis, 'a', 'Islanders should not')).toBe(boats);
  });
});

describe('guard: phrases of one sentence of a quotation', () => {
  const { analysis } = story({
    a: ['Wire A', `Ferry apology\n\n“${both}” ferry company head Mara Quist wrote in a letter to residents.`],
    b: ['Paper B', `Timetable trouble\n\nFerry company head Mara Quist said the company would “fix it by spring”.`],
    c: ['Radio C', `Island news\n\nMara Quist promised to “fix it by spring” after a month of complaints.`],
  });

  it('keeps the quotation whole', () => {
    const spring = clusterOf(analysis, 'c', 'fix it by spring');
    expect(spring).toBeDefined();
    expect(clusterOf(analysis, 'a', `${both.slice(0, 80)}`)).toBe(spring);
  });
});
