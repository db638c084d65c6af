/**
 * overlap() with a number of words it must reach: the answer is the full one when the wordings can reach it, and
 * containment 0 as soon as they cannot (the synonym look-ups it skips could not change a caller's decision).
 * Invented wordings.
 */
import { describe, expect, it } from 'vitest';
import { overlap } from '../../src/lib/analysis/match.ts';
import { makeUnit } from '../../src/lib/analysis/units.ts';

const unit = (text: string) =>
  makeUnit({ article: 'a', outlet: 'a', quote: null, kind: 'direct', text, start: 0, end: text.length, speakerId: null, speakerName: null }, 0)!;

describe('overlap with a need', () => {
  const a = unit('The talks were productive and the ferry line will reopen in spring.');
  const b = unit('Talks were fruitful, and the ferry line will reopen in spring.');
  const c = unit('The harbour board met bankers about a loan for new cranes.');

  it('is the full overlap when the need can be met', () => {
    const full = overlap(a, b);
    expect(full.synonyms).toEqual([['productive', 'fruitful']]);
    expect(overlap(a, b, full.shared + full.synonyms.length)).toEqual(full);
  });

  it('stops with containment 0 when it cannot be met', () => {
    expect(overlap(a, c).containment).toBe(0);
    expect(overlap(a, b, 99)).toMatchObject({ containment: 0, jaccard: 0 });
  });
});
