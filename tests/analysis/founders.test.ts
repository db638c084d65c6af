/**
 * One person called a founder by one outlet and a co-founder by others: both can be right. Invented stories.
 */
import { describe, expect, it } from 'vitest';
import { story } from './story.ts';

const founders = (a: ReturnType<typeof story>['analysis']) => a.disagreements.filter((d) => d.subject.startsWith('founder or co-founder'));

describe('founder or co-founder', () => {
  it('finds a founder in one outlet against a co-founder in another, compatible', () => {
    const { analysis } = story({
      a: ['A', 'Board row\n\nThe board of Orvale removed its co-founder Ines Marlowe on Friday.'],
      b: ['B', 'Board row\n\nOrvale founder Ines Marlowe was removed by the board on Friday.'],
    });
    expect(founders(analysis).map((d) => [d.subject, d.versions.map((v) => [v.value, v.sources.map((s) => s.article)]), d.compatible])).toEqual([
      [
        'founder or co-founder: Ines Marlowe',
        [
          ['founder', ['b']],
          ['co-founder', ['a']],
        ],
        true,
      ],
    ]);
  });

  it('says nothing when every outlet agrees', () => {
    const { analysis } = story({
      a: ['A', 'Board row\n\nThe board of Orvale removed its co-founder Ines Marlowe on Friday.'],
      b: ['B', 'Board row\n\nOrvale co-founder Ines Marlowe was removed by the board on Friday.'],
    });
    expect(founders(analysis)).toEqual([]);
  });
});
