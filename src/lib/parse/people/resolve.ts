/**
 * Step 3 of the people stage: walk every block in text order and tie each candidate, each later full name and
 * each capitalised word that spells part of a known name ("Blinken" after "Antony Blinken") to its person.
 */
import type { Token } from '../../tokens.ts';
import type { PeopleRegistry } from './registry.ts';
import type { ParsedBlock } from './runs.ts';
import type { Candidate, KnownAliases } from './types.ts';
import { ARABIC_PARTICLE, isTitleWord } from './words.ts';
import { isCommonWord } from './name-lists.ts';
import { isPlace } from '../../gazetteer.ts';

/** A word in capitals, long enough not to be an initialism of two letters. */
const CAPITALS = /^\p{Lu}[\p{Lu}’'-]{2,}$/u;

/** Everything the walk reads besides the registry. */
export interface ResolveContext {
  parsed: readonly ParsedBlock[];
  candidates: readonly Candidate[];
  known: KnownAliases;
  /** Nickname → the name written after it. */
  nicknames: ReadonlyMap<string, string>;
}

/** Record every mention of every person, in text order. */
export function resolveMentions(registry: PeopleRegistry, { parsed, candidates, known, nicknames }: ResolveContext): void {
  // Grouped once: a 5 MB article has tens of thousands of blocks and candidates.
  const byBlock = Map.groupBy(candidates, (c) => c.block);
  parsed.forEach(({ text, tokens }, block) => {
    const inside = byBlock.get(block) ?? [];
    const byStart = new Map(inside.map((c) => [c.start, c]));
    let covered = -1;
    tokens.forEach((t, idx) => {
      const c = byStart.get(t.start);
      if (c) return recordCandidate(registry, c);
      // ("al-Masri said" after "Tariq al-Masri": a surname after an Arabic particle in lower case names them too.)
      if (
        (!t.capital && !(t.word.includes('-') && ARABIC_PARTICLE.test(t.word))) ||
        covered > t.start ||
        inside.some((c) => c.start < t.start && t.start < c.end)
      )
        return;
      const full = fullNameAt(registry, text, tokens, idx);
      if (full !== -1) {
        const name = registry.people[full]!.tokens.join(' ');
        const last = tokens[idx + registry.people[full]!.tokens.length - 1]!;
        covered = last.end;
        registry.record(full, { block, start: t.start, end: last.end, name, alias: name }, null, null);
        return;
      }
      const single = singleWord(registry, text, t, tokens[idx - 1], known, nicknames);
      if (single)
        registry.record(single.person, { block, start: t.start, end: t.start + single.written.length, name: single.word, alias: single.written }, null, null);
    });
  });
}

/** A candidate: a full name is (or becomes) a person; a single word must match one, unless its evidence is strong. */
function recordCandidate(registry: PeopleRegistry, c: Candidate): void {
  const gender = c.female === null ? null : c.female ? 'female' : 'male';
  let person = c.tokens.length > 1 ? registry.personFor(c.tokens) : registry.resolveSingle(c.tokens[0]!, gender, false, c.title);
  if (person === -1 && c.tokens.length === 1) person = misspeltSurname(registry, c);
  if (person === -1 && c.strong) person = registry.personFor(c.tokens);
  if (person !== -1) registry.record(person, { block: c.block, start: c.start, end: c.end, name: c.tokens.join(' '), alias: c.alias }, c.title, c.female);
}

/**
 * The person of a full name whose surname a one-word candidate misspells by a letter or two ("Mr al-Remlann" for
 * Bogdan al-Remlan), when the sex its honorific gives fits; else -1.
 */
export function misspeltSurname(registry: PeopleRegistry, c: Candidate): number {
  const word = c.tokens[0]!;
  if (c.tokens.length !== 1 || word.length < 6) return -1;
  const near = registry.nearSurname(word);
  const gender = registry.people[near]?.gender ?? null;
  return near !== -1 && (c.female === null || gender === null || gender === (c.female ? 'female' : 'male')) ? near : -1;
}

/** The person whose full name is written from token `idx` on, or -1. */
function fullNameAt(registry: PeopleRegistry, text: string, tokens: Token[], idx: number): number {
  const starting = registry.firstTokens.get(tokens[idx]!.word);
  if (!starting) return -1;
  return (
    starting.find((i) => {
      const p = registry.people[i]!;
      const caps = tokens[idx]!.word !== p.tokens[0];
      return (
        p.tokens.length > 1 &&
        p.tokens.every(
          (w, k) =>
            tokens[idx + k]?.word === (caps ? w.toUpperCase() : w).replace(/\.$/, '') &&
            (k === 0 || text.slice(tokens[idx + k - 1]!.end, tokens[idx + k]!.start) === ' '),
        )
      );
    }) ?? -1
  );
}

/** A single capitalised word that names a known person: a name token, a plural possessive, a nickname, an alias. */
function singleWord(registry: PeopleRegistry, text: string, t: Token, prev: Token | undefined, known: KnownAliases, nicknames: ReadonlyMap<string, string>) {
  // "the King’s statement", "The President said": a title after "the" is the office, not a surname ("Bebe King").
  if (prev && /^the$/i.test(prev.word) && isTitleWord(t.word)) return null;
  const alias = known.get(t.word);
  let word = alias ?? t.word;
  let person = registry.resolveSingle(word);
  // A known name written in capitals, as in a headline ("FERGUSON BACK IN SQUAD").
  if (person === -1 && CAPITALS.test(word)) person = registry.resolveSingle(word, null, true);
  // "Blinkens’ visit": a plural possessive glued to a known surname; not the last word of a name ("Blue Jays").
  const inName = prev?.capital === true && text.slice(prev.end, t.start) === ' ';
  if (person === -1 && /s$/.test(word) && !inName && (t.possessive || /^\s\p{Ll}/u.test(text.slice(t.end, t.end + 2)))) {
    word = word.slice(0, -1);
    person = registry.resolveSingle(word);
  }
  if (person === -1 && nicknames.has(word)) person = registry.resolveSingle(nicknames.get(word)!.split(' ').at(-1)!);
  if (person === -1) person = registry.exact(word);
  // "Halvrosen thanked …" after "Governor Josh Halvorsen": a surname misspelt by a letter or two, alone.
  if (person === -1 && word.length >= 6 && !inName && /^\p{Lu}\p{Ll}+$/u.test(word) && !isCommonWord(word) && !isPlace(word))
    person = registry.nearSurname(word);
  // The mention covers what is written: an alias stands for a longer name ("Okafor" for "Ngozi Okafor").
  return person === -1 ? null : { person, word, written: alias ? t.word : word };
}
