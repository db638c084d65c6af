/**
 * A phrase of two words quoted alone joins a longer quotation of its speaker through a near-synonym only when its
 * words stand together there (`clumsy start` / `awkward start`), not when one word is a synonym at one end of the
 * quotation and the other is met far from it. Invented story; expected rows written by reading the sentences.
 */
import { describe, expect, it } from 'vitest';
import { clusterOf, story } from './story.ts';

const harbour = {
  a: ['Fjord Courier', 'Two held at Nordvik\n\nHarbour inspector Maren Solvik called the two men held on Friday “reckless sailors” at a briefing.'],
  b: [
    'Coastline Weekly',
    'Two held at Nordvik\n\nHarbour inspector Maren Solvik said: “Careless steering at the mouth of the fjord has cost us two moorings this spring, and the fishing fleet and its sailors pay for it.”',
  ],
  c: [
    'Nordvik Post',
    'Two held at Nordvik\n\nHarbour inspector Maren Solvik described the pair as reckless sailors who had ignored every buoy in the channel.',
  ],
} satisfies Record<string, [string, string]>;

describe('a short phrase and a longer quotation of the same speaker', () => {
  it('stay apart when the phrase meets the quotation only through one synonym far from its other word', () => {
    const { analysis } = story(harbour);
    const phrase = clusterOf(analysis, 'a', 'reckless sailors');
    expect(phrase).toBeDefined();
    expect(clusterOf(analysis, 'b', 'Careless steering')).not.toBe(phrase);
    // The report that uses the phrase now finds its row.
    expect(clusterOf(analysis, 'c', 'Harbour inspector Maren Solvik described')).toBe(phrase);
  });

  it('guard: a phrase whose synonym stands beside its other word in the quotation still joins it', () => {
    const { analysis } = story({
      a: ['Fjord Courier', 'Season opens\n\nCoach Arvid Lunde called the first match “a clumsy start” on Sunday.'],
      b: ['Coastline Weekly', 'Season opens\n\nCoach Arvid Lunde said: “It was an awkward start for the whole squad, and we will do better next week.”'],
    });
    expect(clusterOf(analysis, 'a', 'a clumsy start')).toBe(clusterOf(analysis, 'b', 'It was an awkward start'));
  });
});
