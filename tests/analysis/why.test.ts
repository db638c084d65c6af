/** The reader-facing explanation of a comparison row (src/lib/views/why.ts). */
import { describe, expect, it } from 'vitest';
import type { ClusterMember, StatementCluster } from '../../src/lib/index.ts';
import { listOf, whyMember, whyRow } from '../../src/lib/views/why.ts';
import { clusterOf, story } from './story.ts';

const member = (over: Partial<ClusterMember> & Pick<ClusterMember, 'match'>): ClusterMember => ({
  article: 'a',
  outlet: 'Agency A',
  quote: 'a#q1',
  kind: 'direct',
  text: 'x',
  start: 0,
  end: 1,
  similarity: 1,
  diff: [],
  ...over,
});

describe('why a row groups its wordings', () => {
  it('says each reason in words, with the swapped words and who else is named', () => {
    expect(whyMember(member({ match: { reasons: ['representative'], synonyms: [], attributedTo: null, score: 1 } }))).toBe(
      'The wording the others are compared with.',
    );
    expect(
      whyMember(
        member({
          match: {
            reasons: ['shared-words', 'synonyms', 'other-attribution'],
            synonyms: [
              ['sound', 'healthy'],
              ['stable', 'steady'],
            ],
            attributedTo: 'the foreign ministry',
            score: 0.8,
          },
        }),
      ),
    ).toBe(
      'Shares most of its key words with the other wordings. Uses words of like meaning (“sound” for “healthy” and “stable” for “steady”): likely another translation or a rewrite. Here the words are given to the foreign ministry.',
    );
    expect(whyMember(member({ kind: 'reported', match: { reasons: ['reported'], synonyms: [], attributedTo: null, score: 0.7 } }))).toBe(
      'The reporter’s paraphrase of the statement, not a quotation.',
    );
  });

  it('joins lists the way a sentence does', () => {
    expect(listOf([])).toBe('');
    expect(listOf(['AP'])).toBe('AP');
    expect(listOf(['AP', 'Reuters'])).toBe('AP and Reuters');
    expect(listOf(['AP', 'Reuters', 'Xinhua'])).toBe('AP, Reuters and Xinhua');
  });

  it('explains a real row: reference, outlets, confidence and links to each wording', () => {
    const { analysis } = story({
      a: ['Agency A', 'Readout\n\n“China-Africa relations are healthy and steady, and China has no intention to replace anyone,” spokesperson Mao Ning said.'],
      b: ['Agency B', 'Readout\n\n“China-Africa relations are sound and stable, and China does not seek to displace anyone,” spokesperson Mao Ning said.'],
    });
    const c: StatementCluster = analysis.clusters.find((x) => x.id === clusterOf(analysis, 'a', 'China-Africa'))!;
    const why = whyRow(c);
    expect(why.carriedBy).toBe('Carried by 2 outlets: Agency A and Agency B.');
    expect(why.reference).toBe(`Reference wording: “${c.representative}”`);
    expect(['Sure', 'Fairly sure']).toContain(why.confidenceLabel);
    // Each wording links to its quote in its article.
    expect(why.wordings.map((w) => w.href.split('#')[0])).toEqual(['/articles/a/', '/articles/b/']);
    expect(why.wordings.every((w) => w.href.includes('#'))).toBe(true);
    const other = why.wordings.find((w) => w.text !== c.representative)!;
    expect(other.why).toMatch(/Uses words of like meaning \(.*“(sound|healthy)” for “(healthy|sound)”.*\): likely another translation or a rewrite\./);
    // Nothing internal leaks into what a reader sees.
    for (const w of why.wordings) expect(w.why).not.toMatch(/shared-words|synonyms|other-attribution|representative\b/);
  });
});
