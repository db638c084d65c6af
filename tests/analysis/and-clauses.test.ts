/**
 * A quotation of one sentence that joins two statements with ", and": taken apart clause by clause when another
 * outlet quotes the two as sentences of their own and each stands on words of its own elsewhere; kept whole when
 * no outlet ever cuts it. Invented stories; expected rows written by reading the sentences.
 */
import { describe, expect, it } from 'vitest';
import { clusterOf, story } from './story.ts';

const MIXED = {
  a: [
    'A',
    'Port row\n\n“You are risking a strike at every port, and what you are doing is unfair to the dock workers who trusted you,” Mayor Ilse Varga told the board.',
  ],
  b: ['B', 'Port row\n\n“You are risking a strike at every port, and what you are doing is unfair to the dock workers who trusted you,” Ilse Varga said.'],
  c: ['C', 'Port row\n\nIlse Varga said: “You are risking a strike at every port. And what you are doing is unfair to the dock workers who trusted you.”'],
  d: ['D', 'Port row\n\nVarga accused the board of “risking a strike at every port.”'],
  e: ['E', 'Port row\n\nIlse Varga told the board it was “risking a strike at every port.”'],
} satisfies Record<string, [string, string]>;

describe('one sentence holding two statements joined by ", and"', () => {
  it('splits the sentence between its two statements when another outlet quotes them as two sentences', () => {
    const { analysis } = story(MIXED);
    const strike = clusterOf(analysis, 'a', 'You are risking');
    expect(strike).toBeDefined();
    expect(clusterOf(analysis, 'd', 'risking')).toBe(strike);
    expect(clusterOf(analysis, 'c', 'You are risking')).toBe(strike);
    const unfair = clusterOf(analysis, 'a', 'and what you are doing');
    expect(unfair).toBeDefined();
    expect(unfair).not.toBe(strike);
    expect(clusterOf(analysis, 'b', 'and what you are doing')).toBe(unfair);
    expect(clusterOf(analysis, 'c', 'And what you are doing')).toBe(unfair);
  });

  it('keeps the sentence whole when every outlet quotes it as one sentence', () => {
    const { analysis } = story({ a: MIXED.a, b: MIXED.b, d: MIXED.d, e: MIXED.e });
    const row = clusterOf(analysis, 'a', 'You are risking');
    expect(analysis.clusters.find((c) => c.id === row)!.members.find((m) => m.article === 'a')!.text).toMatch(/trusted you,?$/);
    expect(clusterOf(analysis, 'd', 'risking')).toBe(row);
  });

  it('never cuts before a second verb of the same subject', () => {
    const { analysis } = story({
      a: [
        'A',
        'Fares\n\n“We must halt the steep rise of ferry fares for islanders, and work together to find a fair price for every rider,” Tomas Brenn said.',
      ],
      b: [
        'B',
        'Fares\n\nTomas Brenn said: “We must halt the steep rise of ferry fares for islanders. We will work together to find a fair price for every rider.”',
      ],
      c: ['C', 'Fares\n\nTomas Brenn vowed to “halt the steep rise of ferry fares for islanders.”'],
      d: ['D', 'Fares\n\nTomas Brenn promised to “work together to find a fair price for every rider.”'],
    });
    const row = clusterOf(analysis, 'a', 'We must halt');
    expect(analysis.clusters.find((c) => c.id === row)!.members.find((m) => m.article === 'a')!.text).toMatch(/every rider,?$/);
  });
});
