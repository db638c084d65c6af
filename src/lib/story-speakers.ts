/**
 * The story's word on who said it. Outlets of one story quote the same words, and most of them say whose they are;
 * a copy that lost the attribution line, put it where the parser does not look, or wrote it in a shape the parser
 * does not know still names the person somewhere. After every article of a story is parsed, a quotation its
 * article gives to nobody, or only to a description of a person ("the prime minister", "an official", "the
 * statement"), takes the person the other outlets name (one, or one far more surely than any other), when it quotes
 * their words (the same words, or a run of words inside a longer quotation of theirs) and its own article names that
 * person — or the organisation they name ("Harbourline said in a statement"), when the article writes its name.
 *
 * It is the only evidence in the parser that does not come from the article itself, so the speaker it gives is
 * marked below the pages' bar of certainty (STORY_SPEAKER), and it never overrules a name the article gives.
 */
import { DOCUMENT_NOUNS, TITLE_WORDS } from './lexicon.ts';
import { canonicalPeople } from './merge.ts';
import type { ArticleRecord, Quote } from './schema/record.ts';
import { escapeRegExp, matchWords } from './words.ts';

/** Words a quotation needs to be matched at all: one word is anyone's. */
const MIN_WORDS = 2;
/**
 * Fewer words than this are a phrase more than one person may use ("greatest sadness"): such a fragment takes a
 * speaker only when two other outlets or more name that one person for it and nobody else is named for it; and a
 * fragment never speaks for a longer quotation of these words.
 */
const PHRASE = 6;
/** Runs of this many words propose candidates (an inverted index, never all pairs); at most MIN_WORDS. */
const SHINGLE = 2;
/**
 * How sure the other outlets must be, summed over their quotations of the words: one attribution next to the
 * quote (0.95, confidence.ts) is enough; one guessed from a pronoun or the paragraph before (0.45–0.75) is not.
 */
const VOTES = 0.9;
/**
 * When other outlets name several speakers for the words (a copy that read `he said` wrongly, a person written two
 * ways the merge could not join), the one named must outweigh all the others together this many times.
 */
const DOMINANCE = 2;
/**
 * The speaker confidence of a speaker the story gives: under the pages' 0.7, so they mark it uncertain. Other
 * outlets agree on whose words these are, but this article, as the parser read it, does not say so.
 */
export const STORY_SPEAKER = 0.6;

/**
 * A speaker that stands for a person the article does not name at that point: nobody, or a description in lower
 * case whose last word is a title or a document ("the prime minister", "a senior official", "the statement"); not
 * an organisation ("the ministry", "the company"), whose own words other outlets may give to its chief.
 */
function unnamed(q: Quote): boolean {
  if (q.speaker === null) return true;
  if (q.speaker.personId !== null || !/^\p{Ll}/u.test(q.speaker.name)) return false;
  const last = q.speaker.name.split(' ').at(-1)!.toLowerCase();
  return TITLE_WORDS.has(last) || DOCUMENT_NOUNS.has(last);
}

interface Entry {
  record: number;
  quote: number;
  /** The quotation's words in matching form, space-padded: " we will not give up ". */
  key: string;
  /** How many words. */
  size: number;
}

/** The quotation's words in matching form, or null when too few to tell which statement it is. */
function keyOf(q: Quote): { key: string; words: string[] } | null {
  const words = matchWords(q.text);
  return words.length >= MIN_WORDS ? { key: ` ${words.join(' ')} `, words } : null;
}

/** Does `text` write the organisation `name` (without a leading "the") as whole words, with its capitals? */
function names(text: string, name: string): boolean {
  const bare = name.replace(/^the\s+/i, '');
  if (!/^\p{Lu}/u.test(bare)) return false;
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(bare)}(?![\\p{L}\\p{N}])`, 'u').test(text);
}

/** The speaker a quotation becomes: a person of the article's own, or an organisation it names. */
type GivenSpeaker = { personId: string } | { name: string };

/** Records with the quotations the parser named nobody for (or only a description) given the person their story's other outlets agree on. */
export function storySpeakers(records: readonly ArticleRecord[]): ArticleRecord[] {
  const ids = canonicalPeople(records);
  const canon = (id: string) => ids.get(id) ?? id;
  const byStory = new Map<string, number[]>();
  records.forEach((r, i) => r.story !== null && (byStory.get(r.story) ?? byStory.set(r.story, []).get(r.story)!).push(i));
  // Record index → quote index → the speaker it becomes: a person of the article's own, or an organisation it names.
  const given = new Map<number, Map<number, GivenSpeaker>>();
  for (const members of byStory.values()) {
    if (members.length < 2) continue;
    for (const [e, found] of containedPairs(indexQuotes(records, members))) {
      const q = records[e.record]!.quotes[e.quote]!;
      if (!unnamed(q)) continue;
      const speaker = agreedSpeaker(records, canon, e, found);
      if (!speaker) continue;
      const mine = given.get(e.record) ?? given.set(e.record, new Map()).get(e.record)!;
      if (speaker !== NOBODY) mine.set(e.quote, speaker);
    }
  }
  return records.map((r, ri) => withGiven(r, given.get(ri)));
}

/** The quotations of one story's articles, with their runs of SHINGLE words: every run → the quotations that have it. */
interface QuoteIndex {
  entries: Entry[];
  index: Map<string, Entry[]>;
  /** Each entry's first run, by the entry's place in `entries`. */
  firsts: string[];
}

/** Index the quotations of a story's articles (`members`, record indexes) that have words enough to be matched. */
function indexQuotes(records: readonly ArticleRecord[], members: readonly number[]): QuoteIndex {
  const entries: Entry[] = [];
  const index = new Map<string, Entry[]>();
  const firsts: string[] = [];
  for (const ri of members)
    records[ri]!.quotes.forEach((q, qi) => {
      const k = keyOf(q);
      if (!k) return;
      const e = { record: ri, quote: qi, key: k.key, size: k.words.length };
      entries.push(e);
      firsts.push(k.words.slice(0, SHINGLE).join(' '));
      for (let s = 0; s + SHINGLE <= k.words.length; s++) {
        const run = k.words.slice(s, s + SHINGLE).join(' ');
        const list = index.get(run) ?? index.set(run, []).get(run)!;
        if (list.at(-1) !== e) list.push(e);
      }
    });
  return { entries, index, firsts };
}

/** Every pair where one quotation's words are a run inside the other's, found from the shorter one's first run. */
function containedPairs({ entries, index, firsts }: QuoteIndex): Map<Entry, Entry[]> {
  const matches = new Map<Entry, Entry[]>();
  entries.forEach((e, i) => {
    for (const m of index.get(firsts[i]!) ?? []) {
      if (m.record === e.record || !m.key.includes(e.key)) continue;
      (matches.get(e) ?? matches.set(e, []).get(e)!).push(m);
      if (m.key !== e.key) (matches.get(m) ?? matches.set(m, []).get(m)!).push(e);
    }
  });
  return matches;
}

/** The story agrees on a speaker who is nobody of this article's: the article's entry is made, and left empty. */
const NOBODY = { name: '' } as const;

/**
 * The speaker the other outlets' quotations of these words (`found`) agree on for entry `e`: null when they do not agree
 * surely enough; NOBODY when they agree on an organisation the article does not name or a person it does not have.
 */
function agreedSpeaker(records: readonly ArticleRecord[], canon: (id: string) => string, e: Entry, found: readonly Entry[]): GivenSpeaker | null {
  const { votes, written } = votesFor(records, canon, e, found);
  // One person, named surely enough, and far more surely than anyone else named for these words.
  const weights = [...votes].map(([who, byArticle]) => [who, [...byArticle.values()].reduce((a, b) => a + b, 0)] as const).sort((a, b) => b[1] - a[1]);
  const [who, weight] = weights[0] ?? ['', 0];
  const others = weights.slice(1).reduce((n, [, w]) => n + w, 0);
  if (!who || weight < VOTES || weight < DOMINANCE * others) return null;
  if (e.size < PHRASE && (others > 0 || votes.get(who)!.size < 2)) return null;
  // An organisation ("Harbourline", "the Harbour Trust") the article itself names, written as the others write it.
  if (who.startsWith('org:')) {
    const name = written.get(who)!;
    return names(records[e.record]!.text, name) ? { name } : NOBODY;
  }
  const person = records[e.record]!.people.find((p) => canon(p.id) === who);
  return person ? { personId: person.id } : NOBODY;
}

/** Each other article votes once, with its most certain speaker for these words: speaker → article → confidence, and how each speaker is written. */
function votesFor(records: readonly ArticleRecord[], canon: (id: string) => string, e: Entry, found: readonly Entry[]) {
  const votes = new Map<string, Map<number, number>>();
  const written = new Map<string, string>();
  for (const m of found) {
    if (m.size < Math.min(e.size, PHRASE)) continue;
    const s = records[m.record]!.quotes[m.quote]!;
    // A description says nothing against a name ("the prime minister" in one copy, the name in another).
    if (!s.speaker || unnamed(s)) continue;
    const who = s.speaker.personId === null ? `org:${s.speaker.name.toLowerCase()}` : canon(s.speaker.personId);
    if (!written.has(who)) written.set(who, s.speaker.name);
    const byArticle = votes.get(who) ?? votes.set(who, new Map()).get(who)!;
    byArticle.set(m.record, Math.max(byArticle.get(m.record) ?? 0, s.speakerConfidence));
  }
  return { votes, written };
}

/** A record with the speakers its story gives (`mine`, quote index → speaker) set, marked STORY_SPEAKER. */
function withGiven(r: ArticleRecord, mine: ReadonlyMap<number, GivenSpeaker> | undefined): ArticleRecord {
  if (!mine) return r;
  const quotes = r.quotes.map((q, qi) => {
    const to = mine.get(qi);
    if (to && 'name' in to) return { ...q, speaker: { name: to.name, personId: null }, speakerConfidence: STORY_SPEAKER };
    const person = to === undefined ? undefined : r.people.find((p) => p.id === to.personId);
    return person ? { ...q, speaker: { name: person.name, personId: person.id }, speakerConfidence: STORY_SPEAKER } : q;
  });
  return { ...r, quotes };
}
