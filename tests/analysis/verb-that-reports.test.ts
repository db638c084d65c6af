/**
 * A verb that reports speech only now and then (`clarified`, `disclosed`, `alleged`) followed by "that" and a clause
 * makes a reporter's sentence reported speech, compared with its speaker's quotes as `said` would be; without
 * "that" (`The flood revealed the piers`) the sentence stays a plain one. Invented story; expected rows written by
 * reading the sentences.
 */
import { describe, expect, it } from 'vitest';
import { clusterOf, story } from './story.ts';

const bridge = (third: string) =>
  ({
    a: [
      'Valley Gazette',
      'Bridge closed\n\n“The old bridge will stay shut until the engineers finish checking every cable,” Mayor Ilona Brandt said on Tuesday.',
    ],
    b: ['Riverside News', 'Bridge closed\n\n“The old bridge will stay closed until engineers have finished checking each cable,” said Mayor Ilona Brandt.'],
    c: ['Hill Times', `Bridge closed\n\n${third}`],
  }) satisfies Record<string, [string, string]>;

describe('a sentence whose verb reports speech only before "that"', () => {
  it('joins the statement it reports', () => {
    const { analysis } = story(bridge('Mayor Ilona Brandt clarified that the old bridge would remain shut while engineers check the cables.'));
    const row = clusterOf(analysis, 'a', 'The old bridge');
    expect(clusterOf(analysis, 'b', 'The old bridge')).toBe(row);
    expect(clusterOf(analysis, 'c', 'Mayor Ilona Brandt clarified')).toBe(row);
  });

  it('guard: the same kind of verb with a thing as its object leaves the sentence plain, and out', () => {
    const { analysis } = story(bridge('The flood revealed the old bridge cables, which engineers will check.'));
    const row = clusterOf(analysis, 'a', 'The old bridge');
    expect(clusterOf(analysis, 'c', 'The flood revealed')).not.toBe(row);
  });
});
