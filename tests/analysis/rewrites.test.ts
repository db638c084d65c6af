/**
 * A machine rewrite: an article whose sentences follow another's one for one, each reworded so that no single
 * sentence shares enough words to be grouped on its own. The order of the two articles ties each reworded
 * sentence to the statement of the sentence it stands for; the same sentences in another order tie nothing.
 * Invented stories; the expected groups are written from reading the texts.
 */
import { describe, expect, it } from 'vitest';
import { whyMember } from '../../src/lib/views/why.ts';
import { clusterOf, story } from './story.ts';

const original = [
  'Harbour talks',
  '“The port has never had an easy decade, but it keeps growing,” Mayor Lena Okafor said on Monday.',
  'Okafor said the harbour board would meet again in May to settle the budget for dredging.',
  '“Closing the northern quay is not an option for a city like ours,” she said.',
  'The river is wide enough for both ferry companies to prosper, Okafor told reporters.',
  'The meeting lasted three hours at the old customs hall near the fish market.',
  'Dock workers waited outside with banners asking for longer contracts and safer cranes.',
].join('\n\n');

/** The original's sentences reworded, in the original's order. */
const reworded = [
  'The port has not had an easy decade yet continues to grow, the mayor stated on Monday.',
  'The harbour board will gather once more in May to fix the dredging budget.',
  'Closing the northern quay cannot be considered for such a town.',
  'The river is broad enough that the two ferry firms can flourish.',
  'The session ran for three hours in the customs hall beside the fish market.',
  'Outside, dock staff held banners demanding longer contracts and safer cranes.',
];

/** Another outlet quoting the quay statement, so that it is a statement two outlets carry. */
const quoting: [string, string] = ['Daily C', 'Quay\n\n“Closing the northern quay is not an option for a city like ours,” Mayor Lena Okafor said.'];

describe('a machine rewrite', () => {
  it('puts each reworded sentence with the statement of the sentence it stands for', () => {
    const { analysis } = story({
      a: ['Wire A', original],
      b: ['Copy B', ['Harbour talks', ...reworded].join('\n\n')],
      c: quoting,
    });
    const quay = clusterOf(analysis, 'a', 'Closing the northern quay');
    expect(clusterOf(analysis, 'c', 'Closing the northern quay')).toBe(quay);
    expect(clusterOf(analysis, 'b', 'Closing the northern quay cannot')).toBe(quay);
    const member = analysis.clusters.find((c) => c.id === quay)!.members.find((m) => m.article === 'b')!;
    expect(member.match.reasons).toContain('rewrite');
    expect(member.match.reasons).not.toContain('shared-words');
    expect(whyMember(member)).toContain('which this article follows sentence for sentence');
  });

  it('ties nothing when the same sentences come in another order', () => {
    const { analysis } = story({
      a: ['Wire A', original],
      b: ['Copy B', ['Harbour talks', ...[...reworded].reverse()].join('\n\n')],
      c: quoting,
    });
    const quay = clusterOf(analysis, 'a', 'Closing the northern quay');
    expect(clusterOf(analysis, 'b', 'Closing the northern quay cannot')).not.toBe(quay);
  });
});
