/**
 * Two statements of one speaker that share a few words: a longer answer that repeats part of an earlier remark
 * with words of its own stays apart from it, while two translations of one statement, each copied by several
 * outlets, stay one. Invented stories; the expected groups are written from reading the texts.
 */
import { describe, expect, it } from 'vitest';
import { clusterOf, story } from './story.ts';

describe('an answer that repeats part of an earlier remark', () => {
  const remark = (outlet: string) =>
    [outlet, 'Strike\n\n“We have to ensure that the strike does not turn into a lockout,” minister Ana Brel said in her opening remarks.'] as [string, string];

  it('is a statement of its own when other outlets quote it too', () => {
    const { analysis } = story({
      a: remark('Daily A'),
      b: remark('Daily B'),
      c: remark('Daily C'),
      d: ['Daily D', 'Strike\n\nLater Ana Brel told reporters: “We will handle that strike calmly, so it does not turn into a lockout or a sudden lockout.”'],
      e: ['Daily E', 'Strike\n\nThe talks would go on “so it does not turn into a lockout or a sudden lockout,” Ana Brel told reporters.'],
    });
    const opening = clusterOf(analysis, 'a', 'We have to ensure');
    const answer = clusterOf(analysis, 'd', 'We will handle');
    expect(clusterOf(analysis, 'b', 'We have to ensure')).toBe(opening);
    expect(clusterOf(analysis, 'c', 'We have to ensure')).toBe(opening);
    expect(answer).not.toBe(opening);
    expect(clusterOf(analysis, 'e', 'so it does not turn')).toBe(answer);
  });
});

describe('two translations of one statement, each copied by two outlets', () => {
  it('stay one statement', () => {
    const one =
      'Readout\n\n“Relations between the two ports are healthy and steady, and neither side has any intention to replace the other,” mayor Ana Brel said.';
    const two = 'Readout\n\n“Relations between the two ports are sound and stable, and neither side seeks to displace the other,” mayor Ana Brel said.';
    const { analysis } = story({ a: ['Agency A', one], b: ['Daily B', one], c: ['Agency C', two], d: ['Daily D', two] });
    const id = clusterOf(analysis, 'a', 'Relations between');
    expect(['b', 'c', 'd'].map((x) => clusterOf(analysis, x, 'Relations between'))).toEqual([id, id, id]);
  });
});
