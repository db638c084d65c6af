/**
 * Two outlets quote two sentences each of one speaker, one sentence in common and worded a little apart, the other
 * sentences different: the pair in common ties the two quotations. Each quotation used to be compared with the other
 * only whole (or sentence by sentence against a one-sentence quote), and the different sentences hid the one they
 * share. Invented story; expected rows written by reading the sentences.
 */
import { describe, expect, it } from 'vitest';
import { clusterOf, story } from './story.ts';

describe('two quotations of several sentences that share one', () => {
  it('are one statement', () => {
    const { analysis } = story({
      a: [
        'Coast Post',
        'Ferry stays in port\n\n“Mending the cracked hull will cost roughly forty thousand crowns. Nobody on the island remembers a winter storm tearing through the breakwater like this one, and the old pier lights went dark for two nights,” harbour master Ada Brel said.',
      ],
      b: [
        'Harbour Times',
        'Ferry stays in port\n\n“We expect the insurers to settle every claim from the fishing families before the spring markets open again. Mending the cracked hull will cost about forty thousand crowns,” Ada Brel said.',
      ],
    });
    const a = clusterOf(analysis, 'a', 'Mending the cracked hull');
    expect(a).toBeDefined();
    expect(clusterOf(analysis, 'b', 'Mending the cracked hull') ?? clusterOf(analysis, 'b', 'We expect the insurers')).toBe(a);
  });

  it('guard: two quotations of one speaker with no sentence in common stay apart', () => {
    const { analysis } = story({
      a: [
        'Coast Post',
        'Ferry stays in port\n\n“Mending the cracked hull will cost roughly forty thousand crowns. The old pier lights went dark for two nights,” harbour master Ada Brel said.',
      ],
      b: [
        'Harbour Times',
        'Ferry stays in port\n\n“We expect the insurers to settle every claim before the spring markets open. The fishing families have waited long enough for the crowns they are owed,” Ada Brel said.',
      ],
    });
    expect(clusterOf(analysis, 'b', 'We expect the insurers')).not.toBe(clusterOf(analysis, 'a', 'Mending the cracked hull'));
  });
});
