/**
 * A phrase quoted alone with one content word (`very patient`) joins a statement when the longer wordings of three in
 * four of its outlets hold it: one outlet quoting the statement as two quotations, one of them without the word, is
 * still one outlet that holds it. Invented story; the expected groups are written from reading the texts.
 */
import { describe, expect, it } from 'vitest';
import { clusterOf, story } from './story.ts';

describe('a one-word phrase and a statement one outlet quotes in two pieces', () => {
  const { analysis } = story({
    a: [
      'Wire A',
      `Harbour tests\n\n“The harbour water samples from every basin go to the lab each morning,” port doctor Ines Okafor said. “Stay very patient.”`,
    ],
    b: ['Paper B', `Water tests\n\n“The harbour water samples from every basin go to the lab each morning. Stay very patient,” port doctor Ines Okafor said.`],
    c: ['Radio C', `Port news\n\nPort doctor Ines Okafor asked residents to be “very patient” while the results are pending.`],
  });

  it('joins the statement whose outlets all hold the word', () => {
    const samples = clusterOf(analysis, 'b', 'The harbour water samples');
    expect(samples).toBeDefined();
    expect(clusterOf(analysis, 'a', 'The harbour water samples')).toBe(samples);
    expect(clusterOf(analysis, 'c', 'very patient')).toBe(samples);
  });
});
