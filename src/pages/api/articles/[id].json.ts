import type { APIRoute, GetStaticPaths } from 'astro';
import { getCorpus } from '../../../data/corpus.ts';
import { articleFile } from '../../../lib/api-files.ts';

/** dist/api/articles/<article-id>.json: one ArticleRecord. */
export const getStaticPaths: GetStaticPaths = async () => (await getCorpus()).articles.map((a) => ({ params: { id: a.id } }));

export const GET: APIRoute = async ({ params }) => new Response(articleFile(await getCorpus(), params.id!));
