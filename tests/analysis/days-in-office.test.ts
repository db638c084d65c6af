/**
 * Days or weeks counted from someone taking up a post ("nine days after taking charge", "two weeks after she was
 * sworn in") are how long they had held it: one fact about one person, compared as a time in office. A span after
 * something else ("three days after taking the test") is not. Invented story; expected versions written by reading
 * the sentences.
 */
import { describe, expect, it } from 'vitest';
import { story } from './story.ts';

/** Each number disagreement: its subject, whether the versions can all be right, and its versions with their articles. */
const values = (a: ReturnType<typeof story>['analysis']) =>
  a.disagreements
    .filter((d) => d.kind === 'number')
    .map((d) => [d.subject, d.compatible, d.versions.map((v) => `${v.value} (${v.sources.map((s) => s.article).join(', ')})`).sort()]);

describe('days in office', () => {
  it('reads days and weeks after taking up a post as one time in office', () => {
    const { analysis } = story({
      a: ['A', 'Kessmouth pilots strike\n\nOdile Brannach met the striking pilots on the quay nine days after taking charge of the port.'],
      b: ['B', 'Port strike\n\nHarbour master Odile Brannach had to face the pilots of Kessmouth two weeks after she was sworn in.'],
      c: ['C', 'Pilots\n\nThe new pilots joined the strike three days after taking the test, Odile Brannach said.'],
    });
    expect(values(analysis)).toEqual([['time in office: Odile Brannach', false, ['14 days (b)', '9 days (a)']]]);
  });
});
