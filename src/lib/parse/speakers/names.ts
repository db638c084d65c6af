/**
 * What a speaker's name may look like: the words of a subject that make it a clause, a pronoun or a quantity rather
 * than a person, a role or an organisation ("They even", "Respondents were", "Several", "Six in 10 voters").
 */

/** Adverbs and auxiliaries between a subject and its verb ("They even agreed", "He has also called"). */
const TRAILING_ADVERBS =
  /(?:\s+(?:even|still|only|also|just|never|not|now|already|then|later|has|have|had|is|are|was|were|will|would|can|could|did|does|do))+$/i;
/**
 * Words that are never part of an organisation's or a person's name: pronouns, auxiliaries, negation, question
 * words and adverbs ("They even", "Respondents were", "Why not", "Given his past"). Modals only in lower case:
 * "Will urged" and "May said" name columnists and prime ministers.
 */
const NEVER_IN_NAME =
  /^(?:(?:i|me|you|he|him|she|her|it|we|us|they|them|his|its|our|their|my|your|who|whom|whose|which|what|why|how|when|where|whether|if|that|this|these|those|is|are|was|were|be|been|being|has|have|had|do|does|did|would|could|should|not|never|even|still|only|just|also|already|to|given|outside|inside|without|about|since|until))$/i;
/** Two or more capitals: an abbreviation ("US", "IT"), never the pronoun it spells. */
const ACRONYM = /^\p{Lu}{2,}$/u;
/** Modals are words only in lower case (see NEVER_IN_NAME). */
const MODAL = /^(?:will|can|shall|may|might|must)$/;
/** Quantifiers and numbers that open a subject naming nobody ("Several said", "Some chanted", "Six in 10 voters"). */
const QUANTIFIER_OPENING =
  /^(?:some|someone|somebody|several|many|few|most|others|both|neither|either|all|everyone|everybody|anyone|anybody|nobody|none|each|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\b/i;

/** Can `core` (a capitalised subject, no leading article) be shown as a speaker's name? */
export function speakerNameShaped(core: string): boolean {
  // "the US Trade Agency": a word in capitals is an abbreviation, not the pronoun it spells.
  return !QUANTIFIER_OPENING.test(core) && !core.split(/\s+/).some((w) => (NEVER_IN_NAME.test(w) && !ACRONYM.test(w)) || MODAL.test(w));
}

/** The subject without the adverbs and auxiliaries before its verb ("They even" → "They"). */
export function withoutAdverbs(subject: string): string {
  return subject.replace(TRAILING_ADVERBS, '');
}

/** Does the phrase open with a question word, a pronoun or an auxiliary ("what her predecessors")? Then it is a clause. */
export function opensClause(phrase: string): boolean {
  return NEVER_IN_NAME.test(phrase.split(/\s+/)[0]!);
}
