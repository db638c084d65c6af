/**
 * A sum that ends its clause ("needs up to $7 billion, two people … said", "$9 billion (8.3 billion euros) out of
 * the exchange") has no thing named after it: "billion" is the sum's own word, so two such sums of different things are
 * not compared. Sums of one named thing still are. Invented story; expected versions written by reading the sentences.
 */
import { describe, expect, it } from 'vitest';
import { story } from './story.ts';

/** Each money disagreement: its subject and its versions with their articles. */
const sums = (a: ReturnType<typeof story>['analysis']) =>
  a.disagreements
    .filter((d) => d.subject.startsWith('sum of money'))
    .map((d) => [d.subject, d.versions.map((v) => `${v.value} (${v.sources.map((s) => s.article).join(', ')})`).sort()]);

describe('the words of a sum itself', () => {
  it('does not take "billion" for the thing a sum is given to', () => {
    const { analysis } = story({
      a: ['A', 'Exchange in trouble\n\nThe Korvel exchange needs up to $7 billion, two people briefed on it said.'],
      b: ['B', 'Korvel run\n\nClients pulled $9 billion (8.3 billion euros) out of the Korvel exchange in three days.'],
      c: ['C', 'Korvel aid\n\nThe state offered $40 million in emergency aid to Korvel clients.'],
      d: ['D', 'Korvel help\n\nThe state offered $45 million in emergency aid to the exchange.'],
    });
    expect(sums(analysis)).toEqual([['sum of money: aid', ['$40 million (c)', '$45 million (d)']]]);
  });
});
