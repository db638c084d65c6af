/**
 * Stage 2: segment. Splits normalised text into the article's pieces — headline, datelines, headings,
 * paragraphs — and takes out web-page boilerplate, listing every removal with its reason.
 */
import { FOOTER_REASONS, classifyBoilerplate, isFooterFurniture } from './boilerplate.ts';
import { statedDate } from './dates.ts';
import { isPlace } from '../gazetteer.ts';
import { isAnyGivenName } from './people/name-lists.ts';
import type { Block, RemovalReason } from '../schema/record.ts';

/** A piece of the normalised text before it becomes a block: [start, end) in normalised offsets. */
export interface Piece {
  type: Block['type'] | 'removed';
  text: string;
  start: number;
  end: number;
  reason?: RemovalReason;
}

/** A logical line: physical lines joined where the text was hard-wrapped. */
interface Line {
  text: string;
  start: number;
  end: number;
  /** A blank line came before it. */
  afterBlank: boolean;
}

const TERMINAL = /[.!?:;”"’)\]…]$/;
/** How many words (runs of non-space) `s` has. */
const words = (s: string) => (s.match(/\S+/g) ?? []).length;
/** The words of `s` longer than three characters, lower-cased and without a possessive: what a heading and its paragraph share. */
const contentWords = (s: string) =>
  new Set((s.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}.'’-]*/gu) ?? []).filter((w) => w.length > 3).map((w) => w.replace(/[’']s$/, '')));

/** The fewest words a line ending mid-sentence must have to be read as hard-wrapped (shorter ones are headings or list items). */
const WRAPPED_MIN_WORDS = 8;

/** Split into logical lines, joining a line to the next when the text was hard-wrapped mid-sentence. */
function logicalLines(text: string): Line[] {
  const lines: Line[] = [];
  let afterBlank = false;
  let pos = 0;
  for (const raw of text.split('\n')) {
    const start = pos;
    pos += raw.length + 1;
    if (raw === '') {
      afterBlank = true;
      continue;
    }
    const prev = lines[lines.length - 1];
    // A wrapped line ends mid-sentence and the next one goes on in lower case.
    if (prev && !afterBlank && prev.end === start - 1 && !TERMINAL.test(prev.text) && /^[\p{Ll}\d(]/u.test(raw) && words(prev.text) > WRAPPED_MIN_WORDS) {
      prev.text += ' ' + raw;
      prev.end = start + raw.length;
      continue;
    }
    lines.push({ text: raw, start, end: start + raw.length, afterBlank });
    afterBlank = false;
  }
  return lines;
}

/** The most words of a dateline line, its date included. */
const DATELINE_MAX_WORDS = 10;
/** The most section words beside the date ("Politics", "International"): more are a sentence that mentions a date. */
const DATELINE_SECTION_WORDS = 4;

/** A line that is only a date with a few section words: "date 2023-06-19 Politics", "- International - June 20, 2023". */
function isDatelineLine(line: string): boolean {
  const date = statedDate(line);
  if (!date) return false;
  const rest = line
    .replace(date.text, ' ')
    .replace(/[^\p{L}]+/gu, ' ')
    .trim();
  return words(line) <= DATELINE_MAX_WORDS && (rest === '' || words(rest) <= DATELINE_SECTION_WORDS);
}

/**
 * A place dateline opening a paragraph: "Beijing:", "BEIJING (Reuters) -", "NEW DELHI, June 19 (PTI) —", and a
 * dated one whose agency in brackets ends it with no dash ("Lisbon, Mar 3 (Wire) The port …"). Only the first
 * paragraph may open with an undated one; a dated one with its agency opens any (copies run two stories together).
 * Returns the length of the dateline, or 0.
 */
function leadingDateline(paragraph: string, first: boolean): number {
  const m =
    /^((?:[\p{Lu}][\p{L}.'’-]*)(?: [\p{Lu}][\p{L}.'’-]*){0,3})(, [\p{Lu}][\p{L}.]*(?: [\p{Lu}][\p{L}.]*){0,2}(?=[ ,]))?((?:,| ) ?[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?)?( \([\p{L} ]{2,30}\))?( ?[:—–]| -{1,2}| (?=\p{Lu}\p{Ll}))/u.exec(
      paragraph,
    );
  if (!m || (m[5] === ' ' && !(m[3] && m[4]))) return 0;
  // (The space before the first word of the paragraph is no part of the dateline.)
  const length = m[0].length - (m[5] === ' ' ? 1 : 0);
  if (!first) return m[3] && m[4] ? length : 0;
  const place = m[1]!;
  const allCaps = place === place.toUpperCase() && /\p{Lu}{2}/u.test(place);
  return allCaps || isPlace(place) || m[4] ? length : 0;
}

/**
 * The signature line under a post embedded from a social network: a dash, the author, the handle in brackets and the
 * day ("— Ana Lind (@analind) July 19, 2024"). The post is the paragraph above it (statements.ts).
 */
export const POST_SIGNATURE =
  /^\s*[—–-]{1,2}\s*([^()@\n]{2,60}?)\s+\(@\w{1,30}\)\s+(?:\p{Lu}\p{Ll}+\.?\s+\d{1,2},\s+\d{4}|\d{1,2}\s+\p{Lu}\p{Ll}+\s+\d{4})\s*$/u;

/** The same signature closing the post's own paragraph, when the copy ran the two lines together ("… brighter. — Ana Lind (@analind) July 19, 2024"). */
export const POST_SIGNATURE_END =
  /[.!?…]\s+[—–]{1,2}\s*([^()@\n—–.]{2,60}?)\s+\(@\w{1,30}\)\s+(?:\p{Lu}\p{Ll}+\.?\s+\d{1,2},\s+\d{4}|\d{1,2}\s+\p{Lu}\p{Ll}+\s+\d{4})\s*$/u;

/** The most characters of a heading: a longer line is a paragraph. */
const HEADING_MAX_CHARS = 120;
/** The most words of a heading. */
const HEADING_MAX_WORDS = 14;

/** A short line with no closing punctuation between paragraphs: a section heading, or an inline related-story headline. */
function isHeadingLike(line: string): boolean {
  // (The length first: most lines are paragraphs too long for any of the tests.)
  if (line.length > HEADING_MAX_CHARS || SIGNED_QUOTATION.test(line) || POST_SIGNATURE.test(line)) return false;
  return words(line) <= HEADING_MAX_WORDS && !TERMINAL.test(line) && !/[,]$/.test(line);
}

/** A sentence quoted and signed with a dash ("“We stay.” ― Ana Lopez"), as lists of readers' reactions give them. */
const SIGNED_QUOTATION = /^[“"‘].*[.!?…][”"’]\s*[-—–―]{1,2}\s*\p{Lu}/u;

/** The fewest words of a line read as another story's headline: shorter headings share too few words to judge. */
const RELATED_MIN_WORDS = 5;
/** The share of its content words (a third) below which the next paragraph does not take a heading up. */
const RELATED_MAX_SHARED = 0.34;
/** The fewest capitalised words of another story's headline (headline case, or names). */
const RELATED_MIN_CAPITALS = 2;

/** A name, a comma and a role, no more ("Ana Lind, Harbour Party leader"). */
const REACTION_LABEL = /^\s*(?:\p{Lu}[\p{L}.’'-]*\s+){1,4}\p{Lu}[\p{L}’'-]*,\s+[^,.;:!?“”"]{3,60}$/u;

/**
 * A headline-shaped line that the next paragraph does not take up is another story's headline
 * ("Blinken in Beijing as U.S., China look to cool tensions" between two paragraphs about something else);
 * a real section heading announces what follows, so its words come back in the next paragraph.
 */
function isRelatedHeadline(line: string, next: string | undefined): boolean {
  if (words(line) < RELATED_MIN_WORDS || !next) return false;
  // ("ANA LIND, HARBOUR PARTY LEADER" over “…”: a name and a role label the reaction quoted below them.)
  if (REACTION_LABEL.test(line) && /^\s*[“"‘«„]/u.test(next)) return false;
  const mine = contentWords(line);
  const theirs = contentWords(next);
  let shared = 0;
  for (const w of mine) if (theirs.has(w)) shared++;
  const capitalised = (line.match(/(?:^|\s)\p{Lu}/gu) ?? []).length;
  return shared / Math.max(mine.size, 1) < RELATED_MAX_SHARED && capitalised >= RELATED_MIN_CAPITALS;
}

/** `s` lower-cased with its punctuation as single spaces, to compare a line with the headline. */
const comparable = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** The fewest words of a line that repeats the headline cut short (fewer may only share its opening). */
const REPEAT_MIN_WORDS = 4;

/** True when `line` repeats the headline, whole or cut short ("Xi Jinping sees ‘progress’ in China-US ties"). */
function repeatsTitle(line: string, headline: string | null): boolean {
  if (!headline) return false;
  const a = comparable(line);
  const b = comparable(headline);
  return a === b || (words(a) >= REPEAT_MIN_WORDS && (b.startsWith(a + ' ') || a.startsWith(b + ' ')));
}

/** A page's date stamp before the first line's text (`date 2024-02-16 `, `Published: 2024-02-16 `). */
const DATE_STAMP = /^(?:date|published|updated|posted)(?::\s*|\s+)\d{4}-\d{2}(?:-\d{2})?(?=\s+\S)/i;

/** What `segment` knows while it reads the lines in order. */
interface Reading {
  pieces: Piece[];
  /** The metadata headline, when given. */
  title: string | null;
  /** The headline so far: the metadata's, or the first headline-shaped line of the text. */
  headline: string | null;
  /** A paragraph has been read: the story has begun. */
  seenParagraph: boolean;
  /** How many paragraphs have been read. */
  paragraphs: number;
  /** The lines removed last opened a republisher's footer, so its furniture goes too. */
  inFooter: boolean;
}

/** The most words a first line may have to be read as the headline. */
const HEADLINE_MAX_WORDS = 24;
/** The most characters a first line may have to be read as the headline (longer ones are the story's first paragraph). */
const HEADLINE_MAX_CHARS = 220;

/** Split `text` (normalised) into pieces. `title` is the metadata headline, when given. */
export function segment(text: string, title: string | null = null): Piece[] {
  const lines = logicalLines(text);
  const r: Reading = { pieces: [], title, headline: title, seenParagraph: false, paragraphs: 0, inFooter: false };
  lines.forEach((whole, i) => {
    const line = withoutDateStamp(r, whole);
    const next = lines[i + 1]?.text;
    if (removedAsBoilerplate(r, line) || placedBeforeStory(r, line, next) || placedAsRepeatedTitle(r, line) || placedAsHeading(r, line, next)) return;
    placeParagraph(r, line);
  });
  return r.pieces;
}

/** Take `line` out as a removal for `reason`. */
function removeLine(r: Reading, line: Line, reason: RemovalReason): void {
  r.pieces.push({ type: 'removed', text: line.text, start: line.start, end: line.end, reason });
}

/** Decides whether the line opens with a page's date stamp; if so the stamp becomes a dateline and the rest of the line is returned. */
function withoutDateStamp(r: Reading, line: Line): Line {
  // "date 2024-02-16 Russian opposition leader …", "Published: 2024-02-16 …": a page's date stamp glued to the first
  // line of text is a dateline of its own; the rest of the line is read as any first line is.
  // ("date 2023-06-19 Politics", a date and a section, stays one dateline.)
  const stamp = r.seenParagraph || r.headline !== r.title || isDatelineLine(line.text) ? null : DATE_STAMP.exec(line.text);
  if (!stamp) return line;
  r.pieces.push({ type: 'dateline', text: stamp[0], start: line.start, end: line.start + stamp[0].length });
  const rest = line.text.slice(stamp[0].length).trimStart();
  return { ...line, text: rest, start: line.end - rest.length };
}

/** Decides whether the line is boilerplate (or the furniture of a footer it opened), removing it if so. */
function removedAsBoilerplate(r: Reading, line: Line): boolean {
  const reason = classifyBoilerplate(line.text);
  if (reason) {
    if (FOOTER_REASONS.has(reason) && r.seenParagraph) r.inFooter = true;
    removeLine(r, line, reason);
    return true;
  }
  if (r.inFooter && isFooterFurniture(line.text)) {
    removeLine(r, line, 'republisher-footer');
    return true;
  }
  r.inFooter = false;
  return false;
}

/** Decides whether a line above the story is its byline, its dateline or its headline, placing it if so. */
function placedBeforeStory(r: Reading, line: Line, next: string | undefined): boolean {
  if (r.seenParagraph) return false;
  // "Ana Lind" alone on a line above the story: a byline without its "By".
  if (next !== undefined && isBareByline(line.text)) {
    removeLine(r, line, 'byline');
    return true;
  }
  if (isDatelineLine(line.text)) {
    r.pieces.push({ type: 'dateline', text: line.text, start: line.start, end: line.end });
    return true;
  }
  if (r.headline === null && next !== undefined && words(line.text) <= HEADLINE_MAX_WORDS && line.text.length <= HEADLINE_MAX_CHARS) {
    r.headline = pushHeadline(r.pieces, line);
    return true;
  }
  return false;
}

/** Decides whether an early line repeats the headline: the metadata's title as written becomes the headline, any other repeat is removed. */
function placedAsRepeatedTitle(r: Reading, line: Line): boolean {
  // Only the first lines can repeat the title: the cheap test first keeps the comparison off every later line.
  if (!((!r.seenParagraph || r.paragraphs <= 1) && repeatsTitle(line.text, r.headline))) return false;
  if (r.title && !r.pieces.some((p) => p.type === 'headline') && comparable(line.text) === comparable(r.title)) {
    r.pieces.push({ type: 'headline', text: line.text, start: line.start, end: line.end });
    return true;
  }
  removeLine(r, line, 'repeated-title');
  return true;
}

/** Decides whether a short line inside the story is a section heading or another story's headline, placing it if so. */
function placedAsHeading(r: Reading, line: Line, next: string | undefined): boolean {
  if (!(r.seenParagraph && next !== undefined && isHeadingLike(line.text))) return false;
  if (isRelatedHeadline(line.text, next)) removeLine(r, line, 'related-story');
  else r.pieces.push({ type: 'heading', text: line.text, start: line.start, end: line.end });
  return true;
}

/** Place the line as a paragraph, splitting off the place dateline it opens with. */
function placeParagraph(r: Reading, line: Line): void {
  const cut = leadingDateline(line.text, !r.seenParagraph);
  r.seenParagraph = true;
  r.paragraphs++;
  if (cut > 0 && cut < line.text.length - 1) {
    r.pieces.push({ type: 'dateline', text: line.text.slice(0, cut), start: line.start, end: line.start + cut });
    const rest = line.text.slice(cut).trimStart();
    r.pieces.push({ type: 'paragraph', text: rest, start: line.end - rest.length, end: line.end });
    return;
  }
  r.pieces.push({ type: 'paragraph', text: line.text, start: line.start, end: line.end });
}

/** A day written after a name on its line: ", Monday 13 Oct 2025", " - 3 May 2025". */
const DAY_AFTER = /\s*[,|–—-]\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?\d{1,2}\s+\p{L}{3,9}\.?,?\s+\d{4}$/u;
/** Two to four capitalised words (or initials and name particles), and nothing else. */
const BARE_NAME = /^\p{Lu}[\p{Ll}’'-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{Ll}’'-]+|de|da|van|von|der|al|bin|el)){1,3}$/u;

/** A line that is only a person's name — its first word a given name, its last none of a place — before the story. */
function isBareByline(line: string): boolean {
  // ("Ana Lind , Monday 3 May 2025": the name and the day it was written.)
  const text = line.replace(DAY_AFTER, '');
  if (!BARE_NAME.test(text)) return false;
  const parts = text.split(/\s+/);
  return isAnyGivenName(parts[0]!) && !isPlace(parts.at(-1)!) && !isPlace(text);
}

/** What separates a headline from its site-section suffix. */
const SECTION_BAR = ' | ';
/** The most words of a site-section suffix ("China", "World news"): more are part of the headline. */
const SECTION_MAX_WORDS = 4;

/** Push a headline, splitting off a site-section suffix ("… in Beijing | China"). Returns the headline text. */
function pushHeadline(pieces: Piece[], line: Line): string {
  const bar = line.text.lastIndexOf(SECTION_BAR);
  if (bar > 0 && words(line.text.slice(bar + SECTION_BAR.length)) <= SECTION_MAX_WORDS) {
    pieces.push({ type: 'headline', text: line.text.slice(0, bar), start: line.start, end: line.start + bar });
    pieces.push({ type: 'removed', text: line.text.slice(bar), start: line.start + bar, end: line.end, reason: 'title-suffix' });
    return line.text.slice(0, bar);
  }
  pieces.push({ type: 'headline', text: line.text, start: line.start, end: line.end });
  return line.text;
}
