/**
 * A machine rewrite of a sentence that reports two statements: the reworded sentence joins through the sentence it
 * stands for, and its clauses go their own ways as the original's do. Invented story; the expected groups are
 * written from reading the texts.
 */
import { describe, expect, it } from 'vitest';
import { clusterOf, story } from './story.ts';

const original = [
  'Harbour talks',
  '“The port has never had an easy decade, but it keeps growing,” Mayor Lena Okafor said on Monday.',
  'Okafor said the harbour board would meet again in May to settle the budget for dredging.',
  'The river is wide enough for both ferry companies to prosper, and one company’s success is a chance for the other, Okafor told reporters.',
  'The meeting lasted three hours at the old customs hall near the fish market.',
  'Dock workers waited outside with banners asking for longer contracts and safer cranes.',
].join('\n\n');

const reworded = [
  'Harbour talks',
  'The port has not had an easy decade yet continues to grow, the mayor stated on Monday.',
  'The harbour board will gather once more in May to fix the dredging budget.',
  'The river is broad enough that the two ferry firms can flourish, and the success of one firm can help the other.',
  'The session ran for three hours in the customs hall beside the fish market.',
  'Outside, dock staff held banners demanding longer contracts and safer cranes.',
].join('\n\n');

describe('a reworded sentence that reports two statements', () => {
  it('puts each clause with its own statement', () => {
    const { analysis } = story({
      a: ['Wire A', original],
      b: ['Copy B', reworded],
      c: ['Daily C', 'Ferries\n\n“The river is wide enough for both ferry companies to prosper,” Mayor Lena Okafor said.'],
      d: ['Daily D', 'Ferries\n\n“The river is wide enough for both ferry companies to prosper,” said Mayor Lena Okafor.'],
      e: ['Daily E', 'Ferries\n\nOkafor said one company’s success would be a chance for the other.'],
    });
    const river = clusterOf(analysis, 'c', 'The river is wide');
    const success = clusterOf(analysis, 'e', 'Okafor said one company');
    expect(river).toBeDefined();
    expect(success).toBeDefined();
    expect(success).not.toBe(river);
    expect(clusterOf(analysis, 'b', 'The river is broad')).toBe(river);
    expect(clusterOf(analysis, 'b', 'and the success of one firm')).toBe(success);
  });
});
