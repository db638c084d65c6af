/**
 * How long a theft or a raid took, stated differently: "the robbery was over in six minutes" / "the robbers needed
 * eleven minutes". A theft is nobody's, so two sentences naming no one are compared; days or weeks in a theft's
 * sentence (custody, "a week ago") are no length of it, a stay inside is not the whole theft's length, and "four
 * minutes and 20 seconds" is not four minutes. Invented story; expected versions written by reading the sentences.
 */
import { describe, expect, it } from 'vitest';
import { story } from './story.ts';

/** Each number disagreement: its subject, whether the versions can all be right, and its versions with their articles. */
const values = (a: ReturnType<typeof story>['analysis']) =>
  a.disagreements
    .filter((d) => d.kind === 'number')
    .map((d) => [d.subject, d.compatible, d.versions.map((v) => `${v.value} (${v.sources.map((s) => s.article).join(', ')})`).sort()]);

describe('the length of a theft', () => {
  it('compares two outlets that time the robbery differently', () => {
    const { analysis } = story({
      a: ['A', 'Coins taken at Velmora\n\nThe robbery at the Velmora coin museum was over in six minutes.'],
      b: ['B', 'Velmora coins gone\n\nThe robbers needed eleven minutes to empty the cabinets at the Velmora coin museum.'],
    });
    expect(values(analysis)).toEqual([['length of the theft', false, ['11 minutes (b)', '6 minutes (a)']]]);
  });

  it('guard: days in a theft sentence, a stay inside, and minutes read without their seconds are not the theft’s length', () => {
    const { analysis } = story({
      a: ['A', 'Coins taken at Velmora\n\nThe robbery at the Velmora coin museum was over in six minutes.'],
      b: ['B', 'Velmora coins gone\n\nThe coins were taken in a heist almost twelve days ago.'],
      c: ['C', 'Velmora raid\n\nThe robbers remained inside for five minutes while a driver waited.'],
      e: ['E', 'Velmora custody\n\nSuspects in a theft case may be held for ten days.'],
      d: ['D', 'Velmora cameras\n\nThe cameras show the robbers at the cabinets for four minutes and 20 seconds.'],
    });
    expect(values(analysis)).toEqual([]);
  });
});
