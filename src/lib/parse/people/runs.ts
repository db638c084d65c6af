/**
 * Step 1 of the people stage: each block's tokens and its runs of capitalised words, with quoted nicknames inside
 * names masked ("Pablo “El Martillo” Ruiz-Ortega") and remembered for later.
 */
import { isPlace } from '../../gazetteer.ts';
import { HONORIFICS } from '../../lexicon.ts';
import { tokenize, type Token } from '../../tokens.ts';
import { isSpeechWord } from '../speakers/verbs.ts';
import { isAnyGivenName, isCommonWord, isSurname } from './name-lists.ts';
import { ARABIC_PARTICLE, PARTICLES, PEERAGE, isInitial, isTitleWord, nameLike } from './words.ts';

/** One block as the people stage reads it. */
export interface ParsedBlock {
  /** The block's text with nicknames masked (same length as the block). */
  text: string;
  tokens: Token[];
  /** [first token, last token + 1] of each run of capitalised words. */
  runs: Array<[number, number]>;
}

// A capitalised word, then the nickname in marks, then another capitalised word. The word before is matched and
// kept rather than looked behind for: a variable-length lookbehind ran at every position and cost more than the
// rest of the people stage.
// (A nickname is one to three words and ends in no punctuation: "in Harbour Hall ‘We are not done,’ Lind said" holds a
// quotation.)
/** A space and an opening mark, where a nickname begins. */
const NICKNAME_OPENING = / [“"‘]/;
const NICKNAME = /(\p{Lu}[\p{Ll}’'-]+)( [“"‘](?=[^“”"‘’]{1,29}[”"’])\p{Lu}[^“”"‘’\s]*(?: [^“”"‘’\s]+){0,2}(?<![,.!?;:])[”"’])(?= \p{Lu})/gu;

/** Picture agencies and desks that sign a photograph ("AP Photo", "Getty Images", "Reuters"). */
const PICTURE_DESK =
  '(?:AP(?: Photo)?|\\p{Lu}{2,6} Photo|AFP(?: via Getty Images)?|EPA(?:-EFE)?|Reuters|Getty(?: Images)?|Bloomberg|Xinhua|dpa|ANP|Anadolu|Shutterstock|Alamy|Pool|NurPhoto|SOPA Images|PA(?: Images| Wire)?)';
/**
 * A photographer's credit: "(AP Photo/Ana Lind)", "(Ana Lind/AP Photo)", "Ana Lind/Reuters", "Pic: Ana Lind/Getty
 * Images". The photographer is no one the article names: the credit is masked before names are looked for.
 */
const PHOTO_CREDIT = new RegExp(
  `\\b${PICTURE_DESK}\\s*/\\s*\\p{Lu}[\\p{L}.’' -]{2,50}?(?=\\)|\\s*$|\\s*[.;|]\\s)|\\p{Lu}[\\p{L}.’'-]+(?: \\p{Lu}[\\p{L}.’'-]+){1,3}\\s*/\\s*${PICTURE_DESK}\\b`,
  'gu',
);

/** Tokens and capitalised runs of every block; `nicknames` collects nickname → the surname written after it. */
export function parseBlocks(blocks: readonly string[], nicknames: Map<string, string>): ParsedBlock[] {
  const parsed = blocks.map((raw) => {
    // (A credit has its slash: most blocks skip the pattern.)
    const credited = raw.includes('/') ? raw.replace(PHOTO_CREDIT, (m) => '\u0000'.repeat(m.length)) : raw;
    // (A nickname opens with a space and a mark: blocks without one skip the pattern, slow at every capital.)
    const text = !NICKNAME_OPENING.test(credited)
      ? credited
      : credited.replace(NICKNAME, (_all, before: string, m: string, at: number) => {
          // The nickname becomes a name of the person it sits in ("Greg “Rusty” Rutherford" … "Rusty said").
          const after = /^ ((?:\p{Lu}[\p{L}’'-]*)(?: \p{Lu}[\p{L}’'-]*)?)/u.exec(raw.slice(at + before.length + m.length));
          if (after) nicknames.set(m.trim().slice(1, -1), after[1]!);
          return before + ' ' + '\u0000'.repeat(m.length - 1);
        });
    const tokens = tokenize(text);
    return { text, tokens, runs: capitalRuns(text, tokens) };
  });
  return dropCaps(parsed);
}

/**
 * "RISHI Sunak has vowed …": a tabloid opens a paragraph with its first word in capitals. That word is read as the
 * name it is ("Rishi") when a capitalised word follows it that the article writes elsewhere too ("Mr Sunak"). An
 * abbreviation, which the article writes in capitals again, or one before a title, a place, an everyday word
 * ("NATO Secretary General", "BBC News") or a word written once stays as it is.
 */
function dropCaps(parsed: ParsedBlock[]): ParsedBlock[] {
  const seen = new Map<string, number>();
  // (`capital` is the word's first letter, as tokenize found it: words in lower case skip the pattern.)
  for (const b of parsed) for (const t of b.tokens) if (t.capital && /^\p{Lu}[\p{Lu}\p{Ll}]+$/u.test(t.word)) seen.set(t.word, (seen.get(t.word) ?? 0) + 1);
  for (const b of parsed) {
    const [t, next] = b.tokens;
    if (!t || !next || b.text.slice(0, t.start).trim() !== '' || b.text.slice(t.end, next.start) !== ' ') continue;
    // An abbreviation comes back in capitals ("FBI Baltimore agents … the FBI said"); a name's first word does not.
    if (
      /^\p{Lu}{3,}$/u.test(t.word) &&
      seen.get(t.word) === 1 &&
      /^\p{Lu}\p{Ll}+$/u.test(next.word) &&
      (seen.get(next.word) ?? 0) >= 2 &&
      !isTitleWord(next.word) &&
      !isPlace(next.word) &&
      !isCommonWord(next.word)
    )
      t.word = t.word[0] + t.word.slice(1).toLowerCase();
  }
  return parsed;
}

/** Function words that title case capitalises; no name holds one. */
const HEADLINE_FUNCTION_WORDS = new Set(
  'The A An To For In On At By From With Into Over After Before As And Or But If When While Their His Her Its Our My Your Who Whose Which That'.split(' '),
);

/** Runs of capitalised words (with "of", particles and honorifics inside), one space apart. */
function capitalRuns(text: string, tokens: Token[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let i = 0;
  while (i < tokens.length) {
    if (!tokens[i]!.capital) {
      i++;
      continue;
    }
    // ("…?” Demanda Vance.", "…,” Said Lind": a verb of saying written with a capital after a closing mark is no name.)
    if (isSpeechWord(tokens[i]!.word.toLowerCase()) && /[”"»’]\s*$/u.test(text.slice(Math.max(0, tokens[i]!.start - 3), tokens[i]!.start))) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < tokens.length && !tokens[j]!.possessive) {
      const next = extendRun(text, tokens, j);
      // "Rita Okafor Respond To Their Firing": in headline case a function word starts a new run.
      if (next === -1 || (HEADLINE_FUNCTION_WORDS.has(tokens[next]!.word) && !tokens[next]!.dotted)) break;
      j = next;
    }
    runs.push([i, j + 1]);
    i = j + 1;
  }
  return runs;
}

/** Titles written short with a full stop ("Gov. Ana Lima", "Lt. Col. Tom Hale"). */
const SHORT_TITLES = new Set(
  'gov sen rep gen lt col capt sgt adm maj cmdr cdr brig cpl pvt prof dr rev supt insp det amb pres sec atty hon fr sr jr st'.split(' '),
);

/** Particles that are German articles too: inside a name only after "von", "van" or "de". */
const GERMAN_ARTICLES = new Set(['der', 'den', 'dem', 'des']);

/** "Wanjiru’ Kamau": an apostrophe that ends a given name, where no single quotation mark opened before it. */
function apostropheGap(text: string, t: Token, gap: string): boolean {
  return /^[’'] $/.test(gap) && !t.possessive && !/[‘']/.test(text.slice(Math.max(0, t.start - 60), t.start));
}

/** The index the run reaches past token `j`, or -1 when the run ends at `j`. */
function extendRun(text: string, tokens: Token[], j: number): number {
  const t = tokens[j]!;
  // A full stop ends the run unless it marks a short form ("Mr.", "J.", "Gov."): "Mr. Mayor. Thank you" is two sentences.
  if (t.dotted && !(HONORIFICS.has(t.word) || isInitial(t) || (isTitleWord(t.word) && SHORT_TITLES.has(t.word.toLowerCase())))) return -1;
  const gap = text.slice(t.end + (t.dotted ? 1 : 0), tokens[j + 1]!.start).replace(/\u0000+ /, '');
  // (The apostrophe is looked for only when the gap is no plain space, as between most words of a run.)
  if (gap !== ' ' && !apostropheGap(text, t, gap)) return -1;
  const next = tokens[j + 1]!;
  if (next.capital || ARABIC_PARTICLE.test(next.word)) return j + 1;
  if (!PARTICLES.has(next.word) && next.word !== 'of') return -1;
  // "teilte Ana Lind der Presse mit": a German article right after a name opens the next phrase ("von der Leyen",
  // "Van der Berg" take it after their first particle, "Maarten den Bakker" before a surname).
  if (GERMAN_ARTICLES.has(next.word) && !/^(?:Van|Von|De|Ten|Ter)$/.test(t.word) && !isSurname(tokens[j + 2]?.word ?? '')) return -1;
  if (next.word === 'of' && personOfPlace(tokens, j)) return -1;
  // "dijo Tomás Reyero al Diario Varnholm": Spanish "al" (to the) before a name of two capitalised words is no particle
  // (an Arabic "al" comes before one: "Hamid al Nouri").
  const two = (i: number) => tokens[i]?.capital && tokens[i + 1]?.capital && text.slice(tokens[i].end, tokens[i + 1]!.start) === ' ';
  if (next.word === 'al' && two(j + 2)) return -1;
  // "Tomas Ferraz do Vale": Portuguese "do" joins a family name; after an auxiliary before the name it is the English
  // verb ("did Tom Hale do Ana Lind a favour", "would Ana Lind do Harbour work").
  if (next.word === 'do' && AUXILIARY.test(wordBeforeRun(tokens, j))) return -1;
  // "van der Berg", "da Silva", "Secretary of State": particles between capitalised words.
  let k = j + 1;
  while (k < tokens.length && (PARTICLES.has(tokens[k]!.word) || tokens[k]!.word === 'of') && k - j <= 2) k++;
  return tokens[k]?.capital && text.slice(tokens[k - 1]!.end, tokens[k]!.start) === ' ' ? k : -1;
}

/** Words after which "do" is the English verb (see extendRun). */
const AUXILIARY = /^(?:did|does|do|would|could|will|can|should|shall|may|might|must|to|didn[’']t|doesn[’']t|won[’']t|can[’']t|couldn[’']t|wouldn[’']t)$/i;

/** The word before the capitalised run that token `j` ends so far ("" at the block's start). */
function wordBeforeRun(tokens: Token[], j: number): string {
  let i = j;
  while (i > 0 && tokens[i - 1]!.capital) i--;
  return tokens[i - 1]?.word ?? '';
}

/**
 * Does "of" after token `j` tie a person to where they come from ("Tom Cole of Oklahoma", "Ana Lima of Brazil",
 * "Joel Lark of Breitbart")? Then the run ends before "of". A title or an everyday word before it keeps the phrase
 * whole ("Secretary of State", "Bank of England", "Gulf of Mexico" stays a place either way).
 */
function personOfPlace(tokens: Token[], j: number): boolean {
  const t = tokens[j]!;
  if (!nameLike(t) || isTitleWord(t.word) || PEERAGE.test(t.word) || t.dotted) return false;
  if (!isCommonWord(t.word)) return true;
  const prev = tokens[j - 1];
  if (prev?.capital && isSurname(t.word) && isAnyGivenName(prev.word)) return true;
  const after = tokens.slice(j + 2, j + 5).map((x) => x.word);
  return [1, 2, 3].some((n) => after.length >= n && isPlace(after.slice(0, n).join(' ')));
}
