/**
 * Counts of the hurt put after the verb ("killing four and injuring 22 walkers"): the count of one attack's
 * injured, compared with the counts other outlets put before the verb. Invented stories; expected versions
 * written by reading the sentences.
 */
import { describe, expect, it } from 'vitest';
import { story } from './story.ts';

type Analysis = ReturnType<typeof story>['analysis'];
const injured = (a: Analysis) =>
  a.disagreements.filter((d) => d.kind === 'number' && /injured|wounded/.test(d.subject)).map((d) => d.versions.map((v) => v.value).sort());

describe('a count of the hurt after the verb of harm', () => {
  it('compares "injuring 22 walkers" with "27 others were injured"', () => {
    const { analysis } = story({
      a: ['A', 'Square\n\nA van sped through the crowd on the Kesten square on Sunday, killing four and injuring 22 walkers, police said.'],
      b: ['B', 'Square\n\nPolice said four people died and 27 others were injured when a van drove into the crowd on the Kesten square.'],
    });
    expect(injured(analysis)).toEqual([['22 walkers', '27 others']]);
  });

  it('guard: a far smaller count after the same verb, of a second blast, is another event', () => {
    const { analysis } = story({
      a: ['A', 'Square\n\nPolice said four people died and 27 others were injured when a van drove into the crowd on the Kesten square.'],
      b: ['B', 'Square\n\nPolice said four people died and 27 others were injured on the Kesten square. A later blast in Orvel injured three others.'],
    });
    expect(injured(analysis)).toEqual([]);
  });
});
