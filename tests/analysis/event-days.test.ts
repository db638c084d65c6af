/**
 * The day of one event other than a meeting stated differently: "shot down the drone on Saturday" / "on Sunday";
 * "the ferry accident happened at 6 pm on Thursday" / "on Friday evening"; "late Sunday" and "Monday" can both be right.
 * A day that belongs to another clause ("learned on Saturday that she had died", "died two days after her fall
 * on Friday") is not the event's. Invented story; expected versions written by reading the sentences.
 */
import { describe, expect, it } from 'vitest';
import { story } from './story.ts';

/** Each day-of-an-event disagreement: its subject, whether the versions can all be right, and its versions with their articles. */
const days = (a: ReturnType<typeof story>['analysis']) =>
  a.disagreements
    .filter((d) => d.kind === 'date' && d.subject.startsWith('day of the'))
    .map((d) => [d.subject, d.compatible, d.versions.map((v) => `${v.value} (${v.sources.map((s) => s.article).join(', ')})`).sort()]);

describe('the day of one event', () => {
  it('compares the day a drone was shot down, and the day an accident happened', () => {
    const { analysis } = story({
      a: ['A', 'Drone downed\n\nNavy gunners on Saturday shot down an unmarked drone near Velmar Bay, the ministry said.'],
      b: ['B', 'Drone shot down\n\nNavy gunners shot down the unmarked drone above Velmar Bay on Sunday, a video shows.'],
      c: ['C', 'Ferry accident\n\nThe ferry accident happened at 6 pm on Thursday near the Ostra pier.'],
      d: ['D', 'Ferry mourning\n\nThe mayor declared a day of mourning for the ferry accident, which happened on Friday evening near Ostra.'],
    });
    expect(days(analysis)).toEqual([
      ['day of the shooting down', false, ['2024-05-04 (a)', '2024-05-05 (b)']],
      ['day of the event', false, ['2024-05-02 (c)', '2024-05-03 (d)']],
    ]);
  });

  it('lets "late Sunday" and "Monday" both be right, and leaves days of another clause alone', () => {
    const { analysis } = story({
      a: ['A', 'Dam failure\n\nThe Korrin dam burst late Sunday after days of rain, flooding the valley.'],
      b: ['B', 'Dam burst\n\nOn Monday the old Korrin dam burst after two days of rain.'],
      c: ['C', 'Climber dies\n\nThe climber Petra Lindqvist died in hospital two days after her fall on Friday.'],
      d: ['D', 'Climber dead\n\nHer brother learned on Saturday that Petra Lindqvist had died in hospital on Monday.'],
    });
    expect(days(analysis)).toEqual([['day of the burst', true, ['2024-05-05 (a)', '2024-05-06 (b)']]]);
  });

  it('compares the day of a vote, "early Wednesday" and "Tuesday" both right around midnight', () => {
    const { analysis } = story({
      a: ['A', 'Pier closed\n\nThe Harwick council voted early Wednesday to close the old pier for good.'],
      b: ['B', 'Harwick pier\n\nThe Harwick council voted on Tuesday to close the old pier, after a long night session.'],
    });
    expect(days(analysis)).toEqual([['day of the vote', true, ['2024-04-30 (b)', '2024-05-01 (a)']]]);
  });
});
