/**
 * A name written without its accents or without the full stop of an initial (or with its words in another order) is
 * spelt the same: "Zeynep Şahin" / "Zeynep Sahin", "Greta J. Kessler" / "Greta J Kessler". A letter changed is
 * still a spelling disagreement ("Lindqvist" / "Lindkvist"). Invented story; expected versions written by reading
 * the sentences.
 */
import { describe, expect, it } from 'vitest';
import { story } from './story.ts';

/** Each spelling disagreement: its subject and its versions with their articles. */
const spellings = (a: ReturnType<typeof story>['analysis']) =>
  a.disagreements
    .filter((d) => d.kind === 'spelling')
    .map((d) => [d.subject, d.versions.map((v) => `${v.value} (${v.sources.map((s) => s.article).join(', ')})`).sort()]);

describe('a name spelt the same', () => {
  it('reads accents, full stops and word order as no disagreement, and a changed letter as one', () => {
    const { analysis } = story({
      a: [
        'A',
        'Port strike\n\nThe union leader Zeynep Şahin said the strike would go on. Judge Greta J. Kessler heard the case. The harbour master Petra Lindqvist closed the quay.',
      ],
      b: [
        'B',
        'Strike goes on\n\nThe union leader Zeynep Sahin said the strike would continue. Judge Greta J Kessler heard the case on Monday. The harbour master Petra Lindkvist closed the quay.',
      ],
    });
    expect(spellings(analysis)).toEqual([['spelling of Petra Lindqvist', ['Petra Lindkvist (b)', 'Petra Lindqvist (a)']]]);
  });
});
