import type { APIRoute } from 'astro';
import { getCorpus } from '../../data/corpus.ts';
import { jsonLinesStream } from '../../lib/api-files.ts';

/** dist/api/articles.jsonl: every ArticleRecord, one a line (see schema.json). */
export const GET: APIRoute = async () => new Response(jsonLinesStream((await getCorpus()).articles), { headers: { 'content-type': 'application/x-ndjson' } });
