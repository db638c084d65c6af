/**
 * Counts of people in hospital, however they are put: "41 people were still hospitalised", "48 people were still in
 * hospital", "at least 45 people had to be taken to hospital" are one count. Invented story; expected versions
 * written by reading the sentences.
 */
import { describe, expect, it } from 'vitest';
import { story } from './story.ts';

/** Each number disagreement: its subject, whether the versions can all be right, and its versions with their articles. */
const values = (a: ReturnType<typeof story>['analysis']) =>
  a.disagreements
    .filter((d) => d.kind === 'number')
    .map((d) => [d.subject, d.compatible, d.versions.map((v) => `${v.value} (${v.sources.map((s) => s.article).join(', ')})`).sort()]);

describe('counts of people in hospital', () => {
  it('reads "still hospitalised", "still in hospital" and "taken to hospital" as one count', () => {
    const { analysis } = story({
      a: ['A', 'Bus crash\n\nThe fire service said 41 people were still hospitalised after the crash near Ardley.'],
      b: ['B', 'Ardley crash\n\nBy midday, 48 people were still in hospital, three of them in intensive care.'],
      c: ['C', 'Crash near Ardley\n\nAt least 45 people had to be taken to hospital, the regional health service said.'],
    });
    expect(values(analysis)).toEqual([['number of people hospitalised', false, ['41 people (a)', '48 people (b)', 'at least 45 people (c)']]]);
  });
});
