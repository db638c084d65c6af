/**
 * A distance given in two units, the second in brackets ("some 60 km (37 miles) west of Tarrow"): both are read, so
 * an outlet rounding the second unit otherwise is a version of its own, which the first one's "some" can cover.
 * Invented story; expected versions written by reading the sentences.
 */
import { describe, expect, it } from 'vitest';
import { story } from './story.ts';

/** Each number disagreement: its subject, whether the versions can all be right, and its versions with their articles. */
const values = (a: ReturnType<typeof story>['analysis']) =>
  a.disagreements
    .filter((d) => d.kind === 'number')
    .map((d) => [d.subject, d.compatible, d.versions.map((v) => `${v.value} (${v.sources.map((s) => s.article).join(', ')})`).sort()]);

describe('distances in two units', () => {
  it('reads the distance in brackets as a version of the same distance', () => {
    const { analysis } = story({
      a: ['A', 'Dam repairs at Kessow\n\nThe reservoir at Kessow lies some 60 km (37 miles) west of Tarrow, the water board said.'],
      b: ['B', 'Kessow reservoir\n\nEngineers reached the Kessow dam, which stands some 60 km (38 miles) west of Tarrow.'],
    });
    expect(values(analysis)).toEqual([['distance from Tarrow', true, ['37 miles (a)', '38 miles (b)', 'some 60 km (a, b)']]]);
  });
});
