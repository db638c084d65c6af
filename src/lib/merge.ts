/**
 * People across articles: one id per person however each article spells or shortens the name.
 * "Xi" in one article and "Xi Jinping" in another are one person when the short form matches a name token
 * of exactly one longer name; "Anthony Blinken" and "Antony Blinken" are one person spelt two ways (flagged);
 * content/people.yaml settles what no rule can ("Keane" was a machine rewrite of Qin Gang).
 */
import { distance } from 'fastest-levenshtein';
import { isPlace } from './gazetteer.ts';
import { WarningCode } from './errors.ts';
import type { PeopleConfig } from './schema/meta.ts';
import type { ArticleRecord } from './schema/record.ts';
import { nameWords, royalKeys, withoutSuffix } from './parse/people/royals.ts';
import { PATRONYMIC, shortGiven } from './parse/people/registry.ts';
import { slugify } from './slug.ts';

/** Map of editor-declared written forms to canonical names, for the parser. */
export function knownAliases(config: PeopleConfig): Map<string, string> {
  const map = new Map<string, string>();
  for (const p of Object.values(config)) for (const a of p.aliases) map.set(a, p.name);
  return map;
}

const tokensOf = (name: string) => name.split(/\s+/);

/**
 * A full name's words without full stops in initials and without middle initials or a patronymic, lower case:
 * "Donald J. Trump" → "donald trump", "Yulia Borisovna Navalnaya" → "yulia navalnaya".
 */
function initialsKey(name: string): string {
  // A royal's regnal number stays ("Queen Ana II"); a generational suffix goes ("John Q. Hollis Jr." / "John Hollis").
  const t = (royalKeys(name).length ? tokensOf(name) : withoutSuffix(tokensOf(name)))
    .map((w) => w.toLowerCase())
    .map((w) => (/^(?:\p{L}\.){1,3}$/u.test(w) ? w.replaceAll('.', '') : w));
  return t.filter((w, i) => i === 0 || i === t.length - 1 || !(/^\p{L}$/u.test(w) || PATRONYMIC.test(w))).join(' ');
}

/**
 * The key of a name for `initialsKey`'s merge, except that where one article names both "Tom Hale" and "Tom Hale Jr."
 * (father and son), the name with the suffix keeps it in its key across the story.
 */
function fatherAndSon(records: readonly ArticleRecord[]): (name: string) => string {
  const suffixed = (name: string) => withoutSuffix(tokensOf(name)).length < tokensOf(name).length;
  const apart = new Set<string>();
  for (const r of records) {
    const seen = new Map<string, boolean>();
    for (const p of r.people) {
      const key = initialsKey(p.name);
      if (seen.has(key) && seen.get(key) !== suffixed(p.name)) apart.add(key);
      seen.set(key, suffixed(p.name));
    }
  }
  return (name) => {
    const key = initialsKey(name);
    return apart.has(key) && suffixed(name) ? `${key} ${tokensOf(name).at(-1)!.replace('.', '').toLowerCase()}` : key;
  };
}

/** A surname without its Arabic article: "al-Assad" → "Assad" (copies write it with and without). */
const withoutArticle = (w: string) => w.replace(/^(?:al|el)-(?=\p{L})/iu, '');

/**
 * Are two full names one person misspelt? Same number of words, same last word (with or without an Arabic article),
 * others within an edit or two (or a given name and its short form).
 */
function spellingVariant(a: string, b: string): boolean {
  const x = tokensOf(a.toLowerCase()).map(withoutArticle);
  const y = tokensOf(b.toLowerCase()).map(withoutArticle);
  // "Kang Min Jeong" / "Kang Min-jeong" / "Kang Meen Jeong": a family name first, then a given name of two syllables
  // written apart or joined by a hyphen, perhaps romanised another way: each syllable the same, or opening and closing
  // with the same letters ("Min" and "Meen"; not "Tuan" and "Quang", nor "Jun" and "Jae").
  const syllables = (n: string[]) => (n.length === 3 ? n.slice(1) : n.length === 2 && n[1]!.includes('-') ? n[1]!.split('-') : null);
  const [sx, sy] = [syllables(x), syllables(y)];
  const sameSyllables =
    x[0] === y[0] &&
    sx?.length === 2 &&
    sy?.length === 2 &&
    sx.every((s, i) => {
      const o = sy[i]!;
      return s === o || (s[0] === o[0] && s.at(-1) === o.at(-1) && distance(s, o) <= 2);
    });
  // (A hyphenated given name is compared by its syllables only: "Min-jun" is not "Min-jae", within two edits.)
  const hyphenated = (n: string[]) => n.length === 2 && n[1]!.includes('-');
  if (sameSyllables || (x[0] === y[0] && (hyphenated(x) || hyphenated(y)) && sx && sy)) return sameSyllables;
  if (x.length !== y.length || x.length < 2) return false;
  return x.every((w, i) => {
    const v = y[i]!;
    if (w === v) return true;
    // "Jenni Hermoso" / "Jennifer Hermoso": a given name's short form.
    if (i === 0 && shortGiven(a.split(/\s+/)[0]!, b.split(/\s+/)[0]!)) return true;
    if (w[0] !== v[0] || Math.min(w.length, v.length) < 4) return false;
    return distance(w, v) <= (Math.min(w.length, v.length) >= 7 ? 2 : 1);
  });
}

/**
 * Is `short` a shorter writing of the full name `long`: its given names as initials ("PK Jena", "P.K. Jena" of
 * "Pradeep Kumar Jena" or of "Pradeep Jena"), its last two words with a first word or more left out ("Shia
 * al-Sudani" of "Mohammed Shia al-Sudani"), or its first and last with the middle name left out?
 */
function shortFormOf(short: string, long: string): boolean {
  const s = tokensOf(short.replaceAll('’', "'"));
  const l = tokensOf(long.replaceAll('’', "'"));
  if (s.length !== 2 || l.length < 2 || s[1] !== l.at(-1)) return keptWords(s, l);
  // ("Ana Lind" of "Ana Maria Lind": a middle name left out.)
  if (l.length === 3 && s[0] === l[0] && /^\p{Lu}\p{Ll}+$/u.test(l[1]!) && !PATRONYMIC.test(l[1]!)) return true;
  // ("PK Jena" of "Pradeep Jena" too: the given names written out begin the initials.)
  const initials = s[0]!.replaceAll('.', '');
  const given = l.slice(0, -1);
  if (/^\p{Lu}{2,3}$/u.test(initials)) return given.every((w) => /^\p{Lu}\p{Ll}/u.test(w)) && initials.startsWith(given.map((w) => w[0]).join(''));
  if (l.length < 3) return false;
  // (Only name words are left out: "Tod von Tyre Nichols" is no longer name of "Tyre Nichols".)
  const left = l.slice(0, -2);
  if (s[0] === l.at(-2) && !PATRONYMIC.test(s[0]!) && left.length <= 2 && left.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w))) return true;
  return keptWords(s, l);
}

/** A name's words with an Arabic article written apart joined to the name it goes with, as most copies write it: `Al Rashed` → `al-Rashed`. */
const withArticle = (words: readonly string[]): string[] => {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++)
    if (/^(?:al|el)$/i.test(words[i]!) && i + 1 < words.length && /^\p{Lu}/u.test(words[i + 1]!)) out.push(`${words[i]!.toLowerCase()}-${words[++i]!}`);
    else out.push(words[i]!.replace(/^(?:Al|El)-(?=\p{Lu})/u, (a) => a.toLowerCase()));
  return out;
};

/** A word that links a given name to a parent's in a long name, which shorter writings leave out ("bin", "ibn"). */
const DESCENT = /^(?:bin|ibn|bint|binti|ben)$/;
/** A given name or family name of its own, hyphenated syllables too ("Omran", "Ka-lun"). */
const NAME_WORD = /^\p{Lu}\p{Ll}+(?:-\p{Ll}+)?$/u;

/**
 * Is `short` the longer name `long` with words left out, in its order and keeping its first or its last word: a name
 * of descent without its links and a parent's name ("Hamid al-Rashed", "Hamid bin Yusuf al-Rashed" of "Hamid bin
 * Yusuf bin Tariq al-Rashed"; "Yusuf al-Rashed" of "Hamid bin Yusuf al-Rashed"), or a name without the given names
 * written after it ("Wendy Lo" of "Wendy Lo Ka-yan")? Only name words and links are left out, never a generational
 * suffix ("Tom Ferris" is not "Tom Ferris Jr"), and the shorter form keeps two words.
 */
function keptWords(short: readonly string[], long: readonly string[]): boolean {
  const [s, l] = [withArticle(short), withArticle(long)];
  if (s.length < 2 || l.length <= s.length || withoutSuffix([...l]).length < l.length) return false;
  if (s[0] !== l[0] && s.at(-1) !== l.at(-1)) return false;
  let i = 0;
  for (const w of l) {
    if (i < s.length && w === s[i]) i++;
    else if (!NAME_WORD.test(w) && !DESCENT.test(w)) return false;
  }
  return i === s.length && !s.some((w) => PATRONYMIC.test(w));
}

/** Decide the canonical id of every article-level person id; returns old id → new id and the names seen. */
export function canonicalPeople(records: readonly ArticleRecord[], config: PeopleConfig = {}): Map<string, string> {
  // Count every full form across the collection.
  const forms = new Map<string, number>();
  for (const r of records) for (const p of r.people) forms.set(p.name, (forms.get(p.name) ?? 0) + p.mentions.count);
  const configByName = new Map<string, string>();
  for (const [id, p] of Object.entries(config)) {
    configByName.set(p.name, id);
    for (const a of p.aliases) configByName.set(a, id);
  }
  // (Most words first, then the form used most, then the longer: "Bashar al-Assad" before "Bashar Assad" when as common.)
  const names = [...forms.keys()].sort((a, b) => tokensOf(b).length - tokensOf(a).length || (forms.get(b) ?? 0) - (forms.get(a) ?? 0) || b.length - a.length);
  const naming: Naming = { records, forms, full: names.filter((n) => tokensOf(n).length > 1), canonical: new Map<string, string>() };
  joinInitials(naming);
  joinRoyals(naming);
  joinSpellings(naming);
  joinShortForms(naming);
  joinBirthNames(naming);
  const { full, canonical } = naming;
  for (const n of full) canonical.set(n, rootOf(canonical, n));
  for (const n of names.filter((x) => tokensOf(x).length === 1)) canonical.set(n, oneWordPerson(naming, n));
  const ids = new Map<string, string>();
  for (const [name, canon] of canonical) {
    const configured = configByName.get(name) ?? configByName.get(canon);
    ids.set(slugify(name), configured ?? slugify(canon));
  }
  return ids;
}

/** What canonicalPeople's steps share: the full forms (names of two words or more) and the canonical name each is given so far. */
interface Naming {
  records: readonly ArticleRecord[];
  /** How often each form is used across the collection. */
  forms: ReadonlyMap<string, number>;
  /** The names of more than one word, most words first, then the form used most, then the longer. */
  full: readonly string[];
  /** Name → canonical name, filled in by the steps in turn: a name a step has settled is left to it. */
  canonical: Map<string, string>;
}

/**
 * One name written with and without its middle initial or the full stops of its initials ("Donald J. Trump",
 * "JD Vance" / "J.D. Vance") is one person, shown in the form used most.
 */
function joinInitials({ records, forms, full, canonical }: Naming): void {
  const keyOf = fatherAndSon(records);
  const usual = new Map<string, string>();
  for (const n of full) {
    const key = keyOf(n);
    const seen = usual.get(key);
    if (!seen || (forms.get(n) ?? 0) > (forms.get(seen) ?? 0)) usual.set(key, n);
  }
  for (const n of full) if (usual.get(keyOf(n)) !== n) canonical.set(n, usual.get(keyOf(n))!);
}

/** A royal's title or regnal number outweighs any count of uses: the fullest form is the one with most of them. */
const ROYAL_KEY_WEIGHT = 1e9;

/**
 * A royal written with and without title or regnal number ("Queen Ana II", "Queen Ana", "Ana II") is one person,
 * shown in the fullest form: number and title, then the form used most.
 */
function joinRoyals({ forms, full, canonical }: Naming): void {
  const royal = new Map<string, string>();
  const fullest = (n: string) => royalKeys(n).length * ROYAL_KEY_WEIGHT + (forms.get(n) ?? 0);
  for (const n of full) for (const k of royalKeys(n)) if (!royal.has(k) || fullest(n) > fullest(royal.get(k)!)) royal.set(k, n);
  for (const n of full) {
    const best = royalKeys(n)
      .map((k) => royal.get(k)!)
      .sort((a, b) => fullest(b) - fullest(a))[0];
    if (best && best !== n && !canonical.has(n)) canonical.set(n, best);
  }
}

/** Each name not yet settled is its own canonical name, and takes its spelling variants and its reversed form. */
function joinSpellings({ forms, full, canonical }: Naming): void {
  for (const n of full) {
    if (canonical.has(n)) continue;
    canonical.set(n, n);
    // ("Yulia Navalna" is a spelling of "Yulia Borisovna Navalnaya" without its patronymic.)
    const short = tokensOf(n)
      .filter((w, i, all) => i === 0 || i === all.length - 1 || !PATRONYMIC.test(w))
      .join(' ');
    for (const other of full) if (!canonical.has(other) && (spellingVariant(n, other) || spellingVariant(short, other))) canonical.set(other, n);
    // "Abe Shinzo" in one copy, "Shinzo Abe" in another: a two-word name written family name first.
    const words = tokensOf(n);
    const reversed = words.length === 2 ? `${words[1]} ${words[0]}` : '';
    if (reversed && forms.has(reversed) && !canonical.has(reversed)) canonical.set(reversed, n);
  }
}

/** Initials standing for two or three given names, with or without full stops ("PK", "P.K."). */
const INITIALS = /^(?:\p{Lu}\.?){2,3}$/u;

/**
 * One story's "PK Jena" and "Pradeep Kumar Jena" (initials of the given names), and its "Shia al-Sudani" and
 * "Mohammed Shia al-Sudani" (a given name or honorific left out before the rest), are one person when the shorter
 * form fits exactly one longer name of the story.
 */
function joinShortForms({ records, forms, full, canonical }: Naming): void {
  const stories = new Map<string, Set<string>>();
  for (const r of records) for (const p of r.people) (stories.get(p.name) ?? stories.set(p.name, new Set()).get(p.name)!).add(r.story ?? '');
  const together = (x: string, y: string) => [...stories.get(x)!].some((st) => stories.get(y)!.has(st));
  for (const n of full) {
    if (canonical.get(n) !== n) continue;
    // (One name written two ways that give one id, `Al Tamer` and `al-Tamer`, is one longer name, used as often as both.)
    const longer = full.filter((f) => f !== n && canonical.get(f) === f && together(n, f) && shortFormOf(n, f));
    if (new Set(longer.map(slugify)).size !== 1) continue;
    // The person's id is the longer name's, unless a word left out is the rarer form ("Seyyed Ebrahim Tahani" once,
    // "Ebrahim Tahani" everywhere else); initials always give way to the names they stand for.
    const [long] = longer as [string];
    const used = longer.reduce((k, f) => k + (forms.get(f) ?? 0), 0);
    if (!INITIALS.test(tokensOf(n)[0]!) && (forms.get(n) ?? 0) > used) for (const f of longer) canonical.set(f, n);
    else canonical.set(n, long);
  }
}

/**
 * A form mapped to a name that was itself mapped on goes to the end of the chain. (Never round a loop: a chain
 * that comes back to a name it passed ends at the name it started from.)
 */
function rootOf(canonical: ReadonlyMap<string, string>, n: string): string {
  const seen = new Set<string>();
  let at = n;
  while (canonical.has(at) && canonical.get(at) !== at) {
    seen.add(at);
    at = canonical.get(at)!;
    if (seen.has(at)) return n;
  }
  return at;
}

/**
 * "Joseph Ratzinger", given in one article as the birth name of "Pope Benedict XVI" (an alias sharing no word with
 * the name), is that person wherever another article names him so. (Two articles may each give the other's name as
 * the alias: the first mapping stands, the second would close a loop.)
 */
function joinBirthNames({ records, forms, canonical }: Naming): void {
  for (const r of records)
    for (const p of r.people) {
      const words = new Set(tokensOf(p.name));
      for (const alias of p.aliases) {
        if (tokensOf(alias).length < 2 || !forms.has(alias) || alias === p.name || tokensOf(alias).some((w) => words.has(w)) || canonical.get(alias) !== alias)
          continue;
        const target = rootOf(canonical, p.name);
        if (target !== alias) canonical.set(alias, target);
      }
    }
}

/** A one-word name is the person whose full name begins or ends with it, when exactly one person's does; else itself. */
function oneWordPerson({ full, canonical }: Naming, n: string): string {
  const matches = [
    ...new Set(
      full
        .filter((f) => {
          const t = nameWords(f);
          return t[0] === n || t[t.length - 1] === n || withoutArticle(t[t.length - 1]!) === n;
        })
        .map((f) => canonical.get(f)!),
    ),
  ];
  return matches.length === 1 ? matches[0]! : n;
}

/**
 * Per story, each single word that is the first or last word of exactly one person's full name → that person's
 * canonical id ("Okafor" → chidi-okafor). A word two people share ("Lee" of Ana Lee and Min Lee) maps to nobody,
 * unless one of them is the story's main figure: named DOMINANT times as often as the others together ("Okafor"
 * in a story of Chidi Okafor's that mentions his wife Ada Okafor once).
 */
export function storyWords(records: readonly ArticleRecord[], ids: ReadonlyMap<string, string>): Map<string, Map<string, string>> {
  const found = new Map<string, Map<string, Map<string, number>>>();
  for (const r of records) {
    const story = found.get(r.story ?? '') ?? found.set(r.story ?? '', new Map()).get(r.story ?? '')!;
    for (const p of r.people) {
      if (tokensOf(p.name).length < 2) continue;
      // ("Casimir" is not "Casimir IV": a name and a regnal number without a title leave the bare name to another.)
      if (/^\S+\s+[IVX]+$/u.test(p.name)) continue;
      // A royal's given name, not the title or regnal number ("Ana" of "Queen Ana II").
      const t = nameWords(p.name);
      const id = ids.get(p.id) ?? p.id;
      for (const w of new Set([t[0]!, t[t.length - 1]!, withoutArticle(t[t.length - 1]!)])) {
        const counts = story.get(w) ?? story.set(w, new Map()).get(w)!;
        counts.set(id, (counts.get(id) ?? 0) + p.mentions.count);
      }
    }
  }
  const out = new Map<string, Map<string, string>>();
  for (const [story, words] of found) {
    const map = new Map<string, string>();
    for (const [w, counts] of words) {
      const ranked = [...counts].sort((a, b) => b[1] - a[1]);
      const rest = ranked.slice(1).reduce((n, [, c]) => n + c, 0);
      if (ranked.length === 1 || ranked[0]![1] >= DOMINANT * rest) map.set(w, ranked[0]![0]);
    }
    out.set(story, map);
  }
  return out;
}
/** How many times more often the main figure of a shared surname is named than the others together. */
const DOMINANT = 4;

/** Rewrite person ids in every record to the collection's canonical ids, flagging spelling variants. */
export function mergePeople(records: readonly ArticleRecord[], config: PeopleConfig = {}): ArticleRecord[] {
  const ids = canonicalPeople(records, config);
  const nameOf = displayNames(records, config, ids);
  const merging: Merging = { ids, nameOf, surnames: storyWords(records, ids) };
  return records.map((r) => mergeRecord(merging, r));
}

/** What mergePeople's steps share: the canonical ids, the name each id is shown by, and each story's surnames. */
interface Merging {
  /** Article-level person id → the collection's id (canonicalPeople). */
  ids: ReadonlyMap<string, string>;
  /** Collection id → the name it is shown by. */
  nameOf: ReadonlyMap<string, string>;
  /** Story → single word → person id (storyWords). */
  surnames: ReadonlyMap<string, ReadonlyMap<string, string>>;
}

/** The name each collection id is shown by: the configured name, else the fullest form, of forms as full the one most used. */
function displayNames(records: readonly ArticleRecord[], config: PeopleConfig, ids: ReadonlyMap<string, string>): Map<string, string> {
  const nameOf = new Map<string, string>();
  for (const [id, p] of Object.entries(config)) nameOf.set(id, p.name);
  // A person is shown by their fullest name; of forms as full ("Donald J. Trump", "Donald Trump"), the one most used.
  const used = new Map<string, number>();
  for (const r of records) for (const p of r.people) used.set(p.name, (used.get(p.name) ?? 0) + p.mentions.count);
  const fullness = (name: string) => tokensOf(initialsKey(name)).length;
  for (const r of records)
    for (const p of r.people) {
      const id = ids.get(p.id) ?? p.id;
      const current = nameOf.get(id);
      if (current && Object.hasOwn(config, id)) continue;
      const [a, b] = current ? [fullness(p.name), fullness(current)] : [1, 0];
      if (a > b || (a === b && used.get(p.name)! > used.get(current!)!)) nameOf.set(id, p.name);
    }
  return nameOf;
}

/**
 * The collection id of an article's person. A one-word name the collection could not settle ("Yoon", where the story
 * also names a Yoon So-yeon once) is its story's main figure of that name (see storyWords).
 */
function idOf({ ids, surnames }: Merging, r: ArticleRecord, personId: string, name: string): string {
  const id = ids.get(personId) ?? personId;
  return (id === slugify(name) && !name.includes(' ') && surnames.get(r.story ?? '')?.get(name)) || id;
}

/** One record with its people and speakers under the collection's ids, and a warning for each name spelt another way elsewhere. */
function mergeRecord(merging: Merging, r: ArticleRecord): ArticleRecord {
  const { nameOf } = merging;
  const warnings = [...r.warnings];
  const people = r.people.map((p) => {
    const id = idOf(merging, r, p.id, p.name);
    const canon = nameOf.get(id) ?? p.name;
    if (id !== p.id && tokensOf(p.name).length > 1 && slugify(canon) !== p.id && spellingVariant(canon, p.name))
      warnings.push({ code: WarningCode.nameVariant, message: `“${p.name}” here is spelt “${canon}” elsewhere; treated as one person.` });
    return { ...p, id };
  });
  return { ...r, people: mergeMentions(people), quotes: mergeSpeakers(merging, r), warnings };
}

/** Two article-level people may collapse into one id: merge their mentions. */
function mergeMentions(people: ArticleRecord['people']): ArticleRecord['people'] {
  const merged = new Map<string, ArticleRecord['people'][number]>();
  for (const p of people) {
    const prev = merged.get(p.id);
    if (!prev) merged.set(p.id, p);
    else
      merged.set(p.id, {
        ...prev,
        name: tokensOf(p.name).length > tokensOf(prev.name).length ? p.name : prev.name,
        aliases: [...new Set([...prev.aliases, ...p.aliases])],
        titles: [...new Set([...prev.titles, ...p.titles])],
        mentions: { count: prev.mentions.count + p.mentions.count, offsets: [...prev.mentions.offsets, ...p.mentions.offsets].sort((a, b) => a[0] - b[0]) },
      });
  }
  return [...merged.values()];
}

/** Speakers carry the collection's id and name, so one person reads the same everywhere. */
function mergeSpeakers(merging: Merging, r: ArticleRecord): ArticleRecord['quotes'] {
  const { nameOf, surnames } = merging;
  const nameById = new Map(r.people.map((p) => [p.id, p.name]));
  return r.quotes.map((q) => {
    if (q.speaker && !q.speaker.personId) {
      // A bare surname the article never spells out ("… ,” Okafor said.") is the one person of the story it names.
      // ("Ostravia announced …" is the country, though the story names a minister Ostravia Lind.)
      const personId = isPlace(q.speaker.name) ? undefined : surnames.get(r.story ?? '')?.get(q.speaker.name);
      return personId ? { ...q, speaker: { name: nameOf.get(personId) ?? q.speaker.name, personId } } : q;
    }
    if (!q.speaker?.personId) return q;
    const personId = idOf(merging, r, q.speaker.personId, nameById.get(q.speaker.personId) ?? '');
    return { ...q, speaker: { name: nameOf.get(personId) ?? q.speaker.name, personId } };
  });
}
