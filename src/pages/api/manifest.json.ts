import type { APIRoute } from 'astro';
import { getCorpus } from '../../data/corpus.ts';
import { apiManifest } from '../../lib/api-files.ts';

/** dist/api/manifest.json: every API file with its size and SHA-256. */
export const GET: APIRoute = async () => new Response(JSON.stringify(apiManifest(await getCorpus()), null, 1));
