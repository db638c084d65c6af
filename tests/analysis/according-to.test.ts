/**
 * "According to …" names whose words a sentence reports, wherever it stands: a sentence that opens with it is
 * reported speech like one with a speech verb, and ", according to …" in the middle of a sentence names the source
 * of the clause before it (it is no clause of its own that could join another statement of that source).
 * Invented stories; the expected groups are written from reading the texts.
 */
import { describe, expect, it } from 'vitest';
import { clusterOf, story } from './story.ts';

const opening = [
  'Wire A',
  'Flood damage\n\nAccording to Orvale county officials, at least 40 barns were damaged or destroyed and dozens of cattle were lost.',
] as [string, string];
const said = [
  'Daily B',
  'Flood damage\n\nOfficials said on Monday that 40 barns had been damaged or destroyed and that dozens of cattle had been lost, including some prize bulls.',
] as [string, string];
const middle = [
  'Herald C',
  'Flood toll\n\nThe toll rose to 12 on Sunday, according to Orvale county officials, but Governor Amara Quist said she expects the number to climb.',
] as [string, string];

describe('according to', () => {
  it('at the opening of a sentence, reports speech as a speech verb does', () => {
    const { analysis } = story({ a: opening, b: said });
    const barns = clusterOf(analysis, 'b', 'Officials said on Monday');
    expect(barns).toBeDefined();
    expect(clusterOf(analysis, 'a', 'According to Orvale county officials')).toBe(barns);
  });

  it('in the middle of a sentence, is no clause of its own', () => {
    const { analysis } = story({ a: opening, b: said, c: middle });
    const barns = clusterOf(analysis, 'b', 'Officials said on Monday');
    const row = analysis.clusters.find((c) => c.id === barns);
    expect(row?.members.filter((m) => m.article === 'c') ?? []).toEqual([]);
  });
});
