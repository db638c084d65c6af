/**
 * A reporter's sentence that names someone else first and closes with a reporting clause ("…, Kessler put the
 * paintings in a van …, Ilse Varga said.") holds the words of the person named in that clause, not of the first
 * person it names: it joins the statement Varga is quoted making. Invented story; expected rows written by reading
 * the sentences.
 */
import { describe, expect, it } from 'vitest';
import { clusterOf, story } from './story.ts';

const articles = (report: string) =>
  ({
    a: [
      'Coast Post',
      'Van found\n\nInspector Ilse Varga said the driver had “loaded the stolen paintings into a grey van, hoping to cross the toll bridge at dawn”.',
    ],
    b: [
      'Harbour Times',
      'Van found\n\nVarga told reporters that the man “loaded the stolen paintings into a grey van, hoping to cross the toll bridge at dawn”.',
    ],
    c: ['Bay Daily', `Van found\n\nThe suspect, Tomas Kessler, has not been charged. “We know where he went,” Inspector Ilse Varga said. ${report}`],
  }) satisfies Record<string, [string, string]>;

describe('a reporting clause that closes the sentence names its speaker', () => {
  it('gives the sentence to the person named there, not the first person it names', () => {
    const { analysis } = story(
      articles('Late on Sunday, Kessler put the stolen paintings in a grey van and hoped to cross the toll bridge at dawn, Ilse Varga said.'),
    );
    const van = clusterOf(analysis, 'a', 'loaded the stolen paintings');
    expect(van).toBeDefined();
    expect(clusterOf(analysis, 'b', 'loaded the stolen paintings')).toBe(van);
    // The sentence may be cut into clauses; the one that reports the remark is in its row.
    expect(analysis.clusters.find((c) => c.id === van)!.members.some((m) => m.article === 'c')).toBe(true);
  });

  it('guard: a sentence with no closing reporting clause stays the first named person’s', () => {
    const { analysis } = story(
      articles('Kessler said he put the stolen paintings in a grey van and hoped to cross the toll bridge at dawn, after Ilse Varga left.'),
    );
    const van = clusterOf(analysis, 'a', 'loaded the stolen paintings');
    expect(analysis.clusters.find((c) => c.id === van)!.members.some((m) => m.article === 'c')).toBe(false);
  });
});
