/** The sitemap: every reader page of the site, as absolute URLs in sitemap XML. */
import type { Corpus } from '../corpus.ts';
import { articleHref, personHref } from './links.ts';

/** Paths of every page the site builds for readers (story pages are added when they exist). */
export function sitemapPaths(corpus: Corpus): string[] {
  return ['/', '/people/', '/quotes/', '/about/', ...corpus.articles.map((a) => articleHref(a.id)), ...corpus.people.map((p) => personHref(p.id))];
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/** A sitemap document for `paths` under `site`. */
export function sitemapXml(site: string | URL, paths: readonly string[]): string {
  const urls = paths.map((p) => `  <url><loc>${escapeXml(new URL(p, site).href)}</loc></url>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
}
