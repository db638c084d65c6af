import type { APIRoute } from 'astro';
import { apiJsonSchema } from '../../lib/index.ts';

/** dist/api/schema.json: JSON Schema of every API file, generated from the zod schemas. */
export const GET: APIRoute = () => new Response(JSON.stringify(apiJsonSchema(), null, 2));
