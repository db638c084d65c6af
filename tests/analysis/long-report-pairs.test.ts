/**
 * Two outlets' reports of one remark that no outlet quotes, each with details of its own: they share many words but
 * less than the share two short paraphrases must, and form a row when enough of those words are more than the
 * speaker's name and titles. Invented story; the expected groups are written from reading the texts.
 */
import { describe, expect, it } from 'vitest';
import { clusterOf, story } from './story.ts';

const pier = {
  a: [
    'Daily A',
    'Pier\n\nLena Varga said the western pier would stay shut until the end of March, because storm waves had loosened its old wooden piles and cracked the deck.',
  ],
  b: [
    'Daily B',
    'Pier\n\nHarbour master Lena Varga told reporters on Tuesday that engineers would replace the wooden piles and keep the western pier shut until the end of March, sending ferries to the eastern quay.',
  ],
} satisfies Record<string, [string, string]>;

describe('two long reports of one remark', () => {
  it('are one row when they share many words beyond the speaker’s name', () => {
    const { analysis } = story(pier);
    const row = clusterOf(analysis, 'a', 'Lena Varga said');
    expect(row).toBeDefined();
    expect(clusterOf(analysis, 'b', 'Harbour master')).toBe(row);
  });

  it('stay apart when what they share is mostly the speaker’s name and description', () => {
    const { analysis } = story({
      a: ['Daily A', 'Pier\n\nLena Varga, the harbour master of Port Selm, said the ferry timetable would change in the spring.'],
      b: ['Daily B', 'Pier\n\nPort Selm harbour master Lena Varga has faced calls to resign over a leaked memo about the western pier.'],
    });
    const both = analysis.clusters.filter((c) => c.members.some((m) => m.article === 'a') && c.members.some((m) => m.article === 'b'));
    expect(both).toEqual([]);
  });
});
