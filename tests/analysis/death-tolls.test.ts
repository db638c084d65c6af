/**
 * A death toll an authority gives, reported by one outlet ("officials said at least 14 people had died") and stated as
 * plain fact by others in other words ("The official death toll of 14", "At least fourteen people have been
 * killed"): one row, apart from a later toll, and without a sentence that only dates something else by the toll.
 * Invented story; the expected groups are written from reading the texts.
 */
import { describe, expect, it } from 'vitest';
import { tollOf } from '../../src/lib/analysis/tolls.ts';
import { clusterOf, story } from './story.ts';

describe('the toll a sentence gives', () => {
  it('reads digits, words and the usual wordings', () => {
    expect(tollOf('The death toll rose to at least 96 late Sunday, according to county officials.')).toBe(96);
    expect(tollOf('The quake struck near the coast, killing at least 1,037 people and injuring 1,204 others.')).toBe(1037);
    expect(tollOf('The storm resulted in the tragic loss of at least six lives, the mayor said.')).toBe(6);
    expect(tollOf('At least 36 people have died as a result of the fires.')).toBe(36);
    expect(tollOf('It was the worst fire since the 2018 blaze in Corvo, which killed 85 people.')).toBeNull();
    expect(tollOf('The governor declared an emergency after at least 14 people were killed.')).toBeNull();
    expect(tollOf('About 300 homes were destroyed.')).toBeNull();
  });
});

describe('sentences that give one death toll', () => {
  const { analysis } = story({
    a: ['Wire A', 'Mudslide in Corvo\n\nRegional officials said on Tuesday that at least 14 people had died in the mudslide near Corvo.'],
    b: ['Paper B', 'Corvo buried\n\nThe official death toll of 14 is expected to rise as rescuers dig through the mud.'],
    c: ['Site C', 'Hillside gives way\n\nAt least fourteen people have been killed, and dozens of homes were buried under the hillside.'],
    d: ['Wire D', 'Corvo toll climbs\n\nThe death toll rose to 31 on Thursday, the regional civil protection agency said.'],
    e: ['Paper E', 'Rescue goes on\n\nThe mudslide has killed 31 people, according to the civil protection agency.'],
    f: ['Site F', 'State of emergency\n\nGovernor Ilse Marrow declared a state of emergency after at least 14 people were killed in the mudslide.'],
  });

  it('are one row, each member saying it gives the same toll', () => {
    const row = clusterOf(analysis, 'a', 'Regional officials');
    expect(row).toBeDefined();
    expect(clusterOf(analysis, 'b', 'The official death toll')).toBe(row);
    expect(clusterOf(analysis, 'c', 'At least fourteen')).toBe(row);
    const members = analysis.clusters.find((c) => c.id === row)!.members;
    expect(members.filter((m) => m.match.reasons.includes('toll')).length).toBeGreaterThanOrEqual(2);
  });

  it('keep a later toll in a row of its own', () => {
    const later = clusterOf(analysis, 'd', 'The death toll rose');
    expect(later).toBeDefined();
    expect(clusterOf(analysis, 'e', 'The mudslide has killed')).toBe(later);
    expect(later).not.toBe(clusterOf(analysis, 'a', 'Regional officials'));
  });

  it('leave out a sentence that only dates something else by the toll', () => {
    expect(clusterOf(analysis, 'f', 'Governor')).not.toBe(clusterOf(analysis, 'a', 'Regional officials'));
  });
});
