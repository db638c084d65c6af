/**
 * A departure is its own moment of the day: "the charter took off from Vellmar at 7:12 am" and "the plane departed
 * around 7:14 am" state one take-off two ways, while the landing the same sentence names later is another moment.
 * Invented story; expected versions written by reading the sentences.
 */
import { describe, expect, it } from 'vitest';
import { story } from './story.ts';

/** Each number disagreement: its subject, whether the versions can all be right, and its versions with their articles. */
const values = (a: ReturnType<typeof story>['analysis']) =>
  a.disagreements
    .filter((d) => d.kind === 'number')
    .map((d) => [d.subject, d.compatible, d.versions.map((v) => `${v.value} (${v.sources.map((s) => s.article).join(', ')})`).sort()]);

describe('departure times', () => {
  it('finds two times given for one take-off', () => {
    const { analysis } = story({
      a: ['A', 'Charter flight\n\nThe charter took off from Vellmar at 7:12 am with a crew of four, the operator said.'],
      b: ['B', 'Vellmar charter\n\nThe small plane departed from Vellmar at 7:19 am, according to the airfield manager.'],
    });
    expect(values(analysis)).toEqual([['time of the departure', false, ['7:12 am (a)', '7:19 am (b)']]]);
  });

  it('guard: a take-off and a landing hours later are not one time', () => {
    const { analysis } = story({
      a: ['A', 'Charter flight\n\nThe charter took off from Vellmar at 7:12 am and landed in Orrisby at 9:50 am.'],
      b: ['B', 'Vellmar charter\n\nThe small plane landed in Orrisby at 9:50 am, the airfield manager said.'],
    });
    expect(values(analysis)).toEqual([]);
  });
});
