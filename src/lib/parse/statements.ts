/**
 * Statements printed without quotation marks after a line that announces them: "Former mayor Ana Lima has released
 * a statement:" / "Here is her full statement:" / "Ana Lima’s full statement", then the statement's paragraphs.
 * Live blogs and agencies print a statement this way; its paragraphs are the author's direct words. The statement
 * runs until a paragraph that has quotation marks, opens with a time stamp, names its author or reports speech
 * ("…, she said"), or until the article ends.
 */
import type { PersonMention } from './people.ts';
import type { Block } from '../schema/record.ts';
import { sentences } from '../tokens.ts';
import type { Turn } from './turns.ts';

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
/** A statement this long is the rest of a page, not a statement. */
const MAX_PARAGRAPHS = 40;

const wordCount = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** The author an announcing block names, or null when it announces nothing. */
function author(blocks: readonly Block[], mentions: readonly PersonMention[][], b: number): PersonMention | null {
  const text = blocks[b]!.text.trimEnd();
  const own = mentions[b] ?? [];
  const [start] = sentences(text).at(-1) ?? [0];
  const heading = wordCount(text) <= HEADING_WORDS && HEADING.test(text);
  if (!heading && !ANNOUNCED.test(text)) return null;
  // "Ana Lima’s full statement": the possessor; "Lima has released a statement:": the sentence's subject.
  const possessor = own.find((m) => m.start >= start && /^[’']s\s+(?:full\s+)?(?:statement|speech|remarks)/iu.test(text.slice(m.end)));
  if (possessor) return possessor;
  if (heading) return null;
  const subject = own.find((m) => m.start >= start && m.subject);
  if (subject) return subject;
  if (!POSSESSIVE_PRONOUN.test(text.slice(start))) return null;
  for (let p = b - 1; p >= Math.max(0, b - 2); p--) {
    const before = (mentions[p] ?? []).findLast((m) => m.subject);
    if (before) return before;
  }
  return null;
}

/** The paragraphs of every announced statement, as turns of their author. `marked(b)`: block b holds quotation marks. */
export function announcedStatements(blocks: readonly Block[], mentions: readonly PersonMention[][], marked: (b: number) => boolean): Turn[] {
  const turns: Turn[] = [];
  for (let b = 0; b < blocks.length - 1; b++) {
    // (The announcing block may hold quotations of its own: "‘Let’s go home’: Ana Lima’s full statement".)
    const who = author(blocks, mentions, b);
    if (!who) continue;
    let p = b + 1;
    for (; p < blocks.length && p - b <= MAX_PARAGRAPHS; p++) {
      const block = blocks[p]!;
      const text = block.text;
      if (block.type !== 'paragraph' || marked(p) || TIME_STAMP.test(text) || REPORTED.test(text)) break;
      if ((mentions[p] ?? []).some((m) => m.person === who.person)) break;
      turns.push({ block: p, start: text.length - text.trimStart().length, end: text.trimEnd().length, who });
    }
    b = p - 1;
  }
  return turns;
}
