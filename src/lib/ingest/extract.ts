/**
 * Article extraction: Mozilla's Readability (the algorithm behind Firefox Reader View) picks the element that
 * holds the running text and strips what surrounds it; linkedom supplies a fast standards-shaped DOM for it.
 * The chosen subtree then becomes plain blocks (blocks.ts).
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { toBlocks, type TextBlock } from './blocks.ts';

/** What Readability found in a page. */
export interface Extracted {
  /** Readability's title (the <title> with the site name taken off), or null. */
  title: string | null;
  /** Readability's byline guess, or null. */
  byline: string | null;
  blocks: TextBlock[];
  /** Share of the extracted text that sits inside links (high on index and search pages). */
  linkDensity: number;
}

/** Parse HTML text into a DOM document. */
export function parseDocument(html: string): Document {
  return parseHTML(html).document;
}

/** Run Readability on `doc` (which it changes) and turn its choice into blocks; null when it finds no article. */
export function extractArticle(doc: Document): Extracted | null {
  const result = new Readability<Node>(doc, { serializer: (n) => n, charThreshold: 200 }).parse();
  const root = result?.content;
  if (!result || !root) return null;
  const all = (root.textContent ?? '').replace(/\s+/g, '').length;
  let linked = 0;
  for (const a of (root as Element).querySelectorAll('a')) linked += (a.textContent ?? '').replace(/\s+/g, '').length;
  return {
    title: result.title?.trim() || null,
    byline: result.byline?.trim() || null,
    blocks: toBlocks(root),
    linkDensity: all ? linked / all : 0,
  };
}
