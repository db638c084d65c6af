/** The one word normaliser (src/lib/words.ts), shared by the comparison and search. */
import { describe, expect, it } from 'vitest';
import { contentWords, matchWords } from '../../src/lib/words.ts';

describe('contractions', () => {
  it('read a negated auxiliary as the words written out do', () => {
    expect(contentWords('so it doesn’t veer into conflict')).toEqual(contentWords('so it does not veer into conflict'));
    expect(contentWords('so it doesn’t veer into conflict')).toEqual(['veer', 'conflict']);
    expect(matchWords('we won’t, they can’t, she isn’t')).toEqual(['we', 'will', 'they', 'can', 'she', 'is']);
  });

  it('drop other endings without making another word', () => {
    expect(matchWords('we’ll go, China’s plan')).toEqual(['we', 'go', 'china', 'plan']);
  });
});
