/**
 * A reporter's sentence that names nobody but opens with "She"/"He" is given the one person of the sentence before
 * it (named there, or the speaker of its quote), and one opening with a title ("The Harbour Master …") the one
 * person of the article with that title; so two outlets' reports of one announcement meet. Invented texts; the
 * expected speakers are written from reading them.
 */
import { describe, expect, it } from 'vitest';
import { mergePeople, parseArticle } from '../../src/lib/index.ts';
import { buildUnits } from '../../src/lib/analysis/units.ts';
import { clusterOf, story } from './story.ts';

const speakerOf = (body: string, startsWith: string) => {
  const records = mergePeople([
    parseArticle({
      id: 'a',
      source: `Port Elm news\n\n${body}`,
      meta: { story: 't', outlet: 'Harbour Post', published: '2024-05-06', kind: 'original', outlet_provenance: 'metadata' },
    }),
  ]);
  return buildUnits(records).find((u) => u.kind === 'reported' && u.text.startsWith(startsWith))?.speakerId;
};

describe('the subject of a sentence that names nobody', () => {
  it('is the one person of the sentence before, for an opening pronoun', () => {
    expect(speakerOf('Mara Quell has announced she will resign as mayor.\n\nShe also said the harbour vote will be held on May 14.', 'She also')).toBe(
      'mara-quell',
    );
    // The sentence before is a quote of hers, naming nobody.
    expect(
      speakerOf(
        'Mara Quell spoke at the quay on Monday, saying: “I am proud of this town.”\n\n“I gave it all I had.”\n\nShe said there was no hidden reason behind her decision.',
        'She said',
      ),
    ).toBe('mara-quell');
  });

  it('is the one person of the article with that title, for an opening title', () => {
    expect(
      speakerOf('Mayor Mara Quell closed the quay on Monday.\n\nShares were flat.\n\nThe Mayor also said the quay will reopen on May 14.', 'The Mayor'),
    ).toBe('mara-quell');
    expect(speakerOf('Mayor Mara Quell met Mayor Tomas Brekke on Monday.\n\nThe Mayor also said the quay will reopen on May 14.', 'The Mayor')).toBeNull();
  });

  it('stays unknown when the sentence before names two people, or nobody', () => {
    expect(speakerOf('Mara Quell met Tomas Brekke at the quay.\n\nHe said the harbour vote will be held on May 14.', 'He said')).toBeNull();
    expect(speakerOf('Mara Quell resigned.\n\nShares in ferry firms were flat.\n\nShe said the harbour vote will be held on May 14.', 'She said')).toBeNull();
  });

  it('lets two outlets’ reports of one announcement meet', () => {
    const { analysis } = story({
      a: [
        'Harbour Post',
        'Mayor resigns\n\nMara Quell has announced she will resign as mayor of Port Elm.\n\nShe also announced that the harbour vote will be held on Saturday, May 14.',
      ],
      b: [
        'Coast Daily',
        'Mayor leaves\n\nMara Quell is leaving the mayor’s office in Port Elm.\n\nQuell also announced this year’s harbour vote will be on Saturday, May 14.',
      ],
    });
    const id = clusterOf(analysis, 'a', 'She also announced');
    expect(id).toBeDefined();
    expect(clusterOf(analysis, 'b', 'Quell also announced')).toBe(id);
  });
});
