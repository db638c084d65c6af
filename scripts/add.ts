/**
 * crosscheck add: saved web pages or URLs become articles of the content folder.
 *   npm run --silent add -- <page.html | URL>... (--story ID | --story auto) [--content DIR]
 * For each page: prints what it found and where, what it could not find, the story candidates (auto), and the
 * files written. A page that fails prints one line on stderr and writes nothing; the others go on. Exit code 2
 * when any page failed.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { displayPath, isContentError } from '../src/lib/index.ts';
import { addPage, fetchPage, readPage, type AddResult, type PageArticle } from '../src/lib/ingest/index.ts';
import { contentDir } from '../src/loaders/content-dir.ts';

const USAGE = 'usage: npm run --silent add -- <page.html | URL>... (--story ID | --story auto) [--content DIR]';

function fail(message: string): never {
  process.stderr.write(`crosscheck add: ${message}\n`);
  process.exit(2);
}

/** Read one input: an existing file, else a URL. */
async function load(input: string): Promise<PageArticle> {
  if (existsSync(input) && statSync(input).isFile()) return readPage(readFileSync(input), { name: displayPath(input) });
  const fetched = await fetchPage(input);
  return readPage(fetched.bytes, { name: input, url: fetched.url, contentType: fetched.contentType });
}

function report(input: string, r: AddResult): string {
  const out = [`${input}`];
  for (const f of r.fields) if (f.value) out.push(`  ${f.field.padEnd(10)} ${f.value}  (${f.from})`);
  const missing = r.fields.filter((f) => !f.value).map((f) => f.field);
  if (missing.length) out.push(`  not found: ${missing.join(', ')}`);
  for (const w of r.warnings) out.push(`  warning: ${w.message} [${w.code}]`);
  if (r.candidates.length) {
    out.push('  story candidates (people 45%, shared statements 35%, date 20%):');
    for (const c of r.candidates.slice(0, 5))
      out.push(
        `    ${c.score.toFixed(2)}  ${c.story}  people ${c.people.toFixed(2)}${c.sharedPeople.length ? ` (${c.sharedPeople.slice(0, 4).join(', ')})` : ''}, statements ${c.statements}, ${c.days === null ? 'date unknown' : `${c.days} day${c.days === 1 ? '' : 's'} apart`}`,
      );
  }
  if (r.newStory)
    out.push(
      `  new story ${r.newStory.id}: “${r.newStory.meta.title}”, ${r.newStory.meta.date}${r.candidates.length ? ' (no story scored 0.40 or more)' : ''}`,
    );
  else out.push(`  filed under ${r.story}`);
  out.push(`  wrote ${r.written.map((p) => displayPath(p)).join(', ')}`);
  return out.join('\n') + '\n';
}

async function main(): Promise<void> {
  let args;
  try {
    args = parseArgs({ allowPositionals: true, options: { story: { type: 'string' }, content: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  } catch (e) {
    fail(`${(e as Error).message} (${USAGE})`);
  }
  if (args.values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (!args.positionals.length) fail(`name at least one saved page or URL (${USAGE})`);
  if (!args.values.story) fail(`say which story: --story ID or --story auto (${USAGE})`);
  const dir = args.values.content ?? contentDir();
  if (!existsSync(dir)) fail(`${displayPath(dir)}: no such content folder`);
  let failed = 0;
  for (const input of args.positionals) {
    try {
      const page = await load(input);
      process.stdout.write(report(input, addPage(dir, page, input, args.values.story)));
    } catch (e) {
      if (!isContentError(e)) throw e;
      failed++;
      process.stderr.write(`crosscheck add: ${e.message}\n`);
    }
  }
  if (failed) process.exit(2);
}

main().catch((e: unknown) => fail(`unexpected failure: ${(e as Error).message}`));
