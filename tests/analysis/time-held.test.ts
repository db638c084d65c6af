/**
 * A person's time held or in exile, stated differently: "was held prisoner for nearly four years" / "had been behind
 * bars for more than three years" (both can be right); "nine years in the embassy" / "more than eight years of
 * self-imposed exile"; "four years in a military jail" / "held for seven years" (they cannot). A sentence handed down
 * ("sentenced …, a journalist, to 12 years in prison") is not time served. Invented story; expected versions written
 * by reading the sentences.
 */
import { describe, expect, it } from 'vitest';
import { story } from './story.ts';

/** Each time-held disagreement: its subject, whether the versions can all be right, and its versions with their articles. */
const values = (a: ReturnType<typeof story>['analysis']) =>
  a.disagreements
    .filter((d) => d.kind === 'number' && d.subject.startsWith('time '))
    .map((d) => [d.subject, d.compatible, d.versions.map((v) => `${v.value} (${v.sources.map((s) => s.article).join(', ')})`).sort()]);

describe('time held or in exile', () => {
  it('compares years behind bars and years in exile of one person', () => {
    const { analysis } = story({
      a: [
        'A',
        'Prisoners freed\n\nThe freed prisoners include the pilot Oskar Brandt, who was held prisoner for nearly four years. The publisher Ilse Maren left after nine years in the Norvan embassy.',
      ],
      b: ['B', 'Swap completed\n\nOskar Brandt had been behind bars for more than three years. Ilse Maren ended more than eight years of self-imposed exile.'],
    });
    expect(values(analysis)).toEqual([
      ['time held: Oskar Brandt', true, ['less than 4 years (a)', 'more than 3 years (b)']],
      ['time in exile: Ilse Maren', true, ['9 years (a)', 'more than 8 years (b)']],
    ]);
  });

  it('flags years that cannot both be right, and leaves a sentence handed down alone', () => {
    const { analysis } = story({
      a: [
        'A',
        'Reporter freed\n\nThe reporter Tove Lind spent four years in a military jail. A court had sentenced Tove Lind, a journalist, to 12 years in prison.',
      ],
      b: ['B', 'Lind home\n\nTove Lind, who was held for seven years, landed in Oslo.'],
    });
    expect(values(analysis)).toEqual([['time held: Tove Lind', false, ['4 years (a)', '7 years (b)']]]);
  });
});
