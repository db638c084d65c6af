/**
 * A reporter's sentence that holds a partial quote never starts a row on its own (its quote does), but the same
 * sentence copied by several outlets from one wire story, nearly word for word outside the quote, reports a statement
 * of its own besides the quote: those copies are a row. Invented story; expected rows written by reading the sentences.
 */
import { describe, expect, it } from 'vitest';
import { clusterOf, story } from './story.ts';

const copy =
  'Three fishing boats sank at their moorings overnight in what Harbour Master Lena Dahl called “the worst gale this coast has known in forty winters”.';

describe('copies of one sentence that holds a partial quote', () => {
  it('are a row of their own when they match nearly word for word outside the quote', () => {
    const { analysis } = story({
      a: ['Skerry Post', `Gale hits Vallholm\n\n${copy}\n\nThe quay stayed shut on Tuesday.`],
      b: ['North Sound Times', `Gale hits Vallholm\n\nBoats were kept in port all week. ${copy}`],
      c: ['Fjordline News', `Gale hits Vallholm\n\n${copy.replace('Harbour Master Lena Dahl', 'harbour master Lena Dahl')}`],
    });
    const row = clusterOf(analysis, 'a', 'Three fishing boats');
    expect(row).toBeDefined();
    expect(clusterOf(analysis, 'b', 'Three fishing boats')).toBe(row);
    expect(clusterOf(analysis, 'c', 'Three fishing boats')).toBe(row);
  });

  it('guard: copies whose words outside the quote only say who spoke start no row: the quote is the statement', () => {
    const frame = 'Harbour Master Lena Dahl called the gale “the worst this coast has known in forty winters”.';
    const { analysis } = story({
      a: ['Skerry Post', `Gale hits Vallholm\n\n${frame}`],
      b: ['North Sound Times', `Gale hits Vallholm\n\n${frame}`],
    });
    const quote = clusterOf(analysis, 'a', 'the worst this coast');
    expect(quote).toBeDefined();
    expect(clusterOf(analysis, 'b', 'the worst this coast')).toBe(quote);
    expect(clusterOf(analysis, 'a', 'Harbour Master')).toBeUndefined();
  });
});
