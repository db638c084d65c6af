/**
 * The whole pipeline for one article: normalise → segment → people → quotes → dates → record.
 * Never throws on odd text: oddities become warnings on the record.
 */
import { inferPublished, findDates, statedDate } from './dates.ts';
import { WarningCode } from '../errors.ts';
import { markdownToText } from './markdown.ts';
import { lineAt, normalise } from './normalise.ts';
import { findPeople, type FoundPerson, type KnownAliases, type PersonMention } from './people.ts';
import { findQuotes } from './quotes.ts';
import type { LooseArticleMeta } from '../schema/meta.ts';
import type { ArticleDate, ArticleRecord, Block, Person, Removed, Source, Warning } from '../schema/record.ts';
import { segment, type Piece } from './segment.ts';
import { slugify } from '../slug.ts';
import { countWords } from '../tokens.ts';

/** What the parser needs to know about one article. */
export interface ParseInput {
  /** Record id (the file name without extension). */
  id: string;
  /** The decoded body. */
  source: string;
  /** Validated metadata, when there is any. */
  meta?: LooseArticleMeta | null;
  /** Editor-declared aliases (content/people.yaml): written form → canonical name. */
  known?: KnownAliases;
  /** text (default) or markdown: a Markdown body is turned into plain blocks first. */
  format?: 'text' | 'markdown';
}

/** What joins the blocks into the record's text: a blank line, as between paragraphs. */
const BLOCK_SEPARATOR = '\n\n';
/** The length past which a block is flagged: a paragraph this long is a dump of data or code, not prose. */
const LONG_LINE = 10_000;

/** Parse one article into its record. */
export function parseArticle({ id, source: body, meta = null, known, format = 'text' }: ParseInput): ArticleRecord {
  const source = format === 'markdown' ? markdownToText(body) : body;
  const norm = normalise(source);
  const warnings: Warning[] = [...norm.warnings];
  const pieces = segment(norm.text, meta?.title ?? null);
  const { blocks, removed, text } = placeBlocks(pieces, norm.map);
  warnLongBlocks(blocks, source, warnings);
  warnMarkup(text, removed, warnings);

  const { people: found, mentions } = findPeople(
    blocks.map((b) => b.text),
    known,
  );
  const date = publicationDate(meta, blocks, text, warnings);
  const repaired = norm.warnings.some((w) => w.code === WarningCode.strayQuestionMark);
  const ids = found.map((p) => slugify(p.name));
  const quoteResult = findQuotes(
    id,
    blocks,
    mentions,
    found.map((p, i) => ({ id: ids[i]!, name: p.name, gender: p.gender, titles: p.titles })),
    repaired,
  );
  warnings.push(...quoteResult.warnings);

  const people = toPeople(found, ids, mentions, blocks);
  warnVariants(found, warnings);

  const headline = blocks.find((b) => b.type === 'headline')?.text ?? meta?.title ?? null;
  if (!headline) warnings.push({ code: WarningCode.noHeadline, message: 'No headline found in the text or the metadata.' });

  return {
    id,
    story: meta?.story ?? null,
    source: sourceOf(meta, removed),
    date,
    headline,
    blocks,
    text,
    wordCount: countWords(text),
    quotes: quoteResult.quotes,
    people,
    dates: findDates(text, date.iso),
    removed,
    warnings,
  };
}

/** The pieces laid out as the record's blocks (and its removals), each with its place in the text and the source. */
interface Placed {
  blocks: Block[];
  removed: Removed[];
  /** The blocks' texts joined by BLOCK_SEPARATOR. */
  text: string;
}

/** Decides where each piece lands: removals keep only their source span, the rest become blocks of the joined text. */
function placeBlocks(pieces: Piece[], map: Int32Array): Placed {
  const toSource = (i: number) => map[i]!;
  const blocks: Block[] = [];
  const removed: Removed[] = [];
  const parts: string[] = [];
  let offset = 0;
  for (const p of pieces) {
    const sourceStart = toSource(p.start);
    const sourceEnd = p.end > p.start ? toSource(p.end - 1) + 1 : sourceStart;
    if (p.type === 'removed') {
      removed.push({ text: p.text, reason: p.reason!, sourceStart, sourceEnd });
      continue;
    }
    if (parts.length) offset += BLOCK_SEPARATOR.length;
    blocks.push({ type: p.type, text: p.text, start: offset, end: offset + p.text.length, sourceStart, sourceEnd });
    parts.push(p.text);
    offset += p.text.length;
  }
  return { blocks, removed, text: parts.join(BLOCK_SEPARATOR) };
}

/** Decides which blocks are too long to be prose, warning of each at its source line. */
function warnLongBlocks(blocks: Block[], source: string, warnings: Warning[]): void {
  for (const b of blocks) {
    if (b.text.length > LONG_LINE)
      warnings.push({
        code: WarningCode.longLine,
        message: `A paragraph of ${b.text.length.toLocaleString('en')} characters: probably not prose.`,
        line: lineAt(source, b.sourceStart),
      });
  }
}

/** Decides whether the text kept HTML tags (or had markup removed), warning once. */
function warnMarkup(text: string, removed: Removed[], warnings: Warning[]): void {
  const markup = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/i.exec(text);
  if (markup || removed.some((r) => r.reason === 'markup'))
    warnings.push({ code: WarningCode.markup, message: 'The text contains HTML tags; they are kept as plain text and never rendered.' });
}

/** Decides each person's record: their id, names, titles and the offsets of their mentions in the text. */
function toPeople(found: FoundPerson[], ids: string[], mentions: PersonMention[], blocks: Block[]): Person[] {
  // (Each person's mentions in one pass over them, in text order.)
  const byPerson = Map.groupBy(mentions, (m) => m.person);
  return found.map((p, i) => {
    const own = byPerson.get(i) ?? [];
    return {
      id: ids[i]!,
      name: p.name,
      aliases: p.aliases,
      titles: p.titles,
      mentions: { count: own.length, offsets: own.map((m) => [blocks[m.block]!.start + m.start, blocks[m.block]!.start + m.end] as [number, number]) },
    };
  });
}

/** Warns of each name merged with another spelling of it. */
function warnVariants(found: FoundPerson[], warnings: Warning[]): void {
  for (const p of found)
    for (const v of p.variants)
      warnings.push({ code: WarningCode.nameVariant, message: `“${v}” and “${p.name}” look like one person spelt two ways; merged.` });
}

/** Decides the record's source: the metadata's, with the author from a removed byline and the removed credits. */
function sourceOf(meta: LooseArticleMeta | null, removed: Removed[]): Source {
  return {
    outlet: meta?.outlet ?? null,
    url: meta?.url ?? null,
    kind: meta?.kind ?? 'original',
    origin: meta?.origin ?? null,
    provenance: meta?.outlet_provenance ?? 'metadata',
    evidence: meta?.origin_evidence ?? null,
    author:
      meta?.author ??
      removed
        .find((r) => r.reason === 'byline')
        ?.text.replace(/^(?:[•–—-]\s*)?(?:by|words by|written by|reporting by|published by|posted by|story by|author,?|author:)\s+/i, '') ??
      null,
    credits: removed.filter((r) => r.reason === 'credit').map((r) => r.text),
  };
}

/** Metadata first, then a dated dateline, then a date completed from the text. */
function publicationDate(meta: LooseArticleMeta | null, blocks: Block[], text: string, warnings: Warning[]): ArticleDate {
  const dateline = blocks
    .filter((b) => b.type === 'dateline')
    .map((b) => ({ b, d: statedDate(b.text) }))
    .find((x) => x.d);
  if (meta?.published) {
    if (dateline && dateline.d!.iso !== meta.published)
      warnings.push({
        code: WarningCode.dateConflict,
        message: `The metadata says ${meta.published} but the dateline says “${dateline.b.text}”; the metadata is used.`,
      });
    return { iso: meta.published, provenance: 'metadata', evidence: `published: ${meta.published}` };
  }
  if (dateline) return { iso: dateline.d!.iso, provenance: 'stated', evidence: dateline.b.text };
  const inferred = inferPublished(text);
  if (inferred) return { iso: inferred.iso, provenance: 'inferred', evidence: inferred.evidence };
  warnings.push({ code: WarningCode.noDate, message: 'No publication date: none in the metadata and none the text states.' });
  return { iso: null, provenance: 'inferred', evidence: null };
}
