/**
 * Quotation-mark spans of one block: where each quotation opens and closes. Double marks (“ ”, « », „ “)
 * nest single ones (‘ ’); a right single mark glued to a following letter is an apostrophe.
 */

/** One quotation found between marks. */
export interface MarkSpan {
  /** Index of the opening mark, or -1 when it was lost. */
  open: number;
  /** Index of the closing mark, or -1 when the block ended first. */
  close: number;
  /** [start, end) of the quoted words, trimmed. */
  start: number;
  end: number;
  /** Double or single marks. */
  double: boolean;
}

const LETTER = /[\p{L}\p{N}]/u;

/**
 * "” We are lucky,” the chair said.": a closing mark that opens the block, before a capital, with another closing
 * mark later, is an opening mark typed the wrong way round.
 */
function opensBlock(text: string, i: number): boolean {
  return text.slice(0, i).trim() === '' && /^\s?\p{Lu}/u.test(text.slice(i + 1, i + 3)) && text.indexOf('”', i + 1) !== -1;
}

/** A mark followed (after at most one space) by punctuation that ends a clause, or by the end of the block. */
const closesHere = (text: string, i: number) => /^\s?(?:[.,;:!?)]|$)/u.test(text.slice(i + 1, i + 3));
/** Does the mark at `i` touch the word before it and stand before a space, a stop or the end (where a quotation closes)? */
const closesAfterWord = (text: string, i: number) => /[\p{L}\p{N}.,!?…]/u.test(text[i - 1] ?? ' ') && /^(?:[\s.,;:!?)]|$)/u.test(text.slice(i + 1, i + 2));

/**
 * How the mark `ch` at `i` closes a double quotation opened by `opener`, other than with its own closing mark, or null:
 * German quotations open low and close with “ („So ist es“); a second « where a sentence or a clause ends ("« un choix
 * injuste« .") and a second “ right after a word, before a space, a stop or the end ("“Não posso ir“.", "“Sim“ e
 * saiu") close the first, typed the wrong way; two apostrophes typed for the closing mark ("“… shocking,’’ she
 * recalled") close it as written.
 */
function closingOf(text: string, i: number, ch: string, opener: string): 'german' | 'wrong way' | 'doubled' | null {
  if (ch === '“' && opener === '„') return 'german';
  if ((ch === '«' && opener === '«' && closesHere(text, i)) || (ch === '“' && opener === '“' && closesAfterWord(text, i))) return 'wrong way';
  if (ch === '’' && text[i + 1] === '’' && closesAfterWord(text.slice(0, i) + text.slice(i + 1), i)) return 'doubled';
  return null;
}

/** Find the quotation spans of `text`, and how many marks did not pair. */
export function scanMarks(text: string): { spans: MarkSpan[]; unclosed: number; unopened: number[]; reversed: number } {
  const spans: MarkSpan[] = [];
  const unopened: number[] = [];
  let unclosed = 0;
  let wrongWay = 0;
  let dbl = -1;
  let sgl = -1;
  const push = (open: number, close: number, double: boolean) => {
    const { start, end } = trimSpan(text, open + 1, close === -1 ? text.length : close);
    if (end > start) spans.push({ open, close, start, end, double });
  };
  // German print also quotes »like this«: a block whose first guillemet is » and that has a « later swaps them.
  const closing = text.indexOf('»');
  const reversed = closing !== -1 && text.indexOf('«') > closing;
  for (let i = 0; i < text.length; i++) {
    const ch = reversed && (text[i] === '«' || text[i] === '»') ? (text[i] === '«' ? '»' : '«') : text[i];
    const closer = dbl === -1 ? null : closingOf(text, i, ch!, text[dbl]!);
    if (closer) {
      if (closer === 'wrong way') wrongWay++;
      push(dbl, i, true);
      if (closer === 'doubled') i++;
      dbl = -1;
      sgl = -1;
    } else if (ch === '“' || ch === '«' || ch === '„' || (ch === '”' && dbl === -1 && opensBlock(text, i) && ++wrongWay)) {
      if (dbl !== -1) {
        // A second opening mark while one is open: the first lost its closing mark.
        unclosed++;
        push(dbl, -1 - 0, true);
        spans[spans.length - 1]!.end = Math.min(spans[spans.length - 1]!.end, trimEnd(text, i));
      }
      dbl = i;
      sgl = -1;
    } else if (ch === '”' || ch === '»' || (ch === '″' && dbl !== -1 && closesHere(text, i) && ++wrongWay)) {
      // ("“… of God.″": a double prime typed for the closing mark, where a clause ends, closes an open quotation.)
      if (dbl !== -1) {
        push(dbl, i, true);
        dbl = -1;
        sgl = -1;
      } else unopened.push(i);
    } else if (ch === '‘' && dbl === -1 && sgl === -1) {
      const prev = text[i - 1];
      if (prev === undefined || !LETTER.test(prev)) sgl = i;
    } else if (ch === '’' && sgl !== -1 && dbl === -1) {
      const next = text[i + 1];
      if (next === undefined || !LETTER.test(next)) {
        push(sgl, i, false);
        sgl = -1;
      }
    }
  }
  if (dbl !== -1) {
    unclosed++;
    push(dbl, -1, true);
  }
  return { spans: spans.sort((a, b) => a.start - b.start), unclosed, unopened, reversed: wrongWay };
}

/** [start, end) of `text` with the white space at both ends left out. */
export function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

function trimEnd(text: string, end: number): number {
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  return end;
}
