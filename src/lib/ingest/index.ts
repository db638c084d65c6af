/** Web pages and URLs into content: re-exports only. */
export { decodeHtml, type DecodedPage } from './charset.ts';
export { readPage, type PageArticle, type PageOrigin } from './page.ts';
export { readMeta, type PageMeta, type Found } from './metadata.ts';
export { fetchPage, checkUrl, DEFAULT_LIMITS, type FetchLimits, type FetchedPage } from './fetch.ts';
export { scoreStories, AUTO_THRESHOLD, type StoryScore } from './story.ts';
export { addPage, type AddResult, type FieldReport } from './add.ts';
export { shingleF1, type ShingleScore } from './shingles.ts';
