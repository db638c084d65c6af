/**
 * A short phrase quoted alone by two outlets (Varga called the gang “small-time burglars”) and a reporter's sentence of
 * the same speaker that uses the phrase without marks: one statement. A report joins a statement through its longer
 * wordings, so a row of phrases alone used to take none. Invented story; expected rows written by reading the
 * sentences.
 */
import { describe, expect, it } from 'vitest';
import { clusterOf, story } from './story.ts';

const articles = (third: string) =>
  ({
    a: ['Coast Post', 'Gang held\n\nInspector Ilse Varga called the pair caught on Monday “small-time burglars” at a briefing in Marrow Bay.'],
    b: ['Harbour Times', 'Gang held\n\nThe pair were “small-time burglars”, Inspector Ilse Varga told the briefing, and the paintings were safe.'],
    c: ['Bay Daily', `Gang held\n\nThe museum in Marrow Bay reopened on Tuesday. ${third}`],
  }) satisfies Record<string, [string, string]>;

describe('a report that uses a phrase its speaker is quoted saying alone', () => {
  it('joins the row of the phrase', () => {
    const { analysis } = story(articles('Inspector Ilse Varga said the pair were small-time burglars from the docks who had worked alone.'));
    const row = clusterOf(analysis, 'a', 'small-time burglars');
    expect(row).toBeDefined();
    expect(clusterOf(analysis, 'b', 'small-time burglars')).toBe(row);
    expect(clusterOf(analysis, 'c', 'Inspector Ilse Varga said')).toBe(row);
  });

  it('joins it too when the sentence has no speech verb but names what the speaker called them', () => {
    const { analysis } = story(articles('Inspector Ilse Varga dismissed the pair as small-time burglars from the docks.'));
    const row = clusterOf(analysis, 'a', 'small-time burglars');
    expect(clusterOf(analysis, 'c', 'Inspector Ilse Varga dismissed')).toBe(row);
  });

  it('guard: a sentence with no speech verb that only holds the words stays out', () => {
    const { analysis } = story(articles('Inspector Ilse Varga has caught small-time burglars from the docks before, in other years.'));
    const row = clusterOf(analysis, 'a', 'small-time burglars');
    expect(clusterOf(analysis, 'c', 'Inspector Ilse Varga has caught')).not.toBe(row);
  });
});
