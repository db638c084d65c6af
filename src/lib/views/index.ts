/** View models of the pages: Corpus in, what a page shows out. Re-exports only. */
export { articleView, articleIds, findArticle, type ArticleView } from './article.ts';
export { homeView, listingHref, listingPages, STORY_SORTS, STORIES_PER_PAGE, type HomeView, type StoryCard, type StorySort } from './home.ts';
export {
  peopleIndexView,
  peopleLetters,
  peopleLetterView,
  peopleLetterPages,
  peopleLetterHref,
  letterOf,
  PEOPLE_PER_PAGE,
  type PeopleLetterView,
  personView,
  personIds,
  type PersonSummary,
  type PersonView,
  type QuoteItem,
} from './people.ts';
export {
  quotesView,
  quotesIndexView,
  personQuotesView,
  personQuotePages,
  storyQuotesHref,
  personQuotesHref,
  type QuotesView,
  type QuotesIndexView,
  type PersonQuotesView,
  type SpeakerGroup,
  type FilterOption,
} from './quotes.ts';
export { segmentBody, segmentText, markFirstMentions, type Paragraph, type Segment, type Inline, type QuoteMark } from './segments.ts';
export * from './links.ts';
export * from './labels.ts';
export { sitemapPaths, sitemapXml, sitemapIndexXml, sitemapFiles, SITEMAP_LIMIT } from './sitemap.ts';
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
export { controlsLine, compareLayout, MAX_GRID_COLUMNS, MIN_COLUMN_PX } from './compare-controls.ts';
export { whyRow, whyMember, type RowWhy, type WordingWhy } from './why.ts';
