/**
 * A person's surname written one letter off where the parser did not take it for the person. Invented stories;
 * expected versions written by reading the sentences.
 */
import { describe, expect, it } from 'vitest';
import { story } from './story.ts';

describe('a surname one letter off', () => {
  it('finds a surname with one letter more, even in an outlet that also writes it right', () => {
    const { analysis } = story({
      a: ['A', 'Ferry sinks\n\nHarbour chief Mira Kastelberg said divers were searching. Kastlberg said four crew were missing.'],
      b: ['B', 'Ferry sinks\n\nDivers are searching the bay, harbour chief Mira Kastelberg told reporters.'],
    });
    const found = analysis.disagreements.filter((d) => d.kind === 'spelling');
    expect(found.map((d) => [d.subject, d.versions.map((v) => v.value)])).toEqual([['spelling of Mira Kastelberg', ['Kastelberg', 'Kastlberg']]]);
    expect(found[0]!.versions[1]!.sources.map((s) => s.sentence)).toEqual(['Kastlberg said four crew were missing.']);
  });

  it('leaves alone a word and its longer form, and short names', () => {
    const { analysis } = story({
      a: ['A', 'Ferry sinks\n\nHarbour chief Mira Holland said divers were searching off Hollands Point.'],
      b: ['B', 'Ferry sinks\n\nDivers are searching the bay, harbour chief Mira Holland told reporters, and Lena Moore said so too. More divers came.'],
    });
    expect(analysis.disagreements.filter((d) => d.kind === 'spelling')).toEqual([]);
  });
});
