/**
 * A saved or fetched web page to an article: bytes → text (charset.ts) → DOM → metadata (metadata.ts) and body
 * (extract.ts) → the plain text the parser reads, headline, byline and date line first, each on its own block.
 * Input that holds no article fails here with a code and the reason, before anything is written.
 */
import { ContentError, ErrorCode } from '../errors.ts';
import { decodeHtml, type DecodedPage } from './charset.ts';
import { extractArticle, parseDocument } from './extract.ts';
import { readMeta, type Found, type PageMeta } from './metadata.ts';
import type { TextBlock } from './blocks.ts';
import { LooseArticleMeta } from '../schema/meta.ts';

/** An article read from a page. */
export interface PageArticle {
  /** The body as the parser reads it: headline, byline, date line, then paragraphs and headings, blank-line separated. */
  text: string;
  headline: Found | null;
  author: Found | null;
  meta: PageMeta;
  /** Body blocks without the headline, byline and date line. */
  blocks: TextBlock[];
  charset: Pick<DecodedPage, 'encoding' | 'from'>;
}

/** Where the page came from, for messages and for resolving relative links. */
export interface PageOrigin {
  /** File name or URL as the user gave it. */
  name: string;
  /** The address the page was fetched from (after redirects). */
  url?: string;
  /** The HTTP Content-Type header, when fetched. */
  contentType?: string | null;
}

// Short notes and blog posts are articles too; below this there is nothing to compare.
const MIN_WORDS = 20;
const MAX_LINK_DENSITY = 0.5;

/** Signatures of common binary files someone might pass instead of a page. */
const MAGIC: ReadonlyArray<[string, number[]]> = [
  ['a PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a ZIP archive (or .docx, .epub)', [0x50, 0x4b, 0x03, 0x04]],
  ['a gzip archive', [0x1f, 0x8b]],
];

/** Throw when the bytes are not a page at all: empty, binary, or text without HTML markup. */
export function checkPageBytes(bytes: Uint8Array, name: string): void {
  if (bytes.every((b) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09))
    throw new ContentError(ErrorCode.emptyPage, name, 'is empty: there is no page to read');
  const kind = MAGIC.find(([, sig]) => sig.every((b, i) => bytes[i] === b))?.[0];
  const head = bytes.subarray(0, 4096);
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  if (kind || (!utf16 && head.includes(0)))
    throw new ContentError(ErrorCode.binaryFile, name, `is ${kind ?? 'binary data'}, not a web page: save the page as HTML`);
}

/** True when the text looks like HTML: a doctype or one of the elements every page has. */
function looksLikeHtml(text: string): boolean {
  return /<(?:!doctype\s+html|html|head|body|p|div|article|main|title|meta)[\s>/]/i.test(text.slice(0, 20_000));
}

/** Read one page into an article, or throw a ContentError saying why it holds none. */
export function readPage(bytes: Uint8Array, origin: PageOrigin): PageArticle {
  checkPageBytes(bytes, origin.name);
  const decoded = decodeHtml(bytes, origin.contentType);
  if (!looksLikeHtml(decoded.text))
    throw new ContentError(ErrorCode.notHtml, origin.name, 'is not an HTML page (no <html>, <body> or <p> element): give a page saved from the browser');
  const doc = parseDocument(decoded.text);
  if (!(doc.documentElement?.textContent ?? '').replace(/\s+/g, '').length)
    throw new ContentError(ErrorCode.emptyPage, origin.name, 'is an empty page: it has no text');
  const meta = readMeta(doc, origin.url);
  const extracted = extractArticle(doc);
  if (!extracted) throw new ContentError(ErrorCode.noArticle, origin.name, 'has no article: no block of running text long enough to be one');
  const words = extracted.blocks.reduce((n, b) => n + countWords(b.text), 0);
  if (extracted.linkDensity > MAX_LINK_DENSITY)
    throw new ContentError(
      ErrorCode.noArticle,
      origin.name,
      `has no article: ${Math.round(extracted.linkDensity * 100)}% of its main text is links, as on an index or search page`,
    );
  if (words < MIN_WORDS) throw new ContentError(ErrorCode.noArticle, origin.name, `has no article: the longest run of text has only ${words} words`);

  const headline = meta.title
    ? { ...meta.title, value: stripSiteName(meta.title.value, meta.siteName?.value) }
    : extracted.title
      ? { value: extracted.title, from: 'the page title' }
      : null;
  const author = meta.author ?? (extracted.byline ? { value: extracted.byline.replace(/^by\s+/i, ''), from: "the page's byline" } : null);
  const key = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const same = (a: string, b: string | undefined) => b !== undefined && key(a) !== '' && key(a) === key(b);
  // The headline, byline and date line go on top; drop copies of them that Readability left in the body.
  const blocks = extracted.blocks.filter(
    (b, i) => !(i < 4 && (same(b.text, headline?.value) || same(b.text.replace(/^by\s+/i, ''), author?.value) || same(b.text, meta.dateLine?.value))),
  );
  const top = [headline?.value, author ? `By ${author.value}` : undefined, meta.dateLine?.value].filter((s): s is string => !!s);
  return {
    text: [...top, ...blocks.map((b) => b.text)].join('\n\n') + '\n',
    headline,
    author,
    meta,
    blocks,
    charset: { encoding: decoded.encoding, from: decoded.from },
  };
}

/** Words of a text; in scripts written without spaces (Chinese, Japanese) two characters count as one word. */
function countWords(text: string): number {
  const cjk = (text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu) ?? []).length;
  return (text.replace(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu, ' ').match(/[\p{L}\p{N}]+/gu) ?? []).length + Math.ceil(cjk / 2);
}

/** "Headline | Site" or "Headline - Site" → "Headline" when the tail is the site's name. */
function stripSiteName(title: string, site: string | undefined): string {
  if (!site) return title;
  const m = /^(.{10,}?)\s+[|–—:-]\s+(.+)$/.exec(title);
  return m && m[2]!.toLowerCase() === site.toLowerCase() ? m[1]! : title;
}

/** The metadata a page states, in the content format (for an .html article with no .yaml beside it). */
export function pageMetadata(page: PageArticle): LooseArticleMeta {
  const m = page.meta;
  return LooseArticleMeta.parse({
    outlet: m.siteName?.value,
    outlet_provenance: m.siteName ? 'stated' : undefined,
    url: m.url?.value,
    published: m.published?.value,
    author: page.author?.value,
    title: page.headline?.value,
  });
}
