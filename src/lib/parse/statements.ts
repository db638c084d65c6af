/**
 * Statements printed without quotation marks after a line that announces them: "Former mayor Ana Lima has released
 * a statement:" / "Here is her full statement:" / "Ana Lima’s full statement" / "The Harbour Board said in a
 * statement:", then the statement's paragraphs.
 * Live blogs and agencies print a statement this way; its paragraphs are the author's direct words. The statement
 * runs until a paragraph that has quotation marks, opens with a time stamp, names its author or reports speech
 * ("…, she said"), or until the article ends. A post embedded from a social network is printed the other way round:
 * its words, then a signature line ("— Ana Lind (@analind) July 19, 2024").
 */
import { organisationSubject, type Attribution } from './attribution.ts';
import type { PersonMention } from './people.ts';
import type { Block } from '../schema/record.ts';
import { POST_SIGNATURE, POST_SIGNATURE_END } from './segment.ts';
import { sentences } from '../tokens.ts';

/** One paragraph of a statement: its [start, end) in its block and who made the statement. */
export interface StatementParagraph {
  block: number;
  start: number;
  end: number;
  attribution: Attribution;
}

/** A colon closing a sentence with a statement word ("released a statement on the vote:", "said in a statement:", "wrote:"). */
const ANNOUNCED = /\b(?:statement|full\s+text|in\s+full|said|says|wrote|writes|posted|tweeted)\b[^.!?:“”"]{0,60}:\s*$/iu;
/** A heading that names a statement after its author ("Ana Lima’s full statement", "Read Lima’s statement in full"). */
const HEADING = /[’']s\s+(?:full\s+)?(?:statement|speech|remarks)(?:\s+in\s+full)?\s*[:.]?\s*$/iu;
/** "Here is her full statement:": the author is the one the paragraph before is about. */
const POSSESSIVE_PRONOUN = /\b(?:his|her)\s+(?:full\s+)?(?:statement|speech|remarks)\b/iu;
/** A live blog's time stamp opens a new entry ("7:15pm - ", "10.42 "). */
const TIME_STAMP = /^\s*\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?\s*[-–—:]\s/iu;
/** Reported speech: the narrative has resumed ("…, she said.", "Lima told reporters"). */
const REPORTED = /\b(?:said|says|told|added|tweeted)\b/u;
/** A heading is short. */
const HEADING_WORDS = 16;
const HEADING_CHARS = 160;
/** A statement this long is the rest of a page, not a statement. */
const MAX_PARAGRAPHS = 40;

const wordCount = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** The author an announcing block names (a person, or an organisation: "The Harbour Board said in a statement:"), or null. */
function author(blocks: readonly Block[], mentions: readonly PersonMention[][], b: number): Attribution | null {
  const text = blocks[b]!.text.trimEnd();
  // Only a line ending in a colon, or a short heading, can announce a statement (the cheap test first: every block
  // passes here).
  const heading = !text.endsWith(':') && text.length <= HEADING_CHARS && HEADING.test(text) && wordCount(text) <= HEADING_WORDS;
  if (!heading && !(text.endsWith(':') && ANNOUNCED.test(text))) return null;
  const own = mentions[b] ?? [];
  const [start] = sentences(text).at(-1) ?? [0];
  const person = (m: PersonMention | undefined): Attribution | null =>
    m ? { person: m.person, name: null, pronoun: null, cue: 'statement', via: null, at: m.start } : null;
  // "Ana Lima’s full statement": the possessor; "Lima has released a statement:": the sentence's subject.
  const possessor = own.find((m) => m.start >= start && /^[’']s\s+(?:full\s+)?(?:statement|speech|remarks)/iu.test(text.slice(m.end)));
  if (possessor || heading) return person(possessor);
  const subject = own.find((m) => m.start >= start && m.subject);
  if (subject) return person(subject);
  if (POSSESSIVE_PRONOUN.test(text.slice(start))) {
    for (let p = b - 1; p >= Math.max(0, b - 2); p--) {
      const before = (mentions[p] ?? []).findLast((m) => m.subject);
      if (before) return person(before);
    }
    return null;
  }
  if (own.some((m) => m.start >= start)) return null;
  const org = organisationSubject(text.slice(start), start);
  return org?.name ? { ...org, cue: 'statement' } : null;
}

/** Does block `p` name the statement's author (the narrative has resumed)? */
function namesAuthor(block: Block, own: readonly PersonMention[], who: Attribution): boolean {
  if (who.person !== null) return own.some((m) => m.person === who.person);
  const core = who.name?.replace(/^the\s+/i, '');
  return Boolean(core && block.text.includes(core));
}

/** The paragraphs of every announced statement. `marked(b)`: block b holds quotation marks. */
export function announcedStatements(blocks: readonly Block[], mentions: readonly PersonMention[][], marked: (b: number) => boolean): StatementParagraph[] {
  const out: StatementParagraph[] = [];
  for (let b = 0; b < blocks.length - 1; b++) {
    // (The announcing block may hold quotations of its own: "‘Let’s go home’: Ana Lima’s full statement".)
    const who = author(blocks, mentions, b);
    if (!who) continue;
    let p = b + 1;
    for (; p < blocks.length && p - b <= MAX_PARAGRAPHS; p++) {
      const block = blocks[p]!;
      const text = block.text;
      if (block.type !== 'paragraph' || marked(p) || TIME_STAMP.test(text) || REPORTED.test(text) || namesAuthor(block, mentions[p] ?? [], who)) break;
      out.push({ block: p, start: text.length - text.trimStart().length, end: text.trimEnd().length, attribution: who });
    }
    b = p - 1;
  }
  return out;
}

/** The paragraph of every embedded post: the one above its signature line (segment.ts), with no quotation marks of its own. */
export function embeddedPosts(blocks: readonly Block[], mentions: readonly PersonMention[][], marked: (b: number) => boolean): StatementParagraph[] {
  const out: StatementParagraph[] = [];
  // The post's author: the person the signature names at `at` in block `b`, else the name as written.
  const signer = (b: number, name: string, at: number): Attribution => {
    const person = (mentions[b] ?? []).find((x) => x.start >= at && x.end <= at + name.length);
    return person
      ? { person: person.person, name: null, pronoun: null, cue: 'post', via: null, at: person.start }
      : { person: null, name: name.trim(), pronoun: null, cue: 'post', via: null, at };
  };
  for (let b = 0; b < blocks.length; b++) {
    const text = blocks[b]!.text;
    // (A post whose signature closes its own paragraph: the words before the dash.)
    const inline = blocks[b]!.type === 'paragraph' && !marked(b) ? POST_SIGNATURE_END.exec(text) : null;
    if (inline) {
      const attribution = signer(b, inline[1]!, inline.index + inline[0].indexOf(inline[1]!, 1));
      out.push({ block: b, start: text.length - text.trimStart().length, end: inline.index + 1, attribution });
      continue;
    }
    const m = b > 0 ? POST_SIGNATURE.exec(text) : null;
    const post = blocks[b - 1];
    if (!m || !post || post.type !== 'paragraph' || marked(b - 1)) continue;
    const attribution = signer(b, m[1]!, text.indexOf(m[1]!));
    out.push({ block: b - 1, start: post.text.length - post.text.trimStart().length, end: post.text.trimEnd().length, attribution });
  }
  return out;
}
