/**
 * Step 6 of the people stage: a name given as someone's birth name is that person ("Benedict, born Joseph
 * Ratzinger", "le pape, né Joseph Ratzinger", "Benedikt, der mit bürgerlichem Namen Joseph Ratzinger heißt", "Abu
 * Karim, now using his real name Samir Haddad").
 */
import type { FoundPerson, PersonMention } from './types.ts';

/** What goes right before a birth name, after the one it names. */
const BORN_BEFORE =
  /(?:,\s*|\(\s*)(?:born|né|née|nacido|nacida|nato|nata|geboren(?:\s+als)?)\s+$|\bwhose\s+(?:birth|real|given)\s+name\s+(?:was|is)\s+$|(?:,\s*|\(\s*)(?:now\s+)?(?:using|going\s+by|known\s+by)\s+(?:his|her|their)\s+(?:real|birth|given)\s+name,?\s+$|\(\s*real\s+name:?\s+$|\bmit\s+bürgerlichem\s+Namen\s+$/u;

/** Fold each birth name into the person it is given for: the last other person named before it in its sentence. */
export function birthNames(blocks: readonly string[], people: FoundPerson[], mentions: PersonMention[]): { people: FoundPerson[]; mentions: PersonMention[] } {
  const into = new Map<number, number>();
  for (const m of mentions) {
    const text = blocks[m.block]!;
    if (!BORN_BEFORE.test(text.slice(Math.max(0, m.start - 60), m.start))) continue;
    const owner = mentions
      .filter((x) => x.block === m.block && x.end <= m.start && x.person !== m.person && !/[.!?]\s/.test(text.slice(x.end, m.start)))
      .at(-1);
    // (One fold a person: a name folded into another is no owner, and an owner is folded into nobody.)
    if (owner && !into.has(owner.person) && ![...into.values()].includes(m.person)) into.set(m.person, owner.person);
  }
  if (into.size === 0) return { people, mentions };
  const kept = people.map((_, i) => i).filter((i) => !into.has(i));
  const index = new Map(kept.map((old, i) => [old, i]));
  for (const [from, to] of into) {
    const target = people[to]!;
    const folded = people[from]!;
    for (const alias of [folded.name, ...folded.aliases]) if (!target.aliases.includes(alias)) target.aliases.push(alias);
    for (const title of folded.titles) if (!target.titles.includes(title)) target.titles.push(title);
    target.gender ??= folded.gender;
  }
  return {
    people: kept.map((i) => people[i]!),
    mentions: mentions.map((m) => ({ ...m, person: index.get(into.get(m.person) ?? m.person)! })),
  };
}
