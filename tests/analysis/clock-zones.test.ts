/**
 * One event's time given in local time by some outlets and in a named zone by others ("around 2:40 a.m." /
 * "around 3:40 a.m. EST"): compared, and flagged as possibly all right when whole hours apart. Invented stories;
 * expected versions written by reading the sentences.
 */
import { describe, expect, it } from 'vitest';
import { story } from './story.ts';

type Analysis = ReturnType<typeof story>['analysis'];
const times = (a: Analysis) =>
  a.disagreements
    .filter((d) => d.kind === 'number' && d.subject.startsWith('time of'))
    .map((d) => [d.subject, d.compatible, d.versions.map((v) => v.value).sort()]);

describe('a time of day in local time against one in a named zone', () => {
  it('compares them, and says whole hours apart may both be right', () => {
    const { analysis } = story({
      a: ['A', 'Dam breach\n\nThe breach happened around 2:40 a.m. below the old Tessel dam, the water board said.'],
      b: ['B', 'Tessel dam\n\nThe breach occurred around 3:40 a.m. EST below the Tessel dam, flooding two farms.'],
    });
    expect(times(analysis)).toEqual([['time of the event', true, ['around 2:40 am', 'around 3:40 am EST']]]);
  });

  it('says a local time and a zoned one that no whole hours reconcile cannot both be right', () => {
    const { analysis } = story({
      a: ['A', 'Dam breach\n\nThe breach happened at 2:10 a.m. below the old Tessel dam, the water board said.'],
      b: ['B', 'Tessel dam\n\nThe breach occurred at 2:40 a.m. EST below the Tessel dam, flooding two farms.'],
    });
    expect(times(analysis)).toEqual([['time of the event', false, ['2:10 am', '2:40 am EST']]]);
  });

  it('guard: two named zones are still never compared', () => {
    const { analysis } = story({
      a: ['A', 'Dam breach\n\nThe breach happened at 7:40 GMT below the old Tessel dam, the water board said.'],
      b: ['B', 'Tessel dam\n\nThe breach occurred at 8:40 CET below the Tessel dam, flooding two farms.'],
    });
    expect(times(analysis)).toEqual([]);
  });
});
