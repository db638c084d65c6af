/**
 * A statement one outlet reports and another states plainly, in most of the same words (`Roller told reporters the
 * northern ferry line would stop running in March …` / `The northern ferry line will stop running in March …`), is
 * a row of its own; two plain sentences alone are not (copies share many). Invented story.
 */
import { describe, expect, it } from 'vitest';
import { clusterOf, story } from './story.ts';

describe('a report and a plain sentence that restates it', () => {
  it('form a row', () => {
    const { analysis } = story({
      a: [
        'A',
        'Ferry cuts\n\nMayor Ines Roller told reporters on Monday that the northern ferry line would stop running in March because of the harbour repairs.',
      ],
      b: ['B', 'Harbour works\n\nThe northern ferry line will stop running in March because of repairs to the harbour, starting next week.'],
    });
    const row = clusterOf(analysis, 'a', 'Mayor Ines Roller told');
    expect(row).toBeDefined();
    expect(clusterOf(analysis, 'b', 'The northern ferry line')).toBe(row);
  });

  it('but two plain sentences alone do not', () => {
    const { analysis } = story({
      a: ['A', 'Ferry cuts\n\nThe northern ferry line will stop running in March because of the harbour repairs.'],
      b: ['B', 'Harbour works\n\nThe northern ferry line will stop running in March because of repairs to the harbour, starting next week.'],
    });
    expect(clusterOf(analysis, 'a', 'The northern ferry line')).toBeUndefined();
  });
});
