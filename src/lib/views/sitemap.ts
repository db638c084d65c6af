/**
 * The sitemap: every reader page of the site, as absolute URLs in sitemap XML. A sitemap file may hold at most
 * 50,000 URLs, so past that /sitemap.xml becomes a sitemap index of /sitemap-N.xml parts.
 */
import type { Corpus } from '../corpus.ts';
import { listingHref, listingPages } from './home.ts';
import { peopleLetterHref, peopleLetterPages } from './people.ts';
import { personQuotePages, personQuotesHref, storyQuotesHref } from './quotes.ts';
import { articleHref, personHref, storyHref } from './links.ts';

/** URLs one sitemap file may list (sitemaps.org). */
export const SITEMAP_LIMIT = 50_000;

/** Paths of every page the site builds for readers. */
export function sitemapPaths(corpus: Corpus): string[] {
  return [
    '/',
    '/people/',
    '/quotes/',
    '/about/',
    ...listingPages(corpus).map((p) => listingHref(p.sort, p.page)),
    ...corpus.stories.flatMap((s) => [storyHref(s.id), `${storyHref(s.id)}compare/`, ...(s.quoteCount > 0 ? [storyQuotesHref(s.id)] : [])]),
    ...corpus.articles.map((a) => articleHref(a.id)),
    ...corpus.people.map((p) => personHref(p.id)),
    ...peopleLetterPages(corpus).map((p) => peopleLetterHref(p.letter, p.page)),
    ...personQuotePages(corpus).map((p) => personQuotesHref(p.id, p.page)),
  ];
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/** A sitemap document for `paths` under `site`. */
export function sitemapXml(site: string | URL, paths: readonly string[]): string {
  const urls = paths.map((p) => `  <url><loc>${escapeXml(new URL(p, site).href)}</loc></url>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
}

/** A sitemap index pointing at `parts` sitemap files, /sitemap-0.xml onwards. */
export function sitemapIndexXml(site: string | URL, parts: number): string {
  const entries = Array.from({ length: parts }, (_, i) => `  <sitemap><loc>${escapeXml(new URL(`/sitemap-${i}.xml`, site).href)}</loc></sitemap>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries}\n</sitemapindex>\n`;
}

/** The sitemap files: one urlset under the limit; past it, an index at sitemap.xml and numbered parts. */
export function sitemapFiles(site: string | URL, paths: readonly string[], limit = SITEMAP_LIMIT): Array<{ name: string; xml: string }> {
  if (paths.length <= limit) return [{ name: 'sitemap.xml', xml: sitemapXml(site, paths) }];
  const parts = Math.ceil(paths.length / limit);
  return [
    { name: 'sitemap.xml', xml: sitemapIndexXml(site, parts) },
    ...Array.from({ length: parts }, (_, i) => ({ name: `sitemap-${i}.xml`, xml: sitemapXml(site, paths.slice(i * limit, (i + 1) * limit)) })),
  ];
}
