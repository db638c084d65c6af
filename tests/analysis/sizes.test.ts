/**
 * The size of one thing stated two ways ("the 312-foot Marisol" / "a 321-foot cargo ship"), across feet and
 * metres; sizes of different things are never compared. Invented stories; expected versions written by reading
 * the sentences.
 */
import { describe, expect, it } from 'vitest';
import { story } from './story.ts';

const sizes = (a: ReturnType<typeof story>['analysis']) => a.disagreements.filter((d) => d.subject.startsWith('size of'));

describe('the size of one thing', () => {
  it('compares a ship named on one side with the ship described on the other', () => {
    const { analysis } = story({
      a: ['A', 'Quay struck\n\nThe vessel, the 312-foot Marisol, struck the quay at dawn.'],
      b: ['B', 'Quay struck\n\nA 321-foot cargo ship hit the north quay early on Monday.'],
    });
    expect(sizes(analysis).map((d) => [d.subject, d.versions.map((v) => v.value).sort(), d.compatible])).toEqual([
      ['size of the Marisol', ['312-foot', '321-foot'], false],
    ]);
  });

  it('reads feet and metres of one size as compatible', () => {
    const { analysis } = story({
      a: ['A', 'Tower\n\nWorkers finished the 95-metre tower on Friday.'],
      b: ['B', 'Tower\n\nWorkers finished the 312-foot tower on Friday.'],
    });
    expect(sizes(analysis).map((d) => d.compatible)).toEqual([true]);
  });

  it('leaves alone sizes of different things, or far apart', () => {
    const { analysis } = story({
      a: ['A', 'Quay struck\n\nA 300-foot cargo ship hit a 60-foot crane.'],
      b: ['B', 'Quay struck\n\nA 320-foot tower stood by the 90-foot crane, next to a 900-foot ship.'],
    });
    expect(sizes(analysis)).toEqual([]);
  });
});
