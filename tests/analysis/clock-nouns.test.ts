/**
 * What happened at a time of day, told by a noun of the event after "the" or "a" ("residents heard the shooting at
 * 10.10 pm") or by "were shot": both are times of one event. Invented story; expected versions written by reading
 * the sentences.
 */
import { describe, expect, it } from 'vitest';
import { story } from './story.ts';

/** Each number disagreement: its subject, whether the versions can all be right, and its versions with their articles. */
const values = (a: ReturnType<typeof story>['analysis']) =>
  a.disagreements
    .filter((d) => d.kind === 'number')
    .map((d) => [d.subject, d.compatible, d.versions.map((v) => `${v.value} (${v.sources.map((s) => s.article).join(', ')})`).sort()]);

describe('times of day told by the event noun', () => {
  it('reads "heard the shooting at" and "were shot at" as times of the event', () => {
    const { analysis } = story({
      a: ['A', 'Shooting in Orrin Lane\n\nResidents of Orrin Lane in Wexby heard the shooting at 10.10 pm from their balconies.'],
      b: ['B', 'Wexby shooting\n\nTwo doormen in Orrin Lane were shot at 10.40 pm, officers in Wexby said on the radio.'],
    });
    expect(values(analysis)).toEqual([['time of the event', false, ['10:10 pm (a)', '10:40 pm (b)']]]);
  });
});
