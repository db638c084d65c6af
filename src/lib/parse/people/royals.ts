/**
 * Monarchs, princes and popes are known by a title and a given name, often with a regnal number ("Queen Ana II",
 * "Prince Tomas", "Pope Leo"): they have no surname, so the fullest form the registry keeps is a bare given name
 * ("Ana") or the string of given names an announcement spells out ("Ana Maria Luisa"), which no reader knows them
 * by and which two royals of one story share. Such a person is named by the title and given name the article
 * writes most, with the regnal number the article writes after it; with no title written, by the given name and
 * the regnal number ("Anders III").
 */
import { isGivenName } from '../given-names.ts';
import { escapeRegExp } from '../../words.ts';
import type { FoundPerson, PersonMention } from './types.ts';

/** Titles a person without a surname is known by. */
const ROYAL = /^(?:King|Queen|Prince|Princess|Emperor|Empress|Pope|Sultan|Emir|Tsar|Crown Prince|Crown Princess|Grand Duke|Grand Duchess) \p{Lu}\p{Ll}+$/u;
/** A regnal number written after the name ("II", "XVI"). */
const REGNAL = /^\s+((?:X{0,3})(?:IX|IV|V?I{0,3}))(?![\p{L}\p{N}])/u;

/** How many words of a name are a royal title, and whether it ends in a regnal number ("King Tomas II": 1, true). */
function royalParts(words: readonly string[]): { title: number; regnal: boolean } {
  const title = words.length > 2 && ROYAL.test(words.slice(0, 3).join(' ')) ? 2 : words.length > 1 && ROYAL.test(words.slice(0, 2).join(' ')) ? 1 : 0;
  return { title, regnal: title > 0 && words.length > title + 1 && REGNAL.test(` ${words.at(-1)!}`) };
}

/** A royal name's own words, without its title and regnal number ("King Tomas II" → ["Tomas"]); others' words unchanged. */
export function nameWords(name: string): string[] {
  const words = name.split(/\s+/);
  const { title, regnal } = royalParts(words);
  return title ? words.slice(title, regnal ? -1 : undefined) : withoutSuffix(words);
}

/** A generational suffix written after a full name ("Jr.", "Sr.", "III"). */
const GENERATIONAL = /^(?:Jr|Sr)\.?$|^(?:II|III|IV)$/;

/** A full name's words without the generational suffix after them: "Ana Lind Jr." is known as "Lind". */
export const withoutSuffix = (words: string[]): string[] => (words.length > 2 && GENERATIONAL.test(words.at(-1)!) ? words.slice(0, -1) : words);

/** The word a person is known by on their own: a full name's last word, without suffix ("Lind" of "Ana Lind III"). */
export const surnameOf = (name: string): string => nameWords(name).at(-1) ?? name;

/**
 * The keys a royal name is known by, in lower case: its title and given name ("queen ana" of "Queen Ana II") and its
 * given name and regnal number ("ana ii"); none for other names. Names sharing a key are one person.
 */
export function royalKeys(name: string): string[] {
  const words = name.split(/\s+/);
  const { title } = royalParts(words);
  const rest = words.slice(title);
  const regnal = rest.length === 2 && /^[IVX]{1,4}$/.test(rest[1]!) && (title > 0 || rest[1]!.length > 1) && REGNAL.test(` ${rest[1]!}`);
  return [...(title > 0 ? [words.slice(0, title + 1).join(' ')] : []), ...(regnal ? [rest.join(' ')] : [])].map((k) => k.toLowerCase());
}

/** True when a name has no surname: one word, or only given names ("Ana Maria Luisa"). */
const noSurname = (name: string) => {
  const words = name.split(' ');
  return words.length === 1 || words.every(isGivenName);
};

/** Rename, in place, each royal person of `people` (see the module comment); `blocks` are the texts mentions point into. */
export function nameRoyals(blocks: readonly string[], people: FoundPerson[], mentions: readonly PersonMention[]): void {
  people.forEach((p, i) => {
    if (!noSurname(p.name)) return;
    const given = p.name.split(' ')[0]!;
    const own = mentions.filter((m) => m.person === i);
    // The title + given name written most, of this person's own first name.
    const counts = new Map<string, number>();
    for (const m of own) if (ROYAL.test(m.alias) && m.alias.endsWith(` ${given}`)) counts.set(m.alias, (counts.get(m.alias) ?? 0) + 1);
    const titled = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
    const numbers = new Map<string, number>();
    for (const m of own) {
      const n = REGNAL.exec(blocks[m.block]!.slice(m.end))?.[1];
      if (n) numbers.set(n, (numbers.get(n) ?? 0) + 1);
    }
    // "Britain’s new king, Anders III, said": with no title written, the name with its number may be no mention of
    // its own. (With a title it must be: "Prince Tobiah" is not the "Tobiah VI" of a story of two royals.)
    if (!titled) numbers.delete('I');
    if (!titled && numbers.size === 0)
      for (const b of blocks)
        for (const m of b.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(given)}(?=\\s+[IVX]{2,4}(?![\\p{L}\\p{N}]))`, 'gu'))) {
          const n = REGNAL.exec(b.slice(m.index + given.length))?.[1];
          if (n) numbers.set(n, (numbers.get(n) ?? 0) + 1);
        }
    const regnal = [...numbers].sort((a, b) => b[1] - a[1])[0]?.[0];
    // With no title written, a regnal number of two letters or more is one on its own ("Anders III"; not "Anders I").
    if (!titled && !(regnal && regnal.length > 1 && p.name === given)) return;
    const name = [titled ?? given, regnal].filter(Boolean).join(' ');
    if (!p.aliases.includes(p.name)) p.aliases.push(p.name);
    if (!p.aliases.includes(name)) p.aliases.push(name);
    p.name = name;
  });
}
