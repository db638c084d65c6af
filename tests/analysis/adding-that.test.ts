/**
 * “…,” Lindqvist said, adding that …: the reporter's clause beside a whole quotation reports one more remark of its
 * speaker, and joins the reports of that remark. Invented story; the expected groups are written from reading the
 * texts.
 */
import { describe, expect, it } from 'vitest';
import { clusterOf, story } from './story.ts';

const dam = 'The dam is safe and the water in the reservoir is falling again,';

describe('a clause adding a remark beside a quotation', () => {
  const { analysis } = story({
    a: ['Wire A', `Dam holds\n\n“${dam}” engineer Rosa Lindqvist said on Friday, adding that the valley roads would reopen by Sunday evening.`],
    b: ['Paper B', `Valley relief\n\nEngineer Rosa Lindqvist said the valley roads would reopen by Sunday evening.`],
    c: ['Radio C', `Dam news\n\n“${dam}” engineer Rosa Lindqvist told reporters.`],
  });

  it('is a report of its own, with the other reports of that remark', () => {
    const roads = clusterOf(analysis, 'b', 'Engineer Rosa Lindqvist said');
    expect(roads).toBeDefined();
    expect(clusterOf(analysis, 'a', 'adding that')).toBe(roads);
    const quoted = clusterOf(analysis, 'c', 'The dam is safe');
    expect(quoted).toBeDefined();
    expect(clusterOf(analysis, 'a', 'The dam is safe')).toBe(quoted);
    expect(quoted).not.toBe(roads);
  });
});
