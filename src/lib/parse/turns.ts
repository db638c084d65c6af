/**
 * Transcripts copied without quotation marks: a speaker's label on a line of its own and the words on the next
 * ("Okafor:" / "We will open the bridge in May."), or label and words on one line ("OKAFOR: We will open …").
 * The label must be a person the article names, so "Update:" or "Photo: …" are never turns. A label on the same
 * line counts only when the article has two or more such lines of first- or second-person speech. (A label inside
 * quotation marks, "“WALLACE: …”", is read by speakers/transcript.ts.)
 */
import { FIRST_PERSON } from '../lexicon.ts';
import type { PersonMention } from './people.ts';
import type { Block } from '../schema/record.ts';

/** A turn: the speech's [start, end) in its block and the label's person mention. */
export interface Turn {
  block: number;
  start: number;
  end: number;
  who: PersonMention;
}

/** A label: up to four words (a title may come first: "President Okafor:") and a colon. */
const LABEL = /^\s*((?:[\p{Lu}][\p{L}’'.-]*\s+){0,3}[\p{Lu}][\p{L}’'.-]*)\s*:/u;
/** Speech is at least this many words. */
const MIN_WORDS = 2;
/**
 * Words on the label's own line are speech only when they are a sentence of some length spoken in the first or
 * second person: "Okafor: Finish second." in a list of campaign goals, or "Okafor: Bridges In her plan, …" as a
 * heading, are not turns.
 */
const SAME_LINE_WORDS = 5;
const speaks = (s: string) => s.split(/[^\p{L}’']+/u).some((w) => FIRST_PERSON.has(w) || FIRST_PERSON.has(w.toLowerCase()));

/** The person mention that ends the label of `text`, and where the label ends, or null. */
function labelOf(text: string, mentions: readonly PersonMention[]): { who: PersonMention; end: number } | null {
  const m = LABEL.exec(text);
  if (!m) return null;
  const nameEnd = m.index + m[0].indexOf(m[1]!) + m[1]!.length;
  const who = mentions.find((x) => x.end === nameEnd);
  return who ? { who, end: m.index + m[0].length } : null;
}

const wordCount = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/**
 * The transcript turns of an article. `marked(b)` says block b holds quotation marks: a block with marks is left
 * to the quotation rules.
 */
export function transcriptTurns(blocks: readonly Block[], mentions: readonly PersonMention[][], marked: (b: number) => boolean): Turn[] {
  const turns: Turn[] = [];
  const sameLine: Turn[] = [];
  blocks.forEach((block, b) => {
    if (block.type !== 'paragraph' || marked(b)) return;
    const label = labelOf(block.text, mentions[b] ?? []);
    if (!label) return;
    const rest = block.text.slice(label.end);
    const lead = rest.length - rest.trimStart().length;
    const next = blocks[b + 1];
    if (rest.trim() === '') {
      // The label alone: the next paragraph is the speech.
      if (next?.type === 'paragraph' && !marked(b + 1) && !labelOf(next.text, mentions[b + 1] ?? []) && wordCount(next.text) >= MIN_WORDS)
        turns.push({ block: b + 1, start: next.text.length - next.text.trimStart().length, end: next.text.trimEnd().length, who: label.who });
    } else if (wordCount(rest) >= SAME_LINE_WORDS && speaks(rest)) {
      sameLine.push({ block: b, start: label.end + lead, end: block.text.trimEnd().length, who: label.who });
    }
  });
  return [...turns, ...(sameLine.length >= 2 ? sameLine : [])].sort((x, y) => x.block - y.block);
}
