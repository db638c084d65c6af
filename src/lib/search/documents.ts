/**
 * What search finds: every quote (text, speaker, outlet, date, kind, links to its article anchor and its
 * statement in the comparison), then people and articles. Built at build time and split into shards.
 */
import type { Corpus } from '../corpus.ts';
import { articleTitle, formatDate, outletName } from '../views/labels.ts';
import { articleHref, personHref, quoteHref } from '../views/links.ts';
import { clusterAnchor } from '../views/story.ts';

/** One searchable item, in short keys to keep the shards small. */
export interface SearchDoc {
  /** q: quote, p: person, a: article. */
  t: 'q' | 'p' | 'a';
  /** The text searched and shown (quote words, person name, headline). */
  x: string;
  /** Speaker name (quotes), aliases (people), outlet (articles). */
  s: string;
  /** Speaker key for the filter: person id or organisation name. */
  k: string;
  /** Outlet. */
  o: string;
  /** Date, written out. */
  d: string;
  /** Quote kind. */
  n: string;
  /** Link to the item. */
  h: string;
  /** Link to its statement in the comparison, for quotes in a cluster. */
  c: string;
}

/** Every searchable item of the corpus: quotes first, then people, then articles. */
export function searchDocuments(corpus: Corpus): SearchDoc[] {
  const clusterOf = new Map<string, string>();
  for (const [story, analysis] of Object.entries(corpus.analyses))
    for (const c of analysis.clusters)
      for (const m of c.members) if (m.quote) clusterOf.set(m.quote, `/stories/${encodeURIComponent(story)}/compare/#${clusterAnchor(c.id)}`);
  const quotes: SearchDoc[] = corpus.quotes.map((q) => ({
    t: 'q',
    x: q.text,
    s: q.speaker?.name ?? '',
    k: q.speaker ? (q.speaker.personId ?? q.speaker.name) : '',
    o: outletName(q.outlet),
    d: formatDate(q.date) ?? '',
    n: q.kind,
    h: quoteHref(q.article, q.id),
    c: clusterOf.get(q.id) ?? '',
  }));
  const people: SearchDoc[] = corpus.people.map((p) => ({
    t: 'p',
    x: p.name,
    s: p.aliases.filter((a) => a !== p.name).join(' · '),
    k: p.id,
    o: '',
    d: '',
    n: '',
    h: personHref(p.id),
    c: '',
  }));
  const articles: SearchDoc[] = corpus.articles.map((r) => ({
    t: 'a',
    x: articleTitle(r),
    s: '',
    k: '',
    o: outletName(r.source.outlet),
    d: formatDate(r.date.iso) ?? '',
    n: '',
    h: articleHref(r.id),
    c: '',
  }));
  return [...quotes, ...people, ...articles];
}

/** Split documents into shards of at most `size`; the manifest lists them and the filter values. */
export function searchShards(docs: readonly SearchDoc[], size = 2000): { manifest: SearchManifest; shards: SearchDoc[][] } {
  const shards: SearchDoc[][] = [];
  for (let i = 0; i < docs.length; i += size) shards.push(docs.slice(i, i + size));
  if (shards.length === 0) shards.push([]);
  const quotes = docs.filter((d) => d.t === 'q');
  const speakers = new Map<string, string>();
  for (const q of quotes) if (q.k) speakers.set(q.k, q.s);
  return {
    manifest: {
      shards: shards.map((_, i) => `/search/shard-${i}.json`),
      count: docs.length,
      outlets: [...new Set(quotes.map((q) => q.o))].sort(),
      speakers: [...speakers].map(([key, name]) => ({ key, name })).sort((a, b) => a.name.localeCompare(b.name)),
      kinds: [...new Set(quotes.map((q) => q.n))].sort(),
    },
    shards,
  };
}

/** dist/search/index.json: where the shards are and what the filters offer. */
export interface SearchManifest {
  shards: string[];
  count: number;
  outlets: string[];
  speakers: Array<{ key: string; name: string }>;
  kinds: string[];
}
