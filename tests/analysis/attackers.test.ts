/**
 * How many attackers there were, stated differently: "three masked men stormed the bank" / "up to four gunmen
 * attacked" / "witnesses counted at least four attackers". Counts of attackers arrested or killed are other counts.
 * Invented story; expected versions written by reading the sentences.
 */
import { describe, expect, it } from 'vitest';
import { story } from './story.ts';

/** Each number disagreement: its subject, whether the versions can all be right, and its versions with their articles. */
const values = (a: ReturnType<typeof story>['analysis']) =>
  a.disagreements
    .filter((d) => d.kind === 'number')
    .map((d) => [d.subject, d.compatible, d.versions.map((v) => `${v.value} (${v.sources.map((s) => s.article).join(', ')})`).sort()]);

describe('the number of attackers', () => {
  it('compares "three masked men stormed", "up to four gunmen attacked" and "at least four attackers"', () => {
    const { analysis } = story({
      a: ['A', 'Bank raid\n\nThree masked men stormed the Lindell savings bank shortly after it opened.'],
      b: ['B', 'Lindell raid\n\nUp to four gunmen attacked the Lindell savings bank, the police said.'],
      c: ['C', 'Raid in Lindell\n\nWitnesses counted at least four attackers.'],
      d: ['D', 'Arrests\n\nTwo gunmen were arrested near the Lindell savings bank on Tuesday.'],
    });
    expect(values(analysis)).toEqual([['number of attackers', false, ['3 attackers (a)', 'at least 4 attackers (c)', 'up to 4 attackers (b)']]]);
  });
});
