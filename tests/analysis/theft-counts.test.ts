/**
 * A theft told differently: how many thieves there were ("Three hooded burglars climbed in" / "Five burglars made off
 * with …") and how many things they took ("stole 11 objects" / "14 pieces were taken"). Thieves counted as arrested
 * are another count; stolen paintings and stolen cars are different things. Invented story; expected versions written
 * by reading the sentences.
 */
import { describe, expect, it } from 'vitest';
import { story } from './story.ts';

/** Each number disagreement: its subject and its versions with their articles. */
const values = (a: ReturnType<typeof story>['analysis']) =>
  a.disagreements
    .filter((d) => d.kind === 'number')
    .map((d) => [d.subject, d.versions.map((v) => `${v.value} (${v.sources.map((s) => s.article).join(', ')})`).sort()])
    .sort((x, y) => String(x[0]).localeCompare(String(y[0])));

describe('counts of a theft', () => {
  it('compares how many thieves there were and how many things they took', () => {
    const { analysis } = story({
      a: ['A', 'Gallery raid\n\nThree hooded burglars climbed into the Orsell gallery through a roof hatch before dawn.'],
      b: ['B', 'Orsell raid\n\nFive burglars made off with a silver casket from the Orsell gallery on Sunday.'],
      c: ['C', 'Raid in Orsell\n\nThe gang stole 11 objects from the Orsell gallery, including a silver casket.'],
      d: ['D', 'Orsell gallery\n\nIn all, 14 pieces were taken from the Orsell gallery, among them a silver casket.'],
    });
    const subjects = values(analysis);
    expect(subjects.find(([, v]) => (v as string[]).some((x) => x.includes('thieves')))?.[1]).toEqual(['3 thieves (a)', '5 thieves (b)']);
    expect(subjects.find(([, v]) => (v as string[]).some((x) => x.includes('(c)')))?.[1]).toEqual(['11 things (c)', '14 things (d)']);
  });

  it('guard: thieves arrested and different stolen things are not compared', () => {
    const { analysis } = story({
      a: ['A', 'Gallery raid\n\nThree burglars were arrested near the Orsell gallery on Monday.'],
      b: ['B', 'Orsell raid\n\nFive burglars made off with a silver casket from the Orsell gallery on Sunday.'],
      c: ['C', 'Raid in Orsell\n\nThe gang stole 11 paintings from the Orsell gallery.'],
      d: ['D', 'Orsell gallery\n\nThe gang stole 3 cars from the Orsell gallery yard.'],
    });
    expect(values(analysis)).toEqual([]);
  });
});
