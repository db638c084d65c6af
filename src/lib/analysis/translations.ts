/**
 * Wordings in another language (a French, German, Spanish, Italian or Portuguese outlet's copy of an English statement): they share
 * no English words, but they keep the names and numbers and most long words keep their first letters across
 * those languages (`émérite` / `emeritus`, `katastrophalen` / `catastrophic`, `9.34` / `9:34`). A foreign
 * wording that no English statement holds joins the one statement, of its speaker, whose wording shares most
 * such keys with it, when they are many and a good share of both. Only stories with a foreign wording pay for it.
 */
import { STOPWORDS } from '../words.ts';
import type { Unit } from './units.ts';

/**
 * Function words of French, German, Spanish, Italian and Portuguese: what tells a sentence's language (with the English ones of
 * words.ts), and never a key.
 */
export const FOREIGN_WORDS: ReadonlySet<string> = new Set(
  (
    'le la les un une des du de au aux et est sont été être avait ont il elle ils elles nous vous je ce cette ces qui que qu pour dans sur avec par pas ne plus aussi mais ou où leur leurs son sa ses selon lors depuis après avant entre sous ' +
    'der die das den dem des ein eine einer eines einem und ist sind war waren wurde wurden worden werden hat haben hatte nicht sich mit auf für von zu zum zur im ins bei nach aus auch noch wie als dass sie er es wir ihr ihre sein seine dieser diese bereits heute sowie unter über ' +
    'el los las una unos unas del al y en es son fue fueron ha han había por para con sin su sus se lo como más pero ya según desde durante sobre tras ante este esta estos estas ' +
    'il gli lo di e è si ha dal dai sul sulla ma più già della dello delle degli nel nella nei negli alla alle agli sono stato stata stati hanno aveva essere che non con suo sua suoi anche dopo secondo questo questa ' +
    'os em sem é uma umas dos da das na nas nos ao aos foi foram são tem têm não com seu sua seus suas também após segundo pela pelo pelos pelas este esta isso'
  ).split(' '),
);

/** A word this long or longer is keyed by its first letters (shorter ones only when written as a name). */
const KEY_LETTERS = 5;
/** Keys of words that are no names a report and its copy in another language must share (pairTranslatedReports). */
const WORD_KEYS = 3;
/** With those, the share of the larger key set they must share: a report's frame (who said it, where) is its own. */
const REPORT_SHARE = 0.3;
/** The keys of a wording's words written in lower case: no names, no numbers. */
const wordKeys = (u: Unit) => translationKeys((u.matchText ?? u.text).replace(/(?<=^|\s)[\p{Lu}\d]\S*/gu, ' '));

/** Keys two wordings must share, and the share of the smaller key set that must be among them. */
const NEED = { keys: 4, share: 0.4 };

const plainLetters = (w: string) => w.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** True when a wording is written in French, German, Spanish, Italian or Portuguese rather than English (by its function words). */
export function isForeign(text: string): boolean {
  let foreign = 0;
  let english = 0;
  for (const m of text.matchAll(/\p{L}+/gu)) {
    const w = plainLetters(m[0]);
    if (FOREIGN_WORDS.has(w) || FOREIGN_WORDS.has(m[0].toLowerCase())) foreign++;
    else if (STOPWORDS.has(w)) english++;
  }
  return foreign >= 2 && foreign > english;
}

/**
 * The language-neutral keys of a wording: numbers as their digits (`9.34`, `9:34` → 934), long words by their
 * first five letters with k and ph spelt c and f (`Vatikan`, `Vatican` → vatic), short names whole (`XVI`). Each key
 * maps to its other forms: one language doubles a letter the other writes once (`assistance` / `asistencia`), so a
 * long word is also keyed with its doubled letters written once (assis → assis, asist).
 */
export function translationKeys(text: string): Map<string, string[]> {
  const keys = new Map<string, string[]>();
  for (const m of text.matchAll(/\d+(?:[.,:]\d+)*|\p{L}+/gu)) {
    const token = m[0];
    if (/^\d/.test(token)) {
      // A year or a small number (a day, a month) is in too many sentences to say which one this is.
      const digits = token.replace(/\D/g, '');
      if ((digits.length >= 3 || digits.length < token.length) && !/^(?:19|20)\d\d$/.test(token)) keys.set(digits, [digits]);
      continue;
    }
    const w = plainLetters(token);
    if (STOPWORDS.has(w) || FOREIGN_WORDS.has(w)) continue;
    const spelt = w.replace(/ph/g, 'f').replace(/k/g, 'c');
    if (spelt.length >= KEY_LETTERS) {
      const key = spelt.slice(0, KEY_LETTERS);
      const single = spelt.replace(/(\p{L})\1/gu, '$1').slice(0, KEY_LETTERS);
      keys.set(key, single.length === KEY_LETTERS && single !== key ? [key, single] : [key]);
    } else if (m.index > 0 && /^\p{Lu}/u.test(token) && spelt.length >= 3) keys.set(spelt, [spelt]);
  }
  return keys;
}

/**
 * Move each foreign wording (`foreign`: the story's wordings that `isForeign` finds) whose statement holds no English wording (or that is in no statement) into the English
 * statement it translates: the one whose wording shares the most keys with it (NEED), of the same speaker or with
 * none known on one side; a tie joins nothing. Returns the wordings moved.
 */
export function joinTranslations(groups: Unit[][], foreign: ReadonlySet<Unit>): Set<Unit> {
  const moved = new Set<Unit>();
  if (!foreign.size) return moved;
  const home = new Map<Unit, number>();
  groups.forEach((g, i) => g.forEach((u) => home.set(u, i)));
  const english = (g: readonly Unit[]) => g.some((u) => !foreign.has(u));
  // Inverted index of keys over the English wordings of statements two articles or more carry.
  const keysOf = new Map<Unit, Map<string, string[]>>();
  const index = new Map<string, Unit[]>();
  groups.forEach((g) => {
    if (new Set(g.map((u) => u.article)).size < 2) return;
    for (const u of g) {
      if (foreign.has(u)) continue;
      const keys = translationKeys(u.matchText ?? u.text);
      keysOf.set(u, keys);
      for (const forms of keys.values())
        for (const k of forms) {
          const list = index.get(k) ?? index.set(k, []).get(k)!;
          if (list.at(-1) !== u) list.push(u);
        }
    }
  });
  for (const u of foreign) {
    const at = home.get(u);
    if (at !== undefined && english(groups[at]!)) continue;
    const keys = translationKeys(u.matchText ?? u.text);
    const counts = new Map<Unit, number>();
    // A wording counts once per key of `u`, whichever of the key's forms it holds.
    for (const forms of keys.values()) {
      const hit = new Set(forms.flatMap((k) => index.get(k) ?? []));
      for (const m of hit) if (m.article !== u.article) counts.set(m, (counts.get(m) ?? 0) + 1);
    }
    let best = -1;
    let bestScore = 0;
    let tie = false;
    for (const [m, n] of counts) {
      // A share of both wordings' keys: a short sentence naming the story's people is no translation of a long one.
      const most = Math.max(keys.size, keysOf.get(m)!.size);
      if (n < NEED.keys || n < NEED.share * most) continue;
      const g = home.get(m)!;
      if (u.speakerId !== null && groups[g]!.every((x) => x.speakerId !== null && x.speakerId !== u.speakerId)) continue;
      const score = n / most;
      if (g === best) bestScore = Math.max(bestScore, score);
      else if (score > bestScore) [best, bestScore, tie] = [g, score, false];
      else if (score === bestScore) tie = true;
    }
    if (best < 0 || tie) continue;
    if (at !== undefined) groups[at] = groups[at]!.filter((x) => x !== u);
    groups[best]!.push(u);
    home.set(u, best);
    moved.add(u);
  }
  return moved;
}

/**
 * A report no row holds and its copy in another language, in no row either (`The union said the strike had paralysed
 * the terminal` / `Le syndicat a indiqué que la grève avait paralysé le terminal`): a row of two, when they share the keys
 * a translation shares (NEED) with no other such report, three of them keys of words that are no names (names and
 * numbers alone tie any two sentences about the same people), and name the same speaker or none. The English side
 * must report speech (a plain sentence shares keys with too many others); the foreign side is read as plain, its speech
 * verb being no English one. Returns the rows.
 */
export function pairTranslatedReports(groups: readonly Unit[][], units: readonly Unit[], foreign: ReadonlySet<Unit>): Unit[][] {
  const taken = new Map<string, Array<[number, number]>>();
  for (const g of groups) for (const m of g) (taken.get(m.article) ?? taken.set(m.article, []).get(m.article)!).push([m.start, m.end]);
  const free = (u: Unit) => !(taken.get(u.article)?.some(([s, e]) => s < u.end && e > u.start) ?? false);
  const lone = [...foreign].filter((u) => u.kind === 'reported' && !u.carries && free(u));
  if (!lone.length) return [];
  const reports = units.filter((u) => u.kind === 'reported' && !u.plain && !u.carries && !foreign.has(u) && free(u));
  const keysOf = new Map(reports.map((u) => [u, translationKeys(u.matchText ?? u.text)] as const));
  const index = new Map<string, Unit[]>();
  for (const [u, keys] of keysOf)
    for (const forms of keys.values())
      for (const k of forms) {
        const list = index.get(k) ?? index.set(k, []).get(k)!;
        if (list.at(-1) !== u) list.push(u);
      }
  /** The one English report `u` shares the most keys with (by share of the larger key set), or null on a tie. */
  const bestOf = (u: Unit): Unit | null => {
    const keys = translationKeys(u.matchText ?? u.text);
    const counts = new Map<Unit, number>();
    for (const forms of keys.values())
      for (const m of new Set(forms.flatMap((k) => index.get(k) ?? []))) if (m.article !== u.article) counts.set(m, (counts.get(m) ?? 0) + 1);
    let best: Unit | null = null;
    let bestScore = 0;
    let tie = false;
    for (const [m, n] of counts) {
      const most = Math.max(keys.size, keysOf.get(m)!.size);
      if (n < NEED.keys || n < REPORT_SHARE * most) continue;
      const words = wordKeys(m);
      if ([...wordKeys(u).keys()].filter((k) => words.has(k)).length < WORD_KEYS) continue;
      if (u.speakerId !== m.speakerId) continue;
      const score = n / most;
      if (score > bestScore) [best, bestScore, tie] = [m, score, false];
      else if (score === bestScore) tie = true;
    }
    return tie ? null : best;
  };
  const rows: Unit[][] = [];
  const used = new Set<Unit>();
  for (const u of lone) {
    const m = bestOf(u);
    if (!m || used.has(m)) continue;
    used.add(m);
    rows.push([m, u]);
  }
  return rows;
}
