/**
 * `npm run add`: one page read by page.ts becomes content/articles/<id>.txt + <id>.yaml, filed under a story
 * given by id, or chosen by story.ts (`auto`), or a new story made from the page's title and date.
 */
import { unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { readContent, type ContentSet } from '../content.ts';
import { parseContent } from '../corpus.ts';
import { ContentError, ErrorCode, WarningCode } from '../errors.ts';
import { parseArticle } from '../parse/index.ts';
import { LooseArticleMeta, type ArticleMetaInput, type StoryMeta } from '../schema/meta.ts';
import { findByUrl, freeId, toYaml, writeNew } from './collection.ts';
import type { PageArticle } from './page.ts';
import { AUTO_THRESHOLD, scoreStories, type StoryScore } from './story.ts';

/** One metadata field as found, or not. */
export interface FieldReport {
  field: string;
  value: string | null;
  from: string | null;
}

/** What adding one page did. */
export interface AddResult {
  id: string;
  story: string;
  /** The story file written when none fitted, or null. */
  newStory: { id: string; meta: StoryMeta } | null;
  /** Scores of existing stories (auto only), best first. */
  candidates: StoryScore[];
  fields: FieldReport[];
  warnings: Array<{ code: string; message: string }>;
  /** Paths written. */
  written: string[];
}

/** Read the content folder, refusing one that does not pass the build's checks. */
function readChecked(dir: string): ContentSet {
  const { content, errors } = readContent(dir);
  if (errors.length)
    throw new ContentError(
      errors[0]!.code,
      errors[0]!.file,
      `${errors[0]!.detail} (fix the content folder first; ${errors.length} problem${errors.length > 1 ? 's' : ''})`,
    );
  return content;
}

/** Add one read page to the content folder `dir`; `story` is a story id or "auto". */
export function addPage(dir: string, page: PageArticle, source: string, story: string): AddResult {
  const content = readChecked(dir);
  const m = page.meta;
  const url = m.url?.value;
  if (url) {
    const dup = findByUrl(content, url);
    if (dup) throw new ContentError(ErrorCode.duplicateUrl, source, `is already in the collection as articles/${dup}.txt (same address ${url})`);
  }
  const host = url ? new URL(url).hostname.replace(/^www\./, '') : null;
  const outlet = m.siteName?.value ?? host;
  const warnings: AddResult['warnings'] = [...m.notes];
  if (!outlet)
    throw new ContentError(
      ErrorCode.metaInvalid,
      source,
      'names no site and has no address: cannot tell the outlet (add the page by its URL, or add its .txt by hand)',
    );
  if (!m.published)
    warnings.push({
      code: WarningCode.noPublished,
      message: 'the page states no publication day: add `published: YYYY-MM-DD` to the .yaml (the build asks for it when the text states no date)',
    });

  const meta = articleMeta(page, outlet, url);
  const taken = (id: string) => content.articles.some((a) => a.id === id) || content.stories.has(id);
  const id = freeId(`${outlet} ${page.headline?.value ?? 'article'}`, taken);
  const adding: Adding = { dir, page, source, content, outlet, meta, id, warnings };
  const { candidates, storyId, newStory } = story === 'auto' ? chooseStory(adding) : { candidates: [], storyId: knownStory(adding, story), newStory: null };
  const written = writeFiles(adding, storyId, newStory);
  return { id, story: storyId, newStory, candidates, fields: fieldReports(page, host), warnings, written };
}

/** What addPage's steps share: the page and where it came from, the content folder, and the article's metadata and id. */
interface Adding {
  dir: string;
  page: PageArticle;
  /** The page's address or file, for messages. */
  source: string;
  content: ContentSet;
  outlet: string;
  /** The article's metadata, its story not yet set. */
  meta: ArticleMetaInput;
  id: string;
  /** Warnings so far; the steps add theirs. */
  warnings: AddResult['warnings'];
}

/** The article's metadata as the page states it, each field only when found; the story is left empty. */
function articleMeta(page: PageArticle, outlet: string, url: string | undefined): ArticleMetaInput {
  const m = page.meta;
  return {
    story: '',
    outlet,
    ...(m.siteName ? { outlet_provenance: 'stated' as const } : {}),
    ...(url ? { url } : {}),
    ...(m.published ? { published: m.published.value } : {}),
    ...(page.author ? { author: page.author.value } : {}),
    ...(page.headline ? { title: page.headline.value } : {}),
  };
}

/** The story named, which must exist: an unknown one is refused with the stories known. */
function knownStory({ dir, content }: Adding, story: string): string {
  if (!content.stories.has(story)) {
    const known = [...content.stories.keys()];
    throw new ContentError(
      ErrorCode.unknownStory,
      join(dir, 'stories'),
      `has no story “${story}”${known.length ? ` (known: ${known.join(', ')})` : ''}; use --story auto to create one`,
    );
  }
  return story;
}

/** Length of the day in an ISO timestamp ("2024-05-01T…" → "2024-05-01"). */
const ISO_DAY = 10;
/** Length of the year that opens an ISO day: a new story's id ends with it. */
const ISO_YEAR = 4;

/** `--story auto`: the existing story that scores AUTO_THRESHOLD or more, else a new one made from the page's title and date. */
function chooseStory({ page, content, outlet, meta, id, warnings }: Adding): Pick<AddResult, 'candidates' | 'newStory'> & { storyId: string } {
  const m = page.meta;
  const record = parseArticle({ id, source: page.text, meta: LooseArticleMeta.parse({ ...meta, story: undefined }) });
  const candidates = scoreStories(record, content, parseContent(content));
  const best = candidates[0];
  if (best && best.score >= AUTO_THRESHOLD) return { candidates, storyId: best.story, newStory: null };
  const title = page.headline?.value ?? `Article from ${outlet}`;
  const date = m.published?.value ?? record.date.iso ?? new Date().toISOString().slice(0, ISO_DAY);
  if (!m.published && !record.date.iso)
    warnings.push({
      code: WarningCode.noPublished,
      message: `the new story's date is today's (${date}): the page gives none; correct it in the story file`,
    });
  const summary = m.description?.value ?? page.blocks.find((b) => b.type === 'paragraph')?.text.split(/(?<=[.!?])\s/)[0] ?? title;
  const newStory = { id: freeId(title, (s) => content.stories.has(s), date.slice(0, ISO_YEAR)), meta: { title, summary, date } };
  return { candidates, storyId: newStory.id, newStory };
}

/** Write the new story's file, if any, then the article's text and metadata; when the article cannot be written, the story file goes too. */
function writeFiles({ dir, page, source, meta, id }: Adding, storyId: string, newStory: AddResult['newStory']): string[] {
  const written: string[] = [];
  if (newStory) written.push(...writeNew(join(dir, 'stories'), { [`${newStory.id}.yaml`]: toYaml(newStory.meta, `Made by npm run add from ${source}.`) }));
  try {
    written.push(
      ...writeNew(join(dir, 'articles'), {
        [`${id}.txt`]: page.text,
        [`${id}.yaml`]: toYaml({ ...meta, story: storyId }, `Added by npm run add from ${source}.`),
      }),
    );
  } catch (e) {
    for (const p of written) unlinkSync(p);
    throw e;
  }
  return written;
}

/** What was found for each metadata field and where, for the report. */
function fieldReports(page: PageArticle, host: string | null): FieldReport[] {
  const m = page.meta;
  const field = (name: string, f: { value: string; from: string } | null | undefined): FieldReport => ({
    field: name,
    value: f?.value ?? null,
    from: f?.from ?? null,
  });
  return [
    field('title', page.headline),
    m.siteName ? field('outlet', m.siteName) : field('outlet', host ? { value: host, from: 'the host name (the page names no site)' } : null),
    field('url', m.url),
    field('published', m.published),
    field('author', page.author),
    field('date line', m.dateLine),
    { field: 'charset', value: page.charset.encoding, from: page.charset.from },
  ];
}
