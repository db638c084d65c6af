/**
 * A reporter's sentence opened by “It” and a speech verb (`It also vowed that …`) reports an organisation, a
 * government or a document, never a person: it does not join a named person's statement with the same words, and it
 * still joins the reports of that body. Invented story; the expected groups are written from reading the texts.
 */
import { describe, expect, it } from 'vitest';
import { clusterOf, story } from './story.ts';

const mayor = (lead: string) => `${lead}\n\n“The canal works in Dunmere will go on all winter, whatever the cost to the town,” Mayor Ada Kettering said.`;
const board =
  'Sluice shut\n\nThe Marsh Water Board closed the Vell sluice on Monday. “No homes are at risk tonight,” the board said in a statement. It also vowed that the canal works in Dunmere would go on all winter.';

describe('a sentence opened by It and a speech verb', () => {
  it('stays out of a named speaker’s statement', () => {
    const { analysis } = story({
      a: ['Wire A', mayor('Canal plan')],
      b: ['Paper B', mayor('Mayor on canal')],
      c: ['Site C', board],
    });
    const row = clusterOf(analysis, 'a', 'The canal works');
    expect(row).toBeDefined();
    expect(clusterOf(analysis, 'b', 'The canal works')).toBe(row);
    expect(clusterOf(analysis, 'c', 'It also vowed')).not.toBe(row);
  });

  it('nor does a clause of it, cut from its sentence', () => {
    const { analysis } = story({
      a: ['Wire A', mayor('Canal plan')],
      b: ['Paper B', mayor('Mayor on canal')],
      c: [
        'Site C',
        'Sluice shut\n\nThe Marsh Water Board closed the Vell sluice on Monday. It also vowed that the canal works in Dunmere would go on all winter, praising the crews who had kept the pumps running through three storms.',
      ],
    });
    const row = clusterOf(analysis, 'a', 'The canal works');
    expect(row).toBeDefined();
    expect(clusterOf(analysis, 'b', 'The canal works')).toBe(row);
    expect(clusterOf(analysis, 'c', 'It also vowed')).not.toBe(row);
  });

  it('guard: joins the reports of the body it stands for', () => {
    const { analysis } = story({
      a: ['Wire A', 'Board statement\n\nThe water board promised that the canal works in Dunmere would go on all winter.'],
      b: ['Paper B', 'Board pledge\n\nThe water board said the canal works in Dunmere would carry on all winter.'],
      c: ['Site C', board],
    });
    const row = clusterOf(analysis, 'a', 'The water board');
    expect(row).toBeDefined();
    expect(clusterOf(analysis, 'c', 'It also vowed')).toBe(row);
  });

  it('guard: a sentence opened by It that names its speaker stays theirs', () => {
    const { analysis } = story({
      a: ['Wire A', mayor('Canal plan')],
      b: ['Paper B', mayor('Mayor on canal')],
      c: ['Site C', 'Canal news\n\nIt rained as Mayor Ada Kettering promised that the canal works in Dunmere would go on all winter.'],
    });
    const row = clusterOf(analysis, 'a', 'The canal works');
    expect(row).toBeDefined();
    expect(clusterOf(analysis, 'c', 'It rained')).toBe(row);
  });
});
