/**
 * "Noon" and "midday" are times of day: "the rally began shortly after 11.50 am" and "the marchers arrived in Pellham
 * around midday and soon began walking" are times of one start (the verb nearest the time's nearer edge tells what
 * happened). Invented story; expected versions written by reading the sentences.
 */
import { describe, expect, it } from 'vitest';
import { story } from './story.ts';

/** Each number disagreement: its subject, whether the versions can all be right, and its versions with their articles. */
const values = (a: ReturnType<typeof story>['analysis']) =>
  a.disagreements
    .filter((d) => d.kind === 'number')
    .map((d) => [d.subject, d.compatible, d.versions.map((v) => `${v.value} (${v.sources.map((s) => s.article).join(', ')})`).sort()]);

describe('noon and midday', () => {
  it('reads "around midday" as a time of day of the start it is nearest to', () => {
    const { analysis } = story({
      a: ['A', 'March in Pellham\n\nThe rally in Pellham began shortly after 11.50 am, organisers said.'],
      b: ['B', 'Pellham march\n\nThe marchers arrived in Pellham around midday and soon began walking to the town hall.'],
    });
    expect(values(analysis)).toEqual([['time of the start', true, ['after 11:50 am (a)', 'around 12:00 pm (b)']]]);
  });
});
