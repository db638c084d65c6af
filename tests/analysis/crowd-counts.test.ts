/**
 * Crowds expected at an event: "48,000 spectators a night were set to watch the shows" and "30,000 ticket holders
 * were set to see the opening show" count the crowd at each show; "140,000 visitors had been expected for the whole
 * festival weekend" and "up to 175,000 spectators were scheduled to attend the five nights" count the crowd of all of
 * them. The two kinds are kept apart. Invented story; expected versions written by reading the sentences.
 */
import { describe, expect, it } from 'vitest';
import { story } from './story.ts';

/** Each number disagreement: its subject, whether the versions can all be right, and its versions with their articles. */
const values = (a: ReturnType<typeof story>['analysis']) =>
  a.disagreements
    .filter((d) => d.kind === 'number')
    .map((d) => [d.subject, d.compatible, d.versions.map((v) => `${v.value} (${v.sources.map((s) => s.article).join(', ')})`).sort()]);

describe('crowds expected at an event', () => {
  it('compares the crowd at each show with the crowd at each show, and the whole crowd with the whole crowd', () => {
    const { analysis } = story({
      a: ['A', "Festival off\n\nSome 48,000 spectators a night were set to watch the festival's open-air shows, the mayor said."],
      b: ['B', 'Corvel festival cancelled\n\nAbout 30,000 ticket holders were set to see the opening show in Corvel, police said.'],
      c: ['C', 'Corvel festival\n\nRoughly 140,000 visitors had been expected for the whole festival weekend, the tourism board estimated.'],
      d: ['D', 'Refunds in Corvel\n\nUp to 175,000 spectators were scheduled to attend the five nights in all.'],
    });
    expect(values(analysis)).toEqual([
      ['number of people expected at each event', false, ['about 30,000 people (b)', 'about 48,000 people (a)']],
      // "up to 175,000" may be about 140,000.
      ['number of people expected in all', true, ['about 140,000 people (c)', 'up to 175,000 people (d)']],
    ]);
  });
});
