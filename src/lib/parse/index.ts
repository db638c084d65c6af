/**
 * The parser: one article's text + metadata → its ArticleRecord. Re-exports only.
 *
 * The stages run in this order (see pipeline.ts):
 *   1. normalise.ts   characters: BOM, CRLF, spaces, mojibake, quotation-mark shapes; a map back to the file
 *   2. segment.ts     paragraphs, headline, datelines, headings; boilerplate.ts lists what is removed and why
 *   3. people.ts      person names on evidence, short forms merged into the full name (steps in people/)
 *   4. quotes.ts      marks.ts (quotation marks), attribution.ts (speakers), unmarked.ts (lost marks)
 *   5. dates.ts       every date in the text, resolved against the publication date
 */
export { parseArticle, type ParseInput } from './pipeline.ts';
