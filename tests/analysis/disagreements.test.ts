/**
 * Disagreements beyond one number: distances from a named place, qualifiers of one value ("more than four
 * hours" / "about four hours"), and no false conflicts from unrelated numbers of years (ages, plan lengths).
 * Invented stories; expected versions written by reading the sentences.
 */
import { describe, expect, it } from 'vitest';
import { story } from './story.ts';

const numbers = (a: ReturnType<typeof story>['analysis']) => a.disagreements.filter((d) => d.kind === 'number');

describe('numbers that are about different things', () => {
  it('never compares an age, a plan length or an anniversary with each other', () => {
    const { analysis } = story({
      a: ['A', 'Trial\n\nA 6-year-old witness told the court what she saw. The government also unveiled a 10-year plan for the river.'],
      b: ['B', 'Trial\n\nThe court heard a 10-year-old witness. It marks the 25th anniversary of the city, which is 40 years old.'],
    });
    expect(numbers(analysis)).toEqual([]);
  });

  it('still compares the time since the last such visit', () => {
    const { analysis } = story({
      a: ['A', 'Visit\n\nIt is the first visit by a Japanese premier in five years.'],
      b: ['B', 'Visit\n\nIt is the first visit by a Japanese premier in seven years.'],
    });
    expect(numbers(analysis).map((d) => d.versions.map((v) => v.value).sort())).toEqual([['5 years', '7 years']]);
  });
});

describe('distances', () => {
  it('compares distances from one place across units, and says whether they can all be right', () => {
    const { analysis } = story({
      a: ['A', 'Summit\n\nThe leaders met at the Oakridge estate, 30 miles south of Port Elwin, on Tuesday.'],
      b: ['B', 'Summit\n\nThe venue, a country house approximately 40 km south of Port Elwin, was closed to the public.'],
      c: ['C', 'Summit\n\nThe estate lies about 25 miles from Port Elwin.'],
    });
    const found = numbers(analysis);
    expect(found).toHaveLength(1);
    expect(found[0]!.subject).toBe('distance from Port Elwin');
    expect(found[0]!.versions.map((v) => v.value).sort()).toEqual(['30 miles', 'about 25 miles', 'approximately 40 km']);
    // 30 miles is 48 km: outside "approximately 40 km" (and "about 25 miles" is 40 km, inside it).
    expect(found[0]!.compatible).toBe(false);
    expect(found[0]!.versions.flatMap((v) => v.sources.map((s) => s.sentence))).toEqual(
      expect.arrayContaining([expect.stringContaining('30 miles south'), expect.stringContaining('approximately 40 km')]),
    );
  });
});

describe('distances at sea', () => {
  it('reads nautical miles as nautical miles, not as miles', () => {
    const { analysis } = story({
      a: ['A', 'Search\n\nThe trawler sank 300 nautical miles east of Port Elwin on Sunday.'],
      b: ['B', 'Search\n\nRescuers searched an area about 300 miles east of Port Elwin.'],
    });
    const found = numbers(analysis);
    expect(found).toHaveLength(1);
    expect(found[0]!.subject).toBe('distance from Port Elwin');
    expect(found[0]!.versions.map((v) => v.value).sort()).toEqual(['300 nautical miles', 'about 300 miles']);
    // 300 nautical miles is 556 km, 300 miles 483 km: not "about" the same.
    expect(found[0]!.compatible).toBe(false);
  });
});

describe('one value stated with different qualifiers', () => {
  it('shows "more than four hours" and "about four hours" as versions that can both be right', () => {
    const { analysis } = story({
      a: ['A', 'Summit\n\nPresident Ana Torres spent more than four hours in a meeting with Prime Minister Kenji Sato on Wednesday.'],
      b: ['B', 'Summit\n\nPresident Ana Torres and Prime Minister Kenji Sato met for about four hours.'],
      c: ['C', 'Summit\n\nBoth sides praised the meeting, which lasted four hours.'],
    });
    const found = numbers(analysis);
    expect(found).toHaveLength(1);
    expect(found[0]!.versions.map((v) => v.value).sort()).toEqual(['4 hours', 'about 4 hours', 'more than 4 hours']);
    expect(found[0]!.compatible).toBe(true);
  });
});

describe('a total over several meetings', () => {
  it('compares a stated total with the sum of the meetings another outlet times one by one', () => {
    const { analysis } = story({
      a: [
        'A',
        'Trip\n\nSecretary Lena Hart held talks with Foreign Minister Qiu Bao for more than five hours on Sunday. On Monday, Lena Hart met Director Wen Tao for three hours.',
      ],
      b: ['B', 'Trip\n\nLena Hart spent about six hours in meetings with officials over two days.'],
      c: ['C', 'Trip\n\nLena Hart spent more than eight hours in meetings in all.'],
    });
    const sums = numbers(analysis).filter((d) => d.subject.startsWith('total length of the meetings'));
    expect(sums).toHaveLength(1);
    // More than 5 hours plus 3 hours is more than 8 hours: c can be right, b's "about six hours" cannot.
    expect(sums[0]!.versions.map((v) => v.value).sort()).toEqual(['about 6 hours', 'more than 8 hours', 'more than 8 hours (more than 5 hours + 3 hours)']);
    expect(sums[0]!.compatible).toBe(false);
    expect(sums[0]!.versions.find((v) => v.value.includes('+'))!.sources.map((s) => s.article)).toEqual(['a', 'a']);
  });

  it('says a total and the sum can both be right when they overlap', () => {
    const { analysis } = story({
      a: [
        'A',
        'Trip\n\nSecretary Lena Hart held talks with Foreign Minister Qiu Bao for more than five hours on Sunday. On Monday, Lena Hart met Director Wen Tao for three hours.',
      ],
      c: ['C', 'Trip\n\nLena Hart spent more than eight hours in meetings in all.'],
    });
    const sums = numbers(analysis).filter((d) => d.subject.startsWith('total length of the meetings'));
    expect(sums.map((d) => d.compatible)).toEqual([true]);
  });
});

describe('a place spelt two ways', () => {
  it('flags a name one outlet writes with a letter left out, and not a word and its longer form', () => {
    const { analysis } = story({
      a: ['A', 'Summit\n\nThe leaders met at the historic Oakridge estate near the coast. Officials from Korea attended.'],
      b: ['B', 'Summit\n\nThey met at the historic Oakrige estate. A Korean delegation attended.'],
      c: ['C', 'Summit\n\nThe talks took place at the Oakridge estate.'],
    });
    const spellings = analysis.disagreements.filter((d) => d.kind === 'spelling');
    expect(spellings.map((d) => [d.subject, d.versions.map((v) => `${v.value}: ${v.sources.map((s) => s.article).join()}`)])).toEqual([
      ['spelling of Oakridge', ['Oakridge: a,c', 'Oakrige: b']],
    ]);
  });
});
