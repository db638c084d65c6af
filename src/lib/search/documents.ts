/**
 * What search finds: every quote (shown in its sentence, with speaker, outlet, date, kind, links to its
 * article anchor and its statement in the comparison), then people and articles. Computed at build time.
 */
import type { Corpus } from '../corpus.ts';
import type { ArticleRecord, Quote } from '../schema/record.ts';
import { sentences } from '../tokens.ts';
import { articleTitle, formatDate, isUncertain, outletName } from '../views/labels.ts';
import { articleHref, personHref, quoteHref } from '../views/links.ts';
import { clusterAnchor } from '../views/story.ts';

/** One searchable item, in short keys to keep the files small. */
export interface SearchDoc {
  /** q: quote, p: person, a: article. */
  t: 'q' | 'p' | 'a';
  /** The text shown: a quote's sentence (the quote is `x.slice(q[0], q[1])`), a person's name, a headline. */
  x: string;
  /** Where the quote is in `x` (quotes only). */
  q?: [number, number];
  /** Speaker name (quotes), aliases (people), outlet (articles). */
  s: string;
  /** Speaker key for the filter: person id or organisation name (not shipped: the filter is a posting list). */
  k: string;
  /** Outlet. */
  o: string;
  /** Date, written out. */
  d: string;
  /** Quote kind. */
  n: string;
  /** 1 when the reader should be told the attribution is uncertain (quotes only). */
  u?: 1;
  /** Link to the item. */
  h: string;
  /** Link to its statement in the comparison, for quotes in a cluster. */
  c: string;
}

/** Longest sentence context shown around a quote, in characters, beyond the quote itself. */
const CONTEXT = 240;

/**
 * The sentence(s) holding a quote, and where the quote is in them. A quote over several sentences gets all of
 * them; a very long sentence is cut at word boundaries around the quote, with an ellipsis where text was cut.
 */
export function quoteInSentence(
  record: Pick<ArticleRecord, 'blocks'>,
  quote: Pick<Quote, 'block' | 'start' | 'end'>,
): { text: string; start: number; end: number } {
  const block = record.blocks[quote.block]!;
  const text = block.text;
  const qs = Math.min(text.length, Math.max(0, quote.start - block.start));
  const qe = Math.max(qs, Math.min(text.length, quote.end - block.start));
  const spans = sentences(text);
  let from = Math.min(qs, spans.find(([, e]) => e > qs)?.[0] ?? 0);
  let to = Math.max(qe, spans.findLast(([s]) => s < qe)?.[1] ?? text.length);
  let before = '';
  let after = '';
  if (qs - from + (to - qe) > CONTEXT) {
    // About half the room on each side; a side that needs less gives the rest to the other.
    const left = Math.min(qs - from, Math.max(CONTEXT / 2, CONTEXT - (to - qe)));
    const right = CONTEXT - left;
    if (qs - from > left) {
      const cut = text.indexOf(' ', qs - left);
      from = cut >= 0 && cut < qs ? cut + 1 : qs;
      before = '… ';
    }
    if (to - qe > right) {
      const cut = text.lastIndexOf(' ', qe + right);
      to = cut > qe ? cut : qe;
      after = ' …';
    }
  }
  while (from < qs && /\s/.test(text[from]!)) from++;
  while (to > qe && /\s/.test(text[to - 1]!)) to--;
  const start = before.length + (qs - from);
  return { text: before + text.slice(from, to) + after, start, end: start + (qe - qs) };
}

/** Every searchable item of the corpus: quotes first (newest story first, one statement's quotes together), then people, then articles. */
export function searchDocuments(corpus: Corpus): SearchDoc[] {
  const clusterOf = new Map<string, { href: string; order: number }>();
  let order = 0;
  for (const [story, analysis] of Object.entries(corpus.analyses))
    for (const c of analysis.clusters) {
      order++;
      for (const m of c.members) if (m.quote) clusterOf.set(m.quote, { href: `/stories/${encodeURIComponent(story)}/compare/#${clusterAnchor(c.id)}`, order });
    }
  const storyOrder = new Map(corpus.stories.map((s, i) => [s.id, i]));
  const records = new Map(corpus.articles.map((r) => [r.id, r]));
  // Quotes of one statement sit next to each other, so a query's results share a few document files.
  const sorted = corpus.quotes
    .map((q, i) => ({ q, i, story: storyOrder.get(q.story ?? '') ?? storyOrder.size, cluster: clusterOf.get(q.id)?.order ?? Infinity }))
    .sort((a, b) => a.story - b.story || a.cluster - b.cluster || a.i - b.i);
  const quotes: SearchDoc[] = sorted.map(({ q }) => {
    const shown = quoteInSentence(records.get(q.article)!, q);
    return {
      t: 'q',
      x: shown.text,
      q: [shown.start, shown.end],
      s: q.speaker?.name ?? '',
      k: q.speaker ? (q.speaker.personId ?? q.speaker.name) : '',
      o: outletName(q.outlet),
      d: formatDate(q.date) ?? '',
      n: q.kind,
      ...(isUncertain(q) ? { u: 1 as const } : {}),
      h: quoteHref(q.article, q.id),
      c: clusterOf.get(q.id)?.href ?? '',
    };
  });
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

/** dist/search/filters.json: what the search page's filters offer (loaded by that page only). */
export interface SearchFilterValues {
  outlets: string[];
  speakers: Array<{ key: string; name: string }>;
  kinds: string[];
}

/** The filter values of a set of documents: outlets, speakers and kinds of its quotes. */
export function filterValues(docs: readonly SearchDoc[]): SearchFilterValues {
  const quotes = docs.filter((d) => d.t === 'q');
  const speakers = new Map<string, string>();
  for (const q of quotes) if (q.k) speakers.set(q.k, q.s);
  return {
    outlets: [...new Set(quotes.map((q) => q.o))].sort(),
    speakers: [...speakers].map(([key, name]) => ({ key, name })).sort((a, b) => a.name.localeCompare(b.name)),
    kinds: [...new Set(quotes.map((q) => q.n))].sort(),
  };
}
