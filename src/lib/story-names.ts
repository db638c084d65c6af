/**
 * The story pass. Articles of one story are written for readers who know who is who: one outlet writes "Ngozi
 * Okafor" once, another only "Okafor said", a third lists "Ngozi Okafor, Tom Hale and …" with no title. Parsed
 * alone, the second and third miss the person. After every article is parsed once, this module finds, for each
 * article, the names its story spells out in full elsewhere that the article writes but did not find as a person,
 * and gives them as extra aliases (written form → full name) for a second parse of that article only.
 */
import { isPlace } from './gazetteer.ts';
import { HONORIFICS, ORG_WORDS, TITLE_WORDS } from './lexicon.ts';
import { canonicalPeople, storyWords } from './merge.ts';
import { isCommonWord } from './parse/people/name-lists.ts';
import type { ArticleRecord } from './schema/record.ts';

/** Record id → the aliases its story lends it, as [written form, full name] pairs (sorted, so they can key a cache). */
export type StoryAliases = Map<string, Array<[string, string]>>;

const tokensOf = (name: string) => name.split(' ');

/** A word that may stand for a person on its own: not an everyday word, a place or a title ("Rush", "Paris", "General"). */
function personWord(word: string): boolean {
  const lower = word.toLowerCase();
  return (
    /^\p{Lu}\p{L}+(?:[-’'][\p{L}]+)*$/u.test(word) &&
    !isCommonWord(word) &&
    !isPlace(word) &&
    !TITLE_WORDS.has(lower) &&
    !ORG_WORDS.has(lower) &&
    !HONORIFICS.has(word)
  );
}

/** Does `text` contain `form` as whole words somewhere no mention of a found person covers? */
function uncovered(text: string, form: string, covered: ReadonlyArray<readonly [number, number]>): boolean {
  for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + 1)) {
    const before = text[at - 1];
    const after = text[at + form.length];
    if ((before && /[\p{L}\p{N}]/u.test(before)) || (after && /[\p{L}\p{N}]/u.test(after))) continue;
    if (!covered.some(([s, e]) => s <= at && at < e)) return true;
  }
  return false;
}

/** The aliases each article needs from its story (see the module comment); articles with no story get none. */
export function storyAliases(records: readonly ArticleRecord[]): StoryAliases {
  const ids = canonicalPeople(records);
  const words = storyWords(records, ids);
  // Each canonical person's fullest, most-mentioned written name (what an alias resolves to), and who is found on
  // good evidence: only they are lent, so one article's mistake does not spread to its story (a title or role
  // somewhere, a quotation given to them, or found on their own in two articles).
  const best = new Map<string, { name: string; size: number; count: number }>();
  const articles = new Map<string, number>();
  const evidenced = new Set<string>();
  for (const r of records) {
    const speakers = new Set(r.quotes.map((q) => q.speaker?.personId));
    for (const p of r.people) {
      const id = ids.get(p.id) ?? p.id;
      const size = tokensOf(p.name).length;
      const seen = best.get(id);
      if (size > 1 && (!seen || size > seen.size || (size === seen.size && p.mentions.count > seen.count)))
        best.set(id, { name: p.name, size, count: p.mentions.count });
      articles.set(id, (articles.get(id) ?? 0) + 1);
      if (p.titles.length > 0 || speakers.has(p.id) || articles.get(id)! >= 2) evidenced.add(id);
    }
  }
  const out: StoryAliases = new Map();
  const speaking = speakingByOneName(records);
  for (const r of records) {
    const map = r.story === null ? undefined : words.get(r.story);
    // ("“… I learned it on his boat …,” Oskarro wrote": one name the story's quotations give words in the first person is someone's.)
    const mononyms = r.story === null ? [] : [...(speaking.get(r.story) ?? [])].filter((w) => !r.people.some((p) => tokensOf(p.name).includes(w)));
    if (!map && mononyms.length === 0) continue;
    const own = new Set(r.people.map((p) => ids.get(p.id) ?? p.id));
    const ownWords = new Set(r.people.flatMap((p) => tokensOf(p.name)));
    const covered = r.people.flatMap((p) => p.mentions.offsets);
    const pairs = new Map<string, string>();
    for (const word of mononyms) if (uncovered(r.text, word, covered)) pairs.set(word, word);
    for (const [word, id] of map ?? []) {
      const full = best.get(id)?.name;
      if (!full || own.has(id) || !evidenced.has(id)) continue;
      if (uncovered(r.text, full, covered)) pairs.set(full, full);
      if (!ownWords.has(word) && personWord(word) && uncovered(r.text, word, covered)) pairs.set(word, full);
    }
    if (pairs.size)
      out.set(
        r.id,
        [...pairs].sort((a, b) => (a[0] < b[0] ? -1 : 1)),
      );
  }
  return out;
}

/** Words of a speaker in the first person singular: only a person speaks so ("I", "my", "me"), not a firm or a body. */
const FIRST_PERSON = /(?:^|[^\p{L}])(?:I|I[’']m|I[’']ve|I[’']d|I[’']ll|[Mm]y|[Mm]e)(?![\p{L}’'])/u;

/**
 * Story id → the one-word names its quotations are given to, as written, when the words are in the first person
 * singular and the word is no everyday word, place, title or organisation ("Oskarro"): a person known by one name
 * whom no rule of the people stage found.
 */
function speakingByOneName(records: readonly ArticleRecord[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const r of records) {
    if (r.story === null) continue;
    for (const q of r.quotes) {
      const name = q.speaker?.name;
      if (!name || q.speaker!.personId !== null || !/^\p{Lu}\p{Ll}+$/u.test(name) || !personWord(name) || !FIRST_PERSON.test(q.text)) continue;
      const set = out.get(r.story) ?? new Set<string>();
      set.add(name);
      out.set(r.story, set);
    }
  }
  return out;
}

/** The editor's aliases with a story's added; the editor's win where both name a form. */
export function withStoryAliases(known: ReadonlyMap<string, string>, extra: ReadonlyArray<[string, string]> | undefined): ReadonlyMap<string, string> {
  return extra?.length ? new Map([...extra, ...known]) : known;
}
