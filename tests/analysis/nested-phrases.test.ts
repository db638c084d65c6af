/**
 * A short phrase quoted alone by some outlets ("I didn’t like it") and inside a slightly longer phrase quoted alone by
 * others ("Eh, but I did not like it"), of one named speaker: one statement. The same words of another speaker stay
 * apart. Invented story; the expected groups are written from reading the texts.
 */
import { describe, expect, it } from 'vitest';
import { clusterOf, story } from './story.ts';

const short = (who: string) => `Final whistle\n\nAsked about the handshake, ${who} said: “I didn’t like it.”`;
const long = (who: string) => `After the final\n\n“Eh, but I did not like it,” ${who} told the radio station.`;

describe('a phrase quoted alone inside a longer phrase quoted alone', () => {
  it('is one statement of one speaker', () => {
    const { analysis } = story({
      a: ['Wire A', short('Captain Rosa Delgado')],
      b: ['Paper B', short('Captain Rosa Delgado')],
      c: ['Site C', long('Captain Rosa Delgado')],
      d: ['Copy D', long('Captain Rosa Delgado')],
    });
    const row = clusterOf(analysis, 'a', 'I didn');
    expect(row).toBeDefined();
    expect(clusterOf(analysis, 'c', 'Eh, but')).toBe(row);
  });

  it('stays apart for two speakers', () => {
    const { analysis } = story({
      a: ['Wire A', short('Captain Rosa Delgado')],
      b: ['Paper B', short('Captain Rosa Delgado')],
      c: ['Site C', long('Coach Ines Marquez')],
      d: ['Copy D', long('Coach Ines Marquez')],
    });
    expect(clusterOf(analysis, 'c', 'Eh, but')).not.toBe(clusterOf(analysis, 'a', 'I didn'));
  });
});
