import type { APIRoute, GetStaticPaths } from 'astro';
import { getCorpus } from '../../../data/corpus.ts';
import { storyFile } from '../../../lib/api-files.ts';

/** dist/api/stories/<story-id>.json: the story, its articles and the cross-outlet analysis. */
export const getStaticPaths: GetStaticPaths = async () => (await getCorpus()).stories.map((s) => ({ params: { story: s.id } }));

export const GET: APIRoute = async ({ params }) => new Response(storyFile(await getCorpus(), params.story!));
