/**
 * The people of one article while they are being found: full names become people; short forms ("Xi", "Reyes")
 * resolve to the one full name they belong to, or to the most recent of several; misspellings of a full name
 * ("Anthony"/"Antony Blinken") fold into it.
 */
import { distance } from 'fastest-levenshtein';
import { genderOf } from '../given-names.ts';
import { isAnyGivenName } from './name-lists.ts';
import type { FoundPerson, PersonMention } from './types.ts';
import { nameWords } from './royals.ts';
import { PARTICLES } from './words.ts';

interface Entry extends FoundPerson {
  /** The words of the full name as first established (or filled in by a middle name). */
  tokens: string[];
  /** How often each written form was seen. */
  counts: Map<string, number>;
}

/** Do two spellings of a name token look like one name misspelt ("Antony"/"Anthony")? */
export function similarToken(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 4 || b.length < 4 || a[0] !== b[0]) return false;
  return distance(a.toLowerCase(), b.toLowerCase()) <= (Math.min(a.length, b.length) >= 7 ? 2 : 1);
}

/**
 * Is one given name the other's short form ("Jenni"/"Jennifer", "Alex"/"Alexander")? The shorter, of three letters or
 * more, begins the longer, and their genders, where the lists know both, agree ("Dan"/"Daniela" do not).
 */
export function shortGiven(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < 3 || short === long || !long.startsWith(short) || !/^\p{Lu}\p{Ll}+$/u.test(long)) return false;
  const g = genderOf(short);
  const h = genderOf(long);
  return g === null || h === null || g === h;
}

/** A generational suffix or a regnal number, which tells two people of one name apart ("Jr.", "III"). */
const GENERATION = /^(?:Jr|Sr)\.?$|^[IVX]{2,5}$/;

/** A Russian or other Slavic patronymic ("Borisovna", "Sergeyevich"), which sits between a given name and a surname. */
export const PATRONYMIC = /\p{Ll}(?:ovna|evna|ovich|evich|ichna)$/u;

function push(map: Map<string, number[]>, key: string, i: number) {
  const list = map.get(key);
  if (list) list.push(i);
  else map.set(key, [i]);
}

/** The people found so far, their indexes and the mentions recorded. */
export class PeopleRegistry {
  readonly people: Entry[] = [];
  readonly mentions: PersonMention[] = [];
  private readonly byKey = new Map<string, number>();
  /** First word of every person's name, as written and in capitals → people. */
  readonly firstTokens = new Map<string, number[]>();
  /** Every word of a full name (not particles) → people: any of them can stand for it. */
  private readonly anyTokens = new Map<string, number[]>();
  /** The same in lower case, for names written in capitals ("FERGUSON BACK IN SQUAD"). */
  private readonly anyTokensLower = new Map<string, number[]>();
  /** People in the order they were last mentioned. */
  private readonly recent: number[] = [];

  /** The person a full name (tokens) spells, added when new. */
  personFor(nameTokens: string[]): number {
    const key = nameTokens.join(' ');
    let idx = this.byKey.get(key) ?? -1;
    // ("Rafiq-Ud-Dalin", "Rafiq-ud-Dalin" and "Rafiq ud Dalin": one name, whatever the case and the hyphens.)
    const loose = (words: string) => words.toLowerCase().replace(/[-‐\s]+/g, ' ');
    if (idx === -1) idx = this.people.findIndex((p) => loose(p.tokens.join(' ')) === loose(key));
    // "Van der Meer" after "Lena van der Meer": a particle surname on its own is the same person.
    if (idx === -1 && nameTokens.length > 1 && PARTICLES.has(nameTokens[0]!.toLowerCase()))
      idx = this.people.findIndex((p) => p.tokens.length > nameTokens.length && ` ${p.tokens.join(' ').toLowerCase()} `.includes(` ${key.toLowerCase()} `));
    if (idx === -1 && nameTokens.length > 1)
      idx = this.people.findIndex(
        (p) => p.tokens.length === nameTokens.length && p.tokens.every((t, k) => similarToken(t, nameTokens[k]!) || (k === 0 && shortGiven(t, nameTokens[0]!))),
      );
    // "Abe Shinzo" after "Shinzo Abe": a two-word name written family name first is the same person.
    if (idx === -1 && nameTokens.length === 2) idx = this.byKey.get(`${nameTokens[1]} ${nameTokens[0]}`) ?? -1;
    if (idx === -1) idx = this.withMiddleName(nameTokens);
    if (idx === -1) idx = this.partOfLonger(nameTokens);
    if (idx === -1) return this.add(nameTokens);
    const p = this.people[idx]!;
    if (p.tokens.join(' ') !== key && nameTokens.length === p.tokens.length && !p.variants.includes(key)) {
      p.variants.push(key);
      // "Ms Navalnaïa" after "Yulia Navalna … Yulia Navalnaïa": each spelling's words stand for the person too.
      this.index(nameTokens, idx);
    }
    return idx;
  }

  /**
   * "Ana Maria Lind" and "Ana Lind", "Yulia Borisovna" and "Yulia Borisovna Navalnaya": a middle name (or a
   * patronymic) written or left out is one person. A three-word name takes the place of the two-word one it fills in.
   */
  private withMiddleName(nameTokens: string[]): number {
    const same = (a: string[], b: string[]) => a.length === b.length && a.every((t, k) => similarToken(t, b[k]!));
    if (nameTokens.length === 2)
      return this.people.findIndex(
        (p) => p.tokens.length === 3 && same([p.tokens[0]!, p.tokens[2]!], nameTokens) && !PARTICLES.has(p.tokens[1]!.toLowerCase()),
      );
    if (nameTokens.length !== 3 || PARTICLES.has(nameTokens[1]!.toLowerCase())) return -1;
    const idx = this.people.findIndex(
      (p) =>
        p.tokens.length === 2 &&
        (same(p.tokens, [nameTokens[0]!, nameTokens[2]!]) || (PATRONYMIC.test(p.tokens[1]!) && same(p.tokens, nameTokens.slice(0, 2)))),
    );
    if (idx !== -1) {
      const p = this.people[idx]!;
      p.tokens = nameTokens;
      this.byKey.set(nameTokens.join(' '), idx);
      this.index(nameTokens, idx);
    }
    return idx;
  }

  /**
   * "Ana Maria" or "Maria Lind" beside "Ana Maria Lind", "Omar al-Dalin" beside "Rafiq bin Omar al-Dalin": a name of
   * two words or more that begins or ends the one longer name of the article is that person written short, and a
   * longer name that a shorter one begins or ends fills it in. Never across a generational suffix or a regnal number
   * ("Ana Lind" and "Ana Lind Jr." are father and son), and never from a particle ("bin Omar" is anybody's son).
   */
  private partOfLonger(nameTokens: string[]): number {
    const n = nameTokens.length;
    if (n < 2 || PARTICLES.has(nameTokens[0]!.toLowerCase()) || nameTokens.some((t) => GENERATION.test(t))) return -1;
    // Does `short` begin or end `long` (a suffix after a particle or a given name)?
    const holds = (long: string[], short: string[]) =>
      long.length > short.length &&
      !long.some((t) => GENERATION.test(t)) &&
      !PARTICLES.has(short[0]!.toLowerCase()) &&
      (short.every((t, k) => t === long[k]) || short.every((t, k) => t === long[long.length - short.length + k]));
    const longer = this.people.flatMap((p, i) => (holds(p.tokens, nameTokens) ? [i] : []));
    if (longer.length === 1) return longer[0]!;
    if (longer.length > 1) return -1;
    const shorter = this.people.flatMap((p, i) => (p.tokens.length >= 2 && holds(nameTokens, p.tokens) ? [i] : []));
    if (shorter.length !== 1) return -1;
    const p = this.people[shorter[0]!]!;
    p.tokens = nameTokens;
    this.byKey.set(nameTokens.join(' '), shorter[0]!);
    this.index(nameTokens, shorter[0]!);
    return shorter[0]!;
  }

  /** Any word of a full name stands for it (see `add`), a surname also without its Arabic article ("Assad" of "al-Assad"). */
  private index(nameTokens: string[], idx: number): void {
    const words = nameWords(nameTokens.join(' '));
    const bare = words.flatMap((w) => /^(?:[Aa]l|[Ee]l)-(\p{Lu}\p{Ll}{2,})$/u.exec(w)?.[1] ?? []);
    // ("Al-Kadir said" opening a sentence: the article capitalised.)
    const opening = words.flatMap((w) => (/^(?:al|el)-\p{Lu}/u.test(w) ? [w[0]!.toUpperCase() + w.slice(1)] : []));
    // ("Dalin" or "Rafiq" of "Rafiq-ud-Dalin": each capitalised part of a one-word name joined by hyphens.)
    const capitalised = nameTokens.length === 1 ? nameTokens[0]!.split(/[-‐]/).filter((x) => /^\p{Lu}\p{Ll}{2,}$/u.test(x)) : [];
    const parts = capitalised.length >= 2 ? capitalised : [];
    // ("Andrew" of "Tomas Andrew Vogel": a given name between a given name and the last word is a middle name,
    // which a writer never uses alone; "Restrepo" of "Juan Camilo Restrepo Vélez", a surname, stands for the person.)
    const middle = (t: string) => words.length === 3 && t !== words[0] && t !== words.at(-1) && isAnyGivenName(words[0]!) && isAnyGivenName(t);
    for (const t of new Set([...words, ...bare, ...opening, ...parts]))
      if (!PARTICLES.has(t) && !middle(t) && !this.anyTokens.get(t)?.includes(idx)) {
        push(this.anyTokens, t, idx);
        push(this.anyTokensLower, t.toLowerCase(), idx);
      }
  }

  /**
   * A relative the article names by a given name only ("his wife, Ilse"), given the surname of whose kin they are: the
   * given name stands for them, the surname alone stays the person it belongs to.
   */
  relativeFor(nameTokens: string[]): number {
    return this.byKey.get(nameTokens.join(' ')) ?? this.add(nameTokens, false);
  }

  private add(nameTokens: string[], bySurname = true): number {
    const key = nameTokens.join(' ');
    const idx =
      this.people.push({ name: key, aliases: [], titles: [], variants: [], gender: genderOf(nameTokens[0]!), tokens: nameTokens, counts: new Map() }) - 1;
    this.byKey.set(key, idx);
    push(this.firstTokens, nameTokens[0]!, idx);
    push(this.firstTokens, nameTokens[0]!.toUpperCase(), idx);
    // Any word of a full name can stand for it ("Restrepo" for "Juan Camilo Restrepo Vélez"), but particles, and a
    // royal's title and regnal number ("Queen", "II" of "Queen Ana II", lent whole by the story pass).
    if (!bySurname) this.index(nameTokens.slice(0, 1), idx);
    else if (nameTokens.length > 1 || /\p{Lu}\p{Ll}+[-‐](?:\p{L}+[-‐])*\p{Lu}\p{Ll}{2,}/u.test(nameTokens[0]!)) this.index(nameTokens, idx);
    return idx;
  }

  /** The person a single word names: the one full name holding it, agreeing in gender, else the most recent. */
  resolveSingle(word: string, gender: 'male' | 'female' | null = null, anyCase = false, title: string | null = null): number {
    let matches = [...new Set((anyCase ? this.anyTokensLower.get(word.toLowerCase()) : this.anyTokens.get(word)) ?? [])];
    // ("Pope Clement" beside "Cardinal Ana Clement Lind": a title goes before a given name or a surname, never a
    // middle name.)
    if (title) matches = matches.filter((i) => [this.people[i]!.tokens[0], this.people[i]!.tokens.at(-1)].includes(word));
    // A surname set apart from the full name holding it (see `separateByGender`) is a candidate too.
    const apart = anyCase ? undefined : this.byKey.get(word);
    if (apart !== undefined && this.people[apart]!.tokens.length === 1 && matches.length) matches.push(apart);
    // "President Okafor said …", then "Okafor" alone: a person the article names by one word only.
    if (apart !== undefined && this.people[apart]!.tokens.length === 1 && matches.length === 0) return apart;
    // "Mr. Reyes" and "Ms. Reyes" are the brother and the sister.
    if (gender && matches.length > 1) {
      const agreeing = matches.filter((i) => this.people[i]!.gender === gender);
      if (agreeing.length) matches = agreeing;
    }
    // "President Lind" beside "first lady Ana Lind" and a "Mr. Lind": the one holding the title, else the one apart.
    if (title && apart !== undefined && matches.length > 1) {
      const holders = matches.filter((i) => this.people[i]!.titles.some((t) => t.toLowerCase() === title.toLowerCase()));
      return holders[0] ?? (matches.includes(apart) ? apart : matches[0]!);
    }
    if (matches.length <= 1) return matches[0] ?? -1;
    // "Ana Lind … Lind said … her brother Olav Lind … Lind added": once one of them has been called by the word
    // alone, the word stays that person's; a writer names the other in full.
    const calledSo = matches.filter((i) => this.people[i]!.counts.has(word));
    if (calledSo.length >= 1) matches = calledSo;
    if (matches.length === 1) return matches[0]!;
    for (let r = this.recent.length - 1; r >= 0; r--) if (matches.includes(this.recent[r]!)) return this.recent[r]!;
    return matches[0]!;
  }

  /**
   * "first lady Ana Lind … Mr. Lind said": an honorific of the other gender than every full name holding the word
   * is another person of that surname, set apart before the single words are resolved.
   */
  separateByGender(word: string, gender: 'male' | 'female'): void {
    const holders = this.anyTokens.get(word) ?? [];
    if (this.byKey.has(word) || holders.length === 0) return;
    if (holders.some((i) => this.people[i]!.gender === null || this.people[i]!.gender === gender)) return;
    this.people[this.add([word])]!.gender = gender;
  }

  /** A person whose whole name is this one word, or -1. */
  exact(word: string): number {
    return this.byKey.get(word) ?? -1;
  }

  /** The one person of a full name whose surname `word` misspells by a letter or two ("Halvrosen" for Josh Halvorsen), or -1. */
  nearSurname(word: string): number {
    const near = this.people.flatMap((p, i) => (p.tokens.length > 1 && p.tokens.at(-1) !== word && similarToken(p.tokens.at(-1)!, word) ? [i] : []));
    return near.length === 1 ? near[0]! : -1;
  }

  /** Record one mention of `person`. */
  record(person: number, mention: Omit<PersonMention, 'person' | 'subject'>, title: string | null, female: boolean | null): void {
    const p = this.people[person]!;
    this.mentions.push({ ...mention, person, subject: false });
    p.counts.set(mention.name, (p.counts.get(mention.name) ?? 0) + 1);
    if (!p.aliases.includes(mention.alias)) p.aliases.push(mention.alias);
    if (!p.aliases.includes(mention.name)) p.aliases.push(mention.name);
    if (title && !p.titles.includes(title)) p.titles.push(title);
    if (female !== null) p.gender = female ? 'female' : 'male';
    this.recent.push(person);
  }

  /** The people mentioned, in order of first mention, each named by its fullest form; mentions renumbered and sorted. */
  finish(): { people: FoundPerson[]; mentions: PersonMention[] } {
    const firstSeen = new Map<number, number>();
    this.mentions.forEach((m, i) => firstSeen.has(m.person) || firstSeen.set(m.person, i));
    const order = [...firstSeen.keys()];
    const renumber = new Map(order.map((p, i) => [p, i]));
    for (const m of this.mentions) m.person = renumber.get(m.person)!;
    const people = order.map((i) => {
      const p = this.people[i]!;
      // The fullest form: most words, then the spelling used most.
      const forms = [...p.counts.entries()].sort((x, y) => y[0].split(' ').length - x[0].split(' ').length || y[1] - x[1]);
      const name = forms[0]?.[0] ?? p.name;
      const variants = p.variants.filter((v) => v !== name).concat(p.tokens.join(' ') !== name ? [p.tokens.join(' ')] : []);
      return { name, aliases: p.aliases, titles: p.titles, variants, gender: p.gender };
    });
    this.mentions.sort((a, b) => a.block - b.block || a.start - b.start);
    return { people, mentions: this.mentions };
  }
}
