import type { APIRoute, GetStaticPaths } from 'astro';
import { getCorpus } from '../../data/corpus.ts';
import { buildSearchIndex } from '../../lib/search/build.ts';
import { filterValues, searchDocuments } from '../../lib/search/documents.ts';

/** dist/search/: the manifest, the filter values, and the trigram, posting and document files, built once. */
export const getStaticPaths: GetStaticPaths = async () => {
  const docs = searchDocuments(await getCorpus());
  const { files } = buildSearchIndex(docs);
  files.set('filters.json', JSON.stringify(filterValues(docs)));
  return [...files].map(([file, body]) => ({ params: { file }, props: { body } }));
};

export const GET: APIRoute = ({ props }) => new Response(props.body as string | Uint8Array<ArrayBuffer>);
