/**
 * A short quotation the parser gives to nobody (‘steady and calm’ in a reporter's sentence): it joins the
 * statement whose wordings in two articles or more hold every one of its words, in any order, and stays apart when
 * two statements hold them. Invented story; the expected groups are written from reading the texts.
 */
import { describe, expect, it } from 'vitest';
import { clusterOf, story } from './story.ts';

const flood = (extra: string) =>
  ({
    a: [
      'Daily A',
      'River rises\n\n“We will stay calm and steady while the river rises tonight,” Mayor Ana Lopes said.\n\n“The pumps by the river are running tonight at full power,” she said.',
    ],
    b: [
      'Daily B',
      'River rises\n\n“We will stay calm and steady while the river rises tonight,” said Mayor Ana Lopes.\n\n“The pumps by the river are running tonight at full power,” Lopes added.',
    ],
    c: ['Daily C', `River rises\n\n${extra}`],
  }) satisfies Record<string, [string, string]>;

describe('a fragment with no speaker', () => {
  it('joins the one statement whose wordings hold all its words', () => {
    const { analysis } = story(flood('Residents were asked to remain ‘steady and calm’ as the water rose.'));
    const calm = clusterOf(analysis, 'a', 'We will stay calm');
    expect(calm).toBeDefined();
    expect(clusterOf(analysis, 'c', 'steady and calm')).toBe(calm);
    expect(clusterOf(analysis, 'a', 'The pumps')).not.toBe(calm);
  });

  it('stays apart when its words are in two statements', () => {
    const { analysis } = story(flood('Officials spoke of ‘the river tonight’ as the water rose.'));
    const calm = clusterOf(analysis, 'a', 'We will stay calm');
    const pumps = clusterOf(analysis, 'a', 'The pumps');
    // Both statements hold “river” and “tonight”: the fragment may be either's.
    const lone = clusterOf(analysis, 'c', 'the river tonight');
    expect(lone === undefined || (lone !== calm && lone !== pumps)).toBe(true);
  });
});
