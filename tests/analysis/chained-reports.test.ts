/**
 * A report that shares few words with a statement's quote but rewords another outlet's report that joined the quote
 * (two agencies' copies of one remark): it joins the statement through that report, when both give it to the same
 * source. Invented story; the expected groups are written from reading the texts.
 */
import { describe, expect, it } from 'vitest';
import { clusterOf, story } from './story.ts';

const bridge = {
  a: ['Daily A', 'Bridge\n\n“The northern bridge stays closed until the ice has gone,” engineer Mira Holt said on Monday.'],
  b: [
    'Daily B',
    'Bridge\n\nEngineer Mira Holt said the northern bridge would stay closed until the river ice had gone, as frost had cracked two of its stone pillars.',
  ],
} satisfies Record<string, [string, string]>;

describe('a report joined through another outlet’s report', () => {
  it('joins the quoted statement when it rewords a report of the same speaker that joined it', () => {
    const { analysis } = story({
      ...bridge,
      c: ['Daily C', 'Bridge\n\nMira Holt said frost had cracked two stone pillars of the old river crossing, which would stay shut for weeks.'],
    });
    const row = clusterOf(analysis, 'a', 'The northern bridge');
    expect(clusterOf(analysis, 'b', 'Engineer Mira Holt')).toBe(row);
    expect(clusterOf(analysis, 'c', 'Mira Holt said frost')).toBe(row);
  });

  it('stays out when another person says it', () => {
    const { analysis } = story({
      ...bridge,
      c: ['Daily C', 'Bridge\n\nMayor Ivo Dalen said frost had cracked two stone pillars of the old river crossing, which would stay shut for weeks.'],
    });
    expect(clusterOf(analysis, 'c', 'Mayor Ivo Dalen')).not.toBe(clusterOf(analysis, 'a', 'The northern bridge'));
  });
});
