/**
 * Survivors counted with no noun: "31 are believed to have survived" against "34 passengers survived" are two
 * counts of the survivors. Invented story; expected versions written by reading the sentences.
 */
import { describe, expect, it } from 'vitest';
import { story } from './story.ts';

/** Each number disagreement: its subject and its versions, each with the articles that state it. */
const values = (a: ReturnType<typeof story>['analysis']) =>
  a.disagreements
    .filter((d) => d.kind === 'number')
    .map((d) => [d.subject, d.versions.map((v) => `${v.value} (${v.sources.map((s) => s.article).join(', ')})`).sort()]);

describe('counts of survivors with no noun', () => {
  it('compares "31 are believed to have survived" with "34 passengers survived"', () => {
    const { analysis } = story({
      a: ['A', 'Marsh landing\n\nRescuers wading through the reeds near Pellow said 31 are believed to have survived.'],
      b: ['B', 'Pellow crash\n\nHospital staff in Pellow said 34 passengers survived and were being treated for burns.'],
    });
    expect(values(analysis)).toEqual([['number of people survived', ['31 people (a)', '34 passengers (b)']]]);
  });

  it('guard: the same number of survivors agrees', () => {
    const { analysis } = story({
      a: ['A', 'Marsh landing\n\nRescuers wading through the reeds near Pellow said 31 are believed to have survived.'],
      b: ['B', 'Pellow crash\n\nHospital staff in Pellow said 31 passengers survived and were being treated for burns.'],
    });
    expect(values(analysis)).toEqual([]);
  });
});
