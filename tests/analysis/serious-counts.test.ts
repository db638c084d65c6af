/**
 * Counts of people badly hurt, however they are put: "nine were seriously hurt" (no noun) and "six hikers suffered
 * severe injuries" are counts of one state, kept apart from counts of all the injured. Invented story; expected
 * versions written by reading the sentences.
 */
import { describe, expect, it } from 'vitest';
import { story } from './story.ts';

/** Each number disagreement: its subject, whether the versions can all be right, and its versions with their articles. */
const values = (a: ReturnType<typeof story>['analysis']) =>
  a.disagreements
    .filter((d) => d.kind === 'number')
    .map((d) => [d.subject, d.compatible, d.versions.map((v) => `${v.value} (${v.sources.map((s) => s.article).join(', ')})`).sort()]);

describe('counts of people seriously injured', () => {
  it('reads a count with no noun and a count of hikers with severe injuries as one count', () => {
    const { analysis } = story({
      a: ['A', 'Rockfall on the Tarn path\n\nNine were seriously hurt when the ledge gave way, the mountain rescue team said.'],
      b: ['B', 'Tarn path rockfall\n\nSix hikers suffered severe injuries and were flown to the valley hospital by helicopter.'],
    });
    expect(values(analysis)).toEqual([['number of people seriously injured', false, ['6 hikers (b)', '9 people (a)']]]);
  });
});
