/** Crosscheck's library: text + metadata → records → collection. Re-exports only. */
export { parseArticle, type ParseInput } from './parse/index.ts';
export { readArticleFile, readContent, displayPath, type ArticleSource, type ContentSet } from './content.ts';
export { buildCorpus, parseContent, type Corpus, type StoryAnalyser } from './corpus.ts';
export { mergePeople, knownAliases } from './merge.ts';
export { storyAliases, withStoryAliases, type StoryAliases } from './story-names.ts';
export { storySpeakers } from './story-speakers.ts';
export { decodeUtf8 } from './decode.ts';
export { ContentError, ErrorCode, WarningCode, isContentError } from './errors.ts';
export { slugify } from './slug.ts';
export * from './schema/meta.ts';
export * from './schema/record.ts';
export * from './schema/api.ts';
export * from './schema/analysis.ts';
export { analyseStory, wordDiff } from './analysis/index.ts';
