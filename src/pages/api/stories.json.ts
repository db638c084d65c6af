import type { APIRoute } from 'astro';
import { getCorpus } from '../../data/corpus.ts';

/** dist/api/stories.json: see schema.json for its shape. */
export const GET: APIRoute = async () => new Response(JSON.stringify((await getCorpus()).stories));
