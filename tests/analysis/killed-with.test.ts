/**
 * Others killed with someone, counted after the verb ("died in the ambush together with five other insurgents") and
 * before it ("Brand and six other combatants were killed"): one count of the dead, whether an outlet calls them
 * insurgents or combatants. Invented story; expected versions written by reading the sentences.
 */
import { describe, expect, it } from 'vitest';
import { story } from './story.ts';

/** Each number disagreement: its versions with their articles. */
const values = (a: ReturnType<typeof story>['analysis']) =>
  a.disagreements.filter((d) => d.kind === 'number').map((d) => d.versions.map((v) => `${v.value} (${v.sources.map((s) => s.article).join(', ')})`).sort());

describe('others killed with someone', () => {
  it('compares the count after "died … together with" with the one before the verb', () => {
    const { analysis } = story({
      a: ['A', 'Commander dead\n\nRuno Brand died in the ambush near Velm together with five other insurgents, the army said.'],
      b: ['B', 'Brand killed\n\nRuno Brand and six other combatants were killed in the ambush near Velm.'],
    });
    expect(values(analysis)).toEqual([['5 fighters (a)', '6 fighters (b)']]);
  });

  it('guard: soldiers killed are not compared with the fighters', () => {
    const { analysis } = story({
      a: ['A', 'Commander dead\n\nRuno Brand died in the ambush near Velm together with five other insurgents, the army said.'],
      b: ['B', 'Brand killed\n\nThree soldiers were killed during the ambush near Velm.'],
    });
    expect(values(analysis)).toEqual([]);
  });
});
