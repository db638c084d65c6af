/**
 * Parses articles on every core: a small pool of worker threads, each running parse-worker.ts. Parsing is a
 * pure function of one article, so the pool only hands out jobs and collects records in input order.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { ArticleRecord, parseArticle, type ParseInput } from '../lib/index.ts';

/** One article to parse: what parseArticle takes, with the editor's aliases as plain pairs. */
export type ParseJob = Omit<ParseInput, 'known'> & { known?: Array<[string, string]> };

/** Below this many articles a pool costs more (worker start-up, about 0.3 s each) than it saves. */
const POOL_THRESHOLD = 64;

/** The worker's file: resolved from the project root, since the build bundles this module elsewhere. */
const WORKER = resolve('src', 'data', 'parse-worker.ts');

/** Parse in this thread; the record is validated where it is made, as the worker does. */
const parseHere = (job: ParseJob): ArticleRecord => ArticleRecord.parse(parseArticle({ ...job, known: new Map(job.known ?? []) }));

/** Parse every job, in parallel when there are enough of them; records come back validated, in the jobs' order. */
export async function parseAll(jobs: readonly ParseJob[], threads = availableParallelism()): Promise<ArticleRecord[]> {
  if (jobs.length < POOL_THRESHOLD || threads < 2 || !existsSync(WORKER)) return jobs.map(parseHere);
  const out = new Array<ArticleRecord>(jobs.length);
  let next = 0;
  const run = (worker: Worker) =>
    new Promise<void>((done, fail) => {
      const send = () => {
        if (next >= jobs.length) return void worker.terminate().then(() => done(), fail);
        const i = next++;
        worker.once('message', (record: ArticleRecord) => {
          out[i] = record;
          send();
        });
        worker.postMessage(jobs[i]);
      };
      worker.once('error', fail);
      send();
    });
  await Promise.all(Array.from({ length: Math.min(threads, 8) }, () => run(new Worker(WORKER))));
  return out;
}
