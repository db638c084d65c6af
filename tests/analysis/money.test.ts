/**
 * Sums of money given to one thing ("$40 million in flood relief" / "millions of dollars in relief"); sums for
 * other things are never compared. Invented stories; expected versions written by reading the sentences.
 */
import { describe, expect, it } from 'vitest';
import { story } from './story.ts';

const sums = (a: ReturnType<typeof story>['analysis']) => a.disagreements.filter((d) => d.subject.startsWith('sum of money'));

describe('sums of money', () => {
  it('compares two stated sums for one thing, and a sum in words with a stated one', () => {
    const stated = story({
      a: ['A', 'Floods\n\nThe premier promised $40 million in flood relief on Monday.'],
      b: ['B', 'Floods\n\nThe premier promised $55 million in flood relief to the valley.'],
    }).analysis;
    expect(sums(stated).map((d) => [d.subject, d.versions.map((v) => v.value).sort(), d.compatible])).toEqual([
      ['sum of money: relief', ['$40 million', '$55 million'], false],
    ]);
    const vague = story({
      a: ['A', 'Floods\n\nThe premier promised $40 million in flood relief on Monday.'],
      b: ['B', 'Floods\n\nThe premier reminded the valley of the millions of dollars in relief it had received.'],
    }).analysis;
    expect(sums(vague).map((d) => d.compatible)).toEqual([true]);
  });

  it('leaves alone sums for different things', () => {
    const { analysis } = story({
      a: ['A', 'Floods\n\nThe premier promised $40 million in flood relief on Monday.'],
      b: ['B', 'Floods\n\nThe premier opened a $45 million stadium on Monday.'],
    });
    expect(sums(analysis)).toEqual([]);
  });
});
