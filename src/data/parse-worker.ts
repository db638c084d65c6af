/**
 * A parse worker: receives one ParseJob at a time, answers with its ArticleRecord, validated with the zod schema
 * here, where it is made (validating it again in the main thread would hold a second copy of every record).
 */
import { parentPort } from 'node:worker_threads';
import { ArticleRecord, parseArticle } from '../lib/index.ts';
import type { ParseJob } from './parse-pool.ts';

parentPort?.on('message', (job: ParseJob) => {
  parentPort?.postMessage(ArticleRecord.parse(parseArticle({ ...job, known: new Map(job.known ?? []) })));
});
