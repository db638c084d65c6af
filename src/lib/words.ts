/**
 * The one word normaliser: how the comparison view and search decide that two spellings are one word. Lower
 * case, accents dropped, possessive ’s dropped, American spelling, one form for the United States, the United
 * Kingdom and Sino/China. Pure and framework-free: the browser's search island uses it too.
 */

/** Function words: not content, never enough on their own to say two wordings match. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  'a an the and or but of to in on at by for with from as is are was were be been being has have had do does did it its this that these those there their they them he she his her we our i you your my me not no so if than then also very just into over about up out who which what when where while will would can could should may might must shall'.split(
    ' ',
  ),
);

/** British → American spellings by rule (stabilise → stabilize, centre → center, defence → defense). */
function americanise(w: string): string {
  return w
    .replace(/isation(s?)$/, 'ization$1')
    .replace(/ise([ds]?)$/, (m, s: string, offset: number) => (offset >= 3 ? `ize${s}` : m))
    .replace(/ising$/, 'izing')
    .replace(/yse([ds]?)$/, 'yze$1')
    .replace(/our(s?|ed|ing|able)$/, (m, s: string, offset: number) => (offset >= 3 ? `or${s}` : m))
    .replace(/^(cent|theat|met|lit)re(s?)$/, '$1er$2')
    .replace(/ence$/, (m, offset: number) => (/^(def|off|lic|pret)$/.test(w.slice(0, offset)) ? 'ense' : m))
    .replace(/^programme(s?)$/, 'program$1')
    .replace(/ll(ed|ing)$/, (m, s: string, offset: number) => (offset > 4 ? `l${s}` : m));
}

const memo = new Map<string, string>();

/** Negated auxiliaries whose stem is not the word before n’t ("won’t" → will). */
const NEGATED: Record<string, string> = { wo: 'will', ca: 'can', sha: 'shall', ai: 'is' };

/**
 * One word (as `normalWords` cuts it) in its matching form: "U.S" → us, "China’s" → china, "Stabilise" →
 * stabilize; contractions lose their ending ("we’ll" → we, never "well"; "doesn’t" → does, as "does not" reads,
 * "not" being no content word either).
 */
export function normaliseWord(word: string): string {
  let n = memo.get(word);
  if (n !== undefined) return n;
  const x = word
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[’'](?:s|ll|re|ve|d|m)$/, '')
    .replace(/^(\p{L}+)n[’']t$/u, (_, aux: string) => NEGATED[aux] ?? aux)
    .replace(/[’'.]/g, '');
  n = x === 'usa' || x === 'us' ? 'us' : x === 'uk' ? 'uk' : x === 'sino' ? 'china' : americanise(x);
  // The same words come back thousands of times in a collection; a cap keeps odd input from growing it forever.
  if (memo.size < 200_000) memo.set(word, n);
  return n;
}

/** Names of two words written as one: "United States (of America)" and "United Kingdom". */
const PHRASES: ReadonlyArray<[RegExp, string]> = [
  [/^united\s+states(?:\s+of\s+america)?$/i, 'us'],
  [/^united\s+kingdom$/i, 'uk'],
];
const WORD = /united\s+states(?:\s+of\s+america)?|united\s+kingdom|[\p{L}\p{N}]+(?:[’'.][\p{L}\p{N}]+)*/giu;

/** A word of a text: its [start, end) span in the text and its matching form. */
export interface NormalWord {
  start: number;
  end: number;
  norm: string;
}

/** A negated contraction ("didn’t", "won't"): it reads as two words, the auxiliary and "not", as "did not" is written. */
const NEGATION = /\p{L}n[’']t$/u;

/** Every word of a text with its span and matching form; "United States" is one word, "us"; "didn’t" is two, did and not. */
export function normalWords(text: string): NormalWord[] {
  const out: NormalWord[] = [];
  for (const m of text.matchAll(WORD)) {
    const phrase = /\s/.test(m[0]) ? PHRASES.find(([re]) => re.test(m[0]))?.[1] : undefined;
    const end = m.index + m[0].length;
    if (NEGATION.test(m[0])) out.push({ start: m.index, end: end - 3, norm: normaliseWord(m[0]) }, { start: end - 3, end, norm: 'not' });
    else out.push({ start: m.index, end, norm: phrase ?? normaliseWord(m[0]) });
  }
  return out;
}

/** Every word of a text in its matching form, stopwords kept (for diffs, runs and search). */
export function matchWords(text: string): string[] {
  // The same as normalWords(text).map((w) => w.norm), without an object per word: this runs over every sentence.
  const out: string[] = [];
  for (const m of text.matchAll(WORD)) {
    out.push(/\s/.test(m[0]) ? (PHRASES.find(([re]) => re.test(m[0]))?.[1] ?? normaliseWord(m[0])) : normaliseWord(m[0]));
    if (NEGATION.test(m[0])) out.push('not');
  }
  return out;
}

const forms = new Map<string, string>();
/**
 * A written token's words in matching form, joined with spaces ("China’s," → "china"), remembered: the same
 * tokens come back in every article of a story.
 */
export function tokenForm(token: string): string {
  let f = forms.get(token);
  if (f === undefined) {
    f = matchWords(token).join(' ');
    if (forms.size < 200_000) forms.set(token, f);
  }
  return f;
}

/** Content words only, in their matching form. */
export function contentWords(text: string): string[] {
  return matchWords(text).filter((w) => !STOPWORDS.has(w));
}

/** `text` as a regular-expression pattern that matches it literally. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
