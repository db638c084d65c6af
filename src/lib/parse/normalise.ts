/**
 * Stage 1: normalise. Turns the decoded source into clean text (LF line ends, single spaces, typographic
 * quotation marks, repaired mojibake and lost closing marks) and keeps a map from every output position
 * back to the source, so blocks and removals can name their place in the file.
 */
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

const SPACE = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/;
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad]/;
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/;
const WORD = /[\p{L}\p{N}]/u;
/** Quotation marks a backslash may escape. */
const ESCAPED_MARK = /["'“”‘’]/;
const OPENERS = new Set(['(', '[', '{', '—', '–', '-', '/', '“', '‘']);

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

/** The letter garbled at `i` and the length of its garbling, or null. */
function mojibakeLetter(source: string, i: number): { char: string; length: number } | null {
  MOJIBAKE_LETTER.lastIndex = i;
  const m = MOJIBAKE_LETTER.exec(source);
  if (!m) return null;
  const code = m[1]!.charCodeAt(0);
  const byte = code <= 0xbf ? code : CP1252_HIGH.indexOf(m[1]!) + 0x80;
  return { char: String.fromCharCode(byte + 0x40), length: m[0].length };
}

/** Clean `source` into text a reader and the later stages can rely on. */
export function normalise(source: string): Normalised {
  const out: string[] = [];
  const map: number[] = [];
  const counts = { invisible: 0, control: 0, mojibake: 0, escape: 0 };
  const firstAt = { invisible: -1, control: -1, mojibake: -1, escape: -1 };
  const note = (kind: keyof typeof counts, at: number) => {
    if (counts[kind]++ === 0) firstAt[kind] = at;
  };
  const hasMojibake = source.includes('â€') || source.includes('Â\u00a0');
  const hasLetterMojibake = source.includes('Ã') || source.includes('A\u0303');
  const last = () => out[out.length - 1];

  for (let i = 0; i < source.length; i++) {
    let ch = source[i]!;
    // Printable ASCII other than the space needs none of the checks below: most of any text, kept fast.
    const code = source.charCodeAt(i);
    if (code > 0x20 && code < 0x7f && !(code === 0x41 && hasLetterMojibake && source[i + 1] === '\u0303')) {
      // "said \"we are fine\"": a backslash escaping a quotation mark, from text copied out of JSON.
      if (code === 0x5c && ESCAPED_MARK.test(source[i + 1] ?? '')) {
        note('escape', i);
        continue;
      }
      out.push(ch);
      map.push(i);
      continue;
    }
    // The plain space, a sixth of any text: the collapsing below without the tests of other characters.
    if (code === 0x20) {
      if (out.length === 0 || last() === ' ' || last() === '\n') continue;
      out.push(ch);
      map.push(i);
      continue;
    }
    if (hasMojibake && (ch === 'â' || ch === 'Â')) {
      // "â€" before a character Windows-1252 leaves undefined was a right double quotation mark.
      const hit = MOJIBAKE.find(([bad]) => source.startsWith(bad, i)) ?? (source.startsWith('â€', i) ? (['â€', '”'] as const) : undefined);
      if (hit) {
        note('mojibake', i);
        ch = hit[1];
        i += hit[0].length - 1;
      }
    }
    if ((ch === 'Ã' || ch === 'A') && hasLetterMojibake) {
      const letter = mojibakeLetter(source, i);
      if (letter) {
        note('mojibake', i);
        ch = letter.char;
        i += letter.length - 1;
      }
    }
    if (ch === '\r') {
      if (source[i + 1] === '\n') i++;
      ch = '\n';
    } else if (ch === '\u000b' || ch === '\u000c' || ch === '\u2028' || ch === '\u2029') {
      ch = '\n';
    } else if (SPACE.test(ch)) {
      ch = ' ';
    } else if (INVISIBLE.test(ch)) {
      if (!(i === 0 && ch === '\ufeff')) note('invisible', i);
      continue;
    } else if (CONTROL.test(ch) && ch !== '\n') {
      note('control', i);
      continue;
    }
    if (ch === ' ') {
      // Collapse runs and drop spaces at line starts; trailing ones are trimmed at the newline.
      if (out.length === 0 || last() === ' ' || last() === '\n') continue;
    } else if (ch === '\n') {
      while (last() === ' ') {
        out.pop();
        map.pop();
      }
    }
    out.push(ch);
    map.push(i);
  }
  while (last() === ' ' || last() === '\n') {
    out.pop();
    map.pop();
  }
  map.push(source.length);

  const warnings: Warning[] = [];
  const warn = (code: string, at: number, message: string) => warnings.push({ code, message, line: lineAt(source, at) });
  if (counts.mojibake) warn(WarningCode.mojibake, firstAt.mojibake, `Repaired ${counts.mojibake} character(s) garbled by a wrong text encoding.`);
  if (counts.invisible)
    warn(
      WarningCode.invisibleCharacters,
      firstAt.invisible,
      `Removed ${counts.invisible} invisible character(s) (zero-width, soft hyphen or direction controls).`,
    );
  if (counts.control) warn(WarningCode.controlCharacters, firstAt.control, `Removed ${counts.control} control character(s).`);
  if (counts.escape) warn(WarningCode.escapedMarks, firstAt.escape, `Removed ${counts.escape} backslash(es) escaping a quotation mark.`);

  curlQuotes(out);
  const repaired = repairLostMarks(out);
  if (repaired.length) warn(WarningCode.strayQuestionMark, map[repaired[0]!]!, `Read ${repaired.length} stray "?" as a lost quotation mark.`);
  const spaced = restoreSpaces(out, map);
  if (spaced.added) warn(WarningCode.missingSpace, spaced.first, `Put back ${spaced.added} space(s) missing after the end of a sentence.`);
  const broken = restoreLineBreaks(spaced.chars, spaced.map);
  if (broken.added) warn(WarningCode.missingLineBreak, broken.first, `Put back ${broken.added} line break(s) missing after a heading.`);

  return { text: broken.text, map: new Int32Array(broken.map), warnings };
}

/** Two capitalised words glued together ("LindMayor"): each at least three letters, not a hashtag or a handle. */
const GLUED = /(?<![\p{L}#@])(\p{Lu}\p{Ll}{2,})(\p{Lu}\p{Ll}{2,})(?!\p{L})/gu;

/**
 * Web copies lose the line break after a heading: "Statement from Mayor Ana LindMayor Ana Lind sent …". A line break
 * is put back between two capitalised words glued together when the line up to them is short and has no stop of a
 * sentence (a heading's) and the article writes each word on its own elsewhere — so "YouTube", "McDonald" and
 * "LeBron" stay whole. Returns the text and its characters' source offsets.
 */
function restoreLineBreaks(chars: string[], map: number[]): { text: string; map: number[]; added: number; first: number } {
  const text = chars.join('');
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
  const out = [...chars];
  const at = [...map];
  for (const i of before.reverse()) {
    out.splice(i, 0, '\n');
    at.splice(i, 0, map[i]!);
  }
  return { text: out.join(''), map: at, added: before.length, first: map[before.at(-1)!]! };
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
function restoreSpaces(chars: string[], map: number[]): { chars: string[]; map: number[]; added: number; first: number } {
  const lower = (c: string | undefined) => c !== undefined && LOWER.test(c);
  const upper = (c: string | undefined) => c !== undefined && UPPER.test(c);
  // Where a space goes (before these indexes); most texts have none, and come back as they were.
  const before: number[] = [];
  for (let i = 2; i < chars.length - 1; i++) {
    const c = chars[i];
    // (The stop first: the letter tests are patterns, too slow to run on every character.)
    if (c !== '.' && c !== '!' && c !== '?') continue;
    // ('… concerned".Thailand’s …': a closing mark may stand between the word and its full stop.)
    const ends = lower(chars[i - 1]) || ((chars[i - 1] === '"' || chars[i - 1] === '”') && i > 2);
    if (!ends || !lower(chars[i - 2])) continue;
    const j = chars[i + 1] === '”' ? i + 2 : i + 1;
    const next = chars[j];
    if ((upper(next) && lower(chars[j + 1])) || (j === i + 1 && next === '“' && upper(chars[j + 1]))) before.push(j);
  }
  if (before.length === 0) return { chars, map, added: 0, first: -1 };
  const out: string[] = [];
  const at: number[] = [];
  let k = 0;
  for (let i = 0; i < chars.length; i++) {
    if (before[k] === i) {
      out.push(' ');
      at.push(map[i]!);
      k++;
    }
    out.push(chars[i]!);
    at.push(map[i]!);
  }
  at.push(map[chars.length]!);
  return { chars: out, map: at, added: before.length, first: map[before[0]!]! };
}
const LOWER = /^\p{Ll}$/u;
const UPPER = /^\p{Lu}$/u;

/** Turn straight quotation marks into curly ones, deciding open or close from the neighbours. */
function curlQuotes(chars: string[]): void {
  let openDouble = false;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    if (ch === '\n') openDouble = false;
    else if (ch === '“') openDouble = true;
    else if (ch === '”') openDouble = false;
    if (ch !== '"' && ch !== "'") continue;
    const prev = chars[i - 1];
    const next = chars[i + 1];
    const prevIsBreak = prev === undefined || prev === ' ' || prev === '\n' || OPENERS.has(prev);
    const nextIsBreak = next === undefined || next === ' ' || next === '\n';
    if (ch === '"') {
      // Glued to both neighbours after a sentence's end (`said."It is`), it opens unless a quotation is open.
      const glued = !prevIsBreak && !nextIsBreak && /[.!?]/.test(prev);
      // (`" Wir prüfen jeden Meter ", sagte sie`: set off by a space inside, it still closes before punctuation.)
      const closesBefore: boolean = openDouble && prev === ' ' && next !== undefined && /[,.;:!?)]/.test(next);
      const opens: boolean = closesBefore ? false : prevIsBreak && !nextIsBreak ? true : glued ? !openDouble : !prevIsBreak ? false : !openDouble;
      chars[i] = opens ? '“' : '”';
      openDouble = opens;
    } else {
      // An apostrophe inside or after a word is a right single mark; at a word start it opens a quote,
      // except for elisions of years ('90s).
      const opens = prevIsBreak && next !== undefined && WORD.test(next) && !/\d/.test(next);
      chars[i] = opens ? '‘' : '’';
    }
  }
}

/**
 * Some copies lost closing (or opening) quotation marks to "?": `… avoid strategic surprises,? he said.`
 * A "?" right after a comma or full stop, or glued to the start of a word, is never a question mark.
 * Returns the positions repaired.
 */
function repairLostMarks(chars: string[]): number[] {
  const repaired: number[] = [];
  let open = false;
  let openedByRepair = false;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    if (ch === '\n') open = openedByRepair = false;
    else if (ch === '“') {
      open = true;
      openedByRepair = false;
    } else if (ch === '”') open = false;
    if (ch !== '?') continue;
    const prev = chars[i - 1];
    const next = chars[i + 1];
    const nextIsEnd = next === undefined || next === ' ' || next === '\n';
    if (open && (prev === ',' || prev === '.') && nextIsEnd) {
      chars[i] = '”';
      open = false;
      repaired.push(i);
    } else if (!open && (prev === undefined || prev === ' ' || prev === '\n') && next !== undefined && WORD.test(next)) {
      chars[i] = '“';
      open = openedByRepair = true;
      repaired.push(i);
    } else if (open && openedByRepair && prev !== undefined && WORD.test(prev) && (nextIsEnd || next === ',' || next === '.')) {
      chars[i] = '”';
      open = openedByRepair = false;
      repaired.push(i);
    }
  }
  return repaired;
}
