/**
 * Reads a content folder (stories/*.yaml, articles/*.txt + .yaml or *.md, optional people.yaml) and checks
 * every metadata field at this boundary. Problems come back as ContentErrors that name the file, the line
 * and the field; all of them are collected, so a user fixes a folder in one round.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, isAbsolute, join, relative, resolve } from 'node:path';
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { ZodError } from 'zod';
import { decodeUtf8 } from './decode.ts';
import { ContentError, ErrorCode } from './errors.ts';
import { pageMetadata, readPage } from './ingest/page.ts';
import { ArticleMeta, LooseArticleMeta, PeopleConfig, StoryMeta } from './schema/meta.ts';

/** One article as found on disk, metadata checked, body decoded. */
export interface ArticleSource {
  /** File name without extension. */
  id: string;
  /** Path of the body file, relative to the working directory (for messages). */
  file: string;
  /** The decoded body, exactly as in the file. */
  body: string;
  /** Validated metadata. */
  meta: ArticleMeta;
  /** How the body is written: a .txt is text, a .md is Markdown. */
  format: 'text' | 'markdown';
}

/** Everything in a content folder. */
export interface ContentSet {
  stories: Map<string, StoryMeta>;
  articles: ArticleSource[];
  people: PeopleConfig;
}

const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Parse YAML text into data, or a ContentError naming the line. */
function parseYaml(text: string, file: string): { data: unknown; doc: Document; lines: LineCounter } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const err = doc.errors[0];
  if (err) {
    const line = lines.linePos(err.pos[0]).line;
    throw new ContentError(ErrorCode.yamlSyntax, `${file}:${line}`, `is not valid YAML: ${err.message.split('\n')[0]}`);
  }
  return { data: doc.toJS() ?? {}, doc, lines };
}

/** Thrown with every field problem of one file. */
class FieldErrors extends Error {
  readonly errors: ContentError[];
  constructor(errors: ContentError[]) {
    super(errors.map((e) => e.message).join('\n'));
    this.errors = errors;
  }
}

/** Turn a zod failure into readable errors, one per field, each naming the field and its line. */
function fieldErrors(error: ZodError, file: string, doc: Document, lines: LineCounter, lineOffset = 0): FieldErrors {
  return new FieldErrors(error.issues.map((issue) => fieldError(issue, file, doc, lines, lineOffset)));
}

function fieldError(issue: ZodError['issues'][number], file: string, doc: Document, lines: LineCounter, lineOffset: number): ContentError {
  const path = issue.path.map(String);
  const field = path.join('.') || '(top level)';
  const node = path.length ? doc.getIn(path, true) : null;
  const pair = path.length ? doc.getIn(path.slice(0, -1), true) : null;
  const pos = isNode(node) && node.range ? node.range[0] : isNode(pair) && pair.range ? pair.range[0] : null;
  const where = pos === null ? file : `${file}:${lines.linePos(pos).line + lineOffset}`;
  let detail: string;
  if (issue.code === 'invalid_type' && issue.input === undefined) detail = `the field \`${field}\` is missing`;
  else if (issue.code === 'unrecognized_keys') detail = `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `\`${k}\``).join(', ')}`;
  else
    detail = `the field \`${field}\` ${issue.message.replace(/^Invalid input: /, '').replace(/^Invalid option: expected one of /, 'must be one of ')}${issue.input !== undefined && typeof issue.input !== 'object' ? ` (got ${JSON.stringify(issue.input)})` : ''}`;
  return new ContentError(ErrorCode.metaInvalid, where, detail);
}

/** A path as a user would type it: relative to the working directory when inside it. */
export function displayPath(p: string): string {
  const r = relative(process.cwd(), p);
  return r && !r.startsWith('..') && !isAbsolute(r) ? r : resolve(p);
}

/** Read and check a whole content folder. Returns what is valid and every error found. */
export function readContent(dir: string): { content: ContentSet; errors: ContentError[] } {
  const errors: ContentError[] = [];
  const stories = readStories(dir, errors);
  const people = readPeople(dir, errors);
  const articles = readArticles(dir, errors, stories);
  return { content: { stories, articles, people }, errors };
}

/** Run one file's reading; its ContentError (or every field error) is kept in `errors` and the folder read on. */
function attempt<T>(errors: ContentError[], fn: () => T): T | undefined {
  try {
    return fn();
  } catch (e) {
    if (e instanceof ContentError) errors.push(e);
    else if (e instanceof FieldErrors) errors.push(...e.errors);
    else throw e;
    return undefined;
  }
}

/** The file names of a subfolder, sorted; none when it is missing. */
function listFolder(dir: string, sub: string): string[] {
  return existsSync(join(dir, sub)) ? readdirSync(join(dir, sub)).sort() : [];
}

/** The stories/*.yaml files that pass the checks, by id (the file name without extension). */
function readStories(dir: string, errors: ContentError[]): Map<string, StoryMeta> {
  const stories = new Map<string, StoryMeta>();
  for (const name of listFolder(dir, 'stories').filter((n) => /\.ya?ml$/.test(n))) {
    const file = displayPath(join(dir, 'stories', name));
    attempt(errors, () => {
      const { data, doc, lines } = parseYaml(readFileSync(join(dir, 'stories', name), 'utf8'), file);
      const parsed = StoryMeta.safeParse(data, { reportInput: true });
      if (!parsed.success) throw fieldErrors(parsed.error, file, doc, lines);
      stories.set(name.replace(/\.ya?ml$/, ''), parsed.data);
    });
  }
  return stories;
}

/** The folder's people.yaml, or no people when it is missing or does not pass the checks. */
function readPeople(dir: string, errors: ContentError[]): PeopleConfig {
  let people: PeopleConfig = {};
  if (existsSync(join(dir, 'people.yaml'))) {
    const file = displayPath(join(dir, 'people.yaml'));
    attempt(errors, () => {
      const { data, doc, lines } = parseYaml(readFileSync(join(dir, 'people.yaml'), 'utf8'), file);
      const parsed = PeopleConfig.safeParse(data, { reportInput: true });
      if (!parsed.success) throw fieldErrors(parsed.error, file, doc, lines);
      people = parsed.data;
    });
  }
  return people;
}

/** The articles/ files that pass the checks: a metadata file with no text beside it and a second file of one id are errors. */
function readArticles(dir: string, errors: ContentError[], stories: Map<string, StoryMeta>): ArticleSource[] {
  const rel = displayPath;
  const names = listFolder(dir, 'articles');
  const articles: ArticleSource[] = [];
  const seen = new Map<string, string>();
  for (const name of names) {
    const m = /^(.+)\.(txt|md|html?|ya?ml)$/.exec(name);
    if (!m) continue;
    const [, id, ext] = m as unknown as [string, string, string];
    const path = join(dir, 'articles', name);
    const file = rel(path);
    if (ext === 'yaml' || ext === 'yml') {
      if (![`${id}.txt`, `${id}.html`, `${id}.htm`].some((n) => names.includes(n)))
        errors.push(new ContentError(ErrorCode.metaMissing, file, `has no article text beside it: expected ${id}.txt or ${id}.html`));
      continue;
    }
    if (seen.has(id)) {
      errors.push(new ContentError(ErrorCode.duplicateId, file, `uses the id “${id}”, already taken by ${seen.get(id)}: rename one of them`));
      continue;
    }
    seen.set(id, file);
    const article = attempt(errors, () => readArticle(dir, id, ext as 'txt' | 'md' | 'html' | 'htm', file, names, rel, stories, name));
    if (article) articles.push(article);
  }
  return articles;
}

/** Read one article's body and metadata. */
function readArticle(
  dir: string,
  id: string,
  ext: 'txt' | 'md' | 'html' | 'htm',
  file: string,
  names: string[],
  rel: (p: string) => string,
  stories: Map<string, StoryMeta>,
  name: string,
): ArticleSource {
  const bytes = readFileSync(join(dir, 'articles', name));
  // A saved web page: the article is read out of it (src/lib/ingest) and parsed as text.
  const raw = ext.startsWith('htm') ? readPage(bytes, { name: file }).text : decodeUtf8(bytes, file);
  let body = raw;
  let metaText: string;
  let metaFile: string;
  let lineOffset = 0;
  if (ext === 'md') {
    const fm = FRONTMATTER.exec(raw);
    if (!fm) throw new ContentError(ErrorCode.metaMissing, file, 'has no YAML frontmatter: start the file with --- , the metadata, and --- again');
    metaText = fm[1]!;
    metaFile = file;
    lineOffset = 1;
    body = raw.slice(fm[0].length);
  } else {
    const yamlName = names.find((n) => n === `${id}.yaml` || n === `${id}.yml`);
    if (!yamlName) throw new ContentError(ErrorCode.metaMissing, file, `has no metadata: expected ${id}.yaml beside it`);
    metaFile = rel(join(dir, 'articles', yamlName));
    metaText = decodeUtf8(readFileSync(join(dir, 'articles', yamlName)), metaFile);
  }
  const { data, doc, lines } = parseYaml(metaText, metaFile);
  const parsed = ArticleMeta.safeParse(data, { reportInput: true });
  if (!parsed.success) throw fieldErrors(parsed.error, metaFile, doc, lines, lineOffset);
  if (!stories.has(parsed.data.story)) {
    const node = doc.get('story', true);
    const line = isNode(node) && node.range ? `:${lines.linePos(node.range[0]).line + lineOffset}` : '';
    const known = [...stories.keys()];
    throw new ContentError(
      ErrorCode.unknownStory,
      `${metaFile}${line}`,
      `the field \`story\` names “${parsed.data.story}”, but there is no stories/${parsed.data.story}.yaml${known.length ? ` (known: ${known.join(', ')})` : ''}`,
    );
  }
  if (body.trim() === '') throw new ContentError(ErrorCode.emptyBody, file, 'has an empty body: there is no article text to parse');
  return { id, file, body, meta: parsed.data, format: ext === 'md' ? 'markdown' : 'text' };
}

/**
 * Read one article file for the CLI: a .txt (with its .yaml beside it, or `metaPath`), or a .md with
 * frontmatter. Metadata is optional here, and the story is not checked against a stories folder.
 */
export function readArticleFile(path: string, metaPath?: string): { id: string; body: string; meta: LooseArticleMeta | null; format: 'text' | 'markdown' } {
  const file = displayPath(path);
  const id = basename(path).replace(/\.[^.]+$/, '');
  const page = /\.html?$/i.test(path) ? readPage(readFileSync(path), { name: file }) : null;
  let body = page ? page.text : decodeUtf8(readFileSync(path), file);
  let metaText: string | null = null;
  let metaFile = file;
  let lineOffset = 0;
  if (metaPath) {
    metaFile = displayPath(metaPath);
    metaText = decodeUtf8(readFileSync(metaPath), metaFile);
  } else if (path.endsWith('.md')) {
    const fm = FRONTMATTER.exec(body);
    if (fm) {
      metaText = fm[1]!;
      lineOffset = 1;
      body = body.slice(fm[0].length);
    }
  } else {
    const beside = [`${path.replace(/\.[^.]+$/, '')}.yaml`, `${path.replace(/\.[^.]+$/, '')}.yml`].find((p) => existsSync(p));
    if (beside) {
      metaFile = displayPath(beside);
      metaText = decodeUtf8(readFileSync(beside), metaFile);
    }
  }
  if (body.trim() === '') throw new ContentError(ErrorCode.emptyBody, file, 'has an empty body: there is no article text to parse');
  const format = path.endsWith('.md') ? 'markdown' : 'text';
  if (metaText === null) return { id, body, meta: page ? pageMetadata(page) : null, format };
  const { data, doc, lines } = parseYaml(metaText, metaFile);
  const parsed = LooseArticleMeta.safeParse(data, { reportInput: true });
  if (!parsed.success) throw fieldErrors(parsed.error, metaFile, doc, lines, lineOffset).errors[0]!;
  return { id, body, meta: parsed.data, format };
}
