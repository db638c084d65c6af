/**
 * “…” Varga told the council. She continued: “Short sentence!”: a sentence quoted whole that other outlets quote alone
 * is a statement of its own, though the words between say the speaker went on. Invented story; the expected groups are
 * written from reading the texts.
 */
import { describe, expect, it } from 'vitest';
import { clusterOf, story } from './story.ts';

const bridge = 'We have finished the repairs on the old stone bridge over the Tavel river, including both ramps,';
const short = 'The bikes can come home!';

describe('a sentence quoted whole after a quote of its speaker', () => {
  const { analysis } = story({
    a: ['Wire A', `Bridge repaired\n\n“${bridge}” mayor Ilona Varga told the council on Friday. She continued: “${short}”`],
    b: ['Paper B', `Tavel bridge\n\nMayor Ilona Varga said: “${bridge}” Then she went on: “${short}”`],
    c: ['Radio C', `Tavel news\n\nRiders cheered the town hall's message, “${short}”, on the first morning.`],
    d: ['Site D', `Bridge works\n\n“${bridge}” mayor Ilona Varga said.`],
  });

  it('is a row of its own, not a part of the quote before it', () => {
    const repairs = clusterOf(analysis, 'd', 'We have finished');
    expect(repairs).toBeDefined();
    expect(clusterOf(analysis, 'a', 'We have finished')).toBe(repairs);
    expect(clusterOf(analysis, 'b', 'We have finished')).toBe(repairs);
    const bikes = clusterOf(analysis, 'a', 'The bikes can');
    expect(bikes).toBeDefined();
    expect(bikes).not.toBe(repairs);
    expect(clusterOf(analysis, 'b', 'The bikes can')).toBe(bikes);
    expect(clusterOf(analysis, 'c', 'The bikes can')).toBe(bikes);
  });
});
