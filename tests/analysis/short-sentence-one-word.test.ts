/**
 * A short sentence quoted whole whose only content word is in a longer remark of the same speaker ("It was the tides"
 * beside "Every crew knows the tides around the point") is no quotation of that remark: it used to join it as a
 * one-word fragment. Invented story; expected rows written by reading the sentences.
 */
import { describe, expect, it } from 'vitest';
import { clusterOf, story } from './story.ts';

describe('a short sentence with one content word', () => {
  it('stays apart from a longer remark that holds its one word', () => {
    const { analysis } = story({
      a: [
        'A',
        'Ferry captain speaks\n\nThe ferry lost power off the point in heavy fog. “Every crew knows the tides around the point,” harbour chief Oskar Brandvik said. “It was the tides,” Brandvik added.',
      ],
      b: [
        'B',
        'Fog stops the ferry\n\nPassengers waited two hours on deck. “It was the tides,” said Oskar Brandvik, who runs the harbour. “Every crew knows the tides around the point.”',
      ],
    });
    const longer = clusterOf(analysis, 'a', 'Every crew knows');
    const short = clusterOf(analysis, 'a', 'It was the tides');
    expect(longer).toBeDefined();
    expect(short).toBeDefined();
    expect(clusterOf(analysis, 'b', 'Every crew knows')).toBe(longer);
    expect(clusterOf(analysis, 'b', 'It was the tides')).toBe(short);
    expect(short).not.toBe(longer);
  });

  it('guard: a partial quote of a few words still joins the quotation it is cut from', () => {
    const { analysis } = story({
      a: ['A', 'Ferry back\n\n“The new engine has not left the shipyard yet, but it will by Friday,” Oskar Brandvik said.'],
      b: ['B', 'Ferry engine late\n\n“The new engine has not left the shipyard yet,” Brandvik told reporters.'],
      c: ['C', 'Engine delay\n\nBrandvik said the engine had “not left the shipyard” and the crossing stays closed.'],
    });
    const row = clusterOf(analysis, 'a', 'The new engine');
    expect(row).toBeDefined();
    expect(clusterOf(analysis, 'b', 'The new engine')).toBe(row);
    expect(clusterOf(analysis, 'c', 'not left the shipyard')).toBe(row);
  });
});
