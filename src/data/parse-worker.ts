/** A parse worker: receives one ParseJob at a time, answers with its ArticleRecord. */
import { parentPort } from 'node:worker_threads';
import { parseArticle } from '../lib/index.ts';
import type { ParseJob } from './parse-pool.ts';

parentPort?.on('message', (job: ParseJob) => {
  parentPort?.postMessage(parseArticle({ ...job, known: new Map(job.known ?? []) }));
});
