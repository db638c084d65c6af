/**
 * A translation whose long words drop the English double letters (`asistencia` / `assistance`, `posible` /
 * `possible`, `afectadas` / `affected`): keyed with doubled letters written once, the Spanish report joins the
 * English statement it translates. Invented story.
 */
import { describe, expect, it } from 'vitest';
import { clusterOf, story } from './story.ts';

const english = (outlet: string) =>
  [
    outlet,
    'Ferry sinks\n\nThe ferry sank near Ostrava Point on Sunday. “All possible assistance is being given to the affected families, and rescue operations continue,” said Governor Lucia Marren.',
  ] as [string, string];

describe('a translation without the English double letters', () => {
  it('joins the English statement it translates', () => {
    const { analysis } = story({
      a: english('A'),
      b: english('B'),
      c: [
        'C',
        'Naufragio\n\nLa gobernadora Lucia Marren dijo que se está prestando toda la asistencia posible a las familias afectadas y que las operaciones de rescate continúan.',
      ],
    });
    const row = clusterOf(analysis, 'a', 'All possible assistance');
    expect(row).toBeDefined();
    const members = analysis.clusters.find((c) => c.id === row)!.members;
    expect(members.find((m) => m.article === 'c')?.match.reasons).toContain('translation');
  });
});
