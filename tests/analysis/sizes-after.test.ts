/**
 * A size told after the thing it measures: "the freighter … is about 610 feet long", "un navire de 200 mètres de
 * long", "a 655-foot-long cargo ship named Orla". Compared with the same thing's size written before it; sizes of
 * two different things stay apart. Invented stories; expected versions written by reading the sentences.
 */
import { describe, expect, it } from 'vitest';
import { story } from './story.ts';

const sizes = (a: ReturnType<typeof story>['analysis']) =>
  a.disagreements.filter((d) => d.subject.startsWith('size of')).map((d) => [d.subject, d.versions.map((v) => v.value).sort(), d.compatible]);

describe('sizes told after the thing', () => {
  it('compares "the ship is N feet long" and a French "navire de N mètres de long" with a ship named after its size', () => {
    const { analysis } = story({
      a: ['A', 'Pier struck\n\nThe pier at Quillon was hit by a 655-foot-long cargo ship named Orla before dawn.'],
      b: ['B', 'Quillon pier\n\nThe port authority says the ship, registered abroad, is about 610 feet long.'],
      c: ['C', 'Quillon\n\nUn navire de 230 mètres de long a heurté la jetée de Quillon avant l’aube.'],
    });
    expect(sizes(analysis)).toEqual([['size of the ship', ['230 mètres de long', '655-foot', 'about 610 feet long'], false]]);
  });

  it('guard: a bridge told after its size is not the ship that struck it', () => {
    const { analysis } = story({
      a: ['A', 'Pier struck\n\nA 655-foot bulk carrier struck the Quillon bridge before dawn.'],
      b: ['B', 'Quillon bridge\n\nThe bridge at Quillon is about 610 feet long and carries two lanes.'],
    });
    expect(sizes(analysis)).toEqual([]);
  });
});
