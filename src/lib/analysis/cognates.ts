/**
 * A translated quote whose long words do not keep their first five letters (`museo` / `museum`,
 * `repare` / `repaired`), so translations.ts finds too few keys for it. Its speaker is known, though, and a speaker
 * says only a few things in one story: the quote joins the one English statement of that speaker whose wordings
 * share the most words written alike with it (character trigrams with the word's start marked, so a shared stem
 * counts and a changed ending does not undo it), when the match is clearly better than with the speaker's other
 * statements. No dictionary: names, numbers and cognates are the whole signal, and with no signal the quote stays
 * where it was. A quote the parser gave nobody is compared with every quoted English statement instead, on its words
 * other than the story's own, by the same margin; a report of a known speaker that no row holds is compared with the
 * rows holding that speaker's English reports, on its words other than the story's own too.
 */
import { STOPWORDS } from '../words.ts';
import { FOREIGN_WORDS } from './translations.ts';
import type { Unit } from './units.ts';

/** A content word of a wording, as the cross-language match compares it. */
interface Word {
  /** As written, for the reader. */
  text: string;
  /** Plain letters, lower case, k as c and ph as f, doubled letters once (or a number's digits). */
  form: string;
  /** The distinct trigrams of `form` with a start mark: the start of a word carries across languages, the ending does not. */
  grams: string[];
}

/** Two words this alike (Dice over `grams`) are cognates; shorter words must be the same. */
const ALIKE = 0.5;
/** A word needs this many letters to match a cognate rather than itself only. */
const COGNATE_LETTERS = 5;
/** The best statement's score must be this many times the speaker's next statement's. */
const MARGIN = 1.5;
/** Or this many times, for a quote alone in its row, when the best statement holds a cognate written in lower case that no other statement of the speaker holds (and the cosine of LONE). */
const OWN_MARGIN = 1.25;
/** Words two wordings must share; a short fragment (this many words or fewer) may share them all instead. */
const NEED = { words: 2, fragment: 2, cosine: 0.2, most: 2 / 3 };
/**
 * A short quote (this many words or fewer) may rest on one cognate instead, when the statement's word is written in lower
 * case and no other statement of the speaker holds it, and the two wordings are this alike (cosine).
 */
const LONE = { words: 4, cosine: 0.25 };

const plain = (w: string) =>
  w
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ph/g, 'f')
    .replace(/k/g, 'c')
    .replace(/(\p{L})\1/gu, '$1');

/** The content words of a wording: numbers, words of four letters or more, names of three; function words of any of the six languages left out. */
export function cognateWords(text: string): Word[] {
  const out = new Map<string, Word>();
  // A clock time written the French way (`7h35`) is the number `7:35` is.
  for (const m of text.matchAll(/\d{1,2}h\d\d(?!\p{L})|\d+(?:[.,:]\d+)*|\p{L}+/gu)) {
    const token = m[0];
    if (/^\d/.test(token)) {
      const digits = token.replace(/\D/g, '');
      out.set(digits, { text: token, form: digits, grams: [] });
      continue;
    }
    const lower = token.toLowerCase();
    if (STOPWORDS.has(lower) || FOREIGN_WORDS.has(lower)) continue;
    const form = plain(token);
    if (STOPWORDS.has(form) || FOREIGN_WORDS.has(form)) continue;
    if (form.length < 4 && !(form.length === 3 && /^\p{Lu}/u.test(token))) continue;
    if (out.has(form)) continue;
    const marked = `^${form}`;
    const grams = new Set<string>();
    for (let i = 0; i + 3 <= marked.length; i++) grams.add(marked.slice(i, i + 3));
    out.set(form, { text: token, form, grams: [...grams] });
  }
  return [...out.values()];
}

/** Dice over two words' distinct trigrams, 0 unless they open on the same two letters. */
function alike(a: Word, b: Word): number {
  if (a.form === b.form) return 1;
  // Cognates begin alike (`présentation` / `representation` share most trigrams, but not their first letters).
  if (a.form.length < COGNATE_LETTERS || b.form.length < COGNATE_LETTERS || a.grams[0] !== b.grams[0]) return 0;
  const set = new Set(a.grams);
  let shared = 0;
  for (const g of b.grams) if (set.has(g)) shared++;
  return (2 * shared) / (a.grams.length + b.grams.length);
}

/** The words of `mine` that have a cognate in `theirs` (each of theirs used once), as pairs of written words. */
export function cognatePairs(mine: readonly Word[], theirs: readonly Word[]): [string, string][] {
  const pairs: [string, string][] = [];
  const used = new Set<Word>();
  for (const w of mine) {
    let best: Word | null = null;
    let bestScore = ALIKE;
    for (const t of theirs) {
      if (used.has(t)) continue;
      const s = alike(w, t);
      if (s >= bestScore) [best, bestScore] = [t, s];
    }
    if (best) {
      used.add(best);
      pairs.push([w.text, best.text]);
    }
  }
  return pairs;
}

/**
 * One speaker however the story writes them: a person's id without its hyphens (`ada-lin-moreau` / `adalin-moreau`),
 * or the name of a company or body that has no id, in the same letters (`Nordrail` in both languages).
 */
const speakerKey = (u: Unit) => {
  const key = (u.speakerId ?? u.speakerName ?? '').toLowerCase().replace(/[^\p{L}\d]/gu, '');
  return key || null;
};

/** The statement of a speaker that a quote's words point at. */
interface Choice {
  group: number;
  /** Weighted pairs over the cosine norm: what the speaker's statements are ranked by. */
  score: number;
  /** Plain pairs over the cosine norm: how much of both wordings is paired at all. */
  cosine: number;
  pairs: [string, string][];
  /** Words of the statement's wording that paired best. */
  size: number;
  /** A precise number (`9.05` / `9:05`, `1,250`; not a year) that no other statement of the speaker holds. */
  number: boolean;
  /** Pairs whose word on the statement's side is written in lower case, is long enough to be a cognate, and pairs with no other statement of the speaker. */
  own: number;
}

/** A number precise enough to point at one statement: written with a separator or of three digits or more, not a year. */
const isPrecise = (text: string) => /^\d/.test(text) && (/\d[.,:]\d/.test(text) || text.length >= 3) && !/^(?:19|20)\d\d$/.test(text);

/**
 * The speaker's statement whose wording pairs most of the quote's words (`mine`), and the score of the next best. A
 * word that finds a cognate in several of the speaker's statements counts for each only its share.
 */
function choose(mine: readonly Word[], statements: readonly { group: number; wordings: Word[][] }[]): { best: Choice | null; second: number } {
  const found = statements.map((s) => s.wordings.map((theirs) => ({ theirs, pairs: cognatePairs(mine, theirs) })));
  const spread = new Map<string, number>();
  for (const wordings of found) for (const w of new Set(wordings.flatMap((x) => x.pairs.map(([word]) => word)))) spread.set(w, (spread.get(w) ?? 0) + 1);
  let best: Choice | null = null;
  let second = 0;
  for (const [i, wordings] of found.entries()) {
    let top: (Choice & { weight: number }) | null = null;
    for (const { theirs, pairs } of wordings) {
      if (!pairs.length) continue;
      const weight = pairs.reduce((n, [w]) => n + 1 / spread.get(w)!, 0);
      // A cosine of the two word sets: a short quote is no translation of a long one, nor the other way round.
      const norm = Math.sqrt(mine.length * Math.max(1, theirs.length));
      const number = pairs.some(([w]) => spread.get(w) === 1 && isPrecise(w));
      const own = pairs.filter(([w, t]) => spread.get(w) === 1 && !/^\p{Lu}/u.test(t) && t.length >= COGNATE_LETTERS).length;
      const choice = { group: statements[i]!.group, score: weight / norm, cosine: pairs.length / norm, pairs, size: theirs.length, number, own, weight };
      // The wording that pairs most of the quote's words stands for the statement (a short fragment of it would win on few).
      if (!top || weight > top.weight || (weight === top.weight && choice.score > top.score)) top = choice;
    }
    if (!top) continue;
    if (!best || top.score > best.score) {
      if (best) second = best.score;
      best = top;
    } else second = Math.max(second, top.score);
  }
  return { best, second };
}

/**
 * Whether a choice rests on more than the story's names: names alone (`Ada Moreau …`) say whom a sentence is about,
 * not which of the speaker's statements it is, so a cognate written in lower case in English, or a number, must be
 * among the pairs, unless they pair most words of both short wordings (`Ada Moreau und Lena Varga` / `Ada Moreau and Lena Varga`).
 * One pair is enough for a short quote when its word on the statement's side is the speaker's in that statement only (LONE):
 * a quote of up to four words may keep one long word of its source and translate the rest (`une perte immense` / `an immense loss`).
 */
function isEnough(choice: Choice, mine: readonly Word[]): boolean {
  const plainWord = choice.pairs.some(([, theirs]) => !/^\p{Lu}/u.test(theirs));
  const most = choice.pairs.length >= NEED.most * Math.max(mine.length, choice.size);
  if (choice.pairs.length >= NEED.words) return plainWord || most;
  if (choice.own === 1 && mine.length <= LONE.words && choice.cosine >= LONE.cosine) return true;
  return mine.length <= NEED.fragment && choice.pairs.length === mine.length && plainWord;
}

/**
 * Move each quote (of a known speaker, or of nobody: see above) from a foreign article (`foreign`: every article whose text is French, German,
 * Spanish, Italian or Portuguese) that is in no statement holding an English article's wording into the English
 * statement of that speaker it shares the most cognates with, by MARGIN over the speaker's next statement (a precise
 * number only that statement holds is enough on its own). Two wordings of one language are never joined here. Returns
 * each moved wording with the word pairs that placed it. `texts`, the story's articles, tell the story's own words.
 */
export function joinCognates(
  groups: Unit[][],
  foreign: ReadonlySet<string>,
  texts: readonly string[] = [],
  reports: readonly Unit[] = [],
): Map<Unit, [string, string][]> {
  const moved = new Map<Unit, [string, string][]>();
  const isForeign = (u: Unit) => foreign.has(u.article);
  // A foreign article's reports of a known speaker in no row (`reports`) are placed as its quotes are.
  const loose = reports.filter((u) => isForeign(u) && u.kind === 'reported' && !u.carries && speakerKey(u) !== null);
  const quotes = [...groups.flat().filter((u) => isForeign(u) && u.kind !== 'reported'), ...loose];
  if (!quotes.length) return moved;
  const home = new Map<Unit, number>();
  groups.forEach((g, i) => g.forEach((u) => home.set(u, i)));
  const join: CognateJoin = { groups, isForeign, home, moved, grew: new Set(), ...candidateStatements(groups, isForeign, quotes, loose, texts) };
  // A second pass: a quote placed in the first becomes a wording of its statement that a later one may pair with.
  // (Only the quotes of a speaker whose statement gained such a wording are looked at again.)
  for (let pass = 0; pass < 2; pass++)
    for (const u of quotes) {
      if (moved.has(u) || (pass > 0 && !join.grew.has(speakerKey(u) ?? ''))) continue;
      placeQuote(join, u);
    }
  return moved;
}

/** English statements a foreign wording may join, each with the cognate words of its wordings. */
type Statements = { group: number; wordings: Word[][] }[];

/** The candidates of the foreign wordings: by speaker (quotes), by speaker's reports (reports), and the story's words. */
interface Candidates {
  /** Speaker key → that speaker's English statements ('' → every statement with a quote, for a quote given nobody). */
  bySpeaker: Map<string, Statements>;
  /** Speaker key → the statements holding that speaker's English reports. */
  reported: Map<string, Statements>;
  /** The reports of `loose`: compared with `reported`, not `bySpeaker`. */
  fromReport: Set<Unit>;
  /** The forms of the story's own words (storyForms), when a wording is to be matched without them. */
  own: Set<string>;
}

/** What placing the foreign wordings works on: the groups, where each wording is, what moved, whose statements grew. */
interface CognateJoin extends Candidates {
  groups: Unit[][];
  isForeign: (u: Unit) => boolean;
  home: Map<Unit, number>;
  moved: Map<Unit, [string, string][]>;
  /** Speakers whose statement gained a wording in the first pass. */
  grew: Set<string>;
}

/** A quote given to no person (only, perhaps, to words the parser read as its speaker). */
const nobody = (u: Unit) => u.kind !== 'reported' && u.speakerId === null;

/** Which English statements each foreign quote and report is compared with, and on which of their words. */
function candidateStatements(
  groups: readonly Unit[][],
  isForeign: (u: Unit) => boolean,
  quotes: readonly Unit[],
  loose: readonly Unit[],
  texts: readonly string[],
): Candidates {
  // The English statements of each speaker a foreign quote has, with the words of that speaker's English wordings.
  const bySpeaker = new Map<string, Statements>(quotes.map((u) => [speakerKey(u) ?? '', []]));
  // A quote given to no person, only to words the parser read as its speaker (`les proches`, `la note`), may be anyone's
  // too when no English statement has that speaker: the candidates of a quote given nobody are gathered for it.
  if (quotes.some(nobody) && !bySpeaker.has('')) bySpeaker.set('', []);
  // A quote the parser gave nobody (the speech verbs of another language are not all known) may be anyone's: every
  // English statement with a quote is its candidate, each by its quoted wordings, and the quote is matched without
  // the story's own words (`tsunami`, `strike`), which name the event, not one remark about it.
  const anyone = bySpeaker.get('');
  const own = anyone || loose.length ? storyForms(texts) : new Set<string>();
  // A report is compared with the speaker's English reports only (a report of the speaker's election is no remark of
  // theirs), on its words other than the story's own too.
  const fromReport = new Set(loose);
  const reported = new Map<string, Statements>(loose.map((u) => [speakerKey(u)!, []]));
  groups.forEach((g, i) => {
    const english = g.filter((u) => !isForeign(u));
    for (const key of new Set(english.map(speakerKey))) {
      if (!key) continue;
      const mine = english.filter((u) => speakerKey(u) === key);
      // The statement's quotes in other languages that joined it count too: a third language's copy may share more
      // cognates with another translation (`programa … cancelado` in two Romance copies) than with the English words.
      const translated = g.filter((u) => isForeign(u) && u.kind !== 'reported' && speakerKey(u) === key);
      bySpeaker.get(key)?.push({ group: i, wordings: [...mine, ...translated].map((u) => cognateWords(u.matchText ?? u.text)) });
      const reports = mine.filter((u) => u.kind === 'reported');
      if (reports.length) reported.get(key)?.push({ group: i, wordings: reports.map((u) => cognateWords(u.matchText ?? u.text)) });
    }
    const quoted = english.filter((u) => u.kind !== 'reported');
    if (anyone && quoted.length) anyone.push({ group: i, wordings: quoted.map((u) => cognateWords(u.matchText ?? u.text)) });
  });
  return { bySpeaker, reported, fromReport, own };
}

/** Whether a foreign wording moves, and to which English statement (recording its pairs, and the statement's new wording). */
function placeQuote(join: CognateJoin, u: Unit): void {
  const { groups, isForeign, home, bySpeaker, reported, fromReport, own, moved, grew } = join;
  const at = home.get(u);
  let who = speakerKey(u);
  let statements = (fromReport.has(u) ? reported : bySpeaker).get(who ?? '')!;
  if (!statements.length && nobody(u)) [who, statements] = [null, bySpeaker.get('')!];
  if (!statements.length || (at !== undefined && groups[at]!.some((x) => !isForeign(x)))) return;
  const mine = cognateWords(u.matchText ?? u.text).filter((w) => (who !== null && !fromReport.has(u)) || !own.has(w.form));
  const { best, second } = choose(mine, statements);
  // A quote alone in its row may take the smaller margin; copies in two foreign articles that agree with each other
  // and with no English statement clearly may be a remark the English copies do not quote.
  const alone = at === undefined || groups[at]!.length === 1;
  const margin = alone && best && best.own > 0 && best.cosine >= LONE.cosine ? OWN_MARGIN : MARGIN;
  if (!best || best.score < margin * second || !(best.number || (best.cosine >= NEED.cosine && isEnough(best, mine)))) return;
  if (at !== undefined) groups[at] = groups[at]!.filter((x) => x !== u);
  groups[best.group]!.push(u);
  moved.set(u, best.pairs);
  const key = speakerKey(u);
  const statement = key && u.kind !== 'reported' ? bySpeaker.get(key)?.find((x) => x.group === best.group) : undefined;
  if (statement) {
    statement.wordings.push(cognateWords(u.matchText ?? u.text));
    grew.add(key!);
  }
}

/** The forms of the content words that half the story's articles or more write, in any language (see cognateWords). */
function storyForms(texts: readonly string[]): Set<string> {
  const counts = new Map<string, number>();
  for (const t of texts) for (const w of cognateWords(t)) counts.set(w.form, (counts.get(w.form) ?? 0) + 1);
  return new Set([...counts].filter(([, n]) => 2 * n >= texts.length).map(([form]) => form));
}
