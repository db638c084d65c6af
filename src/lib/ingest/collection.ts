/**
 * Writing into a content folder: article and story ids, the duplicate-URL check, and files written so that no
 * reader ever sees half an article and nothing existing is overwritten (each file goes to a temporary name in the
 * same folder, then is hard-linked to its final name, which fails if that name exists).
 */
import { existsSync, linkSync, mkdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { ContentSet } from '../content.ts';
import { ContentError, ErrorCode } from '../errors.ts';
import type { ArticleMetaInput, StoryMeta } from '../schema/meta.ts';
import { slugify } from '../slug.ts';

/** A URL in one form for comparison: no fragment, no tracking parameters, host in lower case, no trailing slash. */
export function normaliseUrl(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    for (const k of [...u.searchParams.keys()]) if (/^(?:utm_|fbclid$|gclid$|ocid$|cmpid$)/i.test(k)) u.searchParams.delete(k);
    u.hostname = u.hostname.replace(/^www\./, '');
    return u.href.replace(/\/$/, '');
  } catch {
    return url;
  }
}

/** The id of the article in `content` that has this URL, or null. */
export function findByUrl(content: ContentSet, url: string): string | null {
  const key = normaliseUrl(url);
  return content.articles.find((a) => a.meta.url && normaliseUrl(a.meta.url) === key)?.id ?? null;
}

/** A free id made of `words` (whole words, cut to about 60 characters) and `suffix`, with -2, -3… when taken. */
export function freeId(words: string, taken: (id: string) => boolean, suffix = ''): string {
  const base =
    (slugify(words)
      .split('-')
      .reduce((acc, w) => (acc.length + w.length < 60 ? (acc ? `${acc}-${w}` : w) : acc), '') || 'article') + (suffix ? `-${suffix}` : '');
  let id = base;
  for (let n = 2; taken(id); n++) id = `${base}-${n}`;
  return id;
}

/** Write `files` (name → text) into `dir`, all or none, never replacing a file. */
export function writeNew(dir: string, files: Record<string, string>): string[] {
  mkdirSync(dir, { recursive: true });
  const names = Object.keys(files);
  for (const n of names) if (existsSync(join(dir, n))) throw new ContentError(ErrorCode.articleExists, join(dir, n), 'already exists: nothing was written');
  const temps = names.map((n) => join(dir, `.${n}.${process.pid}.tmp`));
  const done: string[] = [];
  try {
    names.forEach((n, i) => writeFileSync(temps[i]!, files[n]!, { flag: 'wx' }));
    names.forEach((n, i) => {
      linkSync(temps[i]!, join(dir, n));
      done.push(join(dir, n));
    });
  } catch (e) {
    for (const p of done) unlinkSync(p);
    if ((e as NodeJS.ErrnoException).code === 'EEXIST')
      throw new ContentError(ErrorCode.articleExists, dir, 'another file took the same name meanwhile: nothing was written');
    throw e;
  } finally {
    for (const t of temps) if (existsSync(t)) unlinkSync(t);
  }
  return done;
}

/** YAML text of a metadata object, with a comment on top. */
export function toYaml(data: ArticleMetaInput | StoryMeta, comment: string): string {
  const clean = Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined && v !== null));
  return `# ${comment.replace(/\n/g, ' ')}\n${stringify(clean, { lineWidth: 0 })}`;
}
