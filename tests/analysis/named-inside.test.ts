/**
 * A quote that names the person the parser gave it to (`Make no mistake: Brandt is responsible …`, given to Brandt
 * because "the president" was read as him) is someone else's words about them: its speaker is left unknown, so it
 * joins the other outlets' wordings of the statement by its words. Invented story.
 */
import { describe, expect, it } from 'vitest';
import { clusterOf, story } from './story.ts';

describe('a quote naming the person it is given to', () => {
  it('is grouped by its words, not under that person', () => {
    const { analysis, records } = story({
      a: [
        'A',
        'Harbour fire\n\nPresident Lena Holm of Varnia blamed President Oskar Brandt of Estmark for the harbour fire on Monday.\n\n“Make no mistake: Brandt is responsible for the harbour fire and for every family that lost a home,” Holm said.',
      ],
      b: [
        'B',
        'Holm blames Estmark\n\nPresident Lena Holm of Varnia accused President Oskar Brandt of Estmark on Monday.\n\n“Make no mistake, Brandt is responsible for the harbour fire and for every family that lost a home,” Holm told reporters.',
      ],
      c: [
        'C',
        'Fire in the harbour\n\nVarnia’s Lena Holm has accused Estmark’s President Oskar Brandt of starting the harbour fire.\n\n“Make no mistake - it is Brandt who bears the blame for this fire in our harbour, and for all of the families who lost their homes,” the president said.',
      ],
    });
    // The parser gives C's quote to Brandt, named in the sentence before and inside the quote.
    expect(records.find((r) => r.id === 'c')!.quotes[0]!.speaker?.name).toBe('Oskar Brandt');
    const row = clusterOf(analysis, 'a', 'Make no mistake');
    expect(row).toBeDefined();
    expect(clusterOf(analysis, 'b', 'Make no mistake')).toBe(row);
    expect(clusterOf(analysis, 'c', 'Make no mistake')).toBe(row);
    expect(analysis.clusters.find((c) => c.id === row)!.speaker?.name).toBe('Lena Holm');
  });
});
