import type { APIRoute } from 'astro';
import { getCorpus } from '../data/corpus.ts';
import { sitemapPaths, sitemapXml } from '../lib/views/index.ts';

/** dist/sitemap.xml: every reader page, written by hand (no network-fetched integration needed). */
export const GET: APIRoute = async ({ site }) =>
  new Response(sitemapXml(site ?? 'https://crosscheck.example', sitemapPaths(await getCorpus())), { headers: { 'content-type': 'application/xml' } });
