/**
 * Speaker and name shapes of the twenty-ninth session, written from scratch with made-up names, places and
 * sentences (the made-up harbour town of Vellmar and its ferry company). Tests marked "guard" pass on the start code
 * too: they pin what a rule must not break.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/lib/index.ts';

const parse = (source: string) => parseArticle({ id: 'x', source, meta: { story: 's', outlet: 'O', published: '2025-03-04' } } as never);
const speakers = (source: string) => parse(source).quotes.map((q) => q.speaker?.name ?? null);
const names = (source: string) => parse(source).people.map((p) => p.name);

describe('"his wife, Laura" takes the surname of a man, not of the woman named just before', () => {
  it('passes over a woman named earlier in the sentence', () => {
    const text =
      'Vellmar harbourmaster Tom Hale resigns\n\n' +
      'Tom Hale stepped down on Monday. Hale had led the harbour for twelve years.\n\n' +
      'Hale wrote to the painter Ada Moss every week while his wife, Laura, ran the café on the quay.';
    expect(names(text)).toContain('Laura Hale');
    expect(names(text)).not.toContain('Laura Moss');
  });

  it('guard: "Tom Hale and his wife, Laura" is still Laura Hale', () => {
    const text = 'Vellmar ferry returns\n\nTom Hale and his wife, Laura, were on the first crossing.';
    expect(names(text)).toEqual(['Tom Hale', 'Laura Hale']);
  });
});

describe('a fragment that says what state someone was found in is nobody’s words', () => {
  it('a headline without its auxiliary ("Piet Morrow found dead in ‘unexplained’ fire")', () => {
    const text = 'Vellmar ferryman Piet Morrow found dead in ‘unexplained’ fire\n\nThe ferryman was 71.';
    expect(speakers(text)).toEqual([null]);
  });

  it('in headline case ("… And Wife Being Treated As ‘Missing’")', () => {
    const text = 'Ferryman Piet Morrow And Wife Being Treated As ‘Missing’ After Storm\n\nThe couple lived above the quay.';
    expect(speakers(text)).toEqual([null]);
  });

  it('with its auxiliary in a body sentence ("were declared missing after a ‘freak’ wave")', () => {
    const text = 'Vellmar storm\n\nTwo divers, Ada Lind and Piet Morrow, were declared missing after a ‘freak’ wave on Sunday.';
    expect(speakers(text)).toEqual([null]);
  });

  it('guard: the subject who dismisses something as a word still said it ("Morrow dismissed the claim as “absurd”")', () => {
    const text = 'Vellmar ferry row\n\nThe ferryman Piet Morrow was asked about the fares. Morrow dismissed the claim as “absurd”.';
    expect(speakers(text)).toEqual(['Piet Morrow']);
  });
});

describe('foreign copies: "according to" and "the same one" before the verb', () => {
  it('"según informa el diario" opens no speaker (Spanish)', () => {
    const text = 'Incendio en Vellmar\n\nPero según informa el diario local, un bombero considera que el fuego fue "de origen dudoso".';
    expect(speakers(text)).toEqual([null]);
  });

  it('"Lo stesso ha poi spiegato:" is the one just named, with an adverb after the auxiliary (Italian)', () => {
    const text = 'Il traghetto di Vellmar\n\nIl capitano Piet Morrow ha parlato ai giornalisti. Lo stesso ha poi spiegato: “La nave ripartirà a maggio”.';
    expect(speakers(text)).toEqual(['Piet Morrow']);
  });

  it('"El mismo se ha declarado … y ha explicado:" is the one just named, without its reflexive (Spanish)', () => {
    const text =
      'El puerto de Vellmar\n\nEl capitán Piet Morrow habló con la prensa. El mismo se ha declarado optimista y ha explicado: "La nave saldrá en mayo".';
    expect(speakers(text)).toEqual(['Piet Morrow']);
  });

  it('"El mismo ha dicho:" is the one just named (Spanish)', () => {
    const text = 'El puerto de Vellmar\n\nEl capitán Piet Morrow habló con la prensa. El mismo ha dicho: "Todo está en orden".';
    expect(speakers(text)).toEqual(['Piet Morrow']);
  });
});

describe('a title in lower case right before a full name is evidence of a person', () => {
  it('"former chancellor Tavish Brannoch" and "state senator Ysolde Quillon", given names no list holds', () => {
    const text = 'Vellmar vote\n\nThe former chancellor Tavish Brannoch and the state senator Ysolde Quillon are standing for the harbour board.';
    expect(names(text)).toEqual(['Tavish Brannoch', 'Ysolde Quillon']);
  });

  it('guard: words that are often something else in lower case are no title ("a major Vellmar Harbour project")', () => {
    const text = 'Vellmar vote\n\nThe board approved a major Vellmar Harbour project on Monday.';
    expect(names(text)).toEqual([]);
  });
});

describe('a role in a translated copy points back to the one the article gave it', () => {
  it('"…”, agregó el actor" is the one introduced as "el actor estadounidense Tom Ellery" (Spanish)', () => {
    const text =
      'Muere Tom Ellery\n\nEl actor estadounidense Tom Ellery murió el martes en Vellmar.\n\n' +
      'El alcalde Piet Morrow declaró: “Es un día triste para el puerto”.\n\n' +
      'En 1990, Ellery habló de su vida en el mar.\n\n“El mar me lo dio todo”, agregó el actor.';
    expect(speakers(text)).toEqual(['Piet Morrow', 'Tom Ellery']);
  });

  it('a headline that opens with a verb of dying keeps it out of the name ("Fallece Ada Lind", "Meurt …")', () => {
    expect(names('Fallece Ada Lind a los 80 años\n\nLa pintora vivía en Vellmar.')).toEqual(['Ada Lind']);
    expect(names('Meurt Piet Morrow, le passeur de Vellmar\n\nIl avait 80 ans.')).toEqual(['Piet Morrow']);
  });

  it('"a ajouté le cinéaste" is the one introduced as "le cinéaste français Piet Morrow" (French role, English reading)', () => {
    const text =
      'Meurt Tom Ellery\n\nLe cinéaste français Piet Morrow a parlé de son vieil ami au port.\n\n' +
      'Le maire Jean Brun a déclaré : « Un jour triste pour Vellmar ».\n\n« Il était très discret », a ajouté le cinéaste.';
    expect(speakers(text)).toEqual(['Jean Brun', 'Piet Morrow']);
  });

  it('a one-word name after a role of a translated copy is a person ("Le cinéaste Morvan-Brac a évoqué …")', () => {
    const text = 'Meurt Tom Ellery\n\nLe cinéaste Morvan-Brac a évoqué « un marin très calme », sur la radio de Vellmar.';
    expect(names(text)).toEqual(['Tom Ellery', 'Morvan-Brac']);
    expect(speakers(text)).toEqual(['Morvan-Brac']);
  });

  it('a role that points to nobody keeps its own words, and the pronoun after it too ("a dit l’actrice", not "the actress")', () => {
    const text = 'Meurt Tom Ellery\n\nLe passeur de Vellmar avait 80 ans.\n\n« Il aimait la mer », a dit l’actrice. « Il riait souvent », a-t-elle ajouté.';
    expect(speakers(text)).toEqual(['l’actrice', 'l’actrice']);
  });
});
