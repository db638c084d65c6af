/**
 * Where a speaker spoke from: "addressed the nation on Friday from Camp Orrin" against "Speaking from the Harbour
 * House, Dupont said …" is one speech placed in two places. Invented stories; expected versions written by reading
 * the sentences.
 */
import { describe, expect, it } from 'vitest';
import { story } from './story.ts';

type Analysis = ReturnType<typeof story>['analysis'];
const venues = (a: Analysis) => a.disagreements.filter((d) => d.kind === 'venue').map((d) => [d.subject, d.versions.map((v) => v.value).sort()]);

describe('the place a speech was given from', () => {
  it('finds one speaker addressing the nation from two places', () => {
    const { analysis } = story({
      a: ['A', 'Flood speech\n\nPresident Mara Dupont addressed the nation on Friday evening from Camp Orrin after the river burst its banks.'],
      b: ['B', 'Flood speech\n\nSpeaking from the Harbour House on Friday evening, President Mara Dupont said the army would rebuild the dykes.'],
    });
    expect(venues(analysis)).toEqual([['place of the speech', ['Camp Orrin', 'Harbour House']]]);
  });

  it('guard: two speakers speaking from two places, and a speaker speaking from the heart', () => {
    const { analysis } = story({
      a: ['A', 'Flood speech\n\nPresident Mara Dupont addressed the nation on Friday evening from Camp Orrin after the river burst its banks.'],
      b: ['B', 'Flood speech\n\nSpeaking from the Harbour House on Friday, mayor Ivo Lenk said the dykes would hold. Mara Dupont spoke from the heart.'],
    });
    expect(venues(analysis)).toEqual([]);
  });
});
