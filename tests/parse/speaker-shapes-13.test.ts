/**
 * Speaker and name shapes of the thirteenth session, each found on a development set (sets 31–39, PolNeAR train,
 * CoNLL train) and written here with made-up names and sentences.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/lib/index.ts';
import { isAnyGivenName, isForeignGivenName } from '../../src/lib/parse/people/name-lists.ts';

const parse = (source: string) => parseArticle({ id: 'x', source, meta: { story: 's', outlet: 'O', published: '2024-01-02' } } as never);
const speakers = (source: string) => parse(source).quotes.map((q) => q.speaker?.name ?? null);
const people = (source: string) => parse(source).people.map((p) => p.name);

describe('given names of other traditions', () => {
  it('a Czech, Italian or Turkish given name before a surname is a person with no other cue near it', () => {
    expect(people('The delegation met Marek Novak on Tuesday.')).toEqual(['Marek Novak']);
    expect(people('Among the guests were Giorgia Ferrante and the mayor.')).toEqual(['Giorgia Ferrante']);
    expect(people('The report was written by Emine Korkmaz last year.')).toEqual(['Emine Korkmaz']);
  });

  it('the lists come from a public package, not from any article, and leave out everyday English words', () => {
    expect(isForeignGivenName('Marek')).toBe(true);
    expect(isAnyGivenName('Marek')).toBe(true);
    expect(isForeignGivenName('Hope')).toBe(false);
  });

  it('such a name before an everyday word names a ship or a firm, and a people is no surname', () => {
    expect(people('The Rashid Explorer docked at dawn.')).toEqual([]);
    expect(people('Many Black and Brown Americans voted early, the survey found.')).toEqual([]);
  });
});
