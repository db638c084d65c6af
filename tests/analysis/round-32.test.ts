/**
 * Grouping round 32: statements and facts of shapes any story can have. Invented story: a flood and a lost pier in
 * the river port of Callowmere.
 */
import { describe, expect, it } from 'vitest';
import { clusterOf, story } from './story.ts';

describe('a short middle sentence quoted with one neighbour here and the other there', () => {
  const first = 'It is with a heavy heart that the harbour board reports the loss of the old Callowmere pier overnight.';
  const middle = 'The crews reached the bank.';
  const last = 'We ask the families of the port to keep away from the river wall until the water falls.';

  it('is a statement of its own, not the tie between the two sentences around it', () => {
    const { analysis } = story({
      a: ['Daily A', `Pier lost\n\n“${first} ${middle}” harbour master Ines Vardal said on Monday.`],
      b: ['Daily B', `Flood\n\n“${middle} ${last}” Ines Vardal said.`],
      c: ['Daily C', `Callowmere\n\n“${first} ${middle}” the harbour master, Ines Vardal, said.`],
      d: ['Daily D', `River port\n\n“${middle} ${last}” harbour master Ines Vardal told reporters.`],
      e: ['Daily E', `Pier\n\n“${first}” Ines Vardal said. “${last}” she added.`],
    });
    const safe = clusterOf(analysis, 'a', middle);
    expect(safe).toBeDefined();
    expect(clusterOf(analysis, 'b', middle)).toBe(safe);
    expect(clusterOf(analysis, 'c', middle)).toBe(safe);
    expect(clusterOf(analysis, 'd', middle)).toBe(safe);
    expect(clusterOf(analysis, 'e', 'It is with')).not.toBe(safe);
    expect(clusterOf(analysis, 'e', 'We ask')).not.toBe(safe);
    expect(clusterOf(analysis, 'e', 'It is with')).not.toBe(clusterOf(analysis, 'e', 'We ask'));
  });

  it('guard: a short sentence every outlet quotes after the same sentence stays with it', () => {
    const { analysis } = story({
      a: ['Daily A', `Pier lost\n\n“${first} ${middle}” harbour master Ines Vardal said on Monday.`],
      b: ['Daily B', `Flood\n\n“${first} ${middle}” Ines Vardal said.`],
      c: ['Daily C', `Callowmere\n\n“${last}” the harbour master, Ines Vardal, said.`],
    });
    const members = analysis.clusters.flatMap((c) => c.members).filter((m) => m.article === 'a');
    expect(members.map((m) => m.text)).toEqual([`${first} ${middle}`]);
    expect(clusterOf(analysis, 'a', 'It is with')).toBe(clusterOf(analysis, 'b', 'It is with'));
  });
});
