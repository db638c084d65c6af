import type { APIRoute, GetStaticPaths } from 'astro';
import { getCorpus } from '../../data/corpus.ts';
import { searchDocuments, searchShards } from '../../lib/search/documents.ts';

/** dist/search/index.json (the manifest) and dist/search/shard-N.json (the documents), built once. */
export const getStaticPaths: GetStaticPaths = async () => {
  const { manifest, shards } = searchShards(searchDocuments(await getCorpus()));
  return [{ params: { shard: 'index' }, props: { body: manifest } }, ...shards.map((docs, i) => ({ params: { shard: `shard-${i}` }, props: { body: docs } }))];
};

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify(props.body));
