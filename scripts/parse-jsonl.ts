/**
 * crosscheck parse --jsonl: the parse step as a stream, for a distributed engine's map step (Spark's RDD.pipe).
 * Reads article file paths on stdin, one a line; writes one ArticleRecord a line on stdout; writes each failure
 * as a JSON line on stderr, naming the file. Memory stays constant: one article is in hand at a time.
 * Exit code 2 when any file failed, 0 otherwise.
 *   find content/articles -name '*.txt' | npm run --silent parse -- --jsonl [--people content/people.yaml]
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parse as parseYaml } from 'yaml';
import { ContentError, ErrorCode, PeopleConfig, displayPath, isContentError, knownAliases, parseArticle, readArticleFile } from '../src/lib/index.ts';

/** The editor's aliases from a people.yaml, or none. */
function aliasesFrom(path: string | undefined): Map<string, string> {
  if (!path) return new Map();
  const parsed = PeopleConfig.safeParse(parseYaml(readFileSync(path, 'utf8')) ?? {});
  if (!parsed.success) throw new ContentError(ErrorCode.metaInvalid, displayPath(path), `is not a valid people file: ${parsed.error.issues[0]!.message}`);
  return knownAliases(parsed.data);
}

/** Write a line, waiting when the reader is slower than the parser (so output never piles up in memory). */
async function writeLine(stream: NodeJS.WriteStream, line: string): Promise<void> {
  if (!stream.write(line + '\n')) await new Promise<void>((resolve) => stream.once('drain', resolve));
}

/** Run the JSONL mode; resolves to the exit code. */
export async function parseJsonl(options: { people?: string }): Promise<number> {
  const known = aliasesFrom(options.people);
  let failed = 0;
  for await (const raw of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    const path = raw.trim();
    if (path === '') continue;
    try {
      const a = readArticleFile(path);
      await writeLine(process.stdout, JSON.stringify(parseArticle({ id: a.id, source: a.body, meta: a.meta, known, format: a.format })));
    } catch (e) {
      failed++;
      const err = e as NodeJS.ErrnoException;
      const error = isContentError(e)
        ? { file: e.file, code: e.code, message: e.message }
        : {
            file: displayPath(path),
            code: ErrorCode.unreadable,
            message: `${displayPath(path)}: ${err.code ? `cannot be read (${err.code})` : `unexpected failure: ${err.message}`}`,
          };
      await writeLine(process.stderr, JSON.stringify(error));
    }
  }
  return failed > 0 ? 2 : 0;
}
