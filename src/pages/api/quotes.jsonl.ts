import type { APIRoute } from 'astro';
import { getCorpus } from '../../data/corpus.ts';
import { jsonLinesStream } from '../../lib/api-files.ts';

/** dist/api/quotes.jsonl: every quote with its article, story, outlet and date, one a line (see schema.json). */
export const GET: APIRoute = async () => new Response(jsonLinesStream((await getCorpus()).quotes), { headers: { 'content-type': 'application/x-ndjson' } });
