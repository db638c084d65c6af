/** The people pages: an index of everyone named, and one person across outlets. */
import { corpusIndex, type Corpus } from '../corpus.ts';
import type { QuoteEntry } from '../schema/api.ts';
import type { ArticleRecord } from '../schema/record.ts';
import { articleTitle, formatDate, isUncertain, KIND_LABEL, outletName, plural, QUOTE_KINDS } from './labels.ts';
import { articleHref, outletKey, personHref, quoteAnchor, quoteHref, storyHref } from './links.ts';
import { clusterAnchor } from './story.ts';

/** One line of the people index. */
export interface PersonSummary {
  id: string;
  name: string;
  href: string;
  /** Other written forms, excluding the display name. */
  aliases: string[];
  quoteCount: number;
  mentionCount: number;
  /** Outlets that name the person. */
  outlets: string[];
  /** "14 quotes · 27 mentions in 5 outlets". */
  stats: string;
}

/** A quote as listed on a person's page or the quotes page. */
export interface QuoteItem {
  id: string;
  /** Fragment id on the listing page. */
  anchor: string;
  text: string;
  kind: QuoteEntry['kind'];
  kindLabel: string;
  uncertain: boolean;
  confidence: number;
  /** The attribution words and medium ("said", "told reporters · state media reported"). */
  cue: string | null;
  /** The quote in its article. */
  href: string;
  articleTitle: string;
  date: string | null;
}

/** A person across the collection. */
export interface PersonView {
  id: string;
  name: string;
  aliases: string[];
  /** What each outlet calls the person. */
  titles: Array<{ outlet: string; titles: string[] }>;
  /** Mentions per outlet, most first. */
  mentions: Array<{ outlet: string; count: number; articles: Array<{ title: string; href: string; count: number }> }>;
  /** What they said, one entry per statement (however many outlets carry it), most widely carried first. */
  statements: Array<{
    text: string;
    outlets: Array<{ outlet: string; href: string; kindLabel: string }>;
    /** The same wordings per outlet, each kind once with its count ("4 partial quotes"), linked to the first. */
    byOutlet: Array<{ outlet: string; kinds: Array<{ label: string; href: string }> }>;
    /** How many outlets carry it. */
    outletCount: number;
    compareHref: string | null;
  }>;
  /** Their quotes grouped by outlet. */
  quotes: Array<{ outlet: string; key: string; quotes: QuoteItem[] }>;
  quoteCount: number;
  /** "Quoted 20 times · named 42 times by 5 outlets". */
  stats: string;
  description: string;
}

type Records = ReadonlyMap<string, ArticleRecord>;
const byId = (corpus: Corpus): Records => corpusIndex(corpus).articles;

/** A quote as a list item. */
export function quoteItem(q: QuoteEntry, records: Records): QuoteItem {
  const record = records.get(q.article);
  return {
    id: q.id,
    anchor: quoteAnchor(q.id),
    text: q.text,
    kind: q.kind,
    kindLabel: KIND_LABEL[q.kind],
    uncertain: isUncertain(q),
    confidence: q.confidence,
    cue: [q.cue, q.via].filter((c): c is string => c !== null).join(' · ') || null,
    href: quoteHref(q.article, q.id),
    articleTitle: record ? articleTitle(record) : q.article,
    date: formatDate(q.date),
  };
}

/** Group items by a key, keeping first-seen order of the keys. */
export function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** One person's line in the people index. */
function summarise(p: Corpus['people'][number], records: Records): PersonSummary {
  const outlets = [...new Set(p.articles.map((a) => outletName(records.get(a.article)?.source.outlet ?? null)))];
  const mentionCount = p.articles.reduce((n, a) => n + a.mentions, 0);
  return {
    id: p.id,
    name: p.name,
    href: personHref(p.id),
    aliases: p.aliases.filter((a) => a !== p.name),
    quoteCount: p.quotes.length,
    mentionCount,
    outlets,
    stats: `${plural(p.quotes.length, 'quote')} · ${plural(mentionCount, 'mention')} in ${plural(outlets.length, 'outlet')}`,
  };
}

/** Everyone named, most quoted first (the corpus order), with their counts; `limit` keeps the first few. */
export function peopleIndexView(corpus: Corpus, limit = Infinity): PersonSummary[] {
  const records = byId(corpus);
  return corpus.people.slice(0, limit).map((p) => summarise(p, records));
}

/** People on one page of a letter. */
export const PEOPLE_PER_PAGE = 250;

/** The letter a name is filed under: its first letter without accents, or "other". */
export function letterOf(name: string): string {
  const first = name
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')[0]
    ?.toLowerCase();
  return first ?? 'other';
}

/** Page `page` (from 1) of the people filed under `letter`. */
export const peopleLetterHref = (letter: string, page = 1): string => `/people/letter/${letter}/${page > 1 ? `${page}/` : ''}`;

/** The letters that have people, with their counts and links. */
export function peopleLetters(corpus: Corpus): Array<{ letter: string; label: string; count: number; href: string }> {
  const counts = new Map<string, number>();
  for (const p of corpus.people) counts.set(letterOf(p.name), (counts.get(letterOf(p.name)) ?? 0) + 1);
  return [...counts]
    .sort(([a], [b]) => (a === 'other' ? 1 : b === 'other' ? -1 : a.localeCompare(b)))
    .map(([letter, count]) => ({ letter, label: letter === 'other' ? 'Other' : letter.toUpperCase(), count, href: peopleLetterHref(letter) }));
}

/** One page of the people under a letter, by name. */
export interface PeopleLetterView {
  letter: string;
  label: string;
  people: PersonSummary[];
  page: number;
  pages: Array<{ page: number; href: string; current: boolean }>;
}

/** Page `page` of the people filed under `letter`, in name order; throws for a page that does not exist. */
export function peopleLetterView(corpus: Corpus, letter: string, page = 1): PeopleLetterView {
  const all = corpus.people.filter((p) => letterOf(p.name) === letter).sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  const count = Math.ceil(all.length / PEOPLE_PER_PAGE);
  if (page < 1 || page > count) throw new Error(`No page ${page} of people under "${letter}"`);
  const records = byId(corpus);
  return {
    letter,
    label: letter === 'other' ? 'Other' : letter.toUpperCase(),
    people: all.slice((page - 1) * PEOPLE_PER_PAGE, page * PEOPLE_PER_PAGE).map((p) => summarise(p, records)),
    page,
    pages: Array.from({ length: count }, (_, i) => ({ page: i + 1, href: peopleLetterHref(letter, i + 1), current: i + 1 === page })),
  };
}

/** Every letter page: [letter, page] pairs, for getStaticPaths. */
export function peopleLetterPages(corpus: Corpus): Array<{ letter: string; page: number }> {
  return peopleLetters(corpus).flatMap((l) => Array.from({ length: Math.ceil(l.count / PEOPLE_PER_PAGE) }, (_, i) => ({ letter: l.letter, page: i + 1 })));
}

/** One person across outlets; throws when there is no such person. */
export function personView(corpus: Corpus, id: string): PersonView {
  const person = corpusIndex(corpus).people.get(id);
  if (!person) throw new Error(`No person with id "${id}"`);
  const records = byId(corpus);
  const outletOf = (article: string) => outletName(records.get(article)?.source.outlet ?? null);

  const titles = [...groupBy(person.titles, (t) => outletOf(t.article))].map(([outlet, list]) => ({ outlet, titles: [...new Set(list.map((t) => t.title))] }));
  const mentions = [...groupBy(person.articles, (a) => outletOf(a.article))]
    .map(([outlet, list]) => ({
      outlet,
      count: list.reduce((n, a) => n + a.mentions, 0),
      articles: list.map((a) => ({ title: articleTitle(records.get(a.article)!), href: articleHref(a.article), count: a.mentions })),
    }))
    .sort((a, b) => b.count - a.count || a.outlet.localeCompare(b.outlet));
  // The person's quote ids are in corpus order; looking each up keeps a page's cost to its own quotes.
  const quoteIndex = corpusIndex(corpus).quotes;
  const entries = person.quotes.map((q) => quoteIndex.get(q)).filter((q): q is QuoteEntry => q !== undefined);
  const quotes = [...groupBy(entries, (q) => outletName(q.outlet))].map(([outlet, list]) => ({
    outlet,
    key: outletKey(outlet),
    quotes: list.map((q) => quoteItem(q, records)),
  }));
  // Only the stories this person is quoted in: scanning every story's clusters per person grows as people × stories.
  const own = new Set(person.quotes);
  const statements = [...new Set(entries.map((q) => q.story).filter((s): s is string => s !== null))]
    .flatMap((storyId) => (corpus.analyses[storyId]?.clusters ?? []).map((c) => ({ storyId, c })))
    .filter(({ c }) => c.members.some((m) => m.quote !== null && own.has(m.quote)))
    .map(({ storyId, c }) => ({
      text: c.representative,
      outlets: c.members.map((m) => ({
        outlet: outletOf(m.article),
        href: m.quote ? quoteHref(m.article, m.quote) : articleHref(m.article),
        kindLabel: QUOTE_KINDS[m.kind].short,
      })),
      compareHref: c.articleCount >= 2 ? `${storyHref(storyId)}compare/#${clusterAnchor(c.id)}` : null,
    }))
    .map((st) => ({ ...st, ...groupWordings(st.outlets) }))
    .sort((a, b) => b.outlets.length - a.outlets.length);
  return {
    id: person.id,
    name: person.name,
    statements,
    aliases: person.aliases.filter((a) => a !== person.name),
    titles,
    mentions,
    quotes,
    quoteCount: entries.length,
    stats: `${entries.length === 0 ? 'Never quoted' : `Quoted ${plural(entries.length, 'time')}`} · named ${plural(
      mentions.reduce((n, m) => n + m.count, 0),
      'time',
    )} by ${plural(mentions.length, 'outlet')}`,
    description: `${person.name}: ${plural(entries.length, 'quote')} and ${plural(mentions.length, 'outlet')} naming them, side by side.`,
  };
}

/** Ids of every person, for getStaticPaths. */
export function personIds(corpus: Corpus): string[] {
  return corpus.people.map((p) => p.id);
}

/** "partial quote" → "partial quotes", "quote without marks" → "quotes without marks". */
const pluralKind = (short: string) => (/\bquote\b/.test(short) ? short.replace(/\bquote\b/, 'quotes') : `${short}s`);

/** A statement's wordings per outlet, each kind counted once ("i7 News: 4 partial quotes"), linked to its first wording. */
function groupWordings(wordings: Array<{ outlet: string; href: string; kindLabel: string }>) {
  const byOutlet = [...groupBy(wordings, (w) => w.outlet)].map(([outlet, list]) => ({
    outlet,
    kinds: [...groupBy(list, (w) => w.kindLabel)].map(([kind, same]) => ({
      label: same.length === 1 ? kind : plural(same.length, kind, pluralKind(kind)),
      href: same[0]!.href,
    })),
  }));
  return { byOutlet, outletCount: byOutlet.length };
}
