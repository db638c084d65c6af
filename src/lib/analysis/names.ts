/**
 * Proper names other than people's spelt two ways across outlets ("Kelvedon" / "Kelvdon" estate): a capitalised
 * word of five letters or more that another outlet writes with one letter more or less. A word and its
 * longer forms ("Korea" / "Korean", "Dupont" / "Duponts") are not a misspelling; people's names are checked
 * with the people (disagreements.ts).
 */
import type { Disagreement, FactSource } from '../schema/analysis.ts';
import type { ArticleRecord } from '../schema/record.ts';
import { sentences } from '../tokens.ts';
import { isForeign } from './translations.ts';

/** The sentence around an offset of a record's text. */
export function sentenceAt(r: ArticleRecord, at: number): string {
  const b = r.blocks.find((x) => at >= x.start && at < x.end);
  if (!b) return '';
  const span = sentences(b.text).find(([s, e]) => at - b.start >= s && at - b.start < e);
  return span ? b.text.slice(span[0], span[1]) : b.text;
}

/** Where a person's title is written in a record (its first place; the title alone when it is not found). */
export function titleSource(r: ArticleRecord, title: string): FactSource {
  const at = r.text.indexOf(title);
  return {
    article: r.id,
    outlet: r.source.outlet,
    sentence: at >= 0 ? sentenceAt(r, at) : title,
    text: title,
    start: Math.max(at, 0),
    end: Math.max(at, 0) + (at >= 0 ? title.length : 0),
  };
}

/** True when `short` is `long` with one letter left out (not at the end: that is another form of the word). */
function oneLetterOut(short: string, long: string): boolean {
  if (long.length !== short.length + 1 || long.startsWith(short)) return false;
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  return short.slice(i) === long.slice(i + 1);
}

/** Letters a surname needs before one letter written in place of another counts as a slip (`Halvorsen` / `Halvarsen`). */
const SWAP_LETTERS = 7;

/** Do two words of one length differ in one letter only, neither the first nor the last, a consonant for a consonant or a vowel for a vowel? */
function oneLetterSwapped(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  let at = -1;
  for (let i = 0; i < a.length; i++)
    if (a[i] !== b[i]) {
      if (at >= 0) return false;
      at = i;
    }
  const vowel = (c: string) => /[aeiouy]/.test(c);
  return at > 0 && at < a.length - 1 && vowel(a[at]!) === vowel(b[at]!);
}

/**
 * Do two words of one length differ only in two neighbouring letters written the other way round, not the first
 * (`Haldemann` / `Hadlemann`)? Typing both keys in the wrong order is a slip; names differ in more than that.
 */
function twoLettersTurned(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  let at = 1;
  while (at < a.length && a[at] === b[at]) at++;
  return at < a.length - 1 && a[at] === b[at + 1] && a[at + 1] === b[at] && a.slice(at + 2) === b.slice(at + 2) && a[0] === b[0];
}

/** Capitalised words spelt two ways, each way in its own outlets. */
export function placeSpellings(records: readonly ArticleRecord[]): Disagreement[] {
  const personWords = new Set(records.flatMap((r) => r.people.flatMap((p) => [p.name, ...p.aliases].flatMap((n) => n.split(/\s+/)))));
  const forms = new Map<string, FactSource[]>();
  for (const r of records)
    for (const b of r.blocks) {
      if (b.type !== 'paragraph') continue;
      for (const m of b.text.matchAll(/(?<=[\p{Ll},;:]\s+|\bthe\s+)\p{Lu}\p{Ll}{4,}\b/gu)) {
        const word = m[0];
        if (personWords.has(word)) continue;
        const list = forms.get(word) ?? forms.set(word, []).get(word)!;
        if (list.some((s) => s.article === r.id)) continue;
        const at = b.start + m.index;
        list.push({ article: r.id, outlet: r.source.outlet, sentence: sentenceAt(r, at), text: word, start: at, end: at + word.length });
      }
    }
  /** Characters of an article enough to tell its language (its function words are everywhere in it). */
  const SAMPLE = 3000;
  const languages = new Map<string, boolean>();
  const foreign = (article: string) => {
    let f = languages.get(article);
    if (f === undefined) languages.set(article, (f = isForeign(records.find((r) => r.id === article)?.text.slice(0, SAMPLE) ?? '')));
    return f;
  };
  // Words by length, so each word is compared only with words one letter longer.
  const byLength = new Map<number, string[]>();
  for (const w of forms.keys()) (byLength.get(w.length) ?? byLength.set(w.length, []).get(w.length)!).push(w);
  const out: Disagreement[] = [];
  for (const [length, words] of byLength)
    for (const short of words)
      for (const long of byLength.get(length + 1) ?? []) {
        if (short[0] !== long[0] || !oneLetterOut(short, long)) continue;
        const [a, b] = [forms.get(short)!, forms.get(long)!];
        // The same outlet using both is a word and its relative, not two spellings of one name.
        if (a.some((s) => b.some((t) => t.article === s.article))) continue;
        // A spelling only articles in another language use is that language's form of the name (`Brekstad` in French
        // beside `Brekkstad`), not a slip.
        if (a.every((s) => foreign(s.article)) || b.every((s) => foreign(s.article))) continue;
        const [common, rare] = a.length >= b.length ? [short, long] : [long, short];
        out.push({
          id: `spelling-${common.toLowerCase()}`,
          kind: 'spelling',
          subject: `spelling of ${common}`,
          personId: null,
          versions: [common, rare].map((w) => ({ value: w, sources: forms.get(w)! })),
          compatible: false,
        });
      }
  return out;
}

/** Letters a given name needs before a form with one letter more or less counts as a slip (`Dorian` / `Dorrian`). */
const GIVEN_LETTERS = 5;

/** One place a name is written: the record and the offsets of the name word in it. */
type Place = [ArticleRecord, number, number];

/** The sentence and the name word at one place, as a fact source. */
const sourceAt = ([r, s, end]: Place): FactSource => ({
  article: r.id,
  outlet: r.source.outlet,
  sentence: sentenceAt(r, s),
  text: r.text.slice(s, end),
  start: s,
  end,
});

/** Letters a surname needs before a word one letter off it counts as a slip (`Hallendorf` / `Hallendorff`). */
const SURNAME_LETTERS = 6;

/** Is `w`, a word of a person's name or alias, their surname `last` one letter off (more, less, turned or swapped)? */
function misspeltSurname(last: string, w: string): boolean {
  return (
    w !== last &&
    w[0] === last[0] &&
    (w.length === last.length + 1
      ? oneLetterOut(last, w)
      : w.length === last.length - 1
        ? oneLetterOut(w, last)
        : twoLettersTurned(last, w) || (w.length >= SWAP_LETTERS && oneLetterSwapped(last, w)))
  );
}

/** The words of every person's names and aliases: words that are a person's, no slip for one. */
function personWordsOf(records: readonly ArticleRecord[]): Set<string> {
  // (A surname misspelt that the parser still gave the person — an alias one letter off their surname — is no
  // person word of its own: it is the variant to report.)
  return new Set(
    records.flatMap((r) =>
      r.people.flatMap((p) => {
        const last = p.name.split(/\s+/).at(-1)!;
        return [p.name, ...p.aliases].flatMap((n) => n.split(/\s+/)).filter((w) => !misspeltSurname(last, w));
      }),
    ),
  );
}

/** A surname or a given name with the first mention of it in each article (the name word alone). */
interface Named {
  id: string;
  name: string;
  /** The name word and which name of the person it is. */
  word: string;
  kind: 'surname' | 'given';
  mentions: Place[];
}

/** The surnames and the given names of people named in full, by name word. */
interface NameIndex {
  surnames: Map<string, Named>;
  givens: Map<string, Named>;
}

/** Notes a name word of person `p` in `names` with its first mention in `r`, unless `r` already gave one. */
function noteName(names: Map<string, Named>, kind: Named['kind'], word: string, r: ArticleRecord, p: ArticleRecord['people'][number]): void {
  const e = names.get(word) ?? names.set(word, { id: p.id, name: p.name, word, kind, mentions: [] }).get(word)!;
  if (e.mentions.some(([x]) => x === r)) return;
  for (const [s, x] of p.mentions.offsets) {
    const at = r.text.slice(s, x).indexOf(word);
    if (at >= 0) return void e.mentions.push([r, s + at, s + at + word.length]);
  }
}

/** The surnames (six letters or more) and given names (five or more) of every person named in two words or more. */
function indexNames(records: readonly ArticleRecord[]): NameIndex {
  const index: NameIndex = { surnames: new Map(), givens: new Map() };
  for (const r of records)
    for (const p of r.people) {
      const words = p.name.split(/\s+/);
      const [first, last] = [words[0]!, words.at(-1)!];
      if (words.length < 2) continue;
      if (last.length >= SURNAME_LETTERS && /^\p{Lu}\p{Ll}+$/u.test(last)) noteName(index.surnames, 'surname', last, r, p);
      if (first.length >= GIVEN_LETTERS && /^\p{Lu}\p{Ll}+$/u.test(first)) noteName(index.givens, 'given', first, r, p);
    }
  return index;
}

/** The name words of `names` by their length. */
function byLengthOf(names: Map<string, Named>): Map<number, string[]> {
  const byLength = new Map<number, string[]>();
  for (const w of names.keys()) (byLength.get(w.length) ?? byLength.set(w.length, []).get(w.length)!).push(w);
  return byLength;
}

/** The name of `byLength` one letter more or less than `word` (or, for a surname, two letters turned or, long enough, one swapped), if any. */
function nameOf(byLength: Map<number, string[]>, word: string, swaps: boolean): string | undefined {
  return (
    [...(byLength.get(word.length - 1) ?? []), ...(byLength.get(word.length + 1) ?? [])].find(
      (s) => s[0] === word[0] && (s.length < word.length ? oneLetterOut(s, word) : oneLetterOut(word, s)),
    ) ?? (swaps ? byLength.get(word.length)?.find((s) => twoLettersTurned(s, word) || (word.length >= SWAP_LETTERS && oneLetterSwapped(s, word))) : undefined)
  );
}

/** What the search for slips reads: the records, the words that are people's, and the names by length. */
interface SlipSearch {
  records: readonly ArticleRecord[];
  personWords: Set<string>;
  names: NameIndex;
  surnamesByLength: Map<number, string[]>;
  givensByLength: Map<number, string[]>;
  /** The first letters of every name word: a word opening otherwise is no slip of one. */
  initials: Set<string>;
}

/** Is `word` in `r` a slip for given name `person`? */
function slipOfGiven(search: SlipSearch, r: ArticleRecord, word: string, person: Named): boolean {
  // A given name's slip is in an article naming the person, never in small letters there (a word opening a
  // sentence), and never before the person's surname anywhere (`Carl Renn` beside `Carol Renn` is a brother).
  return (
    r.people.some((p) => p.id === person.id) &&
    !new RegExp(`\\b${word.toLowerCase()}\\b`).test(r.text) &&
    !search.records.some((x) => x.text.includes(`${word} ${person.name.split(/\s+/).at(-1)!}`))
  );
}

/** The surname or given name a capitalised word of `r` is a slip for, if any. */
function slipFor(search: SlipSearch, r: ArticleRecord, word: string): Named | undefined {
  const { names } = search;
  if (!search.initials.has(word[0]!) || search.personWords.has(word)) return undefined;
  const surname = word.length >= SURNAME_LETTERS ? nameOf(search.surnamesByLength, word, true) : undefined;
  const given = surname ? undefined : nameOf(search.givensByLength, word, false);
  return surname ? names.surnames.get(surname)! : given && slipOfGiven(search, r, word, names.givens.get(given)!) ? names.givens.get(given)! : undefined;
}

/** Every slip in the records' paragraphs, by the name it is a slip for and by its spelling, at its first place in each article. */
function findSlips(search: SlipSearch): Map<Named, Map<string, FactSource[]>> {
  const found = new Map<Named, Map<string, FactSource[]>>();
  for (const r of search.records)
    for (const b of r.blocks) {
      if (b.type !== 'paragraph') continue;
      // Latin letters only (accents included): a Unicode-class pattern costs three times as much over every paragraph.
      for (const m of b.text.matchAll(/\b[A-ZÀ-Þ][a-zß-ÿ]{3,}\b/g)) {
        const word = m[0];
        const named = slipFor(search, r, word);
        if (!named) continue;
        const variants = found.get(named) ?? found.set(named, new Map()).get(named)!;
        const list = variants.get(word) ?? variants.set(word, []).get(word)!;
        const at = b.start + m.index;
        if (!list.some((s) => s.article === r.id)) list.push(sourceAt([r, at, at + word.length]));
      }
    }
  return found;
}

/**
 * A person's surname written one letter off in some outlet where the parser did not take it for the person
 * ("Hallendorf said …" beside "Mira Hallendorff"): the surname of a person named in full (six letters or more)
 * and a capitalised word no person is called, one letter more or less (not at the end: "Korea" / "Korean"), or,
 * in a long name, one letter for another or two neighbouring letters turned round ("Hadlemann"). The same outlet
 * may write both: a slip once beside the right name is still a slip. A given name (five letters or more) one
 * letter more or less or with two letters turned, in an article naming the person, is that person's given name
 * misspelt ("Torben Aske" and, in a quote, "Tobren stood by us"), when the article never writes the word in
 * small letters (a word that opens a sentence). Given names with letters turned or swapped are other names
 * (`Elise` / `Elsie`).
 */
export function surnameSpellings(records: readonly ArticleRecord[]): Disagreement[] {
  const personWords = personWordsOf(records);
  const names = indexNames(records);
  const { surnames, givens } = names;
  const [surnamesByLength, givensByLength] = [byLengthOf(surnames), byLengthOf(givens)];
  const initials = new Set([...surnames.keys(), ...givens.keys()].map((w) => w[0]!));
  if (!initials.size) return [];
  const found = findSlips({ records, personWords, names, surnamesByLength, givensByLength, initials });
  return [...found].map(([person, variants]) => ({
    id: `spelling-${person.kind}-${person.id}`,
    kind: 'spelling' as const,
    subject: `spelling of ${person.name}`,
    personId: person.id,
    versions: [{ value: person.word, sources: person.mentions.map(sourceAt) }, ...[...variants].map(([w, sources]) => ({ value: w, sources }))],
    compatible: false,
  }));
}
