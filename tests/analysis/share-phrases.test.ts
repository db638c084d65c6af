/**
 * A phrase quoted alone beside a share (`a 9% “reduced harbour levy”`) is not said of the same thing as its speaker's
 * quotation that holds the phrase with another share (`A reduced harbour levy of 18 per cent …`). Invented story; the
 * expected groups are written from reading the texts.
 */
import { describe, expect, it } from 'vitest';
import { clusterOf, story } from './story.ts';

const levy = 'A reduced harbour levy of 18 per cent starts in June for every cargo vessel.';

describe('a phrase quoted alone beside another share', () => {
  const { analysis } = story({
    a: ['Wire A', `Port fees\n\n“${levy}” port minister Odile Brandt told the assembly in Vessel Bay.`],
    b: ['Paper B', `New port fees\n\n“${levy}” port minister Odile Brandt said on Tuesday.`],
    c: [
      'Radio C',
      `Fees rise\n\nFishing boats will pay a 9% “reduced harbour levy” from June, while ferries keep paying 12 per cent, port minister Odile Brandt said.`,
    ],
    d: ['Site D', `Harbour fees\n\nOdile Brandt told fishers that their boats face a 9 per cent “reduced harbour levy” and ferries 12 per cent.`],
  });

  it('groups the phrase with its own kind, not with the quotation of the other share', () => {
    const quoted = clusterOf(analysis, 'a', 'A reduced harbour');
    expect(quoted).toBeDefined();
    expect(clusterOf(analysis, 'b', 'A reduced harbour')).toBe(quoted);
    const phrase = clusterOf(analysis, 'c', 'reduced harbour levy');
    expect(phrase).toBeDefined();
    expect(phrase).not.toBe(quoted);
    expect(clusterOf(analysis, 'd', 'reduced harbour levy')).toBe(phrase);
  });
});

describe('guard: a phrase quoted alone beside the same share', () => {
  const { analysis } = story({
    a: ['Wire A', `Port fees\n\n“${levy}” port minister Odile Brandt told the assembly in Vessel Bay.`],
    b: ['Paper B', `New port fees\n\n“${levy}” port minister Odile Brandt said on Tuesday.`],
    c: ['Radio C', `Fees rise\n\nCargo vessels will pay an 18% “reduced harbour levy” from June, port minister Odile Brandt said.`],
  });

  it('joins the quotation that holds it', () => {
    const quoted = clusterOf(analysis, 'a', 'A reduced harbour');
    expect(quoted).toBeDefined();
    expect(clusterOf(analysis, 'c', 'reduced harbour levy')).toBe(quoted);
  });
});
