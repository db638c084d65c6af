/**
 * Grouping round 38: statements of shapes any story can have. Invented story: the river Lenne burst its banks at the
 * market town of Tessaro Bridge, and its river warden spoke the morning after. The tests not marked `guard:` fail on
 * 3673547 (the round's start); the `guard:` tests pass on both.
 */
import { describe, expect, it } from 'vitest';
import { clusterOf, story } from './story.ts';

const lead = 'The Lenne burst its banks at Tessaro Bridge on Friday evening and flooded the lower market.';
const level = 'The water reached a dangerous level before midnight,';
const loss = 'The flood is an immense loss for the farms along the valley,';
const hall = 'We will open the school hall to every family that lost its home,';

/** Two English copies quoting the river warden twice. */
const english = (outlet: string, first = level, second = loss): [string, string] => [
  outlet,
  `Lenne floods\n\n${lead} “${first}” said river warden Ottilie Brask. “${second}” Brask added.`,
];

/** A French copy quoting the warden once, in its own words. */
const french = (quote: string, speaker = 'la gardienne de la rivière Ottilie Brask'): [string, string] => [
  'Le Courrier',
  `Crue de la Lenne\n\nLa Lenne est sortie de son lit vendredi soir et a inondé le bas de la ville. « ${quote} », a déclaré ${speaker}, qui était sur la digue toute la nuit.`,
];

/** The row of the English wording opening `startsWith`, and whether the French copy is in it. */
const frenchJoins = (articles: Record<string, [string, string]>, startsWith: string, frenchStart: string) => {
  const { analysis } = story(articles);
  const row = clusterOf(analysis, 'a', startsWith);
  expect(row).toBeDefined();
  return clusterOf(analysis, 'c', frenchStart) === row;
};

describe('a short translated quote that keeps one long word of its source', () => {
  it('joins the statement of its speaker that alone holds that word (`dangereux` / `dangerous`)', () => {
    expect(frenchJoins({ a: english('Wire A'), b: english('Paper B'), c: french('un niveau dangereux') }, 'The water reached', 'un niveau')).toBe(true);
  });

  it('joins it in Portuguese too (`imensa` / `immense`), not the speaker’s other statement', () => {
    const copy: [string, string] = [
      'Jornal C',
      `Cheia do Lenne\n\nO rio Lenne transbordou na sexta-feira à noite e inundou a parte baixa da cidade, segundo os bombeiros, que não foram surpreendidos. « uma perda imensa », disse a guarda do rio Ottilie Brask, que passou a noite no dique com os seus colegas.`,
    ];
    const { analysis } = story({ a: english('Wire A'), b: english('Paper B'), c: copy });
    const row = clusterOf(analysis, 'a', 'The flood is');
    expect(row).toBeDefined();
    expect(clusterOf(analysis, 'c', 'uma perda')).toBe(row);
    expect(clusterOf(analysis, 'a', 'The water reached')).not.toBe(row);
  });

  it('guard: stays apart when two statements of the speaker hold the word', () => {
    const danger = 'The dangerous part is over, and we will open the school hall to every family,';
    const articles = { a: english('Wire A', level, danger), b: english('Paper B', level, danger), c: french('un niveau dangereux') };
    const { analysis } = story(articles);
    const c = analysis.clusters.find((x) => x.members.some((m) => m.article === 'c' && m.text.startsWith('un niveau')));
    expect(c?.members.every((m) => m.article === 'c')).toBe(true);
  });

  it('guard: stays apart when the one word it shares is a name', () => {
    const bridge = 'Tessaro Bridge will need a new wall before the spring rains,';
    const articles = { a: english('Wire A', level, bridge), b: english('Paper B', level, bridge), c: french('pauvre Tessaro') };
    expect(frenchJoins(articles, 'Tessaro Bridge will', 'pauvre Tessaro')).toBe(false);
  });

  it('guard: a longer quote with one such word stays apart', () => {
    const quote = 'nous avons regardé monter la rivière jusqu’à ce niveau dangereux pendant toute la soirée';
    expect(frenchJoins({ a: english('Wire A'), b: english('Paper B'), c: french(quote) }, 'The water reached', 'nous avons')).toBe(false);
  });

  it('guard: the same words given to someone else stay apart', () => {
    const articles = { a: english('Wire A', level, hall), b: english('Paper B', level, hall), c: french('un niveau dangereux', 'le boulanger Remo Vasse') };
    expect(frenchJoins(articles, 'The water reached', 'un niveau')).toBe(false);
  });
});

describe('a translated quote whose best statement holds a cognate no other statement of the speaker holds', () => {
  const reached = 'The dangerous water reached the market square, the old mill, the chapel, the school yard and three streets of the town before midnight,';
  const away = 'Keep away from the market,';
  const quote = 'une eau dangereuse sur le marché';

  it('joins that statement on a smaller margin over the next one', () => {
    const articles = { a: english('Wire A', reached, away), b: english('Paper B', reached, away), c: french(quote) };
    expect(frenchJoins(articles, 'The dangerous water', 'une eau')).toBe(true);
  });

  it('guard: stays apart when the word is in both statements (the margin is the usual one)', () => {
    const both = 'Keep away from the dangerous market,';
    const articles = { a: english('Wire A', reached, both), b: english('Paper B', reached, both), c: french(quote) };
    expect(frenchJoins(articles, 'The dangerous water', 'une eau')).toBe(false);
  });

  it('guard: two foreign copies that agree with each other keep the usual margin', () => {
    const copy = (outlet: string): [string, string] => [outlet, french(quote)[1]];
    const { analysis } = story({ a: english('Wire A', reached, away), b: english('Paper B', reached, away), c: copy('Le Courrier'), d: copy('La Gazette') });
    const row = clusterOf(analysis, 'a', 'The dangerous water');
    expect(row).toBeDefined();
    expect(clusterOf(analysis, 'c', 'une eau')).not.toBe(row);
    expect(clusterOf(analysis, 'd', 'une eau')).toBe(clusterOf(analysis, 'c', 'une eau'));
  });
});
