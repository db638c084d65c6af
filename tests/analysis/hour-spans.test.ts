/**
 * A span of hours ("between 6-7 am") gives no time of its own: its end is not a second version of the time another
 * outlet states ("took off at 6:41 am"). Invented story; expected versions written by reading the sentences.
 */
import { describe, expect, it } from 'vitest';
import { story } from './story.ts';

const times = (a: ReturnType<typeof story>['analysis']) =>
  a.disagreements.filter((d) => d.kind === 'number' && d.subject.startsWith('time of')).map((d) => d.versions.map((v) => v.value).sort());

describe('spans of hours', () => {
  it('does not read the end of "between 6-7 am" as a take-off time', () => {
    const { analysis } = story({
      a: ['A', 'Glider lost\n\nThe glider took off from Harnley at 6:41 am, the club said.'],
      b: ['B', 'Harnley glider\n\nThe glider took off from Harnley between 6-7 am and lost radio contact soon after.'],
    });
    expect(times(analysis)).toEqual([]);
  });

  it('guard: two single times of one take-off are still compared', () => {
    const { analysis } = story({
      a: ['A', 'Glider lost\n\nThe glider took off from Harnley at 6:41 am, the club said.'],
      b: ['B', 'Harnley glider\n\nThe glider took off from Harnley at 6:55 am and lost radio contact soon after.'],
    });
    expect(times(analysis)).toEqual([['6:41 am', '6:55 am']]);
  });
});
