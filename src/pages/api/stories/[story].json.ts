import type { APIRoute, GetStaticPaths } from 'astro';
import { getCorpus } from '../../../data/corpus.ts';
import type { StoryFile } from '../../../lib/index.ts';

/** dist/api/stories/<story-id>.json: the story, its articles and the cross-outlet analysis. */
export const getStaticPaths: GetStaticPaths = async () => (await getCorpus()).stories.map((s) => ({ params: { story: s.id } }));

export const GET: APIRoute = async ({ params }) => {
  const corpus = await getCorpus();
  const story = corpus.stories.find((s) => s.id === params.story)!;
  const file: StoryFile = { ...corpus.analyses[story.id]!, story };
  return new Response(JSON.stringify(file));
};
