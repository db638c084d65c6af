/**
 * How long a surgery or a fire lasted, stated differently: "had a three-hour operation" / "was in surgery for
 * less than three hours" (both can be right); "the fire burned for seven hours" / "the four-hour blaze" (they cannot).
 * A fire is nobody's, so two sentences naming no one are compared. Invented story; expected versions written by
 * reading the sentences.
 */
import { describe, expect, it } from 'vitest';
import { story } from './story.ts';

/** Each number disagreement: its subject, whether the versions can all be right, and its versions with their articles. */
const values = (a: ReturnType<typeof story>['analysis']) =>
  a.disagreements
    .filter((d) => d.kind === 'number')
    .map((d) => [d.subject, d.compatible, d.versions.map((v) => `${v.value} (${v.sources.map((s) => s.article).join(', ')})`).sort()]);

describe('the length of a surgery or a fire', () => {
  it('compares "a three-hour operation" with "in surgery for less than three hours"', () => {
    const { analysis } = story({
      a: ['A', 'Mayor in surgery\n\nThe deputy mayor Anton Vesely said that Mayor Ilse Brandauer had a three-hour operation on her hip.'],
      b: ['B', 'Mayor recovering\n\nThe hospital said that Mayor Ilse Brandauer was in surgery for less than three hours.'],
    });
    expect(values(analysis)).toEqual([['length of the surgery: Anton Vesely, Ilse Brandauer', true, ['3 hours (a)', 'less than 3 hours (b)']]]);
  });

  it('compares the length of a fire in sentences that name nobody', () => {
    const { analysis } = story({
      a: ['A', 'Warehouse fire\n\nThe Dunmore warehouse fire burned for seven hours, the crews said.'],
      b: ['B', 'Dunmore blaze\n\nCrews brought the four-hour blaze at the Dunmore warehouse under control before dawn.'],
    });
    expect(values(analysis)).toEqual([['length of the fire', false, ['4 hours (b)', '7 hours (a)']]]);
  });
});
