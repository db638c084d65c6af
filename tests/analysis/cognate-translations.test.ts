/**
 * A Spanish outlet's quotation of a museum director shares too few first letters with the English wordings for the
 * key match of translations.ts (`museo` / `museum`, `repare` / `repaired`), but its speaker is known and the words it
 * writes alike point at one of the director's two statements. Invented story.
 */
import { describe, expect, it } from 'vitest';
import { cognatePairs, cognateWords } from '../../src/lib/analysis/cognates.ts';
import { whyMember } from '../../src/lib/views/why.ts';
import { clusterOf, story } from './story.ts';

const english = (outlet: string) =>
  [
    outlet,
    'Storm closes museum\n\nThe storm tore tiles from the old building on Tuesday. “The museum will stay closed until the roof is repaired,” said director Edvin Sollberg. “Visitors have been patient and generous, and we are grateful for every donation,” Sollberg added.',
  ] as [string, string];

const spanish = (quote: string, speaker = 'el director Edvin Sollberg') =>
  ['C', `Tormenta en Varnholm\n\nLa tormenta arrancó tejas del viejo edificio el martes. «${quote}», dijo ${speaker}.`] as [string, string];

describe('a translated quotation placed by its speaker and the words it writes alike', () => {
  it('joins the statement of its speaker that its cognates point at, saying which words', () => {
    const { analysis } = story({ a: english('A'), b: english('B'), c: spanish('El museo seguirá cerrado hasta que se repare el techo') });
    const row = clusterOf(analysis, 'a', 'The museum will stay closed');
    expect(row).toBeDefined();
    const member = analysis.clusters.find((c) => c.id === row)!.members.find((m) => m.article === 'c');
    expect(member?.text).toContain('El museo seguirá cerrado');
    expect(member?.match.reasons).toContain('translation');
    expect(member?.match.synonyms).toContainEqual(['museo', 'museum']);
    expect(whyMember(member!)).toContain('another language, given to the same speaker: it writes words alike (“museo” for “museum”');
    // The other statement of the director keeps its own row.
    expect(clusterOf(analysis, 'a', 'Visitors have been patient')).not.toBe(row);
  });

  it('guard: leaves apart the same words given to someone else', () => {
    const { analysis } = story({
      a: english('A'),
      b: english('B'),
      c: spanish('El museo seguirá cerrado hasta que se repare el techo', 'la vecina Marta Quiroga'),
    });
    const row = clusterOf(analysis, 'a', 'The museum will stay closed');
    expect(analysis.clusters.find((c) => c.id === row)!.members.some((m) => m.article === 'c')).toBe(false);
  });

  it('guard: leaves apart a quotation whose words fit two statements of the speaker alike', () => {
    const body = (outlet: string) =>
      [
        outlet,
        'Storm closes museum\n\nThe storm tore tiles from the old building. “The museum will stay closed for repairs,” said director Edvin Sollberg. “Visitors to the museum will wait for the repairs,” Sollberg added.',
      ] as [string, string];
    const { analysis } = story({ a: body('A'), b: body('B'), c: spanish('Las reparaciones del museo durarán meses') });
    const c = analysis.clusters.find((x) => x.members.some((m) => m.article === 'c' && m.text.startsWith('Las reparaciones')));
    expect(c?.members.every((m) => m.article === 'c')).toBe(true);
  });

  it('pairs words that open alike, not words that only share their middle', () => {
    const pairs = (a: string, b: string) => cognatePairs(cognateWords(a), cognateWords(b));
    expect(pairs('la galerie historique', 'the historic gallery')).toEqual([
      ['galerie', 'gallery'],
      ['historique', 'historic'],
    ]);
    expect(pairs('la présentation', 'the representation')).toEqual([]);
  });
});
