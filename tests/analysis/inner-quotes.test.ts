/**
 * One outlet quotes a speaker's two remarks apart, the second of several sentences; another quotes them in one
 * quotation. The second remark's sentences go to statements of their own (nothing but the two quotations holds them),
 * yet the first outlet quotes them together: one statement, so the long quotation is split in two. Invented story;
 * the expected groups are written from reading the texts.
 */
import { describe, expect, it } from 'vitest';
import { clusterOf, story } from './story.ts';

const footage = 'The flood footage released tonight will leave people rightly angry';
const calm =
  'Those who want answers should not turn to violence. Violence is never the way forward; it is unlawful and harmful. I join the Ortega family in calling for calm protest.';

describe('a quotation of several sentences that another outlet quotes inside a longer one', () => {
  const { analysis } = story({
    a: ['Wire A', `Governor speaks\n\n“${footage},” Governor Alba Ruiz said on Friday. “${calm}” Ruiz added.`],
    b: ['Paper B', `Dam footage\n\n“${footage}. ${calm}” Governor Alba Ruiz said in a statement.`],
  });

  it('is one statement, and the longer quotation is split between the two', () => {
    const angry = clusterOf(analysis, 'a', 'The flood footage');
    const violence = clusterOf(analysis, 'a', 'Those who want');
    expect(angry).toBeDefined();
    expect(violence).toBeDefined();
    expect(angry).not.toBe(violence);
    expect(clusterOf(analysis, 'b', 'The flood footage')).toBe(angry);
    expect(clusterOf(analysis, 'b', 'Those who want')).toBe(violence);
  });
});
