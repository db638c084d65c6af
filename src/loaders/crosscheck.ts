/**
 * The content loader: reads the content folder with the library, parses each article, and keeps the
 * parse result in Astro's data store keyed by a digest of the article's bytes and metadata, so a
 * rebuild re-parses only the articles that changed.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { ContentError, knownAliases, parseArticle, readContent, type ContentSet } from '../lib/index.ts';
import { contentDir } from './content-dir.ts';

/**
 * The parser's own fingerprint: a digest of every file of src/lib, so a changed parser never reuses records
 * cached by the old one. Read once per build (the library is a few hundred kilobytes).
 */
function parserFingerprint(): string {
  const root = resolve('src', 'lib');
  const hash = createHash('sha256');
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.ts')) hash.update(name).update(readFileSync(path));
    }
  };
  if (existsSync(root)) walk(root);
  return hash.digest('hex').slice(0, 16);
}
const PARSER_VERSION = parserFingerprint();

let cached: { dir: string; content: ContentSet } | null = null;

/** Read the content folder once per build; fail with every problem listed, one line each. */
function load(refresh = false): ContentSet {
  const dir = contentDir();
  if (!refresh && cached?.dir === dir) return cached.content;
  const { content, errors } = readContent(dir);
  if (errors.length) throw new ContentError(errors[0]!.code, errors[0]!.file, errors.map((e, i) => (i === 0 ? e.detail : `\n  ${e.message}`)).join(''));
  cached = { dir, content };
  return content;
}

function watch(ctx: LoaderContext, reload: () => void): void {
  ctx.watcher?.add(resolve(contentDir()));
  ctx.watcher?.on('all', (_event, path) => {
    if (path.startsWith(resolve(contentDir()))) reload();
  });
}

/** A loader that fills its store from the content folder, again whenever the folder changes (in dev). */
function folderLoader(name: string, fill: (ctx: LoaderContext, content: ContentSet) => void): Loader {
  return {
    name,
    load(ctx) {
      const sync = (refresh: boolean) => fill(ctx, load(refresh));
      sync(false);
      watch(ctx, () => sync(true));
      return Promise.resolve();
    },
  };
}

/** Articles: one entry per article, the parsed (not yet merged) ArticleRecord, cached by digest. */
export function articleLoader(): Loader {
  return folderLoader('crosscheck-articles', (ctx, content) => {
    const known = knownAliases(content.people);
    const aliasKey = JSON.stringify([...known]);
    const keep = new Set<string>();
    let reused = 0;
    for (const a of content.articles) {
      keep.add(a.id);
      const digest = ctx.generateDigest(`${PARSER_VERSION}\0${a.format}\0${a.body}\0${JSON.stringify(a.meta)}\0${aliasKey}`);
      if (ctx.store.get(a.id)?.digest === digest) {
        reused++;
        continue;
      }
      const record = parseArticle({ id: a.id, source: a.body, meta: a.meta, known, format: a.format });
      // Astro only takes file paths inside the project; a content folder elsewhere is simply not linked.
      const inside = !isAbsolute(a.file) && !a.file.startsWith('..');
      ctx.store.set({ id: a.id, data: record, digest, ...(inside ? { filePath: a.file } : {}) });
    }
    for (const id of ctx.store.keys()) if (!keep.has(id)) ctx.store.delete(id);
    ctx.logger.info(`${content.articles.length} articles (${content.articles.length - reused} parsed, ${reused} unchanged)`);
  });
}

/** Stories: one entry per content/stories/*.yaml. */
export function storyLoader(): Loader {
  return folderLoader('crosscheck-stories', (ctx, content) => {
    ctx.store.clear();
    for (const [id, story] of content.stories) ctx.store.set({ id, data: story });
  });
}

/** The editor's people.yaml, as one entry with id "people". */
export function peopleConfigLoader(): Loader {
  return folderLoader('crosscheck-people-config', (ctx, content) => {
    ctx.store.clear();
    ctx.store.set({ id: 'people', data: { people: content.people } });
  });
}
