/**
 * A short report that two outlets carry word for word ("and asked anglers to stay home"), a clause of a sentence
 * whose partial quote is grouped elsewhere: too few words to be grouped as a paraphrase, but the same words in the
 * same order, of one named speaker, are one report. The same words of two different speakers are not.
 * Invented stories; the expected groups are written from reading the texts.
 */
import { describe, expect, it } from 'vitest';
import { clusterOf, story } from './story.ts';

const wire = (speaker: string) => `Dam breach\n\nRegional Minister ${speaker} said the water had “swallowed whole streets,” and asked anglers to stay home.`;

describe('a short report word for word in two outlets', () => {
  it('is one row when one speaker is named', () => {
    const { analysis } = story({ a: ['Wire A', wire('Petra Lindqvist')], b: ['Copy B', wire('Petra Lindqvist')] });
    const row = clusterOf(analysis, 'a', 'and asked anglers');
    expect(row).toBeDefined();
    expect(clusterOf(analysis, 'b', 'and asked anglers')).toBe(row);
  });

  it('stays apart when two speakers are named', () => {
    const { analysis } = story({ a: ['Wire A', wire('Petra Lindqvist')], b: ['Copy B', wire('Jonas Aberg')] });
    const row = clusterOf(analysis, 'a', 'and asked anglers');
    expect(row === undefined || row !== clusterOf(analysis, 'b', 'and asked anglers')).toBe(true);
  });
});
