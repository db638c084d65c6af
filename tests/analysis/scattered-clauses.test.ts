/**
 * splitClauses on hand-made units: a reporter's sentence that joined a statement because its words, spread over
 * two clauses that report two other things, covered a short quote of it leaves that statement, and its clauses go
 * on apart. Invented wordings; the expected groups are written from reading them.
 */
import { describe, expect, it } from 'vitest';
import { splitClauses } from '../../src/lib/analysis/clauses.ts';
import { makeUnit, type Unit } from '../../src/lib/analysis/units.ts';

let index = 0;
const unit = (article: string, kind: 'direct' | 'reported', text: string): Unit =>
  makeUnit({ article, outlet: article, quote: null, kind, text, start: 0, end: text.length, speakerId: 'mara-quell', speakerName: 'Mara Quell' }, index++)!;

describe('a sentence whose words are spread over two clauses', () => {
  const quotes = () => [
    unit('a', 'direct', 'I would be doing the island a disservice to stay on as mayor.'),
    unit('b', 'direct', 'I’d be doing the island a disservice if I stayed on as mayor.'),
  ];

  it('leaves a statement that no clause of it reports', () => {
    const sentence = unit(
      'c',
      'reported',
      'Quell also announced that the ferry vote will be held on the island on 3 May and that she will stay on as mayor until then.',
    );
    const groups = splitClauses([[...quotes(), sentence]], [], () => index++, new Set());
    const first = groups[0]!;
    // The two quotes stay together; the sentence (vote date + staying on) does not report the disservice remark.
    expect(first.map((u) => u.article)).toEqual(['a', 'b']);
    expect(groups.flat()).not.toContain(sentence);
  });

  it('keeps a sentence one clause of which reports the statement', () => {
    const sentence = unit(
      'c',
      'reported',
      'Quell said she would be doing the island a disservice to stay on as mayor, and that the ferry vote will be held on 3 May.',
    );
    const groups = splitClauses([[...quotes(), sentence]], [], () => index++, new Set());
    const kept = groups[0]!.find((u) => u.article === 'c');
    expect(kept?.text).toBe('Quell said she would be doing the island a disservice to stay on as mayor,');
  });
});
