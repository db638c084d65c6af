/**
 * Checks the content folder before Astro starts, so a bad file fails the build with one clear line per
 * problem (file, line, field) instead of a stack trace. Exit code 1 on any problem.
 */
import { readContent } from '../src/lib/index.ts';
import { contentDir } from '../src/loaders/content-dir.ts';

const dir = contentDir();
const { content, errors } = readContent(dir);
if (errors.length) {
  process.stderr.write(`Crosscheck: the content folder has ${errors.length} problem${errors.length > 1 ? 's' : ''}:\n`);
  for (const e of errors) process.stderr.write(`  ${e.message}\n`);
  process.exit(1);
}
process.stdout.write(`Crosscheck: ${content.articles.length} articles in ${content.stories.size} stories (${dir})\n`);
