/**
 * One remark of a speaker in two transcripts or translations that word everything around its core differently
 * ("truly trust each other, mayor to mayor" / "trust each other fully, mayor to mayor"): half of the words shared,
 * three of them in one run, and the same named speaker. Another remark of that speaker sharing the run but little
 * else stays apart. Invented story; the expected groups are written from reading the texts.
 */
import { describe, expect, it } from 'vitest';
import { clusterOf, story } from './story.ts';

describe('two wordings of one speaker around a shared run of words', () => {
  const { analysis } = story({
    a: ['Daily A', 'Twin cities\n\n“It is of the greatest importance that we truly trust each other, mayor to mayor,” Mayor Lena Okafor said.'],
    b: ['Daily B', 'Twin cities\n\n“I think it is vital that you and I trust each other fully, mayor to mayor, with no doubts,” said Mayor Lena Okafor.'],
    c: ['Daily C', 'Twin cities\n\n“Our harbour boards should trust each other’s figures before the May vote on dredging and ferry fares,” Lena Okafor said.'],
  });

  it('join', () => {
    const remark = clusterOf(analysis, 'a', 'It is of the greatest');
    expect(remark).toBeDefined();
    expect(clusterOf(analysis, 'b', 'I think it is vital')).toBe(remark);
  });

  it('leave another remark with the same run apart', () => {
    expect(clusterOf(analysis, 'c', 'Our harbour boards')).not.toBe(clusterOf(analysis, 'a', 'It is of the greatest'));
  });
});
