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

  const meta: ArticleMetaInput = {
    story: '',
    outlet,
    ...(m.siteName ? { outlet_provenance: 'stated' as const } : {}),
    ...(url ? { url } : {}),
    ...(m.published ? { published: m.published.value } : {}),
    ...(page.author ? { author: page.author.value } : {}),
    ...(page.headline ? { title: page.headline.value } : {}),
  };
  const taken = (id: string) => content.articles.some((a) => a.id === id) || content.stories.has(id);
  const id = freeId(`${outlet} ${page.headline?.value ?? 'article'}`, taken);

  let candidates: StoryScore[] = [];
  let storyId = story;
  let newStory: AddResult['newStory'] = null;
  if (story === 'auto') {
    const record = parseArticle({ id, source: page.text, meta: LooseArticleMeta.parse({ ...meta, story: undefined }) });
    candidates = scoreStories(record, content, parseContent(content));
    const best = candidates[0];
    if (best && best.score >= AUTO_THRESHOLD) storyId = best.story;
    else {
      const title = page.headline?.value ?? `Article from ${outlet}`;
      const date = m.published?.value ?? record.date.iso ?? new Date().toISOString().slice(0, 10);
      if (!m.published && !record.date.iso)
        warnings.push({
          code: WarningCode.noPublished,
          message: `the new story's date is today's (${date}): the page gives none; correct it in the story file`,
        });
      const summary = m.description?.value ?? page.blocks.find((b) => b.type === 'paragraph')?.text.split(/(?<=[.!?])\s/)[0] ?? title;
      newStory = { id: freeId(title, (s) => content.stories.has(s), date.slice(0, 4)), meta: { title, summary, date } };
      storyId = newStory.id;
    }
  } else if (!content.stories.has(story)) {
    const known = [...content.stories.keys()];
    throw new ContentError(
      ErrorCode.unknownStory,
      join(dir, 'stories'),
      `has no story “${story}”${known.length ? ` (known: ${known.join(', ')})` : ''}; use --story auto to create one`,
    );
  }

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
  const field = (name: string, f: { value: string; from: string } | null | undefined): FieldReport => ({
    field: name,
    value: f?.value ?? null,
    from: f?.from ?? null,
  });
  const fields = [
    field('title', page.headline),
    m.siteName ? field('outlet', m.siteName) : field('outlet', host ? { value: host, from: 'the host name (the page names no site)' } : null),
    field('url', m.url),
    field('published', m.published),
    field('author', page.author),
    field('date line', m.dateLine),
    { field: 'charset', value: page.charset.encoding, from: page.charset.from },
  ];
  return { id, story: storyId, newStory, candidates, fields, warnings, written };
}
