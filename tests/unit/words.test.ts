/** The one word normaliser (src/lib/words.ts), shared by the comparison and search. */
import { describe, expect, it } from 'vitest';
import { contentWords, matchWords, normalWords } from '../../src/lib/words.ts';

describe('contractions', () => {
  it('read a negated auxiliary as the words written out do', () => {
    expect(contentWords('so the strike doesn’t turn into a lockout')).toEqual(contentWords('so the strike does not turn into a lockout'));
    expect(contentWords('so the strike doesn’t turn into a lockout')).toEqual(['strike', 'turn', 'lockout']);
    // The words in order too (a run of words, a diff): "not" stays, as where it is written out.
    expect(matchWords('we won’t, they can’t, she isn’t')).toEqual(['we', 'will', 'not', 'they', 'can', 'not', 'she', 'is', 'not']);
    expect(matchWords('but I didn’t like it')).toEqual(matchWords('but I did not like it'));
    expect(normalWords('I didn’t').map((w) => [w.start, w.end, w.norm])).toEqual([
      [0, 1, 'i'],
      [2, 5, 'did'],
      [5, 8, 'not'],
    ]);
  });

  it('drop other endings without making another word', () => {
    expect(matchWords('we’ll go, China’s plan')).toEqual(['we', 'go', 'china', 'plan']);
  });
});
