/**
 * The similarity measures the grouping rests on, checked against values worked out by hand: character-trigram
 * Dice over multisets, and WordNet near-synonyms (one step, never two).
 */
import { describe, expect, it } from 'vitest';
import { dice, trigrams } from '../../src/lib/analysis/text.ts';
import { nearSynonyms, sensesOf } from '../../src/lib/analysis/senses.ts';
import { overlap } from '../../src/lib/analysis/match.ts';

describe('trigram Dice', () => {
  it('counts padded trigrams as a multiset', () => {
    // " aaaa " has " aa", "aaa", "aaa", "aa " (aaa twice); " aa " has " aa", "aa ".
    expect(trigrams(['aaaa'])).toHaveLength(4);
    // Shared: " aa" and "aa " (aaa is only on one side): 2 × 2 / (4 + 2).
    expect(dice(trigrams(['aaaa']), trigrams(['aa']))).toBeCloseTo(4 / 6, 10);
    // A repeated trigram is shared only as often as the side with fewer has it: "aaa" ×2 against ×1.
    // " aaaa " vs " aaa ": " aa", "aaa", "aa " shared once each, "aaa" once more only on the left → 2 × 3 / (4 + 3).
    expect(dice(trigrams(['aaaa']), trigrams(['aaa']))).toBeCloseTo(6 / 7, 10);
  });

  it('is 1 for the same words, 0 for no shared trigram, 0 for nothing at all', () => {
    expect(dice(trigrams(['harbor', 'tolls']), trigrams(['harbor', 'tolls']))).toBe(1);
    expect(dice(trigrams(['xyz']), trigrams(['qrs']))).toBe(0);
    expect(dice(trigrams([]), trigrams([]))).toBe(0);
  });

  it('does not depend on the order of the two sides', () => {
    const a = trigrams(['the', 'ferry', 'fares', 'will', 'rise']);
    const b = trigrams(['ferry', 'fares', 'are', 'rising']);
    expect(dice(a, b)).toBe(dice(b, a));
    expect(dice(a, b)).toBeGreaterThan(0.3);
    expect(dice(a, b)).toBeLessThan(0.9);
  });
});

describe('near-synonyms', () => {
  it('pairs words that share a sense or stand one step apart, not the same word nor unrelated words', () => {
    expect(nearSynonyms('productive', 'fruitful')).toBe(true);
    expect(nearSynonyms('fruitful', 'productive')).toBe(true);
    expect(nearSynonyms('steady', 'stable')).toBe(true);
    expect(nearSynonyms('harbor', 'harbor')).toBe(false);
    expect(nearSynonyms('harbor', 'violin')).toBe(false);
    expect(nearSynonyms('12', 'twelve')).toBe(false);
  });

  it('looks up a word that is only an inflection ending without reading the licence header', () => {
    // "es" detaches (as a verb ending) to the empty key, which sorts onto the dictionary's licence lines; its own
    // senses (a noun: the element) are real synsets.
    for (const w of ['es', 'er', 'ed']) {
      const senses = sensesOf(w);
      expect([...senses.own, ...senses.wide].every((k) => Number.isInteger(k) && k >= 0)).toBe(true);
    }
    expect(sensesOf('es').own.length).toBeGreaterThan(0);
  });

  it('lets each word of the other side stand for one word only in an overlap', () => {
    const wording = (words: string[]) => ({ stems: new Map(words.map((w) => [w, w])), run: '', core: '' });
    // "productive" and "fertile" are both near-synonyms of "fruitful"; "fruitful" pairs with the first only.
    const o = overlap(wording(['productive', 'fertile', 'talks']), wording(['fruitful', 'talks']));
    expect(o.shared).toBe(1);
    expect(o.synonyms).toEqual([['productive', 'fruitful']]);
    // (1 shared + 1 pair) over the smaller side's 2 words; over the union of 3 + 2 − 2 words.
    expect(o.containment).toBe(1);
    expect(o.jaccard).toBeCloseTo(2 / 3, 10);
  });
});
