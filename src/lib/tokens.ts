/**
 * Words and sentences of one block, with offsets: the shared view the people and quote stages read.
 */

/** One word of a block. */
export interface Token {
  /** The word without a possessive ending ("Blinken" for "Blinken’s"). */
  word: string;
  /** [start, end) of `word` in the block. */
  start: number;
  end: number;
  /** Followed by a possessive ’s or a bare ’. */
  possessive: boolean;
  /** Starts with a capital letter. */
  capital: boolean;
  /** Followed directly by a full stop ("Mr.", "U.S."). */
  dotted: boolean;
}

const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const CAPITAL = /^\p{Lu}/u;

/** Does `word` start with a capital letter? (ASCII answered without the Unicode pattern.) */
function isCapital(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  return CAPITAL.test(word);
}

/** The length (1, or 2 for a surrogate pair) of the letter or digit (or mark, with `marks`) at `i`, or 0. */
function wordCharAt(text: string, i: number, marks: boolean): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ? 1 : 0;
  if (c < 0xd800 || c > 0xdfff) return bmpClass(c) & (marks ? WORD : LETTER_DIGIT) ? 1 : 0;
  const cp = text.codePointAt(i)!;
  return (marks ? WORD_CHAR : LETTER_OR_DIGIT).test(String.fromCodePoint(cp)) ? (cp > 0xffff ? 2 : 1) : 0;
}

/** Bits of `bmpClass`: a letter or digit; a letter, mark or digit. */
const LETTER_DIGIT = 1;
const WORD = 2;
const KNOWN = 4;
/** The class of each character of the Basic Multilingual Plane met so far, tested once with the Unicode patterns (0: not yet). */
const BMP_CLASSES = new Uint8Array(0x10000);

function bmpClass(c: number): number {
  let k = BMP_CLASSES[c]!;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = KNOWN | (LETTER_OR_DIGIT.test(ch) ? LETTER_DIGIT : 0) | (WORD_CHAR.test(ch) ? WORD : 0);
    BMP_CLASSES[c] = k;
  }
  return k;
}

/**
 * The end of the word that starts at `start`: a run of letters and digits (and combining marks, with `marks`) joined by
 * one ’ ' . or - between two of them ("don’t", "U.S", "harbour-based"). (A scan rather than a Unicode pattern's
 * matches: it runs over every word of every article.)
 */
function wordEnd(text: string, start: number, marks: boolean): number {
  let i = start;
  let length = wordCharAt(text, i, marks);
  for (;;) {
    i += length;
    length = wordCharAt(text, i, marks);
    if (length) continue;
    const c = text.charCodeAt(i);
    if ((c === 0x2019 || c === 0x27 || c === 0x2e || c === 0x2d) && (length = wordCharAt(text, i + 1, marks))) i++;
    else return i;
  }
}

/** How many words a text has (letters and digits, as `tokenize` splits them but without marks), without collecting them. */
export function countWords(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length;)
    if (wordCharAt(text, i, false)) {
      i = wordEnd(text, i, false);
      count++;
    } else i++;
  return count;
}

const FULL_STOP = 0x2e;
/** ’ or ' (codes, not one-character strings: one of ’ is a new string each time). */
const isApostrophe = (c: number) => c === 0x2019 || c === 0x27;

/** Split a block's text into words. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < text.length;) {
    if (!wordCharAt(text, i, true)) {
      i++;
      continue;
    }
    const start = i;
    let end = (i = wordEnd(text, i, true));
    let word = text.slice(start, end);
    let possessive = false;
    // (Character codes before any pattern: this runs for every word of every article.)
    const last = word.charCodeAt(word.length - 1);
    if (last === 0x73 && isApostrophe(word.charCodeAt(word.length - 2)) && word.length > 2) {
      word = word.slice(0, -2);
      possessive = true;
    } else if (isApostrophe(text.charCodeAt(end))) {
      possessive = last === 0x73 && !/\p{L}/u.test(text[end + 1] ?? '');
    }
    end = start + word.length;
    // "a Taylor Swift-themed class", "a Kremlin-backed group": the name ends at the hyphen; the adjective is a word of its own.
    const compound = word.includes('-') ? COMPOUND_ADJECTIVE.exec(word) : null;
    if (compound) {
      const head = compound[1]!;
      tokens.push({ word: head, start, end: start + head.length, possessive: false, capital: true, dotted: false });
      const tail = start + head.length + 1;
      tokens.push({ word: word.slice(head.length + 1), start: tail, end, possessive, capital: false, dotted: text.charCodeAt(end) === FULL_STOP });
      continue;
    }
    tokens.push({ word, start, end, possessive, capital: isCapital(word), dotted: text.charCodeAt(end) === FULL_STOP });
  }
  return tokens;
}

/** A capitalised word and a lowercase adjective made of it ("Swift-themed", "Trump-backed", "Biden-era", "Putin-style"). */
const COMPOUND_ADJECTIVE =
  /^(\p{Lu}[\p{L}\p{M}’']*)-(?:themed|style|styled|inspired|led|backed|based|linked|era|like|related|owned|run|funded|aligned|allied|friendly|affiliated|appointed|brokered|imposed|ordered|supporting|loving|esque|controlled|held|occupied|sponsored|endorsed|leaning)$/u;

/**
 * Abbreviated honorifics and titles written with a full stop before a name ("Rear Adm. Ana Lind", "Det. Supt. Tom
 * Hale"): the stop ends no sentence and no name. One list for the sentence splitter and the attribution patterns.
 */
export const TITLE_ABBREVIATIONS = 'Mr|Mrs|Ms|Dr|Prof|Sr|Jr|St|Gen|Col|Lt|Capt|Sgt|Rep|Sen|Gov|Rev|Adm|Maj|Brig|Cmdr|Cdr|Cpl|Pvt|Det|Insp|Supt|Amb|Atty';

/** Abbreviations after which a full stop does not end a sentence. */
const ABBREVIATIONS = new RegExp(
  `(?:^|[\\s(“‘])(?:${TITLE_ABBREVIATIONS}|Fr|Hon|No|Vol|Fig|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Inc|Ltd|Co|Corp|vs|etc|approx|U\\.S|U\\.K|U\\.N|E\\.U|(?:[A-Z]\\.){0,2}[A-Z])\\.$`,
);

/** Time zones written after a time ("8 p.m. ET", "5 a.m. Eastern Time", "9 a.m. local time"). */
const TIME_ZONE =
  /^\s+(?:ET|EST|EDT|CT|CST|CDT|MT|PT|PST|PDT|GMT|BST|UTC|CET|CEST|AEST|AEDT|IST|JST|(?:Eastern|Central|Mountain|Pacific|Atlantic|Greenwich|British|Moscow|Beijing)\s+(?:Standard\s+|Daylight\s+|Summer\s+|Mean\s+)?Time)\b/;

/** The sentences of the blocks read lately: the stages ask for the same block's several times. */
const SENTENCES_READ = new Map<string, ReadonlyArray<readonly [number, number]>>();
const SENTENCES_KEPT = 256;

/** [start, end) of each sentence of a block; a closing quotation mark after the full stop stays with its sentence. */
export function sentences(text: string): Array<[number, number]> {
  let spans = SENTENCES_READ.get(text);
  if (!spans) {
    if (SENTENCES_READ.size >= SENTENCES_KEPT) SENTENCES_READ.clear();
    spans = splitSentences(text);
    SENTENCES_READ.set(text, spans);
  }
  // (A copy: callers may reorder or change what they get.)
  return spans.map((span) => [span[0], span[1]]);
}

function splitSentences(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let start = 0;
  // (German and French marks open a sentence too: „…“, «…», »…«; French sets its guillemets off with a space:
  // "… le préfet. « Nous … » Ensuite …".)
  // (Spanish opens a question or an exclamation with ¿ or ¡: "… en la red. “¡Volveremos mañana!”".)
  const boundary = /[.!?…]+(?:[”’"')\]“‘»«]|\s»)*(?=\s+(?:[“‘"'([„‚]|[«»]\s?)?[¡¿]?[\p{Lu}\p{N}])|[.!?…]+[”’"')\]]*(?=\s+\.\s)/gu;
  for (const m of text.matchAll(boundary)) {
    const end = m.index + m[0].length;
    if (m[0][0] === '.' && m[0].length === 1 && ABBREVIATIONS.test(text.slice(Math.max(start, m.index - 6), m.index + 1))) continue;
    // "at 8 p.m. ET on Thursday": a time of day before its time zone ends no sentence.
    if (/(?:^|\s)[ap]\.m\.$/.test(text.slice(Math.max(start, m.index - 5), end)) && TIME_ZONE.test(text.slice(end, end + 30))) continue;
    spans.push([start, end]);
    start = end;
    while (text[start] === ' ') start++;
  }
  if (start < text.length) spans.push([start, text.length]);
  // Stray punctuation between sentences (". . I heard") goes with the sentence after it.
  for (let i = spans.length - 2; i >= 0; i--)
    if (!/[\p{L}\p{N}]/u.test(text.slice(spans[i]![0], spans[i]![1]))) {
      spans[i + 1]![0] = spans[i]![0];
      spans.splice(i, 1);
    }
  return spans;
}
