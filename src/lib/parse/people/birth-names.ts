/**
 * Step 6 of the people stage: a name given as someone's birth name is that person ("Benedict, born Joseph
 * Ratzinger", "le pape, né Joseph Ratzinger", "Benedikt, der mit bürgerlichem Namen Joseph Ratzinger heißt", "Abu
 * Karim, now using his real name Samir Haddad"), and so is a name someone takes ("…, who took the name Clement XV").
 */
import type { FoundPerson, PersonMention } from './types.ts';

/** What goes right before a birth name, after the one it names. */
const BORN_BEFORE =
  /(?:,\s*|\(\s*|\s[-–—]\s*)(?:born|né|née|nacido|nacida|nato|nata|geboren(?:\s+als)?)\s+$|\b(?:whose|who[’']s)\s+(?:birth|real|given|full)\s+name\s+(?:was|is)\s+$|(?:,\s*|\(\s*)(?:now\s+)?(?:using|going\s+by|known\s+by)\s+(?:his|her|their)\s+(?:real|birth|given)\s+name,?\s+$|\(\s*real\s+name:?\s+$|\bmit\s+bürgerlichem\s+Namen\s+$|(?:,\s*|\(\s*)(?:formerly|previously)\s+(?:\p{Lu}\p{Ll}+\s+)?$/u;

/**
 * What goes right before a name someone takes, after the one they were named by: "Cardinal Ana Lind, who took the
 * name Clement XV", "… will be known as Clement XV", "a pris le nom de Clément XV", "tomó el nombre de Clemente XV",
 * "wählte den Namen Clemens XV." (Not "the name of his predecessor, …": that names someone else.)
 */
const NAME_TAKEN =
  /\b(?:tak(?:e|es|ing|en)|took|chose|chosen|choos(?:e|es|ing)|adopt(?:s|ed|ing)?|select(?:s|ed|ing)?|pick(?:s|ed|ing)?)\s+the\s+(?:papal\s+|regnal\s+|pontifical\s+|religious\s+)?name\s+(?:\p{Lu}\p{Ll}+\s+)?$|\b(?:will\s+be|to\s+be|is\s+now|now)\s+known\s+as\s+(?:\p{Lu}\p{Ll}+\s+)?$|\ble\s+nom\s+de\s+$|\bel\s+nombre\s+de\s+$|\bden\s+(?:Papst)?[Nn]amen\s+$/u;

/** "who chose Clement XV as his papal name": the name taken, written before the words that say so. */
const CHOSE_BEFORE = /\b(?:chose|chosen|took|taken|picked|selected|adopted)\s+$/u;
const AS_NAME_AFTER = /^\.?\s+as\s+(?:his|her|their)\s+(?:new\s+|papal\s+|regnal\s+|pontifical\s+)?name\b/u;

/** Fold each birth name into the person it is given for: the last other person named before it in its sentence. */
export function birthNames(blocks: readonly string[], people: FoundPerson[], mentions: PersonMention[]): { people: FoundPerson[]; mentions: PersonMention[] } {
  const into = new Map<number, number>();
  for (const m of mentions) {
    const text = blocks[m.block]!;
    const lead = text.slice(Math.max(0, m.start - 60), m.start);
    // ("Lind, formerly Pike’s deputy": a name owning something is someone else.)
    const taken = NAME_TAKEN.test(lead) || (CHOSE_BEFORE.test(lead) && AS_NAME_AFTER.test(text.slice(m.end, m.end + 40)));
    if ((!BORN_BEFORE.test(lead) && !taken) || /^[’']s\b/.test(text.slice(m.end, m.end + 3))) continue;
    const before = mentions.filter((x) => x.block === m.block && x.end <= m.start && x.person !== m.person);
    // ("X wurde gewählt. Er nahm den Namen … an": a name taken may follow the sentence that names its owner.)
    const owner = before.filter((x) => !/[.!?]\s/.test(text.slice(x.end, m.start))).at(-1) ?? (taken ? before.at(-1) : undefined);
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
