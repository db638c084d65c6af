/**
 * splitClauses on hand-made units: a reporter's sentence that joined a statement through another outlet's report
 * of it (no quote shares its words) is cut against that report, and the clauses after the statement's own stay
 * together as one wording, so they can find the same report in another outlet. Invented wordings; the expected
 * groups are written from reading them.
 */
import { describe, expect, it } from 'vitest';
import { splitClauses } from '../../src/lib/analysis/clauses.ts';
import { makeUnit, type Unit } from '../../src/lib/analysis/units.ts';

let index = 0;
const unit = (article: string, kind: 'direct' | 'reported', text: string): Unit =>
  makeUnit({ article, outlet: article, quote: null, kind, text, start: 0, end: text.length, speakerId: 'lena-okafor', speakerName: 'Lena Okafor' }, index++)!;

describe('clauses of a sentence that came through a report', () => {
  it('keep the statement’s clause and send the rest on as one wording', () => {
    const quote = unit('a', 'direct', 'Closing the ferry line for good is not an option for the island.');
    const report = unit('b', 'reported', 'Okafor said that walking away from the ferry line was not viable for the island families.');
    const sentence = unit(
      'c',
      'reported',
      'Okafor dismissed the idea of walking away from the ferry line and warned against the heavy costs of a dock strike, stressing that such losses would hurt both the harbour and the town.',
    );
    const other = unit('d', 'reported', 'She cautioned against a dock strike, saying its heavy costs would hurt both the harbour and the town.');
    const groups = splitClauses([[quote, report, sentence]], [other], () => index++, new Set());
    const first = groups[0]!;
    // The first clause stays with the statement; the sentence as a whole does not.
    expect(first.map((u) => u.text)).toContain('Okafor dismissed the idea of walking away from the ferry line and');
    expect(first).not.toContain(sentence);
    // The two clauses after it are one wording, grouped with the other outlet's report of the strike warning (whose
    // own clauses are cut too: its costs clause is the one that matches).
    const strike = groups.find((g) => g.some((u) => u.article === 'c' && u.text.startsWith('warned against')));
    expect(strike?.find((u) => u.article === 'c')?.text).toBe(
      'warned against the heavy costs of a dock strike, stressing that such losses would hurt both the harbour and the town.',
    );
    expect(strike?.some((u) => u.article === 'd')).toBe(true);
  });
});
