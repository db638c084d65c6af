/**
 * A reporter's sentence with no speech verb that repeats the words of a statement only reported (no outlet quotes
 * it) joins that statement's row, as it would join a quoted one. Invented story; the expected rows are written from
 * reading it.
 */
import { describe, expect, it } from 'vitest';
import { clusterOf, story } from './story.ts';

describe('a plain sentence repeating a reported statement', () => {
  const articles: Record<string, [string, string]> = {
    a: ['Harbour Post', 'Mayor quits\n\nMara Quell says she will not seek re-election and will stand down as mayor of Port Elm by May 7.'],
    b: ['Coast Daily', 'Mayor to go\n\nMara Quell announced that she would not seek re-election and would stand down as mayor of Port Elm by May 7.'],
    c: ['Bay Times', 'Port Elm news\n\nMayor Mara Quell will stand down as mayor of Port Elm on May 7 and will not seek re-election.'],
    d: ['North Wire', 'Port Elm news\n\nThe ferry to Port Elm will run again on May 7, the harbour office said.'],
  };

  it('joins the row of the reports it repeats', () => {
    const { analysis } = story(articles);
    const row = clusterOf(analysis, 'a', 'Mara Quell says');
    expect(row).toBeDefined();
    expect(clusterOf(analysis, 'b', 'Mara Quell announced')).toBe(row);
    expect(clusterOf(analysis, 'c', 'Mayor Mara Quell will stand down')).toBe(row);
    // Sharing the town and the date is not repeating the statement.
    expect(clusterOf(analysis, 'd', 'The ferry')).not.toBe(row);
  });
});
