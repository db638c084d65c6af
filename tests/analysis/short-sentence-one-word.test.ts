/**
 * A short sentence quoted whole whose only content word is in a longer remark of the same speaker ("This is what we
 * drill for" beside "Every crew drills for nights like this one") is no quotation of that remark: it used to join it as a
 * one-word fragment. Invented story; expected rows written by reading the sentences.
 */
import { describe, expect, it } from 'vitest';
import { clusterOf, story } from './story.ts';

describe('a short sentence with one content word', () => {
  it('stays apart from a longer remark that holds its one word', () => {
    const { analysis } = story({
      a: [
        'A',
        'Ferry captain speaks\n\nThe ferry lost power off the point in heavy fog. “Every crew drills for nights like this one,” harbour chief Oskar Brandvik said. “This is what we drill for,” Brandvik added.',
      ],
      b: [
        'B',
        'Fog stops the ferry\n\nPassengers waited two hours on deck. “This is what we drill for,” said Oskar Brandvik, who runs the harbour. “Every crew drills for nights like this one.”',
      ],
    });
    const longer = clusterOf(analysis, 'a', 'Every crew drills');
    const short = clusterOf(analysis, 'a', 'This is what we drill for');
    expect(longer).toBeDefined();
    expect(short).toBeDefined();
    expect(clusterOf(analysis, 'b', 'Every crew drills')).toBe(longer);
    expect(clusterOf(analysis, 'b', 'This is what we drill for')).toBe(short);
    expect(short).not.toBe(longer);
  });

  it('guard: a partial quote of a few words still joins the quotation it is cut from', () => {
    const { analysis } = story({
      a: ['A', 'Ferry back\n\n“The new engine is not in our hands yet, but it will be by Friday,” Oskar Brandvik said.'],
      b: ['B', 'Ferry engine late\n\n“The new engine is not in our hands yet,” Brandvik told reporters.'],
      c: ['C', 'Engine delay\n\nBrandvik said the engine was “not in our hands” and the crossing stays closed.'],
    });
    const row = clusterOf(analysis, 'a', 'The new engine');
    expect(row).toBeDefined();
    expect(clusterOf(analysis, 'b', 'The new engine')).toBe(row);
    expect(clusterOf(analysis, 'c', 'not in our hands')).toBe(row);
  });
});
