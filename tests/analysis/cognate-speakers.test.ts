/**
 * A translated quotation placed by its speaker when that speaker is a company (no person id, the same name in both
 * languages), or when a precise number only one statement of the speaker holds is all it writes alike. Invented
 * stories.
 */
import { describe, expect, it } from 'vitest';
import { clusterOf, story } from './story.ts';

/** A story of two English copies of `english` and one foreign copy `foreign`; the row of `anchor` and article c's member in it. */
function placed(english: string, foreign: string, anchor: string) {
  const { analysis } = story({ a: ['A', english], b: ['B', english], c: ['C', foreign] });
  const row = clusterOf(analysis, 'a', anchor);
  const member = analysis.clusters.find((c) => c.id === row)?.members.find((m) => m.article === 'c');
  return { analysis, row, member };
}

describe('a translated quotation of a company, or with only a number in common', () => {
  it('joins the statement of a company that speaks in both languages', () => {
    const { analysis, row, member } = placed(
      'Ferry line resumes\n\nThe ferry line across the bay will resume after a long repair. “Crossings on route 418 between Orsund and Kelby will restart on Friday after the engine repair,” Nordfjell Ferries said in a statement. “Tickets bought for the cancelled crossings will be refunded in full,” Nordfjell Ferries added.',
      'Fähre fährt wieder\n\nDie Fähre über die Bucht fährt bald wieder. „Die Überfahrten auf der Route 418 zwischen Orsund und Kelby beginnen am Freitag wieder“, erklärte Nordfjell Ferries.',
      'Crossings on route 418',
    );
    expect(row).toBeDefined();
    expect(member?.text).toContain('Die Überfahrten auf der Route 418');
    expect(member?.match.reasons).toContain('translation');
    expect(clusterOf(analysis, 'a', 'Tickets bought')).not.toBe(row);
  });

  it('joins the one statement of its speaker holding the same precise number', () => {
    const { row, member } = placed(
      'Flood at the museum\n\nWater filled the lower hall of the museum overnight. “The power failed at 11:20 and the water rose very quickly,” said director Edvin Sollberg. “We will rebuild the hall with the help of our neighbours,” Sollberg said.',
      'Hochwasser im Museum\n\nWasser füllte in der Nacht die untere Halle des Museums. „Um 11.20 Uhr fiel der Strom aus, danach stieg das Wasser sehr schnell“, sagte Direktor Edvin Sollberg.',
      'The power failed',
    );
    expect(row).toBeDefined();
    expect(member?.text).toContain('Um 11.20 Uhr fiel der Strom aus');
    expect(member?.match.reasons).toContain('translation');
  });

  it('guard: a year both statements could hold places nothing', () => {
    const { analysis } = placed(
      'Flood at the museum\n\nWater filled the lower hall of the museum overnight. “The power failed in 2019 too and the water rose very quickly,” said director Edvin Sollberg. “We will rebuild the hall with the help of our neighbours,” Sollberg said.',
      'Hochwasser im Museum\n\nWasser füllte die untere Halle. „Schon 2019 fiel der Strom aus, danach stieg das Wasser sehr schnell“, sagte Direktor Edvin Sollberg.',
      'The power failed',
    );
    const c = analysis.clusters.find((x) => x.members.some((m) => m.article === 'c' && m.text.startsWith('Schon 2019')));
    expect(c?.members.every((m) => m.article === 'c')).toBe(true);
  });
});
