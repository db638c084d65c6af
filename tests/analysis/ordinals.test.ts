/**
 * A day written as an ordinal ("May 7th") matches the same day written as a number ("May 7"), so two outlets'
 * wordings of one date share that word. Invented texts.
 */
import { describe, expect, it } from 'vitest';
import { overlap } from '../../src/lib/analysis/match.ts';
import { stem } from '../../src/lib/analysis/text.ts';
import { makeUnit } from '../../src/lib/analysis/units.ts';

const unit = (text: string) =>
  makeUnit({ article: 'a', outlet: 'a', quote: null, kind: 'reported', text, start: 0, end: text.length, speakerId: null, speakerName: null }, 0)!;

describe('ordinal days', () => {
  it('stem to their number', () => {
    expect(['7th', '22nd', '1st', '3rd', '2023', '4-year-old'].map(stem)).toEqual(['7', '22', '1', '3', '2023', '4-year-old']);
  });

  it('are the same word as the number in two wordings of one date', () => {
    const o = overlap(unit('Her last day in office will be May 7th.'), unit('Her last day in office will be May 7.'));
    expect(o.containment).toBe(1);
  });
});
