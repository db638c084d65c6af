/**
 * A person's age as outlets state it ("Dario Kessler, 61,", "63-year-old Kessler", "the 62-year-old" after his name):
 * two ages of one person disagree, a year apart both may be right. Invented stories; expected versions written by
 * reading the sentences.
 */
import { describe, expect, it } from 'vitest';
import { story } from './story.ts';

const ages = (a: ReturnType<typeof story>['analysis']) => a.disagreements.filter((d) => d.kind === 'number' && d.subject.startsWith('age'));
const values = (a: ReturnType<typeof story>['analysis']) => ages(a).map((d) => d.versions.map((v) => v.value).sort());

describe('ages of one person', () => {
  it('finds two outlets giving one harbour master ages two years apart, which cannot both be right', () => {
    const { analysis } = story({
      a: ['A', 'Harbour master held\n\nHarbour master Dario Kessler, 61, was held on Tuesday after the ferry ran aground.'],
      b: ['B', 'Arrest at the port\n\nPolice held 63-year-old Dario Kessler after the ferry ran aground near Orvale.'],
    });
    expect(values(analysis)).toEqual([['61 years', '63 years']]);
    expect(ages(analysis)[0]!.subject).toBe('age: Dario Kessler');
    expect(ages(analysis)[0]!.compatible).toBe(false);
  });

  it('reads "the 62-year-old" after the one person its sentence names, and a year apart as compatible', () => {
    const { analysis } = story({
      a: ['A', 'Harbour master held\n\nHarbour master Dario Kessler, 61, was held on Tuesday after the ferry ran aground.'],
      b: ['B', 'Port arrest\n\nThe ferry company said Dario Kessler had been suspended, and police questioned the 62-year-old.'],
    });
    expect(values(analysis)).toEqual([['61 years', '62 years']]);
    expect(ages(analysis)[0]!.compatible).toBe(true);
  });

  it('gives no age to a description ("the 33-year-old captain"), to a child witness, or where two people are named', () => {
    const { analysis } = story({
      a: ['A', 'Harbour master held\n\nHarbour master Dario Kessler, 61, was held on Tuesday after the ferry ran aground.'],
      b: ['B', 'Port arrest\n\nDario Kessler argued with the 33-year-old captain, a 6-year-old witness said. Dario Kessler and Mina Osei met the 40-year-old.'],
    });
    expect(ages(analysis)).toEqual([]);
  });
});
