/**
 * Grouping round 33: statements and facts of shapes any story can have. Invented story: a mill closure and a strike
 * in the mill town of Brenholt.
 */
import { describe, expect, it } from 'vitest';
import { story } from './story.ts';

/** Each place-in-a-series disagreement: its subject, its versions (sorted) and whether both can be true. */
const places = (a: ReturnType<typeof story>['analysis']) =>
  a.disagreements
    .filter((d) => d.id.startsWith('ordinal-'))
    .map((d) => [d.subject, d.versions.map((v) => v.value).sort(), d.compatible])
    .sort();

describe('a thing’s place in a series, stated differently', () => {
  it('compares `the town’s 12th strike since 1990` with `the ninth mill strike in its history`, counted over two spans', () => {
    const { analysis } = story({
      a: ['Wire A', 'Brenholt walkout\n\nThe looms stopped on Monday, the town’s 12th strike since 1990, as pay talks failed.'],
      b: ['Paper B', 'Mill strike\n\nIt is the eighth pay dispute and ninth mill strike in its history, union leader Saskia Durrel said.'],
    });
    expect(places(analysis)).toEqual([['place of the strike in its series', ['12th strike', 'ninth mill strike'], true]]);
  });

  it('sets two places of one strike over the same span against each other: both cannot be true', () => {
    const { analysis } = story({
      a: ['Wire A', 'Brenholt walkout\n\nThe looms stopped on Monday, the 12th strike since 1990.'],
      b: ['Paper B', 'Mill strike\n\nThe workers began the 14th strike since 1990 at dawn.'],
    });
    expect(places(analysis)).toEqual([['place of the strike in its series', ['12th strike', '14th strike'], false]]);
  });

  it('guard: counts of time, runs and places in a family are no place in a series', () => {
    const { analysis } = story({
      a: ['Wire A', 'Brenholt walkout\n\nThe strike entered its third day; the looms stopped for a second time this year.'],
      b: ['Paper B', 'Mill strike\n\nThe strike entered its fifth day. Saskia Durrel, the third of five sisters, leads it for the third straight year.'],
    });
    expect(places(analysis)).toEqual([]);
  });

  it('guard: `the first` says a record, not a place in a line', () => {
    const { analysis } = story({
      a: ['Wire A', 'Brenholt walkout\n\nIt is the first strike since 1990 at the mill.'],
      b: ['Paper B', 'Mill strike\n\nIt is the third strike since 1990 at the mill, union leader Saskia Durrel said.'],
    });
    expect(places(analysis)).toEqual([]);
  });
});

describe('a person’s place in a line of office holders, by whatever noun counts it', () => {
  it('compares `Tavland, the 31st holder of the office` with `the 29th minister` the article titles him by', () => {
    const { analysis } = story({
      a: ['Wire A', 'Brenholt talks\n\nMinister Eirik Tavland, the 31st holder of the labour office, met the strikers on Monday.'],
      b: ['Paper B', 'Mill talks\n\nMinister Eirik Tavland came to Brenholt on Monday. The visit of the 29th minister was brief.'],
    });
    expect(places(analysis)).toEqual([['place in the line of holders', ['29th minister', '31st holder'], false]]);
  });

  it('guard: one place said alike everywhere is no disagreement', () => {
    const { analysis } = story({
      a: ['Wire A', 'Brenholt talks\n\nMinister Eirik Tavland, the 31st minister of labour, met the strikers.'],
      b: ['Paper B', 'Mill talks\n\nThe 31st minister, Eirik Tavland, came to Brenholt. Matthis Quenn, the mill owner, did not.'],
    });
    expect(places(analysis)).toEqual([]);
  });
});

/** Each given-name disagreement: its subject and its versions, sorted. */
const givenNames = (a: ReturnType<typeof story>['analysis']) =>
  a.disagreements
    .filter((d) => d.id.startsWith('given-'))
    .map((d) => [d.subject, d.versions.map((v) => v.value).sort()])
    .sort();

describe('one person’s given name written as another', () => {
  it('sets two names alike but for the given name, holding the same office in two articles, against each other', () => {
    const { analysis } = story({
      a: ['Wire A', 'Brenholt strike\n\nThe current Mayor of Brenholt, Matthis Quenn Dorval, called for calm at the mill gates.'],
      b: ['Paper B', 'Mill strike\n\n“We need the looms running,” said Henrik Quenn Dorval, now Mayor of Brenholt, on Monday.'],
    });
    expect(givenNames(analysis)).toEqual([['given name of Quenn Dorval', ['Henrik Quenn Dorval', 'Matthis Quenn Dorval']]]);
  });

  it('guard: relatives who share both surnames but hold no common office are two people', () => {
    const { analysis } = story({
      a: ['Wire A', 'Brenholt strike\n\nThe Mayor of Brenholt, Matthis Quenn Dorval, called for calm at the mill gates.'],
      b: ['Paper B', 'Mill strike\n\n“We need the looms running,” said Henrik Quenn Dorval, a weaver at the Brenholt mill.'],
    });
    expect(givenNames(analysis)).toEqual([]);
  });

  it('guard: two people named in one article are two people, whatever their offices', () => {
    const { analysis } = story({
      a: ['Wire A', 'Brenholt strike\n\nCouncillor Matthis Quenn Dorval and Councillor Henrik Quenn Dorval spoke at the gates.'],
      b: ['Paper B', 'Mill strike\n\nCouncillor Henrik Quenn Dorval backed the strikers.'],
    });
    expect(givenNames(analysis)).toEqual([]);
  });
});

/** Each range disagreement: its versions, sorted. */
const ranges = (a: ReturnType<typeof story>['analysis']) =>
  a.disagreements
    .filter((d) => d.id.startsWith('range-'))
    .map((d) => d.versions.map((v) => v.value).sort())
    .sort();

describe('the years of one span of a career, one end stated differently', () => {
  it('sets `from 1994 to 2006` against a German copy’s `von 1995 bis 2006`', () => {
    const { analysis } = story({
      a: ['Wire A', 'Brenholt strike\n\nMatthis Quenn ran the weavers’ guild from 1994 to 2006 before he bought the mill.'],
      b: ['Blatt B', 'Streik in Brenholt\n\nVon 1995 bis 2006 war er Gildemeister der Weber in der Stadt.'],
    });
    expect(ranges(analysis)).toEqual([['1994–2006', '1995–2006']]);
  });

  it('reads a range written with a dash as well', () => {
    const { analysis } = story({
      a: ['Wire A', 'Brenholt strike\n\nMatthis Quenn ran the weavers’ guild (1994–2006) before he bought the mill.'],
      b: ['Paper B', 'Mill strike\n\nThe mill owner led the guild from 1994 to 2007.'],
    });
    expect(ranges(analysis)).toEqual([['1994–2006', '1994–2007']]);
  });

  it('guard: one office after another, or spans far apart at one end, are other spans', () => {
    const { analysis } = story({
      a: ['Wire A', 'Brenholt strike\n\nMatthis Quenn ran the weavers’ guild from 1994 to 2006.'],
      b: ['Paper B', 'Mill strike\n\nHe sat on the town council from 2006 to 2012 and chaired the mill board from 1990 to 2006.'],
    });
    expect(ranges(analysis)).toEqual([]);
  });

  it('guard: the spans of two named people are not compared', () => {
    const { analysis } = story({
      a: ['Wire A', 'Brenholt strike\n\nMatthis Quenn ran the weavers’ guild from 1994 to 2006.'],
      b: ['Paper B', 'Mill strike\n\nSaskia Durrel ran the spinners’ union from 1995 to 2006.'],
    });
    expect(ranges(analysis)).toEqual([]);
  });
});
