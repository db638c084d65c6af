import { resolve } from 'node:path';

/** The content folder: $CROSSCHECK_CONTENT, or ./content. */
export function contentDir(): string {
  return resolve(process.env.CROSSCHECK_CONTENT || 'content');
}
