/**
 * crosscheck parse: print the record of an article (or an array of records for a folder) as JSON.
 *   npm run --silent parse -- <file or folder> [--meta file.yaml]
 * Bad input: exit code 2 and one line on stderr naming the file.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  parseContent,
  displayPath,
  isContentError,
  mergePeople,
  parseArticle,
  readArticleFile,
  readContent,
  type ArticleRecord,
  type PeopleConfig,
} from '../src/lib/index.ts';
import { parseJsonl } from './parse-jsonl.ts';

function fail(message: string): never {
  process.stderr.write(`crosscheck parse: ${message}\n`);
  process.exit(2);
}

function main(): void {
  // The streaming mode (paths on stdin, JSON lines out) lives in its own module.
  if (process.argv.includes('--jsonl')) {
    const at = process.argv.indexOf('--people');
    void parseJsonl({ people: at > 0 ? process.argv[at + 1] : undefined }).then((code) => process.exit(code));
    return;
  }
  let args;
  try {
    args = parseArgs({ allowPositionals: true, options: { meta: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  } catch (e) {
    fail(`${(e as Error).message} (usage: parse <file or folder> [--meta file.yaml])`);
  }
  const [target, ...extra] = args.positionals;
  if (args.values.help) {
    process.stdout.write('usage: npm run --silent parse -- <file or folder> [--meta file.yaml]\n');
    process.exit(0);
  }
  if (!target) fail('name a file or folder (usage: parse <file or folder> [--meta file.yaml])');
  if (extra.length) fail(`one file or folder at a time (got also: ${extra.join(' ')})`);
  if (!existsSync(target)) fail(`${displayPath(target)}: no such file or folder`);

  let people: PeopleConfig = {};
  let records: ArticleRecord[];
  if (statSync(target).isDirectory()) {
    if (args.values.meta) fail('--meta goes with a single file, not a folder');
    // A content folder (with articles/ and stories/) is read and checked as the build reads it.
    if (existsSync(join(target, 'articles'))) {
      const { content, errors } = readContent(target);
      if (errors.length) fail(errors.map((e) => e.message).join('\n'));
      people = content.people;
      records = parseContent(content);
    } else {
      const files = readdirSync(target)
        .filter((n) => /\.(txt|md|html?)$/.test(n))
        .sort();
      records = files.map((n) => {
        const a = readArticleFile(join(target, n));
        return parseArticle({ id: a.id, source: a.body, meta: a.meta, format: a.format });
      });
    }
    records = mergePeople(records, people);
    process.stdout.write(JSON.stringify(records, null, 2) + '\n');
  } else {
    const a = readArticleFile(target, args.values.meta);
    process.stdout.write(JSON.stringify(parseArticle({ id: a.id, source: a.body, meta: a.meta, format: a.format }), null, 2) + '\n');
  }
}

try {
  main();
} catch (e) {
  if (isContentError(e)) fail(e.message);
  const err = e as NodeJS.ErrnoException;
  if (err.code && err.path) fail(`${displayPath(err.path)}: cannot be read (${err.code})`);
  fail(`unexpected failure: ${err.message}`);
}
