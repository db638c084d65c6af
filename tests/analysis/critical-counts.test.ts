/**
 * Counts of people in critical condition, however they are put: "seven were still in critical condition" (no noun)
 * and "nine pupils and a driver were in critical condition" (the count after "and" is part of the first) are counts
 * of one state. Invented story; expected versions written by reading the sentences.
 */
import { describe, expect, it } from 'vitest';
import { story } from './story.ts';

/** Each number disagreement: its subject, whether the versions can all be right, and its versions with their articles. */
const values = (a: ReturnType<typeof story>['analysis']) =>
  a.disagreements
    .filter((d) => d.kind === 'number')
    .map((d) => [d.subject, d.compatible, d.versions.map((v) => `${v.value} (${v.sources.map((s) => s.article).join(', ')})`).sort()]);

describe('counts of people in critical condition', () => {
  it('reads a count with no noun and a count of pupils in critical condition as one count', () => {
    const { analysis } = story({
      a: ['A', 'School bus crash\n\nSeven were still in critical condition late on Thursday, a county spokesman said.'],
      b: ['B', 'Bus crash near Welby\n\nAmong the injured, nine pupils and a driver were in critical condition at Welby General.'],
    });
    expect(values(analysis)).toEqual([['number of people in critical condition (Thursday)', false, ['7 people (a)', '9 pupils (b)']]]);
  });
});
