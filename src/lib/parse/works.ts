/**
 * Titles of works and the characters in them: words in marks that name a film, a book or a song ("“The Salt Orchard”"),
 * and a name an actor plays ("starred … as Ana Lind"). The quote stage reads such marks as no one's words; the people
 * stage reads names inside them, or played, as no one the article names.
 */

/** Small words a title leaves in lower case. */
const SMALL = /^(?:a|an|the|of|and|or|in|on|at|to|for|with|from|by)$/;

/** A quoted title: most words capitalised and short ("The Salt Orchard", "Project Lighthouse"). */
export function isTitleCase(inner: string): boolean {
  const words = inner.replace(/[,.!?;:]+$/, '').split(/\s+/);
  if (words.length < 2 || words.length > 8) return false;
  // "Like Oakland. Or Ferguson,": a sentence break inside (not after an abbreviation or an initial) is speech, not a title.
  const sentenceBreak = /(?<!\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Prof|\p{Lu}))[.!?]\s/u.test(inner);
  return /^\p{Lu}/u.test(words[0]!) && words.every((w) => SMALL.test(w) || /^[\p{Lu}\d]/u.test(w)) && !/[.!?]$/.test(inner) && !sentenceBreak;
}

/** Characters searched on each side of a name for the marks around it. */
const REACH = 80;
const OPENING = /[“"‘«]/u;
const CLOSING = /[”"’»]/u;

/**
 * Is the name at [start, end) inside marks that hold a title of a work, more than the name alone ("“Ana Lind and the
 * Salt Orchard”"), or the name alone in a list of such titles ("“The Tides,” “Ana Lind” and “Harbour Lights”")?
 */
export function inTitleOfWork(text: string, start: number, end: number): boolean {
  let open = -1;
  for (let i = start - 1; i >= Math.max(0, start - REACH); i--) {
    const c = text[i]!;
    if (CLOSING.test(c) && !(c === '’' && /\p{L}/u.test(text[i + 1] ?? ''))) return false;
    if (OPENING.test(c)) {
      open = i;
      break;
    }
  }
  if (open === -1) return false;
  let close = -1;
  for (let i = end; i < Math.min(text.length, end + REACH); i++) {
    const c = text[i]!;
    if (OPENING.test(c) && c !== '"') return false;
    if (CLOSING.test(c) && !(c === '’' && /\p{L}/u.test(text[i + 1] ?? ''))) {
      close = i;
      break;
    }
  }
  if (close === -1) return false;
  // (A comma or a full stop before the closing mark ends the sentence or the list item, not the title.)
  const inner = text.slice(open + 1, close).replace(/[,.]$/, '');
  if (!isTitleCase(inner)) return false;
  if (open + 1 < start || close > end + 1) return inner.split(/\s+/).length >= 3;
  // The name alone in marks: a title when another title in marks stands beside it in a list.
  return (
    /[”"’»]\s*(?:,|and|&)?\s*$/u.test(text.slice(Math.max(0, open - 6), open)) || /^[,.]?[”"’»]?\s*(?:,|and|&)\s*[“"‘«]/u.test(text.slice(close, close + 8))
  );
}

/** An actor's part: "starred as", "his role as", "a cameo … as", "played … as", then the character's name. */
const PLAYS_AS = /\b(?:starr(?:ed|ing)|stars|cameo|role|roles|portray(?:ed|s|ing)|play(?:ed|s|ing)|voic(?:ed|es|ing))\b[^.;:!?“”"]{0,60}?\bas\s+(?:the\s+)?$/u;
/** "as" (and "the") right before a name. */
const AS_BEFORE = /\bas\s+(?:the\s+)?$/u;
/** What follows a part's name: the end of the clause, or where and with whom it was played ("as Ana Lind in …"). */
const PART_ENDS = /^\s*(?:[,.;:)!?]|$|(?:in|on|opposite|alongside|for|and|with)\s)/u;

/**
 * Is the name at [start, end) a character an actor plays ("a cameo in the sequel as Ana Lind.")? Not when a verb
 * goes on after it: "took a turn as Mayor Ana Lind raised her voice" is a time, not a part.
 */
export function playedCharacter(text: string, start: number, end: number): boolean {
  // (Most names follow no "as": the short test spares the long pattern.)
  if (!AS_BEFORE.test(text.slice(Math.max(0, start - 8), start))) return false;
  return PLAYS_AS.test(text.slice(Math.max(0, start - 90), start)) && PART_ENDS.test(text.slice(end, end + 12));
}
