/**
 * A fact only reported, never quoted (a mayor's last day), that outlets state in other words: a plain sentence or a
 * reporter's sentence that shares the date the statement's wordings agree on, and an ordinary word besides, joins
 * its row; a sentence sharing only the date and the town stays out. Invented story; the expected rows are written
 * from reading it.
 */
import { describe, expect, it } from 'vitest';
import { clusterOf, story } from './story.ts';

describe('a number the statement’s wordings share, as an anchor', () => {
  const articles: Record<string, [string, string]> = {
    a: ['Harbour Post', 'Mayor quits\n\nMara Quell announced she will stand down as mayor of Port Elm no later than February 7.'],
    b: ['Coast Daily', 'Mayor to go\n\nMayor Mara Quell says she will stand down as mayor of Port Elm no later than February 7.'],
    c: ['Bay Times', 'Port Elm news\n\nThe town will need a new leader. Her term will end no later than February 7.'],
    d: ['North Wire', 'Quell leaves\n\nQuell told reporters on Tuesday that her final day in office would be no later than February 7th.'],
    e: ['Elm Weekly', 'Port Elm news\n\nThe ferry to Port Elm will run again on February 7.'],
    g: [
      'Elm Courier',
      'Quell to leave\n\nThe town will need a new leader. She will stand down no later than February 7, and she will leave the council in April.',
    ],
    f: ['Elm Record', 'Library\n\nMara Quell said the town library would reopen its doors to visitors on February 7.'],
  };

  it('lets a plain sentence with the date and a word of the statement join the reports', () => {
    const { analysis } = story(articles);
    const row = clusterOf(analysis, 'a', 'Mara Quell announced');
    expect(row).toBeDefined();
    expect(clusterOf(analysis, 'b', 'Mayor Mara Quell says')).toBe(row);
    expect(clusterOf(analysis, 'c', 'Her term will end')).toBe(row);
  });

  it('gives a report that fits no statement on its words a second look through the date', () => {
    const { analysis } = story(articles);
    expect(clusterOf(analysis, 'd', 'Quell told reporters')).toBe(clusterOf(analysis, 'a', 'Mara Quell announced'));
  });

  it('keeps out a sentence that shares only the date and the town', () => {
    const { analysis } = story(articles);
    expect(clusterOf(analysis, 'e', 'The ferry')).not.toBe(clusterOf(analysis, 'a', 'Mara Quell announced'));
  });

  it('keeps apart another statement of the same speaker on the same day', () => {
    const { analysis } = story(articles);
    expect(clusterOf(analysis, 'f', 'Mara Quell said')).not.toBe(clusterOf(analysis, 'a', 'Mara Quell announced'));
  });

  it('does not put in the row a plain sentence of two clauses, the second about something else', () => {
    const { analysis } = story(articles);
    expect(clusterOf(analysis, 'g', 'She will stand down')).not.toBe(clusterOf(analysis, 'a', 'Mara Quell announced'));
  });
});
