/**
 * Grouping round 32: statements and facts of shapes any story can have. Invented story: a flood and a lost pier in
 * the river port of Callowmere.
 */
import { describe, expect, it } from 'vitest';
import { clusterOf, story } from './story.ts';

describe('a short middle sentence quoted with one neighbour here and the other there', () => {
  const first = 'It is with a heavy heart that the harbour board reports that the old Callowmere pier went under overnight.';
  const middle = 'The crews reached the bank.';
  const last = 'We ask the families of the port to keep away from the river wall until the water falls.';

  it('is a statement of its own, not the tie between the two sentences around it', () => {
    const { analysis } = story({
      a: ['Daily A', `Pier lost\n\n“${first} ${middle}” harbour master Ines Vardal said on Monday.`],
      b: ['Daily B', `Flood\n\n“${middle} ${last}” Ines Vardal said.`],
      c: ['Daily C', `Callowmere\n\n“${first} ${middle}” the harbour master, Ines Vardal, said.`],
      d: ['Daily D', `River port\n\n“${middle} ${last}” harbour master Ines Vardal told reporters.`],
      e: ['Daily E', `Pier\n\n“${first}” Ines Vardal said. “${last}” she added.`],
    });
    const safe = clusterOf(analysis, 'a', middle);
    expect(safe).toBeDefined();
    expect(clusterOf(analysis, 'b', middle)).toBe(safe);
    expect(clusterOf(analysis, 'c', middle)).toBe(safe);
    expect(clusterOf(analysis, 'd', middle)).toBe(safe);
    expect(clusterOf(analysis, 'e', 'It is with')).not.toBe(safe);
    expect(clusterOf(analysis, 'e', 'We ask')).not.toBe(safe);
    expect(clusterOf(analysis, 'e', 'It is with')).not.toBe(clusterOf(analysis, 'e', 'We ask'));
  });

  it('guard: a short sentence every outlet quotes after the same sentence stays with it', () => {
    const { analysis } = story({
      a: ['Daily A', `Pier lost\n\n“${first} ${middle}” harbour master Ines Vardal said on Monday.`],
      b: ['Daily B', `Flood\n\n“${first} ${middle}” Ines Vardal said.`],
      c: ['Daily C', `Callowmere\n\n“${last}” the harbour master, Ines Vardal, said.`],
    });
    const members = analysis.clusters.flatMap((c) => c.members).filter((m) => m.article === 'a');
    expect(members.map((m) => m.text)).toEqual([`${first} ${middle}`]);
    expect(clusterOf(analysis, 'a', 'It is with')).toBe(clusterOf(analysis, 'b', 'It is with'));
  });
});

/** Each date disagreement: its subject and its versions, sorted. */
const dates = (a: ReturnType<typeof story>['analysis']) =>
  a.disagreements
    .filter((d) => d.kind === 'date')
    .map((d) => [d.subject, d.versions.map((v) => v.value).sort()])
    .sort();

describe('the year of one past event of a life or a career', () => {
  it('compares the year of one diagnosis written with the verb and with the noun', () => {
    const { analysis } = story({
      a: ['Wire A', 'Callowmere mourns\n\nThe ferryman Oskar Prell has died at 81. Doctors diagnosed a rare lung illness in 2016.'],
      b: ['Paper B', 'Oskar Prell dies\n\nOskar Prell kept the Callowmere ferry running for forty years, despite a lung illness diagnosis in 2017.'],
    });
    expect(dates(analysis)).toEqual([['year of the diagnosis', ['2016', '2017']]]);
  });

  it('compares leaving and being dismissed from one crew, the year written first or after the verb', () => {
    const { analysis } = story({
      a: ['Wire A', 'Callowmere mourns\n\nOskar Prell left the lifeboat crew in 1988 and bought the Callowmere ferry.'],
      b: ['Paper B', 'Oskar Prell dies\n\nIn 1987, Oskar Prell was dismissed from the lifeboat crew, and he bought the ferry soon after.'],
    });
    expect(dates(analysis)).toEqual([['year of the departure', ['1987', '1988']]]);
  });

  it('guard: two departures years apart are two events, not one told differently', () => {
    const { analysis } = story({
      a: ['Wire A', 'Callowmere mourns\n\nOskar Prell left the lifeboat crew in 1988 and bought the Callowmere ferry.'],
      b: ['Paper B', 'Oskar Prell dies\n\nOskar Prell rejoined the crew later and finally left the lifeboat crew in 2001.'],
    });
    expect(dates(analysis)).toEqual([]);
  });

  it('guard: the same kind of event of two named people is not compared', () => {
    const { analysis } = story({
      a: ['Wire A', 'Callowmere mourns\n\nOskar Prell left the lifeboat crew in 1988 and bought the Callowmere ferry.'],
      b: ['Paper B', 'Harbour news\n\nMinister Hanne Solberk left the lifeboat crew in 1989 to stand for the council.'],
    });
    expect(dates(analysis)).toEqual([]);
  });
});

describe('a foreign copy of a quote the parser gave to words, not to a person', () => {
  const english = {
    a: [
      'Daily A',
      'Pier lost\n\nThe harbour board of Callowmere wrote in a notice: “We thank the divers and the pilots for their heroic efforts in the flood.”',
    ],
    b: ['Daily B', 'Flood\n\n“We thank the divers and the pilots for their heroic efforts in the flood,” the notice read.'],
  } as Record<string, [string, string]>;
  const frame =
    'Le port de Callowmere\n\nLe quai historique de Callowmere a été emporté par la crue dans la nuit de dimanche à lundi, selon les autorités du port.';
  const words = '« Nous remercions les plongeurs et les pilotes pour leurs efforts héroïques pendant la crue »';

  it('joins the English statement it shares the most cognates with, as a quote given nobody does', () => {
    const { analysis } = story({ ...english, c: ['Journal C', `${frame} ${words}, ont écrit les proches des marins.`] });
    expect(clusterOf(analysis, 'c', 'Nous remercions')).toBe(clusterOf(analysis, 'a', 'We thank the'));
  });

  it('guard: a named person’s foreign quote that no English statement of theirs holds stays apart', () => {
    const { analysis } = story({ ...english, c: ['Journal C', `${frame} ${words}, a déclaré la ministre Hanne Solberk.`] });
    expect(clusterOf(analysis, 'c', 'Nous remercions')).not.toBe(clusterOf(analysis, 'a', 'We thank the'));
  });
});

describe('a clock time written the French way in a translated quote', () => {
  it('is the number the English wording writes with a colon (`6h40` / `6:40`), which points at one statement', () => {
    const { analysis } = story({
      a: [
        'Daily A',
        'Pier lost\n\n“At 6:40 this morning the old pier of Callowmere went under the river,” Minister Hanne Solberk said. “We will build the harbour again, stone by stone,” she added.',
      ],
      b: [
        'Daily B',
        'Flood\n\n“At 6:40 this morning the old pier of Callowmere went under the river,” said Hanne Solberk, the minister. “We will build the harbour again, stone by stone,” Solberk said.',
      ],
      c: [
        'Journal C',
        'Callowmere\n\nLe quai de Callowmere a été emporté par la crue dans la nuit, selon les autorités. « Ce matin à 6h40, le vieux quai a disparu sous l’eau », a déclaré la ministre Hanne Solberk.',
      ],
    });
    expect(clusterOf(analysis, 'c', 'Ce matin')).toBe(clusterOf(analysis, 'a', 'At 6:40'));
  });
});

/** Each number disagreement: its subject and its versions, sorted. */
const numbers = (a: ReturnType<typeof story>['analysis']) =>
  a.disagreements
    .filter((d) => d.kind === 'number')
    .map((d) => [d.subject, d.versions.map((v) => v.value).sort()])
    .sort();

describe('how many people a body or a faith has, stated in passing', () => {
  it('compares `the world’s N Rivermen` with a `N-member Rivermen Guild`', () => {
    const { analysis } = story({
      a: ['Wire A', 'Guild meets\n\nThe pilots’ guild, which speaks for the world’s 41,000 Rivermen, met at Callowmere on Monday.'],
      b: ['Paper B', 'Callowmere\n\nOskar Prell chaired a meeting of the 45,000-member Rivermen Guild in the flooded port on Monday.'],
    });
    expect(numbers(analysis)).toEqual([['number of members (Rivermen)', ['41,000 members', '45,000 members']]]);
  });

  it('guard: the members of two different bodies are not compared', () => {
    const { analysis } = story({
      a: ['Wire A', 'Guild meets\n\nThe pilots’ guild, which speaks for the world’s 41,000 Rivermen, met at Callowmere on Monday.'],
      b: ['Paper B', 'Callowmere\n\nOskar Prell chaired a meeting of the 45,000-member Ferrymen Guild in the flooded port on Monday.'],
    });
    expect(numbers(analysis)).toEqual([]);
  });
});

/** Each crowd disagreement: its subject, whether the versions can all be true, and its versions, sorted. */
const crowds = (a: ReturnType<typeof story>['analysis']) =>
  a.disagreements
    .filter((d) => d.subject.startsWith('size of the crowd'))
    .map((d) => [d.subject, d.compatible, d.versions.map((v) => v.value).sort()])
    .sort();

describe('the size of a crowd at a named place, as an order of magnitude', () => {
  it('sets tens of thousands against hundreds of thousands in one square: both cannot be true', () => {
    const { analysis } = story({
      a: ['Wire A', 'Pier lost\n\nTens of thousands crowded into Callowmere Quay Square on Monday to hear Minister Hanne Solberk.'],
      b: ['Paper B', 'Flood\n\nHundreds of thousands of mourners gathered in Callowmere Quay Square as Hanne Solberk spoke.'],
    });
    expect(crowds(analysis)).toEqual([['size of the crowd in Callowmere Quay Square', false, ['hundreds of thousands', 'tens of thousands']]]);
  });

  it('reads a bare `thousands` as at least that many: it may be the same crowd as tens of thousands', () => {
    const { analysis } = story({
      a: ['Wire A', 'Pier lost\n\nTens of thousands crowded into Callowmere Quay Square on Monday to hear Minister Hanne Solberk.'],
      b: ['Paper B', 'Flood\n\nThousands of people waited in Callowmere Quay Square as Hanne Solberk spoke.'],
    });
    expect(crowds(analysis)).toEqual([['size of the crowd in Callowmere Quay Square', true, ['tens of thousands', 'thousands']]]);
  });

  it('guard: crowds at two different places are not compared', () => {
    const { analysis } = story({
      a: ['Wire A', 'Pier lost\n\nTens of thousands crowded into Callowmere Quay Square on Monday to hear Minister Hanne Solberk.'],
      b: ['Paper B', 'Flood\n\nHundreds of thousands of mourners gathered in Brackwater Park across the river.'],
    });
    expect(crowds(analysis)).toEqual([]);
  });
});
