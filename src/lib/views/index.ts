/** View models of the pages: Corpus in, what a page shows out. Re-exports only. */
export { articleView, articleIds, findArticle, type ArticleView } from './article.ts';
export { homeView, type HomeView, type StoryCard } from './home.ts';
export { peopleIndexView, personView, personIds, type PersonSummary, type PersonView, type QuoteItem } from './people.ts';
export { quotesView, type QuotesView, type SpeakerGroup, type FilterOption } from './quotes.ts';
export { segmentBody, segmentText, markFirstMentions, type Paragraph, type Segment, type Inline, type QuoteMark } from './segments.ts';
export * from './links.ts';
export * from './labels.ts';
export { sitemapPaths, sitemapXml } from './sitemap.ts';
export {
  storyView,
  storyIds,
  clusterAnchor,
  outletLabels,
  type StoryView,
  type DisagreementView,
  type SpellingView,
  type StatementSummary,
  type OutletColumn,
} from './story.ts';
export { compareView, refNote, type CompareView, type CompareColumn, type SharedRow, type OnlyItem, type Wording } from './compare.ts';
