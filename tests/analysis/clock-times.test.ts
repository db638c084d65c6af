/**
 * The time of day of one event stated differently: "the blast happened around 9.20 pm" / "took place at 9 pm on
 * Friday"; "touched down just after 6.30pm" / "landed at 5:50 pm". Times of another event hours later (an aftershock)
 * or in another time zone are not compared. Invented story; expected versions written by reading the sentences.
 */
import { describe, expect, it } from 'vitest';
import { story } from './story.ts';

/** Each number disagreement: its subject, whether the versions can all be right, and its versions with their articles. */
const values = (a: ReturnType<typeof story>['analysis']) =>
  a.disagreements
    .filter((d) => d.kind === 'number')
    .map((d) => [d.subject, d.compatible, d.versions.map((v) => `${v.value} (${v.sources.map((s) => s.article).join(', ')})`).sort()]);

describe('the time of day of one event', () => {
  it('compares "happened around 9.20 pm" with "took place at 9 pm on Friday"', () => {
    const { analysis } = story({
      a: [
        'A',
        'Blast at Orrin mill\n\nThe blast happened around 9.20 pm near the old Orrin mill, the fire brigade said. A second, smaller blast happened at 11:45 pm.',
      ],
      b: ['B', 'Orrin mill blast\n\nThe explosion took place at 9 pm on Friday, when the night shift had just begun its work.'],
    });
    expect(values(analysis)).toEqual([['time of the event', false, ['9:00 pm (b)', 'around 9:20 pm (a)']]]);
  });

  it('compares landings, and leaves alone a time hours later and a time in another zone', () => {
    const { analysis } = story({
      a: ['A', 'Envoy home\n\nThe envoy’s plane touched down just after 6.30pm local time in Velim.'],
      b: ['B', 'Envoy lands\n\nThe plane landed at 5:50 pm in Velim, and a second flight struck trouble over the hills at 11:40 pm.'],
      c: ['C', 'Envoy back\n\nThe envoy’s plane landed at 14:30 GMT at the military airfield.'],
    });
    expect(values(analysis)).toEqual([['time of the landing', false, ['5:50 pm (b)', 'after 6:30 pm (a)']]]);
  });
});
