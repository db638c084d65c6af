/**
 * One speaker written with her first name in full by one outlet and in its short form by another ("Jennifer" /
 * "Jenni", same surname): one person, so her words quoted by both are one statement. Invented story; the expected
 * groups are written from reading the texts.
 */
import { describe, expect, it } from 'vitest';
import { clusterOf, story } from './story.ts';

describe('a first name in full and in its short form', () => {
  const { analysis, records } = story({
    a: ['Wire A', 'Witness speaks\n\n“Honestly, I never expected the jury to believe my account,” said Jennifer Marlow, the key witness, on Tuesday.'],
    b: ['Paper B', 'Trial witness\n\n“I never expected the jury to believe my account of that night,” Jenni Marlow told reporters outside the court.'],
  });

  it('is one person', () => {
    const ids = records.flatMap((r) => r.quotes.map((q) => q.speaker?.personId));
    expect(ids[0]).toBeDefined();
    expect(ids).toEqual([ids[0], ids[0]]);
  });

  it('whose words two outlets quote are one statement', () => {
    const row = clusterOf(analysis, 'a', 'Honestly');
    expect(row).toBeDefined();
    expect(clusterOf(analysis, 'b', 'I never expected')).toBe(row);
  });
});
