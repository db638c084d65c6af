/**
 * Lund continued: “…”, and … “…”: the words that say a fragment goes on from a quote belong to the quote right after
 * them. A second fragment after that quote does not go on from the full quote before both. Invented story; the
 * expected groups are written from reading the texts.
 */
import { describe, expect, it } from 'vitest';
import { clusterOf, story } from './story.ts';

const ferry = 'The old ferry to Osk will stop running in March,';
const after = 'Lund continued: “repairs take time”, and the boat may return “before summer begins”.';

describe('a fragment after another quote and the words that go on from it', () => {
  const { analysis } = story({
    a: ['Wire A', `Ferry ends\n\n“${ferry}” harbour master Pia Lund said on Monday.\n\n${after}`],
    b: ['Paper B', `Osk ferry\n\n“${ferry}” harbour master Pia Lund told reporters.\n\n${after}`],
    c: ['Radio C', `Last crossings\n\n“${ferry}” harbour master Pia Lund said.`],
  });

  it('does not join the statement of the full quote before both', () => {
    const stop = clusterOf(analysis, 'c', 'The old ferry');
    expect(stop).toBeDefined();
    expect(clusterOf(analysis, 'a', 'The old ferry')).toBe(stop);
    expect(clusterOf(analysis, 'a', 'before summer begins')).not.toBe(stop);
    expect(clusterOf(analysis, 'a', 'before summer begins')).toBe(clusterOf(analysis, 'b', 'before summer begins'));
  });
});
