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

const WORD = /[\p{L}\p{M}\p{N}]+(?:[’'.-][\p{L}\p{M}\p{N}]+)*/gu;
const CAPITAL = /^\p{Lu}/u;

/** Does `word` start with a capital letter? (ASCII answered without the Unicode pattern.) */
function isCapital(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  return CAPITAL.test(word);
}

/** Split a block's text into words. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    let word = m[0];
    let end = m.index + word.length;
    let possessive = false;
    // (Character checks before any pattern: this runs for every word of every article.)
    const last = word.charCodeAt(word.length - 1);
    const beforeLast = word[word.length - 2];
    if (last === 0x73 && (beforeLast === '’' || beforeLast === "'") && word.length > 2) {
      word = word.slice(0, -2);
      possessive = true;
    } else if (text[end] === '’' || text[end] === "'") {
      possessive = last === 0x73 && !/\p{L}/u.test(text[end + 1] ?? '');
    }
    end = m.index + word.length;
    // "a Taylor Swift-themed class", "a Kremlin-backed group": the name ends at the hyphen; the adjective is a word of its own.
    const compound = word.includes('-') ? COMPOUND_ADJECTIVE.exec(word) : null;
    if (compound) {
      const head = compound[1]!;
      tokens.push({ word: head, start: m.index, end: m.index + head.length, possessive: false, capital: true, dotted: false });
      const tail = m.index + head.length + 1;
      tokens.push({ word: word.slice(head.length + 1), start: tail, end, possessive, capital: false, dotted: text[end] === '.' });
      continue;
    }
    tokens.push({ word, start: m.index, end, possessive, capital: isCapital(word), dotted: text[end] === '.' });
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

/** [start, end) of each sentence of a block; a closing quotation mark after the full stop stays with its sentence. */
export function sentences(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let start = 0;
  // (German and French marks open a sentence too: „…“, «…», »…«; French sets its guillemets off with a space:
  // "… le préfet. « Nous … » Ensuite …".)
  const boundary = /[.!?…]+(?:[”’"')\]“‘»«]|\s»)*(?=\s+(?:[“‘"'([„‚]|[«»]\s?)?[\p{Lu}\p{N}])|[.!?…]+[”’"')\]]*(?=\s+\.\s)/gu;
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
