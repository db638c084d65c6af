/**
 * How long someone stayed in hospital ("stayed in hospital for 23 days", "hospitalised for three weeks"), in
 * sentences that name nobody but open on the same person's pronoun. A round figure in weeks allows half a week.
 * Invented stories; expected versions written by reading the sentences.
 */
import { describe, expect, it } from 'vitest';
import { story } from './story.ts';

type Analysis = ReturnType<typeof story>['analysis'];
const stays = (a: Analysis) =>
  a.disagreements.filter((d) => d.subject.includes('hospital stay')).map((d) => [d.compatible, d.versions.map((v) => v.value).sort()]);

describe('the length of a hospital stay', () => {
  it('compares days with weeks, a round figure in weeks fitting days within half a week', () => {
    const { analysis } = story({
      a: ['A', 'Judge Orlan dies\n\nJudge Ansel Orlan died on Monday. He stayed in hospital for 23 days before going home to Varrow.'],
      b: ['B', 'Orlan dead at 81\n\nJudge Ansel Orlan died on Monday. He had been hospitalised for three weeks with a lung infection.'],
    });
    expect(stays(analysis)).toEqual([[true, ['21 days', '23 days']]]);
  });

  it('says days and weeks far apart cannot both be right', () => {
    const { analysis } = story({
      a: ['A', 'Judge Orlan dies\n\nJudge Ansel Orlan died on Monday. He stayed in hospital for 40 days before going home to Varrow.'],
      b: ['B', 'Orlan dead at 81\n\nJudge Ansel Orlan died on Monday. He had been hospitalised for three weeks with a lung infection.'],
    });
    expect(stays(analysis)).toEqual([[false, ['21 days', '40 days']]]);
  });

  it('guard: sentences opening on different pronouns are about two people', () => {
    const { analysis } = story({
      a: ['A', 'Ferry crash\n\nTwo crew were hurt. He remained in hospital for 12 days before going home to Varrow.'],
      b: ['B', 'Ferry crash\n\nTwo crew were hurt. She had been hospitalised for two weeks with burns.'],
    });
    expect(stays(analysis)).toEqual([]);
  });
});
