/**
 * A reporter's sentence whose source is left unnamed ("A senior navy official told reporters …", "A witness told
 * the paper …", "Bystander recalled …") is someone else than the named speaker of a statement with the same words: it does
 * not join that person's statement. Invented story; the
 * expected groups are written from reading the texts.
 */
import { describe, expect, it } from 'vitest';
import { clusterOf, story } from './story.ts';

const quote = (lead: string) => `${lead}\n\n“Our pilots brought the drone down over the sea with one missile,” President Harlan Voss said on Saturday.`;

describe('a sentence of an unnamed source', () => {
  it('stays out of a named speaker’s statement', () => {
    const { analysis } = story({
      a: ['Wire A', quote('Drone downed')],
      b: ['Paper B', quote('President hails pilots')],
      c: ['Site C', 'Navy account\n\nA senior navy official told reporters that pilots brought the drone down over the sea with a single missile.'],
    });
    const row = clusterOf(analysis, 'a', 'Our pilots');
    expect(row).toBeDefined();
    expect(clusterOf(analysis, 'b', 'Our pilots')).toBe(row);
    expect(clusterOf(analysis, 'c', 'A senior navy official')).not.toBe(row);
  });

  it('joins a statement no named person made', () => {
    const { analysis } = story({
      a: ['Wire A', 'Drone downed\n\nNavy officials said pilots brought the drone down over the sea with one missile on Saturday.'],
      b: ['Paper B', 'Navy statement\n\nThe navy said its pilots brought the drone down over the sea with one missile.'],
      c: ['Site C', 'Navy account\n\nA senior navy official told reporters that pilots brought the drone down over the sea with a single missile.'],
    });
    const row = clusterOf(analysis, 'a', 'Navy officials');
    expect(row).toBeDefined();
    expect(clusterOf(analysis, 'c', 'A senior navy official')).toBe(row);
  });

  it('stays out of it when the source is a witness', () => {
    const lost = (lead: string) =>
      `${lead}\n\n“We believe the van driver lost control on the wet bridge and struck the barrier at speed,” Chief Inspector Rune Hald said.`;
    const { analysis } = story({
      a: ['Wire A', lost('Bridge crash')],
      b: ['Paper B', lost('Van on bridge')],
      c: ['Site C', 'Crash account\n\nA witness told the paper that the van driver lost control on the wet bridge and struck the barrier before stopping.'],
      d: ['Post D', 'Bridge closed\n\nBystander recalled how the van driver lost control on the wet bridge and struck the barrier before stopping.'],
    });
    const row = clusterOf(analysis, 'a', 'We believe');
    expect(row).toBeDefined();
    expect(clusterOf(analysis, 'b', 'We believe')).toBe(row);
    expect(clusterOf(analysis, 'c', 'A witness told')).not.toBe(row);
    expect(clusterOf(analysis, 'd', 'Bystander recalled')).not.toBe(row);
  });
});
