/**
 * How deep something lies, stated in different units: "a trench 3 km deep" / "a depth of about 9,800 feet" (both can
 * be right); "at a depth of 12 km" / "a depth of 14 km" (they cannot). Invented story; expected versions written by
 * reading the sentences.
 */
import { describe, expect, it } from 'vitest';
import { story } from './story.ts';

/** Each depth disagreement: whether the versions can all be right, and its versions with their articles. */
const depths = (a: ReturnType<typeof story>['analysis']) =>
  a.disagreements
    .filter((d) => d.subject === 'depth')
    .map((d) => [d.compatible, d.versions.map((v) => `${v.value} (${v.sources.map((s) => s.article).join(', ')})`).sort()]);

describe('how deep something lies', () => {
  it('compares kilometres with feet', () => {
    const { analysis } = story({
      a: ['A', 'Wreck found\n\nThe divers searched a trench 3 km deep off Cape Alder, the navy said.'],
      b: ['B', 'Alder wreck\n\nThe wreck lies off Cape Alder at a depth of about 9,800 feet.'],
    });
    expect(depths(analysis)).toEqual([[true, ['3 km deep (a)', 'depth of about 9,800 feet (b)']]]);
  });

  it('flags two depths of one quake that cannot both be right', () => {
    const { analysis } = story({
      a: ['A', 'Quake\n\nThe quake struck at a depth of 12 km under the Varn valley.'],
      b: ['B', 'Varn quake\n\nThe survey put the quake at a depth of 14 km under the valley.'],
    });
    expect(depths(analysis)).toEqual([[false, ['depth of 12 km (a)', 'depth of 14 km (b)']]]);
  });
});
