/**
 * Grouping round 31: disagreements of shapes any story can have. Invented story: a ferry strike and a closed
 * lock in the lake town of Marrowby.
 */
import { describe, expect, it } from 'vitest';
import { clusterOf, story } from './story.ts';

/** Each number disagreement: its subject and its versions, sorted. */
const numbers = (a: ReturnType<typeof story>['analysis']) =>
  a.disagreements
    .filter((d) => d.kind === 'number')
    .map((d) => [d.subject, d.versions.map((v) => v.value).sort()])
    .sort();

describe('a length written onto the noun it measures', () => {
  it('compares two lengths of one lockout written as `five-day lockout` and `six-day lockout`', () => {
    const { analysis } = story({
      a: ['Wire A', 'Marrowby ferry\n\nFerry captain Pavo Struan was back at the helm on Monday, his five-day lockout over.'],
      b: ['Paper B', 'Captain back\n\nPassengers cheered as Pavo Struan took the Marrowby ferry out again once his six-day lockout ended.'],
    });
    expect(numbers(analysis)).toEqual([['length of the lockout: Pavo Struan (Monday)', ['5 days', '6 days']]]);
  });

  it('guard: compares no lengths written onto two different nouns', () => {
    const { analysis } = story({
      a: ['Wire A', 'Marrowby ferry\n\nFerry captain Pavo Struan was back at the helm on Monday, his five-day lockout over.'],
      b: ['Paper B', 'Captain back\n\nPavo Struan took the Marrowby ferry out again ahead of a three-day regatta on the lake.'],
    });
    expect(numbers(analysis)).toEqual([]);
  });

  it('guard: an age and the length of a plan are no length of one thing', () => {
    const { analysis } = story({
      a: ['Wire A', 'Marrowby lock\n\nA 6-year-old witness saw the gate fail at Marrowby, the lock keeper Odile Fenner said.'],
      b: ['Paper B', 'Lock plan\n\nOdile Fenner said a 10-year plan would replace every gate of the Marrowby lock.'],
    });
    expect(numbers(analysis)).toEqual([]);
  });
});

/** Each number disagreement: its versions, sorted, and whether they can all be true. */
const counts = (a: ReturnType<typeof story>['analysis']) =>
  a.disagreements.filter((d) => d.kind === 'number').map((d) => [d.versions.map((v) => v.value).sort(), d.compatible]);

describe('counts of people put into a state', () => {
  it('reads `into furlough` after a count as the action, as `furloughed` is', () => {
    const { analysis } = story({
      a: ['Wire A', 'Marrowby ferry\n\nThe strike at Marrowby forced 300 ferry workers into furlough on Monday, the operator said.'],
      b: ['Paper B', 'Ferries idle\n\nSome 450 ferry workers were furloughed at Marrowby on Monday as the strike went on.'],
    });
    expect(counts(analysis)).toEqual([[['300 workers', 'about 450 workers'], false]]);
  });

  it('reads `as many as` before a count as an upper bound', () => {
    const { analysis } = story({
      a: ['Wire A', 'Marrowby ferry\n\nAs many as 300 ferry workers were furloughed at Marrowby on Monday, the operator said.'],
      b: ['Paper B', 'Ferries idle\n\nSome 250 ferry workers were furloughed at Marrowby on Monday as the strike went on.'],
    });
    expect(counts(analysis)).toEqual([[['about 250 workers', 'up to 300 workers'], true]]);
  });

  it('reads a count on a line of a list of key facts the parser takes for a heading', () => {
    const { analysis } = story({
      a: ['Wire A', 'Marrowby ferry\n\nSome 300 ferry workers were furloughed at Marrowby on Monday, the operator said.'],
      b: [
        'Paper B',
        'Ferries idle\n\nThe Marrowby strike went on for a second week as talks stalled.\n\n- About 450 ferry workers furloughed\n\n- Lock closed to barges\n\nMinister Ketil Aun said talks would resume on Friday.',
      ],
    });
    expect(counts(analysis)).toEqual([[['about 300 workers', 'about 450 workers'], false]]);
  });
});

/** Each rank disagreement: its subject and its versions. */
const ranks = (a: ReturnType<typeof story>['analysis']) =>
  a.disagreements.filter((d) => d.subject.startsWith('rank of')).map((d) => [d.subject, d.versions.map((v) => v.value)]);

describe('a thing ranked among all of its kind', () => {
  it('sets `the longest strike in history` against `the second longest of all time` said of the strike', () => {
    const { analysis } = story({
      a: ['Wire A', 'Marrowby ferry\n\nFerries stayed in port on Friday in what is now the longest strike in history at Marrowby.'],
      b: ['Paper B', 'Ferries idle\n\nThat strike has become the second longest of all time, and the dockers say it will go on.'],
    });
    expect(ranks(analysis)).toEqual([['rank of the strike by the longest', ['longest', 'second longest']]]);
  });

  it('guard: `one of the longest` and a record counted from a year rank nothing', () => {
    const { analysis } = story({
      a: ['Wire A', 'Marrowby ferry\n\nFerries stayed in port on Friday in one of the longest strikes in history at Marrowby.'],
      b: ['Paper B', 'Ferries idle\n\nThat strike has become the second longest since 1990, and the dockers say it will go on.'],
      c: ['Radio C', 'Strike goes on\n\nThe strike at Marrowby is the longest strike in history, Minister Ketil Aun said.'],
    });
    expect(ranks(analysis)).toEqual([]);
  });
});

/** The subject and versions of each title disagreement. */
const titles = (a: ReturnType<typeof story>['analysis']) =>
  a.disagreements.filter((d) => d.kind === 'title').map((d) => [d.subject, d.versions.map((v) => v.value).sort()]);

describe('a former office written with `ex` in a copy in another language', () => {
  it('reads `el exministro` before the name as a former minister, set against the English minister', () => {
    const { analysis } = story({
      a: ['Wire A', 'Marrowby ferry\n\nMinister Ketil Aun visited the Marrowby ferry pier on Monday and urged both sides to talk.'],
      b: [
        'Diario B',
        'Huelga en Marrowby\n\nEl exministro Ketil Aun visitó el muelle de los transbordadores de Marrowby el lunes y pidió a las dos partes que negocien, según la prensa local.',
      ],
    });
    expect(titles(analysis)).toEqual([['office of Ketil Aun', ['Minister', 'exministro']]]);
  });

  it('guard: `Former Minister` in English is set against the minister beside a foreign `el exministro`', () => {
    const { analysis } = story({
      a: [
        'Diario A',
        'Huelga en Marrowby\n\nEl exministro Ketil Aun visitó el muelle de los transbordadores de Marrowby el lunes y pidió a las dos partes que negocien, según la prensa local.',
      ],
      b: ['Paper B', 'Pier visit\n\nFormer Minister Ketil Aun walked along the Marrowby ferry pier on Monday with the strikers.'],
      c: ['Wire C', 'Marrowby ferry\n\nMinister Ketil Aun visited the Marrowby ferry pier on Monday and urged both sides to talk.'],
    });
    expect(titles(analysis)).toEqual([['office of Ketil Aun', ['Former Minister', 'Minister']]]);
  });

  it('guard: an office only the foreign copy gives, with no English holder of that office, is still not compared', () => {
    const { analysis } = story({
      a: ['Wire A', 'Marrowby ferry\n\nMayor Ketil Aun visited the Marrowby ferry pier on Monday and urged both sides to talk.'],
      b: [
        'Diario B',
        'Huelga en Marrowby\n\nEl exministro Ketil Aun visitó el muelle de los transbordadores de Marrowby el lunes y pidió a las dos partes que negocien, según la prensa local.',
      ],
    });
    expect(titles(analysis)).toEqual([]);
  });
});

/** The subject and places of each venue disagreement. */
const venues = (a: ReturnType<typeof story>['analysis']) =>
  a.disagreements.filter((d) => d.kind === 'venue').map((d) => [d.subject, d.versions.map((v) => v.value).sort()]);

describe('where something happened, told by the grounds it happened on', () => {
  it('sets `on a Marrowby College campus` against `at the campus of Lakeside Academy` for one person', () => {
    const { analysis } = story({
      a: ['Wire A', 'Marrowby ferry\n\nOdile Fenner was hurt during a protest on a Marrowby College campus on Friday, the police said.'],
      b: ['Paper B', 'Protest turns violent\n\nOdile Fenner was struck by a bottle at the campus of Lakeside Academy, witnesses said.'],
    });
    expect(venues(analysis)).toEqual([['place of the event', ['Lakeside Academy', 'Marrowby College']]]);
  });

  it('guard: no disagreement when an outlet writes one place inside the other', () => {
    const { analysis } = story({
      a: ['Wire A', 'Marrowby ferry\n\nOdile Fenner was hurt during a protest on a Marrowby College campus on Friday, the police said.'],
      b: ['Paper B', 'Protest turns violent\n\nOdile Fenner was struck by a bottle on the grounds of Marrowby, witnesses said.'],
      c: ['Radio C', 'College shut\n\nClasses at Marrowby College in Marrowby were called off after the protest.'],
    });
    expect(venues(analysis)).toEqual([]);
  });
});

describe('a third language’s copy of a quote beside a translation already placed', () => {
  it('joins the statement through the cognates it shares with the other translation, not with the English words', () => {
    const { analysis } = story({
      a: ['Wire A', 'Ferry line shut\n\n“The ferry line is cancelled until 14 June, and all 212 crews will be paid,” Minister Ketil Aun said on Monday.'],
      b: [
        'Diario B',
        'Línea cerrada\n\n“La línea de transbordadores queda cancelada hasta el 14 de junio y las 212 tripulaciones cobrarán”, dijo el ministro Ketil Aun el lunes en Marrowby.',
      ],
      c: [
        'Jornal C',
        'Linha fechada\n\n“A linha de transbordadores foi cancelada”, disse o ministro Ketil Aun na segunda-feira em Marrowby, segundo a imprensa local.',
      ],
    });
    const row = clusterOf(analysis, 'a', 'The ferry line');
    expect(row).toBeDefined();
    expect(clusterOf(analysis, 'b', 'La línea')).toBe(row);
    expect(clusterOf(analysis, 'c', 'A linha')).toBe(row);
  });

  it('guard: a third language’s copy of another remark of the speaker stays out of the row', () => {
    const { analysis } = story({
      a: ['Wire A', 'Ferry line shut\n\n“The ferry line is cancelled until 14 June, and all 212 crews will be paid,” Minister Ketil Aun said on Monday.'],
      b: [
        'Diario B',
        'Línea cerrada\n\n“La línea de transbordadores queda cancelada hasta el 14 de junio y las 212 tripulaciones cobrarán”, dijo el ministro Ketil Aun el lunes en Marrowby.',
      ],
      c: ['Jornal C', 'Linha fechada\n\n“O lago está calmo e bonito”, disse o ministro Ketil Aun na segunda-feira em Marrowby, segundo a imprensa local.'],
    });
    const row = clusterOf(analysis, 'a', 'The ferry line');
    expect(row).toBeDefined();
    expect(clusterOf(analysis, 'c', 'O lago')).not.toBe(row);
  });
});

describe('a job for one person is no office', () => {
  it('reads `the former personal attorney of …` as no past holding of the attorney’s office', () => {
    const { analysis } = story({
      a: ['Wire A', 'Marrowby ferry\n\nInterim Harbour Attorney Odile Fenner filed the charges against the strikers on Monday.'],
      b: ['Paper B', 'Charges filed\n\nOdile Fenner, the former personal attorney of Pavo Struan, filed the charges against the strikers on Monday.'],
    });
    expect(titles(analysis)).toEqual([]);
  });
});

/** The subjects of each spelling disagreement. */
const spellings = (a: ReturnType<typeof story>['analysis']) =>
  a.disagreements.filter((d) => d.kind === 'spelling').map((d) => d.versions.map((v) => v.value).sort());

describe('a given name written in its short form', () => {
  it('is no other spelling of the name (`Teo Lusk` / `Teodor Lusk`)', () => {
    const { analysis } = story({
      a: ['Wire A', 'Marrowby ferry\n\nHarbour chief Teodor Lusk said the ferries would stay in port until Friday.'],
      b: ['Paper B', 'Ferries idle\n\nHarbour chief Teo Lusk said on Monday that the ferries would stay in port until Friday.'],
    });
    expect(spellings(analysis)).toEqual([]);
  });

  it('guard: a given name spelt with one letter changed is still another spelling', () => {
    const { analysis } = story({
      a: ['Wire A', 'Marrowby ferry\n\nHarbour chief Teodor Lusk said the ferries would stay in port until Friday.'],
      b: ['Paper B', 'Ferries idle\n\nHarbour chief Teodar Lusk said on Monday that the ferries would stay in port until Friday.'],
    });
    expect(spellings(analysis)).toEqual([['Teodar Lusk', 'Teodor Lusk']]);
  });
});
