/**
 * What a page says about itself: headline, byline, publication day, site name and canonical address, read from
 * structured data (JSON-LD), meta tags (Open Graph, article:*, Dublin Core, common `name=` tags), the canonical
 * link, `<time>` elements and the page's own date line. Each value carries where it was found, so `add` can
 * print it and a reader can check it.
 */
import { isRealDate } from '../schema/meta.ts';
import { statedDate } from '../parse/dates.ts';
import { WarningCode } from '../errors.ts';

/** One value and the place in the page it came from. */
export interface Found<T = string> {
  value: T;
  from: string;
}

/** Everything read from the page's head and structured data. */
export interface PageMeta {
  title: Found | null;
  author: Found | null;
  /** Publication day, YYYY-MM-DD, a real calendar day. */
  published: Found | null;
  /** The date as the page shows it to readers ("June 20, 2023"), for the dateline block. */
  dateLine: Found | null;
  /** The site's name as the page states it. */
  siteName: Found | null;
  /** Absolute http(s) address of the article. */
  url: Found | null;
  /** The page's one-line summary (meta description). */
  description: Found | null;
  /** Problems met on the way: an impossible date, a canonical link that is not an absolute http(s) address. */
  notes: Array<{ code: WarningCode; message: string }>;
}

type Json = Record<string, unknown>;
const ARTICLE_TYPES = /^(?:\w*Article|BlogPosting|Report|LiveBlogPosting|SocialMediaPosting)$/;

/** JSON-LD objects of the page, @graph and arrays flattened. Invalid JSON is skipped. */
function jsonLd(doc: Document): Json[] {
  const out: Json[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      out.push(v as Json);
      if ('@graph' in v) walk((v as Json)['@graph']);
    }
  };
  for (const s of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      walk(JSON.parse(s.textContent ?? ''));
    } catch {
      // A broken block of structured data is common and harmless: the meta tags still count.
    }
  }
  return out;
}

const types = (o: Json): string[] => [o['@type']].flat().filter((t): t is string => typeof t === 'string');
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim().replace(/\s+/g, ' ') : null);
const nameOf = (v: unknown): string | null => str(v) ?? (v && typeof v === 'object' && !Array.isArray(v) ? str((v as Json).name) : null);
const isUrl = (v: string) => /^https?:\/\//i.test(v);

/** Names of a JSON-LD author value: a string, a Person, or a list of them. */
function authorNames(v: unknown): string[] {
  return [v]
    .flat()
    .map(nameOf)
    .filter((n): n is string => n !== null && !isUrl(n));
}

/** The day a date string names: ISO 8601 (the day as written, in the publisher's zone) or a written date. */
export function dayOf(value: string): { iso: string } | { impossible: string } | null {
  const iso = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (iso) {
    const day = `${iso[1]}-${iso[2]}-${iso[3]}`;
    return isRealDate(day) ? { iso: day } : { impossible: day };
  }
  const compact = /^\s*(\d{4})(\d{2})(\d{2})(?:T|$)/.exec(value);
  if (compact) {
    const day = `${compact[1]}-${compact[2]}-${compact[3]}`;
    return isRealDate(day) ? { iso: day } : { impossible: day };
  }
  const written = statedDate(value);
  return written ? { iso: written.iso } : null;
}

/** Absolute http(s) form of `href` against `base`, or null. */
function absolute(href: string, base: string | undefined): string | null {
  try {
    const u = new URL(href, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** Read the page's own statements about the article. `base` is the address it was fetched from, if any. */
export function readMeta(doc: Document, base?: string): PageMeta {
  const notes: PageMeta['notes'] = [];
  const meta = metaTags(doc);
  const ld = jsonLd(doc);
  const page: PageReading = {
    doc,
    meta,
    article: ld.find((o) => types(o).some((t) => ARTICLE_TYPES.test(t))),
    site: ld.find((o) => types(o).includes('WebSite')),
  };
  const siteName = siteNameOf(page);
  const author = authorOf(page);
  const title = titleOf(page);
  const url = canonicalUrl(page, base, notes);
  const dateLine = findDateLine(doc);
  const published = publishedDay(page, dateLine, notes);
  const description = descriptionOf(page);
  return { title, author, published, dateLine, siteName, url, description, notes };
}

/** A meta tag's content by attribute and lower-case key, or null. */
type MetaTag = (attr: 'property' | 'name' | 'itemprop', key: string) => string | null;

/** What readMeta's steps read: the page, its meta tags, and its JSON-LD article and website objects. */
interface PageReading {
  doc: Document;
  meta: MetaTag;
  article: Json | undefined;
  site: Json | undefined;
}

/** The page's meta tags, the first content for each attribute and key. */
function metaTags(doc: Document): MetaTag {
  // One pass over the <meta> elements (a 2 MB page has thousands of elements; querying per key is slow).
  const metas = new Map<string, string>();
  for (const el of doc.querySelectorAll('meta'))
    for (const attr of ['property', 'name', 'itemprop'] as const) {
      const key = el.getAttribute(attr)?.toLowerCase();
      const v = str(el.getAttribute('content'));
      if (key && v && !metas.has(`${attr}:${key}`)) metas.set(`${attr}:${key}`, v);
    }
  return (attr, key) => metas.get(`${attr}:${key}`) ?? null;
}

/** The first candidate that has a value, with where it came from. */
function first(candidates: Array<[string | null, string]>): Found | null {
  for (const [value, from] of candidates) if (value) return { value, from };
  return null;
}

/** The site's name: the article's publisher, then Open Graph, then the WebSite object, then the application name. */
function siteNameOf({ meta, article, site }: PageReading): Found | null {
  return first([
    [nameOf(article?.publisher), 'JSON-LD publisher.name'],
    [meta('property', 'og:site_name'), 'meta og:site_name'],
    [nameOf(site), 'JSON-LD WebSite.name'],
    [meta('name', 'application-name'), 'meta application-name'],
  ]);
}

/** The byline: the JSON-LD authors joined by "and", else the first author meta tag that is not an address, without "By". */
function authorOf({ meta, article }: PageReading): Found | null {
  const authors = authorNames(article?.author);
  const metaAuthor = [meta('name', 'author'), meta('property', 'article:author'), meta('name', 'byl')].find((v) => v && !isUrl(v)) ?? null;
  return first([
    [authors.length ? authors.join(' and ') : null, 'JSON-LD author'],
    [metaAuthor?.replace(/^by\s+/i, '') ?? null, 'meta author'],
  ]);
}

/** The headline: JSON-LD, then Open Graph, then Twitter's card. */
function titleOf({ meta, article }: PageReading): Found | null {
  return first([
    [str(article?.headline), 'JSON-LD headline'],
    [meta('property', 'og:title'), 'meta og:title'],
    [meta('name', 'twitter:title'), 'meta twitter:title'],
  ]);
}

/**
 * The canonical address: the first candidate that is an absolute http(s) address, each one that is not noted; else the
 * address it was fetched from.
 */
function canonicalUrl({ doc, meta, article }: PageReading, base: string | undefined, notes: PageMeta['notes']): Found | null {
  // The canonical address: relative links resolve against the fetched address.
  let url: Found | null = null;
  const mainEntity = article?.mainEntityOfPage;
  for (const [href, from] of [
    [doc.querySelector('link[rel~="canonical"]')?.getAttribute('href') ?? null, 'link rel=canonical'],
    [meta('property', 'og:url'), 'meta og:url'],
    [str(article?.url), 'JSON-LD url'],
    [str(mainEntity) ?? str((mainEntity as Json | undefined)?.['@id']), 'JSON-LD mainEntityOfPage'],
  ] as Array<[string | null, string]>) {
    if (!href) continue;
    const abs = absolute(href, base);
    if (abs) {
      url = { value: abs, from };
      break;
    }
    notes.push({ code: WarningCode.badCanonical, message: `${from} “${href}” is not an absolute http(s) address` });
  }
  if (!url && base) url = { value: base, from: 'the address it was fetched from' };
  return url;
}

/** The `name=` meta tags publishers and their systems (Dublin Core, citation, Parse.ly, Sailthru) put the publication date in, in the order trusted. */
const DATE_META_NAMES = [
  'date',
  'pubdate',
  'publishdate',
  'publish-date',
  'dc.date',
  'dc.date.issued',
  'dcterms.date',
  'dcterms.created',
  'citation_publication_date',
  'parsely-pub-date',
  'sailthru.date',
];

/**
 * The publication day: the first candidate that names a real calendar day (structured data, meta tags, a <time>,
 * then the page's date line); a candidate naming an impossible day is noted and passed over.
 */
function publishedDay({ doc, meta, article }: PageReading, dateLine: Found | null, notes: PageMeta['notes']): Found | null {
  for (const [value, from] of [
    [str(article?.datePublished), 'JSON-LD datePublished'],
    [meta('property', 'article:published_time'), 'meta article:published_time'],
    [meta('itemprop', 'datepublished'), 'meta itemprop=datePublished'],
    ...DATE_META_NAMES.map((k) => [meta('name', k), `meta ${k}`] as [string | null, string]),
    [doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? null, '<time datetime>'],
    [dateLine?.value ?? null, `the page's date line (${dateLine?.from ?? ''})`],
  ] as Array<[string | null, string]>) {
    if (!value) continue;
    const day = dayOf(value);
    if (day && 'iso' in day) return { value: day.iso, from };
    if (day) notes.push({ code: WarningCode.noPublished, message: `${from} gives ${day.impossible}, which is not a real calendar day` });
  }
  return null;
}

/** The one-line summary: JSON-LD, then Open Graph, then the meta description. */
function descriptionOf({ meta, article }: PageReading): Found | null {
  return first([
    [str(article?.description), 'JSON-LD description'],
    [meta('property', 'og:description'), 'meta og:description'],
    [meta('name', 'description'), 'meta description'],
  ]);
}

/** Longer text than this in a date element is a paragraph or a teaser that mentions a date, not the date line. */
const DATE_LINE_MAX = 80;

/** The date line readers see: a short element marked as a date, or a <time>, whose text states a full date. */
function findDateLine(doc: Document): Found | null {
  const candidates = [
    ...doc.querySelectorAll('time'),
    ...doc.querySelectorAll('[class*="date" i], [class*="dateline" i], [class*="published" i], [class*="timestamp" i], [itemprop="datePublished"]'),
  ];
  for (const el of candidates) {
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!text || text.length > DATE_LINE_MAX) continue;
    if (statedDate(text)) return { value: text, from: `<${el.tagName.toLowerCase()}>${el.className ? ` class “${el.className}”` : ''}` };
  }
  return null;
}
