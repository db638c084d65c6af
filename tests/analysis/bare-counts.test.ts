/**
 * Counts of the hurt with no noun: "over 1,300 injured in the crash", "around 700 have been injured", beside "more than
 * 650 people injured"; "1,420 injured passengers" is a count of passengers, read by the noun rule. Invented story;
 * expected versions written by reading the sentences.
 */
import { describe, expect, it } from 'vitest';
import { story } from './story.ts';

/** Each number disagreement: its subject and its versions, each with the articles that state it. */
const values = (a: ReturnType<typeof story>['analysis']) =>
  a.disagreements
    .filter((d) => d.kind === 'number')
    .map((d) => [d.subject, d.versions.map((v) => `${v.value} (${v.sources.map((s) => s.article).join(', ')})`).sort()]);

describe('counts of the injured with no noun', () => {
  it('compares "over 1,300 injured", "around 700 have been injured" and "more than 650 people injured"', () => {
    const { analysis } = story({
      a: ['A', 'Ferry capsizes\n\nThe capsizing near Dunmarra left over 1,300 injured in the harbour, officials said.'],
      b: ['B', 'Dunmarra ferry\n\nBy the evening around 700 have been injured, according to the port authority.'],
      c: ['C', 'Ferry disaster\n\nThe disaster left more than 650 people injured, the regional governor told reporters.'],
    });
    expect(values(analysis)).toEqual([['number of people injured', ['about 700 people (b)', 'more than 1,300 people (a)', 'more than 650 people (c)']]]);
  });
});
