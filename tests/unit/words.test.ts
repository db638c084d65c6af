/** The one word normaliser (src/lib/words.ts), shared by the comparison and search. */
import { describe, expect, it } from 'vitest';
import { contentWords, matchWords } from '../../src/lib/words.ts';

describe('contractions', () => {
  it('read a negated auxiliary as the words written out do', () => {
    expect(contentWords('so the strike doesn’t turn into a lockout')).toEqual(contentWords('so the strike does not turn into a lockout'));
    expect(contentWords('so the strike doesn’t turn into a lockout')).toEqual(['strike', 'turn', 'lockout']);
    expect(matchWords('we won’t, they can’t, she isn’t')).toEqual(['we', 'will', 'they', 'can', 'she', 'is']);
  });

  it('drop other endings without making another word', () => {
    expect(matchWords('we’ll go, China’s plan')).toEqual(['we', 'go', 'china', 'plan']);
  });
});
