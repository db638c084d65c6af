/**
 * Stage: people. Finds the people an article names and merges the forms it uses for each
 * ("Chinese President Xi Jinping", "Mr. Xi", "Xi"). A capitalised phrase becomes a person only on evidence:
 * an honorific, a title or role word before it, a role after it, a speech verb after it, or a full name
 * the article has already established. Organisations and places that contain a name are left out.
 */
import { distance } from 'fastest-levenshtein';
import { isPlace } from '../gazetteer.ts';
import { genderOf, isGivenName } from './given-names.ts';
import { HONORIFICS, LOWERCASE_ROLE_WORDS, NOT_NAME_WORDS, ORG_WORDS, PLACE_HEADS, SPEECH_VERBS, TITLE_WORDS } from '../lexicon.ts';
import { sentences, tokenize, type Token } from '../tokens.ts';

/** A span of a block that names a person. */
export interface PersonMention {
  /** Index of the block. */
  block: number;
  /** [start, end) in the block's text, without title or possessive. */
  start: number;
  end: number;
  /** Name tokens as written ("Xi", "Xi Jinping"). */
  name: string;
  /** The surface form with its honorific or short title ("Mr. Xi", "President Xi"). */
  alias: string;
  /** Index into the returned people. */
  person: number;
  /** True when the mention is the grammatical subject position of its sentence (not after a preposition or verb). */
  subject: boolean;
}

/** A person found in one article, before ids are settled across articles. */
export interface FoundPerson {
  name: string;
  aliases: string[];
  titles: string[];
  /** Spellings that differ from `name` beyond case ("Anthony" for "Antony"). */
  variants: string[];
  /** Honorific gender where one was seen (Mr. → male), for pronoun agreement. */
  gender: 'male' | 'female' | null;
}

/** Names the editor declared (content/people.yaml): surface form → canonical name. */
export type KnownAliases = ReadonlyMap<string, string>;

/** "al-Rashid", "el-Sisi", "bin-Salman": a lowercase particle joined to a capitalised name. */
const ARABIC_PARTICLE = /^(?:al|el|bin|ibn|abu|ben|ould|ag)-\p{Lu}/u;
const PARTICLES = new Set(['de', 'van', 'von', 'bin', 'al', 'da', 'di', 'du', 'del', 'der', 'den', 'ibn', 'la', 'le', 'ter', 'dos', 'das']);
const PREPOSITIONS = new Set([
  'with',
  'to',
  'by',
  'for',
  'from',
  'of',
  'at',
  'on',
  'in',
  'about',
  'between',
  'against',
  'toward',
  'towards',
  'than',
  'and',
  'met',
  'meet',
  'meets',
  'told',
  'tell',
  'called',
  'urged',
  'asked',
  'thanked',
  'invited',
  'visited',
  'greeted',
  'addressing',
  'like',
  'as',
  'under',
  'after',
  'before',
  'whom',
  'among',
  'alongside',
  'beside',
  'besides',
  'including',
  'behind',
  'near',
  'beat',
  'defeated',
  'replaced',
  'succeeded',
  'interviewed',
  'hired',
  'fired',
  'appointed',
  'named',
  'joined',
  'accused',
  'praised',
  'criticised',
  'criticized',
  'thanks',
  'via',
  'into',
  'onto',
  'over',
  'against',
]);
const MODIFIERS = new Set([
  'top',
  'senior',
  'former',
  'chief',
  'deputy',
  'acting',
  'vice',
  'foreign',
  'then',
  'current',
  'outgoing',
  'incoming',
  'new',
  'and',
  'of',
  'the',
  'research',
  'academic',
  'committee',
  'policy',
  'security',
  'national',
  'state',
  'defence',
  'defense',
  'trade',
  'finance',
  'economic',
  'military',
  'political',
  'general',
  'assistant',
  'associate',
]);
const FEMALE = new Set(['mrs', 'ms', 'miss', 'madam', 'madame', 'mme', 'dame', 'lady', 'frau', 'sra']);

const bare = (w: string) => w.replace(/\.$/, '');
const lower = (w: string) => w.toLowerCase();
const isHonorific = (t: Token) => HONORIFICS.has(bare(t.word));
const isAcronym = (w: string) => w.length >= 2 && w === w.toUpperCase() && (/\p{Lu}{2}/u.test(w) || /^(?:\p{Lu}\.)+\p{Lu}?$/u.test(w));
const isTitleWord = (w: string) => TITLE_WORDS.has(lower(w));

/** Could this capitalised word be part of a personal name? */
function nameLike(t: Token): boolean {
  const w = t.word;
  return (
    (t.capital || ARABIC_PARTICLE.test(w)) &&
    !isAcronym(w) &&
    !/\d/.test(w) &&
    !NOT_NAME_WORDS.has(w) &&
    !isTitleWord(w) &&
    !LOWERCASE_ROLE_WORDS.has(lower(w)) &&
    !(ORG_WORDS.has(lower(w)) && !PLACE_HEADS.has(lower(w))) &&
    !HONORIFICS.has(w)
  );
}

/** A place word can end a name ("Ana Lima") but not start one ("Beijing", "Washington’s"). */
const isPlaceToken = (t: Token) => isPlace(t.word);

/** Runs of capitalised words (with "of", particles and honorifics inside), one space apart. */
function capitalRuns(text: string, tokens: Token[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let i = 0;
  while (i < tokens.length) {
    if (!tokens[i]!.capital) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < tokens.length && !tokens[j]!.possessive) {
      const t = tokens[j]!;
      if (t.dotted && !(HONORIFICS.has(t.word) || t.word.length === 1 || isTitleWord(t.word))) break;
      const gap = text.slice(t.end + (t.dotted ? 1 : 0), tokens[j + 1]!.start).replace(/\u0000+ /, '');
      if (gap !== ' ') break;
      const next = tokens[j + 1]!;
      if (next.capital || ARABIC_PARTICLE.test(next.word)) j++;
      else if (PARTICLES.has(next.word) || next.word === 'of') {
        // "van der Berg", "da Silva", "Secretary of State": particles between capitalised words.
        let k = j + 1;
        while (k < tokens.length && (PARTICLES.has(tokens[k]!.word) || tokens[k]!.word === 'of') && k - j <= 2) k++;
        if (tokens[k]?.capital && text.slice(tokens[k - 1]!.end, tokens[k]!.start) === ' ') j = k;
        else break;
      } else break;
    }
    runs.push([i, j + 1]);
    i = j + 1;
  }
  return runs;
}

/** The title words written just before a name, back to a boundary ("China’s top diplomat", "Microsoft co-founder and philanthropist"). */
function titleBefore(text: string, tokens: Token[], runStart: number, prefixEnd: number): string | null {
  let first = runStart;
  for (let k = runStart - 1; k >= 0; k--) {
    const t = tokens[k]!;
    const gap = text.slice(t.end + (t.dotted ? 1 : 0), tokens[k + 1]!.start);
    if (gap !== ' ' && gap !== '’s ' && gap !== "'s ") break;
    const w = lower(t.word);
    // "co-founder and philanthropist" joins two roles; "Wang Yi and Foreign Minister" joins two people.
    if (w === 'and' && !LOWERCASE_ROLE_WORDS.has(lower(tokens[k - 1]?.word ?? ''))) break;
    if (t.capital && nameLike(t) && !t.possessive && !isTitleWord(tokens[k + 1]!.word) && tokens[k + 1]!.capital) break;
    if (LOWERCASE_ROLE_WORDS.has(w) || MODIFIERS.has(w) || (t.capital && !NOT_NAME_WORDS.has(t.word)) || t.possessive) first = k;
    else break;
  }
  for (let k = runStart; k < prefixEnd; k++) if (isHonorific(tokens[k]!)) return titleBefore(text, tokens, k + 1, prefixEnd);
  const words = tokens.slice(first, prefixEnd);
  while (words.length && ['and', 'of', 'the'].includes(lower(words[0]!.word))) words.shift();
  if (!words.some((t) => isTitleWord(t.word) || LOWERCASE_ROLE_WORDS.has(lower(t.word)))) return null;
  return text.slice(words[0]!.start, words[words.length - 1]!.end + (words[words.length - 1]!.possessive ? 2 : 0));
}

/** A role in apposition after a name: "Liu Fu-kuo, a research fellow at …," or ", who is Xi’s top adviser,". */
function titleAfter(text: string, end: number): string | null {
  const m = /^,\s+(?:who is |who was )?(?:(?:a|an|the)\s+)?([^,.;:“”]{3,140}?)(?=[,.;:]|$)/u.exec(text.slice(end, end + 160));
  if (!m) return null;
  const phrase = m[1]!;
  const head = phrase
    .split(' ')
    .slice(0, 5)
    .map((w) => lower(w.replace(/[’']s$/, '')));
  return head.some((w) => LOWERCASE_ROLE_WORDS.has(w) || TITLE_WORDS.has(w)) ? phrase : null;
}

/** Do two spellings of a name token look like one name misspelt ("Antony"/"Anthony")? */
function similarToken(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 4 || b.length < 4 || a[0] !== b[0]) return false;
  return distance(lower(a), lower(b)) <= (Math.min(a.length, b.length) >= 7 ? 2 : 1);
}

/** Find the people named in `blocks`. `known` maps editor-declared aliases to names. */
export function findPeople(
  blocks: readonly string[],
  known: KnownAliases = new Map(),
  orgNames: ReadonlySet<string> = new Set(),
): { people: FoundPerson[]; mentions: PersonMention[] } {
  const people: Array<FoundPerson & { tokens: string[]; counts: Map<string, number> }> = [];
  const mentions: PersonMention[] = [];
  const orgs = new Set<string>();

  /** Add a full name (tokens) as a person or return the one it spells. */
  // Indexes over `people`: by full key, by first word, and by first-or-last word of full names.
  const byKey = new Map<string, number>();
  const firstTokens = new Map<string, number[]>();
  const endTokens = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, w: string, i: number) => {
    const list = map.get(w);
    if (list) list.push(i);
    else map.set(w, [i]);
  };
  const personFor = (nameTokens: string[]): number => {
    const key = nameTokens.join(' ');
    let idx = byKey.get(key) ?? -1;
    // "Van der Meer" after "Lena van der Meer", "De la Torre" after "José Luis de la Torre Mendoza":
    // a particle surname on its own is the same person.
    if (idx === -1 && nameTokens.length > 1 && PARTICLES.has(nameTokens[0]!.toLowerCase()))
      idx = people.findIndex((p) => p.tokens.length > nameTokens.length && ` ${p.tokens.join(' ').toLowerCase()} `.includes(` ${key.toLowerCase()} `));
    if (idx === -1 && nameTokens.length > 1)
      idx = people.findIndex((p) => p.tokens.length === nameTokens.length && p.tokens.every((t, k) => similarToken(t, nameTokens[k]!)));
    if (idx === -1) {
      people.push({
        name: key,
        aliases: [],
        titles: [],
        variants: [],
        gender: genderOf(nameTokens[0]!),
        tokens: nameTokens,
        counts: new Map(),
      });
      idx = people.length - 1;
      byKey.set(key, idx);
      add(firstTokens, nameTokens[0]!, idx);
      if (nameTokens.length > 1) {
        // Any word of a full name can stand for it ("Restrepo" for "Juan Camilo Restrepo Vélez"), but particles.
        for (const t of new Set(nameTokens)) if (!PARTICLES.has(t)) add(endTokens, t, idx);
      }
      return idx;
    }
    const p = people[idx]!;
    if (p.tokens.join(' ') !== key && nameTokens.length === p.tokens.length && !p.variants.includes(key)) p.variants.push(key);
    return idx;
  };

  // Pass 1: names with evidence.
  type Candidate = {
    block: number;
    start: number;
    end: number;
    tokens: string[];
    alias: string;
    title: string | null;
    female: boolean | null;
    strong: boolean;
  };
  const candidates: Candidate[] = [];
  /** Nickname → the surname written after it, to find the person once full names are known. */
  const nicknames = new Map<string, string>();
  const parsed = blocks.map((raw) => {
    // "Pablo “El Martillo” Ruiz-Ortega": a nickname in quotation marks inside a name is masked (same length).
    const text = raw.replace(/(?<=\p{Lu}[\p{Ll}’'-]+) [“"‘][\p{Lu}][^“”"‘’]{0,28}[”"’](?= \p{Lu})/gu, (m, at: number) => {
      // The nickname becomes a name of the person it sits in ("Greg “Rusty” Rutherford" … "Rusty said").
      const after = /^ ((?:\p{Lu}[\p{L}’'-]*)(?: \p{Lu}[\p{L}’'-]*)?)/u.exec(raw.slice(at + m.length));
      if (after) nicknames.set(m.trim().slice(1, -1), after[1]!);
      return ' ' + '\u0000'.repeat(m.length - 1);
    });
    const tokens = tokenize(text);
    return { text, tokens, runs: capitalRuns(text, tokens) };
  });

  parsed.forEach(({ text, tokens, runs }, block) => {
    for (const [a, bEnd] of runs) {
      let b = bEnd;
      // Generational suffixes end a name without being part of it ("Charles Hollis III", "Martin Luther King Jr.").
      let b2 = b;
      while (b2 > a + 1 && /^(?:Jr|Sr|II|III|IV)$/.test(tokens[b2 - 1]!.word)) b2--;
      b = b2;
      let k = b;
      // A phrase ending in a place word is a place ("Central Park"); inside a name the word is a name ("Park Ji-woo").
      if (PLACE_HEADS.has(lower(tokens[b - 1]!.word)) && !known.has(text.slice(tokens[a]!.start, tokens[b - 1]!.end))) continue;
      while (k > a && (nameLike(tokens[k - 1]!) || (PARTICLES.has(tokens[k - 1]!.word) && k < b))) k--;
      while (k < b && PARTICLES.has(tokens[k]!.word)) k++;
      while (k < b && isPlaceToken(tokens[k]!)) k++;
      // A run holding an organisation word before the name part is an organisation, unless a title word separates them.
      const prefix = tokens.slice(a, k);
      const nameTokens = tokens.slice(k, b);
      if (nameTokens.length === 0 || nameTokens.length > 5) continue;
      const surface = nameTokens.map((t) => t.word).join(' ');
      const knownName = known.get(surface);
      if (!knownName && (isPlace(surface) || orgNames.has(surface))) continue;
      const orgBefore = prefix.some((t) => ORG_WORDS.has(lower(t.word))) && !prefix.some((t) => isTitleWord(t.word));
      if (orgBefore && !knownName) {
        orgs.add(text.slice(tokens[a]!.start, tokens[b - 1]!.end));
        continue;
      }
      const honorific = prefix.findLast((t) => isHonorific(t));
      const lastPrefix = prefix[prefix.length - 1];
      const prev = tokens[a - 1];
      const next = tokens[b];
      const end = nameTokens[nameTokens.length - 1]!.end;
      const commaRole =
        nameTokens.length > 1 &&
        /^,/.test(text.slice(end + (tokens[b - 1]!.possessive ? 2 : 0))) &&
        /,\s*$/.test(text.slice(Math.max(0, tokens[a]!.start - 3), tokens[a]!.start)) &&
        tokens.slice(Math.max(0, a - 6), a).some((t) => isTitleWord(t.word) || LOWERCASE_ROLE_WORDS.has(lower(t.word)));
      const roleBefore = commaRole || prefix.some((t) => isTitleWord(t.word)) || (prev && LOWERCASE_ROLE_WORDS.has(prev.word) && !prev.capital);
      const after = text.slice(end + (tokens[b - 1]!.possessive ? 2 : 0), end + 80);
      const appositive = titleAfter(text, end + (tokens[b - 1]!.possessive ? 2 : 0));
      const aged = /^,\s+(?:\d{1,3},|(?:an?|the)\s+\d{1,3}-year-old\b)/.test(after);
      const speaks = next !== undefined && !nameTokens[nameTokens.length - 1]!.possessive && SPEECH_VERBS.has(next.word) && text.slice(end, next.start) === ' ';
      const afterThe = prev !== undefined && /^(the|a|an)$/i.test(prev.word) && text.slice(prev.end, tokens[a]!.start) === ' ';
      const multi =
        nameTokens.length >= 2 &&
        nameTokens.every(
          (t) =>
            PARTICLES.has(t.word) || /^\p{Lu}[\p{Ll}’']/u.test(t.word) || /^\p{Lu}\p{Ll}*-\p{L}/u.test(t.word) || /^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+$/u.test(t.word),
        );
      const possessiveOfOrg = nameTokens[nameTokens.length - 1]!.possessive && next?.capital && nameLike(next);
      if (possessiveOfOrg && !honorific) {
        orgs.add(surface);
        continue;
      }
      const strong = Boolean(honorific || roleBefore || appositive || knownName || aged);
      // A bare capitalised pair needs one more sign: a common given name, a speech verb, or ", who".
      const relative = /^,\s+who\b/.test(text.slice(end + (tokens[b - 1]!.possessive ? 2 : 0)));
      const orgContext = prev !== undefined && /^(?:at|for|from|via)$/i.test(prev.word);
      const weak = multi && !afterThe && (speaks || relative || (isGivenName(nameTokens[0]!.word) && !orgContext));
      if (!strong && !weak) continue;
      const shortTitle = lastPrefix && isTitleWord(lastPrefix.word) && prefix.length === 1 ? lastPrefix.word + ' ' : '';
      const honorificText = honorific ? text.slice(honorific.start, honorific.end + (honorific.dotted ? 1 : 0)) + ' ' : '';
      const title = titleBefore(text, tokens, a, k) ?? appositive;
      candidates.push({
        block,
        start: nameTokens[0]!.start,
        end,
        tokens: (knownName ?? surface).split(' '),
        alias: honorificText ? honorificText + surface : shortTitle && nameTokens.length === 1 ? shortTitle + surface : surface,
        title,
        female: honorific ? FEMALE.has(lower(bare(honorific.word))) : null,
        strong,
      });
    }
  });

  // A phrase seen as an organisation anywhere ("Al Jazeera’s Katrina Yu") is not a person elsewhere ("told Al Jazeera").
  for (let i = candidates.length - 1; i >= 0; i--) {
    const c = candidates[i]!;
    if (!c.strong && orgs.has(c.tokens.join(' '))) candidates.splice(i, 1);
  }
  // Full names first, so single words attach to them.
  for (const c of candidates.filter((c) => c.tokens.length > 1)) personFor(c.tokens);

  // Pass 2: every capitalised word that spells a known person's name token, in text order.
  const recent: number[] = [];
  const resolveSingle = (word: string, gender: 'male' | 'female' | null = null): number => {
    let matches = [...new Set(endTokens.get(word) ?? [])];
    // "Mr. Reyes" and "Ms. Reyes" are the brother and the sister.
    if (gender && matches.length > 1) {
      const agreeing = matches.filter((i) => people[i]!.gender === gender);
      if (agreeing.length) matches = agreeing;
    }
    if (matches.length === 0) return -1;
    if (matches.length === 1) return matches[0]!;
    for (let r = recent.length - 1; r >= 0; r--) if (matches.includes(recent[r]!)) return recent[r]!;
    return matches[0]!;
  };
  const byPlace = new Map(candidates.map((c) => [`${c.block}:${c.start}`, c]));
  const candidatesByBlock = new Map<number, Candidate[]>();
  for (const c of candidates) {
    const list = candidatesByBlock.get(c.block);
    if (list) list.push(c);
    else candidatesByBlock.set(c.block, [c]);
  }

  parsed.forEach(({ text, tokens }, block) => {
    let covered = -1;
    tokens.forEach((t, idx) => {
      const c = byPlace.get(`${block}:${t.start}`);
      if (c) {
        let person = c.tokens.length > 1 ? personFor(c.tokens) : resolveSingle(c.tokens[0]!, c.female === null ? null : c.female ? 'female' : 'male');
        if (person === -1) person = c.strong ? personFor(c.tokens) : -1;
        if (person === -1) return;
        record(person, block, c.start, c.end, c.tokens.join(' '), c.alias, c.title, c.female);
        return;
      }
      if (!t.capital || insideCandidate(block, t.start) || covered > t.start) return;
      const full =
        (firstTokens.get(t.word) ?? []).find((i) => {
          const p = people[i]!;
          return (
            p.tokens.length > 1 &&
            p.tokens.every((w, k) => tokens[idx + k]?.word === w && (k === 0 || text.slice(tokens[idx + k - 1]!.end, tokens[idx + k]!.start) === ' '))
          );
        }) ?? -1;
      if (full !== -1) {
        const last = tokens[idx + people[full]!.tokens.length - 1]!;
        covered = last.end;
        record(full, block, t.start, last.end, people[full]!.tokens.join(' '), people[full]!.tokens.join(' '), null, null);
        return;
      }
      let word = known.get(t.word) ?? t.word;
      let person = resolveSingle(word);
      // "Blinkens’ visit": a plural possessive glued to a known surname.
      if (person === -1 && /s$/.test(word) && (t.possessive || /^\s\p{Ll}/u.test(text.slice(t.end, t.end + 2)))) {
        word = word.slice(0, -1);
        person = resolveSingle(word);
      }
      if (person === -1 && nicknames.has(word)) person = resolveSingle(nicknames.get(word)!.split(' ').at(-1)!);
      if (person === -1) {
        const p = byKey.get(word) ?? -1;
        if (p === -1) return;
        person = p;
      }
      record(person, block, t.start, t.start + word.length, word, word, null, null);
    });
  });

  function insideCandidate(block: number, at: number): boolean {
    return (candidatesByBlock.get(block) ?? []).some((c) => c.start < at && at < c.end);
  }

  function record(person: number, block: number, start: number, end: number, name: string, alias: string, title: string | null, female: boolean | null) {
    const p = people[person]!;
    mentions.push({ block, start, end, name, alias, person, subject: false });
    p.counts.set(name, (p.counts.get(name) ?? 0) + 1);
    if (!p.aliases.includes(alias)) p.aliases.push(alias);
    if (!p.aliases.includes(name)) p.aliases.push(name);
    if (title && !p.titles.includes(title)) p.titles.push(title);
    if (female !== null) p.gender = female ? 'female' : 'male';
    recent.push(person);
  }

  // Single-word people that turned out to be part of a full name are merged into it.
  const used = new Set(mentions.map((m) => m.person));
  const order = [...used].sort((a, b) => mentions.findIndex((m) => m.person === a) - mentions.findIndex((m) => m.person === b));
  const renumber = new Map(order.map((p, i) => [p, i]));
  for (const m of mentions) m.person = renumber.get(m.person)!;
  const out = order.map((i) => {
    const p = people[i]!;
    // The fullest form: most words, then the spelling used most.
    const forms = [...p.counts.entries()].sort((x, y) => y[0].split(' ').length - x[0].split(' ').length || y[1] - x[1]);
    const name = forms[0]?.[0] ?? p.name;
    return {
      name,
      aliases: p.aliases,
      titles: p.titles,
      variants: p.variants.filter((v) => v !== name).concat(p.tokens.join(' ') !== name ? [p.tokens.join(' ')] : []),
      gender: p.gender,
    };
  });
  mentions.sort((a, b) => a.block - b.block || a.start - b.start);
  markSubjects(parsed, mentions);
  return { people: out, mentions };
}

/**
 * A subject is the first named person of its clause who is neither possessive ("Blinken’s visit") nor governed
 * by a preposition or verb ("talks with Foreign Minister Qin Gang", "met … Bill Gates"); pronouns resolve to
 * subjects. Clauses split at punctuation and at conjunctions ("…, while Mr. Blinken later told reporters").
 */
const CLAUSE_BREAK = /[,;:()—–]|\b(?:and|but|while|whereas|who|which|as|because|although|though|after|before|when|since)\b/;

function markSubjects(parsed: Array<{ text: string; tokens: Token[] }>, mentions: PersonMention[]): void {
  const mentionsByBlock = new Map<number, PersonMention[]>();
  for (const m of mentions) {
    const list = mentionsByBlock.get(m.block);
    if (list) list.push(m);
    else mentionsByBlock.set(m.block, [m]);
  }
  parsed.forEach(({ text, tokens }, block) => {
    const own = mentionsByBlock.get(block) ?? [];
    if (!own.length) return;
    const tokenAt = new Map(tokens.map((t, i) => [t.start, i]));
    for (const [s, e] of sentences(text)) {
      let clauseTaken = false;
      let lastEnd = s;
      for (const m of own) {
        if (m.start < s || m.start >= e) continue;
        if (CLAUSE_BREAK.test(text.slice(lastEnd, m.start))) clauseTaken = false;
        lastEnd = m.end;
        let k = tokenAt.get(m.start) ?? -1;
        const last = tokens[(tokenAt.get(m.start) ?? 0) + m.name.split(' ').length - 1];
        if (k === -1 || last?.possessive) continue;
        // Walk back over the title phrase to the word that governs it.
        while (k > 0) {
          const t = tokens[k - 1]!;
          const gap = text.slice(t.end + (t.dotted ? 1 : 0), tokens[k]!.start);
          const w = lower(t.word);
          if (gap !== ' ' || !(t.capital || LOWERCASE_ROLE_WORDS.has(w) || MODIFIERS.has(w) || PARTICLES.has(w) || t.possessive) || PREPOSITIONS.has(w)) break;
          k--;
        }
        const governor = tokens[k - 1];
        const governed =
          governor !== undefined && governor.start >= s && PREPOSITIONS.has(lower(governor.word)) && text.slice(governor.end, tokens[k]!.start) === ' ';
        if (!governed && !clauseTaken) m.subject = true;
        clauseTaken = true;
      }
    }
  });
}
