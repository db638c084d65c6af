/**
 * Stage 1: normalise. Turns the decoded source into clean text (LF line ends, single spaces, typographic
 * quotation marks, repaired mojibake and lost closing marks) and keeps a map from every output position
 * back to the source, so blocks and removals can name their place in the file.
 */
import { endianness } from 'node:os';
import { WarningCode } from '../errors.ts';
import type { Warning } from '../schema/record.ts';

/** Normalised text plus the way back to the source. */
export interface Normalised {
  /** The cleaned text. */
  text: string;
  /** `map[i]` is the source offset of text[i]; `map[text.length]` is the source length. */
  map: Int32Array;
  /** Oddities found and repaired. */
  warnings: Warning[];
}

/** Byte sequences left when UTF-8 punctuation was read as Windows-1252, and what they meant. */
const MOJIBAKE: ReadonlyArray<readonly [string, string]> = [
  ['â€œ', '“'],
  ['â€\u009d', '”'],
  ['â€™', '’'],
  ['â€˜', '‘'],
  ['â€”', '—'],
  ['â€“', '–'],
  ['â€¦', '…'],
  ['Â\u00a0', ' '],
];

/** A character's UTF-16 code: the scans below work on codes, not on one-character strings. */
const code = (ch: string) => ch.charCodeAt(0);
/** The codes of a string's characters, for membership tests. */
const codeSet = (chars: string) => new Set(Array.from(chars, code));

const SP = code(' ');
const LF = code('\n');
const CR = code('\r');
const BACKSLASH = code('\\');
const DOUBLE = code('"');
const SINGLE = code("'");
const LEFT_DOUBLE = code('“');
const RIGHT_DOUBLE = code('”');
const LEFT_SINGLE = code('‘');
const RIGHT_SINGLE = code('’');
const QUESTION = code('?');
const COMMA = code(',');
const STOP = code('.');
const BANG = code('!');
const BOM = 0xfeff;
/** The characters garbled text starts with: "â€", "Â", "Ã" and "A" with a combining tilde. */
const SMALL_A_CIRCUMFLEX = code('â');
const A_CIRCUMFLEX = code('Â');
const A_TILDE = code('Ã');
const LATIN_A = code('A');
const COMBINING_TILDE = 0x303;
/** What a scan reads before the start or past the end of the text. */
const NONE = -1;

/** Line breaks other than LF and CR: vertical tab, form feed, line and paragraph separators. */
const isOtherBreak = (c: number) => c === 0x0b || c === 0x0c || c === 0x2028 || c === 0x2029;
/** Spaces other than the plain one: tab, no-break, Ogham, the typographic widths, narrow no-break, mathematical, ideographic. */
const isOtherSpace = (c: number) => c === 0x09 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000;
/** Zero-width characters, direction marks and controls, word joiners, the byte order mark, the soft hyphen. */
const isInvisible = (c: number) =>
  (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2060 && c <= 0x2064) || (c >= 0x2066 && c <= 0x2069) || c === BOM || c === 0xad;
/** C0 controls other than tab and the line breaks, DEL and the C1 controls. */
const isControl = (c: number) => c <= 0x08 || (c >= 0x0e && c <= 0x1f) || (c >= 0x7f && c <= 0x9f);
/** Printable ASCII other than the space. */
const isPrintableAscii = (c: number) => c > 0x20 && c < 0x7f;
/** Quotation marks a backslash may escape. */
const ESCAPED_MARK = codeSet(`"'“”‘’`);
const OPENERS = codeSet('([{—–-/“‘');
/** The stops of a sentence. */
const isStop = (c: number) => c === STOP || c === BANG || c === QUESTION;
/** Punctuation a closing mark comes before. */
const AFTER_CLOSE = codeSet(',.;:!?)');
/** An ASCII digit. */
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

const WORD = /[\p{L}\p{N}]/u;
const LOWER = /^\p{Ll}$/u;
const UPPER = /^\p{Lu}$/u;
/** Unicode classes of each code, worked out by the patterns above the first time it is met and kept (a pattern per character is slow). */
const CLASSES = new Uint8Array(0x10000);
const KNOWN = 1;
const IS_WORD = 2;
const IS_LOWER = 4;
const IS_UPPER = 8;
/** The class bits of code `c` (KNOWN, IS_WORD, IS_LOWER, IS_UPPER), worked out once. */
function classes(c: number): number {
  let k = CLASSES[c]!;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = KNOWN | (WORD.test(ch) ? IS_WORD : 0) | (LOWER.test(ch) ? IS_LOWER : 0) | (UPPER.test(ch) ? IS_UPPER : 0);
    CLASSES[c] = k;
  }
  return k;
}
/** A letter or digit; NONE (no character) is in none of the classes. */
const isWord = (c: number) => c !== NONE && (classes(c) & IS_WORD) !== 0;
/** A lower-case letter. */
const isLower = (c: number) => c !== NONE && (classes(c) & IS_LOWER) !== 0;
/** An upper-case letter. */
const isUpper = (c: number) => c !== NONE && (classes(c) & IS_UPPER) !== 0;

/** The code at `i`, or NONE outside the text. */
const codeAt = (codes: Uint16Array, i: number) => (i >= 0 && i < codes.length ? codes[i]! : NONE);

/** The text of UTF-16 codes (a copy of their bytes where the machine stores codes as UTF-16LE does, else in chunks). */
function decode(codes: Uint16Array): string {
  if (LITTLE_ENDIAN) return Buffer.from(codes.buffer, codes.byteOffset, codes.byteLength).toString('utf16le');
  let text = '';
  for (let k = 0; k < codes.length; k += DECODE_CHUNK) text += String.fromCharCode(...codes.subarray(k, k + DECODE_CHUNK));
  return text;
}
const LITTLE_ENDIAN = endianness() === 'LE';
/** Codes decoded by one call on a big-endian machine (a call takes only so many arguments). */
const DECODE_CHUNK = 8192;

/** 1-based line number of a source offset. */
export function lineAt(source: string, offset: number): number {
  let line = 1;
  for (let i = source.indexOf('\n'); i !== -1 && i < offset; i = source.indexOf('\n', i + 1)) line++;
  return line;
}

/** The bytes 0x80–0x9F as Windows-1252 shows them, in byte order ("Ã‰" was "É"). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * "FranÃ§ois", "FranÃÂ§ois": a letter of Latin-1 Supplement (UTF-8 bytes C3 xx) read as two characters, once or
 * twice over (the second layer leaves a stray "Â", sometimes a C1 control, and the letters may come decomposed:
 * "A" + combining tilde). Names garbled this way were cut at the "Ã" by the name stage.
 */
const MOJIBAKE_LETTER = new RegExp(`(?:Ã|A\u0303)[\u0080-\u009f]?(?:Â|A\u0302)?([\u0080-\u00bf${CP1252_HIGH}])`, 'y');

/** The byte CP1252_HIGH starts at. */
const CP1252_HIGH_FIRST = 0x80;
/** UTF-8 writes the letters U+00C0–U+00FF as C3 and a byte 0x40 below them (C3 A7 is "ç", U+00E7). */
const C3_LETTER = 0x40;

/** The letter garbled at `i` and the length of its garbling, or null. */
function mojibakeLetter(source: string, i: number): { char: string; length: number } | null {
  MOJIBAKE_LETTER.lastIndex = i;
  const m = MOJIBAKE_LETTER.exec(source);
  if (!m) return null;
  const code = m[1]!.charCodeAt(0);
  const byte = code <= 0xbf ? code : CP1252_HIGH.indexOf(m[1]!) + CP1252_HIGH_FIRST;
  return { char: String.fromCharCode(byte + C3_LETTER), length: m[0].length };
}

/** The garbled punctuation at `i` and what it meant, or undefined (a function of its own: a closure over the loop's index would slow the loop). */
function mojibakeAt(source: string, i: number): readonly [string, string] | undefined {
  // "â€" before a character Windows-1252 leaves undefined was a right double quotation mark.
  return MOJIBAKE.find(([bad]) => source.startsWith(bad, i)) ?? (source.startsWith('â€', i) ? (['â€', '”'] as const) : undefined);
}

/**
 * Working buffers for the codes and offsets, kept between calls and grown to the longest source yet (allocating
 * two per article cost more than the scan). What normalise returns is copied out of them.
 */
let kept = { codes: new Uint16Array(0), offsets: new Int32Array(1) };
/** The working buffers, grown first when `length` codes would not fit. */
function scratch(length: number): typeof kept {
  if (kept.codes.length < length) kept = { codes: new Uint16Array(length), offsets: new Int32Array(length + 1) };
  return kept;
}

/** Clean `source` into text a reader and the later stages can rely on. */
export function normalise(source: string): Normalised {
  // Codes and their source offsets, written in place: every character kept takes at least one of the source's.
  const { codes, offsets } = scratch(source.length);
  const tally: Tally = { counts: { invisible: 0, control: 0, mojibake: 0, escape: 0 }, firstAt: { invisible: -1, control: -1, mojibake: -1, escape: -1 } };
  const reading: CharReading = {
    source,
    hasMojibake: source.includes('â€') || source.includes('Â\u00a0'),
    hasLetterMojibake: source.includes('Ã') || source.includes('A\u0303'),
    tally,
    end: 0,
  };
  let n = scanCodes(reading, codes, offsets);
  while (n > 0 && (codes[n - 1] === SP || codes[n - 1] === LF)) n--;
  offsets[n] = source.length;
  const chars = codes.subarray(0, n);
  const map = offsets.subarray(0, n + 1);

  const warnings: Warning[] = [];
  const warn: Warn = (code, at, message) => warnings.push({ code, message, line: lineAt(source, at) });
  warnRemovals(tally, warn);
  const repaired = repairText(chars, map, warn);
  // (A copy of the map's own: the buffers written above are reused by the next call.)
  return { text: repaired.text, map: repaired.map.slice(), warnings };
}

/** What the scan removed or repaired: how many of each kind, and the source offset of the first. */
interface Tally {
  counts: { invisible: number; control: number; mojibake: number; escape: number };
  firstAt: { invisible: number; control: number; mojibake: number; escape: number };
}

/** Count one removal or repair of `kind` at source offset `at`. */
function note(tally: Tally, kind: keyof Tally['counts'], at: number): void {
  if (tally.counts[kind]++ === 0) tally.firstAt[kind] = at;
}

/** The source as the scan reads it, what it found, and where the character last read ends. */
interface CharReading {
  source: string;
  /** The source has garbled punctuation ("â€", "Â" and a no-break space): only then are they looked for. */
  hasMojibake: boolean;
  /** The source has garbled letters ("Ã", "A" and a combining tilde): only then are they looked for. */
  hasLetterMojibake: boolean;
  tally: Tally;
  /** The source index of the last code of the character `otherCode` read (past the garbling or CR LF it replaced). */
  end: number;
}

/** Pushes a warning about the source offset `at`. */
type Warn = (code: string, at: number, message: string) => void;

/** Decides which characters of the source are kept and as what, writing their codes and source offsets; returns how many. */
function scanCodes(reading: CharReading, codes: Uint16Array, offsets: Int32Array): number {
  const { source, hasLetterMojibake, tally } = reading;
  let n = 0;
  for (let i = 0; i < source.length; i++) {
    let c = source.charCodeAt(i);
    // Printable ASCII other than the space needs none of the checks below: most of any text, kept fast.
    if (isPrintableAscii(c) && !(c === LATIN_A && hasLetterMojibake && source.charCodeAt(i + 1) === COMBINING_TILDE)) {
      // "said \"we are fine\"": a backslash escaping a quotation mark, from text copied out of JSON.
      if (c === BACKSLASH && ESCAPED_MARK.has(source.charCodeAt(i + 1))) {
        note(tally, 'escape', i);
        continue;
      }
      codes[n] = c;
      offsets[n++] = i;
      continue;
    }
    // The plain space, a sixth of any text: the collapsing below without the tests of other characters.
    if (c === SP) {
      if (n === 0 || codes[n - 1] === SP || codes[n - 1] === LF) continue;
      codes[n] = c;
      offsets[n++] = i;
      continue;
    }
    c = otherCode(reading, c, i);
    i = reading.end;
    if (c === NONE) continue;
    if (c === SP) {
      // Collapse runs and drop spaces at line starts; trailing ones are trimmed at the newline.
      if (n === 0 || codes[n - 1] === SP || codes[n - 1] === LF) continue;
    } else if (c === LF) {
      while (n > 0 && codes[n - 1] === SP) n--;
    }
    codes[n] = c;
    offsets[n++] = i;
  }
  return n;
}

/**
 * Decides what the character `c` at `i` (not printable ASCII, not the plain space) becomes: the letter or mark its
 * garbling meant, LF for any line break, SP for any space, itself — or NONE when it is dropped. Sets `reading.end`.
 */
function otherCode(reading: CharReading, c: number, i: number): number {
  const { source, tally } = reading;
  if (reading.hasMojibake && (c === SMALL_A_CIRCUMFLEX || c === A_CIRCUMFLEX)) {
    const hit = mojibakeAt(source, i);
    if (hit) {
      note(tally, 'mojibake', i);
      c = code(hit[1]);
      i += hit[0].length - 1;
    }
  }
  if ((c === A_TILDE || c === LATIN_A) && reading.hasLetterMojibake) {
    const letter = mojibakeLetter(source, i);
    if (letter) {
      note(tally, 'mojibake', i);
      c = code(letter.char);
      i += letter.length - 1;
    }
  }
  reading.end = i;
  if (c === CR) {
    if (source.charCodeAt(i + 1) === LF) reading.end = i + 1;
    return LF;
  }
  if (isOtherBreak(c)) return LF;
  if (isOtherSpace(c)) return SP;
  if (isInvisible(c)) {
    if (!(i === 0 && c === BOM)) note(tally, 'invisible', i);
    return NONE;
  }
  if (isControl(c) && c !== LF) {
    note(tally, 'control', i);
    return NONE;
  }
  return c;
}

/** Warns of the characters the scan removed or repaired, one warning for each kind at the first of them. */
function warnRemovals({ counts, firstAt }: Tally, warn: Warn): void {
  if (counts.mojibake) warn(WarningCode.mojibake, firstAt.mojibake, `Repaired ${counts.mojibake} character(s) garbled by a wrong text encoding.`);
  if (counts.invisible)
    warn(
      WarningCode.invisibleCharacters,
      firstAt.invisible,
      `Removed ${counts.invisible} invisible character(s) (zero-width, soft hyphen or direction controls).`,
    );
  if (counts.control) warn(WarningCode.controlCharacters, firstAt.control, `Removed ${counts.control} control character(s).`);
  if (counts.escape) warn(WarningCode.escapedMarks, firstAt.escape, `Removed ${counts.escape} backslash(es) escaping a quotation mark.`);
}

/** Curls the quotation marks, then puts back lost marks, spaces and line breaks, warning of each repair; returns the text and its map. */
function repairText(chars: Uint16Array, map: Int32Array, warn: Warn): { text: string; map: Int32Array } {
  curlQuotes(chars);
  const repaired = repairLostMarks(chars);
  if (repaired.length) warn(WarningCode.strayQuestionMark, map[repaired[0]!]!, `Read ${repaired.length} stray "?" as a lost quotation mark.`);
  const spaced = restoreSpaces(chars, map);
  if (spaced.added) warn(WarningCode.missingSpace, spaced.first, `Put back ${spaced.added} space(s) missing after the end of a sentence.`);
  const broken = restoreLineBreaks(spaced.chars, spaced.map);
  if (broken.added) warn(WarningCode.missingLineBreak, broken.first, `Put back ${broken.added} line break(s) missing after a heading.`);
  return broken;
}

/** Two capitalised words glued together ("LindMayor"): each at least three letters, not a hashtag or a handle. */
const GLUED = /(?<![\p{L}#@])(\p{Lu}\p{Ll}{2,})(\p{Lu}\p{Ll}{2,})(?!\p{L})/gu;

/**
 * Web copies lose the line break after a heading: "Statement from Mayor Ana LindMayor Ana Lind sent …". A line break
 * is put back between two capitalised words glued together when the line up to them is short and has no stop of a
 * sentence (a heading's) and the article writes each word on its own elsewhere — so "YouTube", "McDonald" and
 * "LeBron" stay whole. Returns the text and its characters' source offsets.
 */
function restoreLineBreaks(chars: Uint16Array, map: Int32Array): { text: string; map: Int32Array; added: number; first: number } {
  const text = decode(chars);
  const before: number[] = [];
  const seen = new Map<string, boolean>();
  // (A plain scan for a lower-case letter before a capital first: the Unicode pattern is slow over a whole text.)
  if (/[a-z\u00df-\u00ff][A-Z\u00c0-\u00de]/.test(text))
    for (const m of text.matchAll(GLUED)) {
      const at = m.index + m[1]!.length;
      const line = text.slice(text.lastIndexOf('\n', m.index) + 1, at);
      // (Each word looked up once: a text may glue the same pair many times.)
      const alone = (word: string) => {
        let found = seen.get(word);
        if (found === undefined) seen.set(word, (found = new RegExp(`(?<![\\p{L}’'])${word}(?![\\p{L}’'])`, 'u').test(text)));
        return found;
      };
      // (A heading has words before the glued one: "HarbourLink" opening a paragraph is a name written in one word.)
      const words = line.length - m[1]!.length > 0;
      if (words && line.length <= HEADING_LENGTH && !/[.!?:;]/.test(line) && alone(m[1]!) && alone(m[2]!)) before.push(at);
    }
  if (before.length === 0) return { text, map, added: 0, first: -1 };
  // The pieces between the breaks (in text order), joined by them; a break takes the offset of the character after it.
  const pieces: string[] = [];
  const at = new Int32Array(map.length + before.length);
  let from = 0;
  before.forEach((to, k) => {
    pieces.push(text.slice(from, to));
    at.set(map.subarray(from, to), from + k);
    at[to + k] = map[to]!;
    from = to;
  });
  pieces.push(text.slice(from));
  at.set(map.subarray(from), from + before.length);
  return { text: pieces.join('\n'), map: at, added: before.length, first: map[before[0]!]! };
}
/** The longest line read as a heading that lost its line break. */
const HEADING_LENGTH = 100;

/**
 * Web copies lose the space after a sentence: "told the agency.Japan’s premier", `the leader said.“It is …`,
 * `“… unforgivable.”Abe had …`. A space is put back after a full stop (and its closing mark) that ends two
 * lowercase letters (not "U.S.", "St.Louis" or "e.g.") and comes before a capitalised word (not "Node.js") or an
 * opening mark. Returns the characters and their source offsets with the spaces added (each at the offset of the
 * character it comes before), and how many and where the first was.
 */
function restoreSpaces(chars: Uint16Array, map: Int32Array): { chars: Uint16Array; map: Int32Array; added: number; first: number } {
  const at = (i: number) => codeAt(chars, i);
  // Where a space goes (before these indexes); most texts have none, and come back as they were.
  const before: number[] = [];
  for (let i = 2, end = chars.length - 1; i < end; i++) {
    const c = chars[i]!;
    // (The stop first: it passes over almost every character before the letter lookups.)
    if (!isStop(c)) continue;
    // ('… concerned".Thailand’s …': a closing mark may stand between the word and its full stop.)
    const ends = isLower(at(i - 1)) || ((at(i - 1) === DOUBLE || at(i - 1) === RIGHT_DOUBLE) && i > 2);
    if (!ends || !isLower(at(i - 2))) continue;
    const j = at(i + 1) === RIGHT_DOUBLE ? i + 2 : i + 1;
    const next = at(j);
    if ((isUpper(next) && isLower(at(j + 1))) || (j === i + 1 && next === LEFT_DOUBLE && isUpper(at(j + 1)))) before.push(j);
  }
  if (before.length === 0) return { chars, map, added: 0, first: -1 };
  const out = new Uint16Array(chars.length + before.length);
  const offsets = new Int32Array(map.length + before.length);
  let k = 0;
  for (let i = 0; i < chars.length; i++) {
    if (before[k] === i) {
      out[i + k] = SP;
      offsets[i + k] = map[i]!;
      k++;
    }
    out[i + k] = chars[i]!;
    offsets[i + k] = map[i]!;
  }
  offsets[chars.length + k] = map[chars.length]!;
  return { chars: out, map: offsets, added: before.length, first: map[before[0]!]! };
}

/** Turn straight quotation marks into curly ones, deciding open or close from the neighbours. */
function curlQuotes(chars: Uint16Array): void {
  let openDouble = false;
  for (let i = 0, end = chars.length; i < end; i++) {
    const ch = chars[i]!;
    if (ch === LF) openDouble = false;
    else if (ch === LEFT_DOUBLE) openDouble = true;
    else if (ch === RIGHT_DOUBLE) openDouble = false;
    if (ch !== DOUBLE && ch !== SINGLE) continue;
    const prev = codeAt(chars, i - 1);
    const next = codeAt(chars, i + 1);
    const prevIsBreak = prev === NONE || prev === SP || prev === LF || OPENERS.has(prev);
    const nextIsBreak = next === NONE || next === SP || next === LF;
    if (ch === DOUBLE) {
      // Glued to both neighbours after a sentence's end (`said."It is`), it opens unless a quotation is open.
      const glued = !prevIsBreak && !nextIsBreak && isStop(prev);
      // (`" Wir prüfen jeden Meter ", sagte sie`: set off by a space inside, it still closes before punctuation.)
      const closesBefore: boolean = openDouble && prev === SP && AFTER_CLOSE.has(next);
      const opens: boolean = closesBefore ? false : prevIsBreak && !nextIsBreak ? true : glued ? !openDouble : !prevIsBreak ? false : !openDouble;
      chars[i] = opens ? LEFT_DOUBLE : RIGHT_DOUBLE;
      openDouble = opens;
    } else {
      // An apostrophe inside or after a word is a right single mark; at a word start it opens a quote,
      // except for elisions of years ('90s).
      const opens = prevIsBreak && isWord(next) && !isDigit(next);
      chars[i] = opens ? LEFT_SINGLE : RIGHT_SINGLE;
    }
  }
}

/**
 * Some copies lost closing (or opening) quotation marks to "?": `… avoid strategic surprises,? he said.`
 * A "?" right after a comma or full stop, or glued to the start of a word, is never a question mark.
 * Returns the positions repaired.
 */
function repairLostMarks(chars: Uint16Array): number[] {
  const repaired: number[] = [];
  let open = false;
  let openedByRepair = false;
  for (let i = 0, end = chars.length; i < end; i++) {
    const ch = chars[i]!;
    if (ch === LF) open = openedByRepair = false;
    else if (ch === LEFT_DOUBLE) {
      open = true;
      openedByRepair = false;
    } else if (ch === RIGHT_DOUBLE) open = false;
    if (ch !== QUESTION) continue;
    const prev = codeAt(chars, i - 1);
    const next = codeAt(chars, i + 1);
    const nextIsEnd = next === NONE || next === SP || next === LF;
    if (open && (prev === COMMA || prev === STOP) && nextIsEnd) {
      chars[i] = RIGHT_DOUBLE;
      open = false;
      repaired.push(i);
    } else if (!open && (prev === NONE || prev === SP || prev === LF) && isWord(next)) {
      chars[i] = LEFT_DOUBLE;
      open = openedByRepair = true;
      repaired.push(i);
    } else if (open && openedByRepair && isWord(prev) && (nextIsEnd || next === COMMA || next === STOP)) {
      chars[i] = RIGHT_DOUBLE;
      open = openedByRepair = false;
      repaired.push(i);
    }
  }
  return repaired;
}
