/**
 * A clause before the speaker's name is nobody's when another subject opens the sentence ("The council urged …, while
 * Ortiz called for …"), but not when the name stands in a reporting clause that closes it ("…, but the crew were found safe,
 * Quist said."): every clause before that is the speaker's, and it must not join someone else's statement. Invented
 * story; expected rows written by reading the sentences.
 */
import { describe, expect, it } from 'vitest';
import { story } from './story.ts';

describe('a reporting clause that closes the sentence', () => {
  it("keeps the clauses before it with the speaker, out of another person's statement", () => {
    const { analysis } = story({
      a: ['A', 'Ferry halted\n\n“The island ferry will not sail again this week,” Mayor Carla Ortiz told the council on Monday.'],
      b: ['B', 'No ferry this week\n\n“The island ferry will not sail again this week,” Ortiz said after the vote.'],
      c: [
        'C',
        'Storm damage\n\n“We were lucky,” harbour master Lena Quist told reporters. The island ferry will not sail again this week, but the crew were all found safe and the hull was sound, Quist said.',
      ],
    });
    const ortiz = analysis.clusters.find((c) => c.members.some((m) => m.article === 'a' && m.text.startsWith('The island ferry')));
    expect(ortiz).toBeDefined();
    expect(ortiz!.members.some((m) => m.article === 'b')).toBe(true);
    expect(ortiz!.members.some((m) => m.article === 'c')).toBe(false);
  });
});
