import type { APIRoute, GetStaticPaths } from 'astro';
import { getCorpus } from '../data/corpus.ts';
import { sitemapFiles, sitemapPaths } from '../lib/views/index.ts';

const FALLBACK_SITE = 'https://crosscheck.example';
let made: Promise<Array<{ name: string; xml: string }>> | null = null;

/** The sitemap files, made once per build (every part's endpoint reads the same list). */
const files = (site: URL | string) => (made ??= getCorpus().then((corpus) => sitemapFiles(site, sitemapPaths(corpus))));

/** dist/sitemap.xml (and, past 50,000 URLs, sitemap-N.xml parts under it as an index): written by hand. */
export const getStaticPaths: GetStaticPaths = async () => {
  // Only the number of files matters here; the URLs are made with the configured site in GET.
  const names = sitemapFiles(FALLBACK_SITE, sitemapPaths(await getCorpus())).map((f) => f.name);
  return names.map((name) => ({ params: { sitemap: name.replace(/\.xml$/, '') } }));
};

export const GET: APIRoute = async ({ site, params }) => {
  const file = (await files(site ?? FALLBACK_SITE)).find((f) => f.name === `${params.sitemap}.xml`)!;
  return new Response(file.xml, { headers: { 'content-type': 'application/xml' } });
};
