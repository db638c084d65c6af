/**
 * Counts of people arrested, however they are put: "four suspects were arrested on Monday" and "on Monday border
 * guards detained six students" are one count (a verb of arrest before the count is its action; whoever is counted,
 * it is the number of arrests). Invented story; expected versions written by reading the sentences.
 */
import { describe, expect, it } from 'vitest';
import { story } from './story.ts';

/** Each number disagreement: its subject, whether the versions can all be right, and its versions with their articles. */
const values = (a: ReturnType<typeof story>['analysis']) =>
  a.disagreements
    .filter((d) => d.kind === 'number')
    .map((d) => [d.subject, d.compatible, d.versions.map((v) => `${v.value} (${v.sources.map((s) => s.article).join(', ')})`).sort()]);

describe('counts of people arrested', () => {
  it('reads a passive count and an active one with another noun as one count', () => {
    const { analysis } = story({
      a: ['A', 'Harbour festival plot\n\nFour suspects were arrested on Monday at a flat in Dunmore, detectives said.'],
      b: ['B', 'Dunmore plot foiled\n\nOn Monday border guards detained six students near the harbour, the ministry said.'],
    });
    expect(values(analysis)).toEqual([['number of people arrested (Monday)', false, ['4 people (a)', '6 people (b)']]]);
  });
});
