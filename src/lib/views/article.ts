/** The reading view of one article: title, provenance, body with quotes and people marked, and what was taken out. */
import { corpusIndex, type Corpus } from '../corpus.ts';
import type { ArticleRecord, Quote } from '../schema/record.ts';
import {
  articleTitle,
  DATE_PROVENANCE_LABEL,
  formatDate,
  KIND_SHORT,
  outletName,
  plural,
  REMOVAL_LABEL,
  SOURCE_PROVENANCE_LABEL,
  sourceLine,
} from './labels.ts';
import { compareHref, personHref, storyHref } from './links.ts';
import { markFirstMentions, quoteMark, segmentBody, type Paragraph, type QuoteMark } from './segments.ts';

/** Everything the article page shows. */
export interface ArticleView {
  id: string;
  /** The headline, or "Untitled article from <outlet>". */
  title: string;
  /** True when the title is the fallback, not the article's own. */
  untitled: boolean;
  /** A one-line description for meta tags. */
  description: string;
  outlet: { name: string; provenance: string; attributed: boolean; evidence: string | null };
  /** "The Guardian’s story, rewritten by ExBulletin", or null for the outlet's own story. */
  relation: string | null;
  date: { iso: string | null; display: string | null; provenance: string; evidence: string | null };
  author: string | null;
  /** The original address, when it is a safe http(s) URL. */
  url: string | null;
  /** The headline block, when the text has one (the page shows `title` alone; its quotes are in `quotes`). */
  headline: Paragraph | null;
  /** Anchors of the quotes inside the headline, so links to them land on the h1. */
  headlineAnchors: string[];
  /** The other blocks in reading order. */
  body: Paragraph[];
  /** Every quote, in reading order, for the list under the body. */
  quotes: Array<QuoteMark & { text: string; excerpt: string; kindLabel: string; speakerHref: string | null }>;
  /** People named, with links. */
  people: Array<{ id: string; name: string; href: string; titles: string[]; mentions: number }>;
  removed: Array<{ text: string; reason: string }>;
  credits: string[];
  warnings: Array<{ code: string; message: string; line: number | null }>;
  story: { id: string; title: string; href: string; compareHref: string } | null;
  /** "612 words · 9 quotes · 5 people". */
  stats: string;
}

/** The text cut at a word boundary to about `max` characters, with an ellipsis when cut. */
export function excerpt(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

const safeUrl = (url: string | null): string | null => (url !== null && /^https?:\/\//i.test(url) ? url : null);

/** The record with this id, or undefined. */
export function findArticle(corpus: Corpus, id: string): ArticleRecord | undefined {
  return corpusIndex(corpus).articles.get(id);
}

/** The reading view of article `id`; throws when there is no such article. */
export function articleView(corpus: Corpus, id: string): ArticleView {
  const record = findArticle(corpus, id);
  if (!record) throw new Error(`No article with id "${id}"`);
  const paragraphs = markFirstMentions(segmentBody(record));
  const hasHeadline = record.blocks[0]?.type === 'headline';
  const story = record.story === null ? undefined : corpus.stories.find((s) => s.id === record.story);
  const title = articleTitle(record);
  const outlet = outletName(record.source.outlet);
  const relation = record.source.kind === 'original' ? null : sourceLine(record.source).line;
  return {
    id: record.id,
    title,
    untitled: record.headline === null,
    description: `${outlet}'s coverage${story ? ` of “${story.title}”` : ''}, with ${plural(record.quotes.length, 'quote')} marked and attributed.`,
    outlet: {
      name: outlet,
      provenance: SOURCE_PROVENANCE_LABEL[record.source.provenance],
      attributed: record.source.provenance === 'attributed',
      evidence: record.source.evidence,
    },
    relation,
    date: {
      iso: record.date.iso,
      display: formatDate(record.date.iso),
      provenance: DATE_PROVENANCE_LABEL[record.date.provenance],
      evidence: record.date.evidence,
    },
    author: record.source.author,
    url: safeUrl(record.source.url),
    headline: hasHeadline ? paragraphs[0]! : null,
    headlineAnchors: hasHeadline ? paragraphs[0]!.segments.flatMap((seg) => (seg.quote ? [seg.quote.anchor] : [])) : [],
    body: hasHeadline ? paragraphs.slice(1) : paragraphs,
    quotes: record.quotes.map((q: Quote) => ({
      ...quoteMark(q),
      text: q.text,
      excerpt: excerpt(q.text, 90),
      kindLabel: KIND_SHORT[q.kind],
      speakerHref: q.speaker?.personId ? personHref(q.speaker.personId) : null,
    })),
    people: record.people.map((p) => ({ id: p.id, name: p.name, href: personHref(p.id), titles: p.titles, mentions: p.mentions.count })),
    removed: record.removed.map((r) => ({ text: r.text, reason: REMOVAL_LABEL[r.reason] })),
    credits: record.source.credits,
    warnings: record.warnings.map((w) => ({ code: w.code, message: w.message, line: w.line ?? null })),
    story: story ? { id: story.id, title: story.title, href: storyHref(story.id), compareHref: compareHref(story.id, record.id) } : null,
    stats: [plural(record.wordCount, 'word'), plural(record.quotes.length, 'quote'), plural(record.people.length, 'person', 'people')].join(' · '),
  };
}

/** Ids of every article, for getStaticPaths. */
export function articleIds(corpus: Corpus): string[] {
  return corpus.articles.map((a) => a.id);
}
