/** A searcher over an index built in memory, recording which files each query fetched. */
import { buildSearchIndex, type IndexSizes, DEFAULT_SIZES } from '../../src/lib/search/build.ts';
import type { SearchDoc } from '../../src/lib/search/documents.ts';
import { Searcher } from '../../src/lib/search/engine.ts';

export function memorySearcher(docs: readonly SearchDoc[], sizes: IndexSizes = DEFAULT_SIZES) {
  const { manifest, files } = buildSearchIndex(docs, sizes);
  const fetched = new Set<string>();
  const searcher = new Searcher(manifest, (path) => {
    fetched.add(path);
    const f = files.get(path);
    if (f === undefined) return Promise.reject(new Error(`no file ${path}`));
    return Promise.resolve(typeof f === 'string' ? (JSON.parse(f) as unknown) : f);
  });
  return { searcher, files, fetched, manifest };
}
