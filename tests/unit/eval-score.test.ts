/**
 * The hand-annotation scorer (scripts/eval/handsets.ts): annotators differ on whether the comma or full stop that
 * closes a quotation inside its marks belongs to the words; the scorer reads both ways as the same quotation. It also
 * counts how often a speaker the pages show without a mark of doubt is right.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/lib/index.ts';
import { score } from '../../scripts/eval/handsets.ts';
import type { Expected } from '../../scripts/eval/annotations.ts';

const record = parseArticle({
  id: 'x',
  source: 'Harbour strike ends\n\n“The crews have voted to return,” union head Marta Sarre said. She called it “a fair deal.”',
  meta: { story: 's', outlet: 'O', published: '2025-03-04' },
} as never);
const annotation = (texts: string[]): Expected => ({
  article: 'x',
  quotes: texts.map((text) => ({ text, kind: 'direct', speaker: 'marta-sarre' })),
  people: [{ id: 'marta-sarre', name: 'Marta Sarre', aliases: ['Sarre'] }],
  notPeople: [],
});

describe('quotation text in the scorer', () => {
  it('a comma or a full stop closing the words inside the marks, written or left out, is one quotation', () => {
    const s = score(record, annotation(['The crews have voted to return', 'a fair deal']), () => {});
    expect(s.quotes).toEqual({ tp: 2, fp: 0, fn: 0 });
    expect(s.speaker).toBe(2);
    // Both speakers are named next to the words: shown without a mark of doubt, and right.
    expect(s.sure).toEqual({ named: 2, sure: 2, right: 2 });
  });

  it('a speaker shown as sure but wrong counts against the sure figure', () => {
    const wrong = annotation(['The crews have voted to return', 'a fair deal']);
    wrong.quotes[1]!.speaker = { name: 'the union' };
    expect(score(record, wrong, () => {}).sure).toEqual({ named: 2, sure: 2, right: 1 });
  });

  it('guard: different words are still a missed quotation and an extra one', () => {
    const lines: string[] = [];
    const s = score(record, annotation(['The crews have voted to return,', 'a fair offer']), (l) => lines.push(l));
    expect(s.quotes).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(lines.some((l) => l.includes('missed') && l.includes('a fair offer'))).toBe(true);
  });
});
