/**
 * One office written two ways is no disagreement: "PM" and "Prime Minister", "premier", "Maj." and "Major",
 * "Bundeskanzlerin" and "Chancellor"; nor is a description beside an office ("billionaire", "brother"). Two offices
 * still are ("President" and "Chancellor"). Invented story; expected versions written by reading the sentences.
 */
import { describe, expect, it } from 'vitest';
import { story } from './story.ts';

/** Each title disagreement: its subject and the versions with their articles. */
const titles = (a: ReturnType<typeof story>['analysis']) =>
  a.disagreements
    .filter((d) => d.kind === 'title')
    .map((d) => [d.subject, d.versions.map((v) => `${v.value} (${v.sources.map((s) => s.article).join(', ')})`).sort()]);

describe('one office written two ways', () => {
  it('reads an abbreviation, another word and the German word as the same office', () => {
    const { analysis } = story({
      a: ['A', 'Flood visit\n\nPM Arjun Mehta visited the flooded district. Maj. Tomas Reyes led the rescue teams.'],
      b: ['B', 'Mehta in the valley\n\nPrime Minister Arjun Mehta visited the flooded district on Monday. Major Tomas Reyes led the rescue.'],
      c: ['C', 'Mehta visits\n\nThe premier Arjun Mehta visited the district.'],
      d: ['D', 'Chancellor speaks\n\nChancellor Lena Vogt called Mehta. Lisbon-based billionaire Omar Haddad offered boats.'],
      e: ['E', 'Vogt calls\n\nBundeskanzlerin Lena Vogt telefonierte mit Mehta. Omar Haddad, the chairman of Haddad Shipping, offered boats.'],
    });
    expect(titles(analysis)).toEqual([]);
  });

  it('still flags two different offices', () => {
    const { analysis } = story({
      a: ['A', 'Flood call\n\nChancellor Lena Vogt called the prime minister about the floods.'],
      b: ['B', 'Vogt calls\n\nPresident Lena Vogt called the prime minister about the floods.'],
    });
    expect(titles(analysis)).toEqual([['office of Lena Vogt', ['Chancellor (a)', 'President (b)']]]);
  });
});
