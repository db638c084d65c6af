/** Role phrases of translated copies read in English (src/lib/parse/foreign-roles.ts); phrases written for the test. */
import { describe, expect, it } from 'vitest';
import { englishRole, withEnglish } from '../../src/lib/parse/foreign-roles.ts';

describe('englishRole', () => {
  it('reads an article, a role noun of five languages and its sex', () => {
    expect(englishRole('la actriz')).toBe('the actress');
    expect(englishRole('l’actrice')).toBe('the actress');
    expect(englishRole('Le cinéaste')).toBe('the director');
    expect(englishRole('die Sprecherin')).toBe('the spokesperson');
    expect(englishRole('o prefeito')).toBe('the mayor');
  });

  it('reads "ex", "ancien" as former, a country prefix and one nationality after the role', () => {
    expect(englishRole('el expresidente')).toBe('the former president');
    expect(englishRole('l’ancien maire')).toBe('the former mayor');
    expect(englishRole('der US-Schauspieler')).toBe('the actor');
    expect(englishRole('il sindaco tedesco')).toBe('the mayor');
  });

  it('leaves anything else as written: no article, a longer phrase, a noun of no role', () => {
    expect(englishRole('actriz')).toBeNull();
    expect(englishRole('el actor de doblaje')).toBeNull();
    expect(englishRole('la policía')).toBeNull();
    expect(englishRole('el experto')).toBeNull();
    expect(englishRole('le porte-parole des pompiers')).toBeNull();
  });
});

describe('withEnglish', () => {
  it('adds the English word to a role noun of a translated copy, and nothing to an English one', () => {
    expect(withEnglish('cinéaste')).toEqual(['cinéaste', 'director']);
    expect(withEnglish('director')).toEqual(['director']);
  });
});
