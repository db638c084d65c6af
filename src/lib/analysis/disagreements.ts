/**
 * Where outlets disagree: numbers stated differently about the same thing, one person's name spelt two ways,
 * different offices given to one person. Facts are compared only when their context says they are about the
 * same thing (same kind of event, the same people, no conflicting day, values of the same order), so two
 * numbers about different things are never a conflict; "first visit since 2018" and "in five years" agree.
 */
import { TITLE_WORDS } from '../lexicon.ts';
import { shortGiven } from '../parse/people/registry.ts';
import { STOPWORDS } from '../words.ts';
import { FOREIGN_WORDS, isForeign } from './translations.ts';
import type { Disagreement, FactSource } from '../schema/analysis.ts';
import type { ArticleRecord } from '../schema/record.ts';
import { findEventDates, findFacts, THINGS_EVENTS, type EventDate, type Fact } from './facts.ts';
import { placeSpellings, sentenceAt, surnameSpellings, titleSource } from './names.ts';
import { sumDisagreements } from './totals.ts';
import { findTallies, mayHaveGrown, sameTally } from './tallies.ts';
import { findTolls } from './tolls.ts';
import { findTenures } from './tenures.ts';
import { findAges } from './ages.ts';
import { findAboard } from './aboard.ts';
import { findMembers, findPopulations } from './populations.ts';
import { agreeAcrossZones, findClockTimes, sameClock } from './clock.ts';
import { findSizes, sameSize } from './sizes.ts';
import { findDepths } from './depths.ts';
import { findSums, sameSum } from './money.ts';
import { founderDisagreements } from './founders.ts';
import { interval, show, source } from './values.ts';
import { participantDisagreements } from './participants.ts';
import { venueDisagreements } from './venues.ts';
import { crowdDisagreements } from './crowds.ts';
import { eventYearDisagreements } from './years.ts';
import { eventDayDisagreements } from './days.ts';
import { vehicleDisagreements } from './vehicles.ts';
import { rankDisagreements } from './ranks.ts';
import { ordinalDisagreements } from './ordinals.ts';
import { rangeDisagreements } from './ranges.ts';

/**
 * Offices, as opposed to descriptions ("top diplomat", "member", "adviser", "billionaire", "brother"), for the title check;
 * a spokesperson speaks for an office (`press secretary`, `spokeswoman` of one person) and holds none of its own.
 */
const OFFICES = new Set(
  [...TITLE_WORDS].filter(
    (w) =>
      !/^(member|official|leader|head|chief|diplomat|adviser|advisor|expert|analyst|fellow|author|writer|activist|philanthropist|predecessor|successor|counterpart|candidate|nominee|executive|assistant|deputy|under|vice|general|doctor|dr|prof|scientist|lawyer|player|coach|captain|editor|correspondent|reporter|researcher|scholar|economist|officer|founder|co-founder|cofounder|billionaire|tycoon|businessman|businesswoman|magnate|father|mother|brother|sister|son|daughter|imam|spokesman|spokeswoman|spokesperson)$/.test(
        w,
      ),
  ),
);

/**
 * One office written two ways: an abbreviation ("PM", "Maj", "Rep"), another word for it ("premier", "congressman"),
 * or the word in German or French ("Außenminister", "Kanzler", "Präsident"); each maps to the word the others use.
 */
const SAME_OFFICE: Record<string, string> = {
  pm: 'prime',
  premier: 'prime',
  cm: 'minister',
  maj: 'major',
  sen: 'senator',
  gov: 'governor',
  rep: 'representative',
  congressman: 'representative',
  congresswoman: 'representative',
  capt: 'captain',
  sgt: 'sergeant',
  cpl: 'corporal',
  gen: 'general',
  pvt: 'private',
  col: 'colonel',
  lt: 'lieutenant',
  adm: 'admiral',
  amb: 'ambassador',
  atty: 'attorney',
  supt: 'superintendent',
  insp: 'inspector',
  det: 'detective',
  cmdr: 'commander',
  cdr: 'commander',
  // A judge is styled `Justice` before the name (`Justice Ferreira`) and called `the judge` elsewhere.
  justice: 'judge',
  chairwoman: 'chairman',
  chairperson: 'chairman',
  chair: 'chairman',
  präsident: 'president',
  präsidentin: 'president',
  président: 'president',
  présidente: 'president',
  kanzler: 'chancellor',
  kanzlerin: 'chancellor',
  bundeskanzler: 'chancellor',
  bundeskanzlerin: 'chancellor',
  außenminister: 'minister',
  außenministerin: 'minister',
  ministerin: 'minister',
  ministre: 'minister',
  gouverneur: 'governor',
  gouverneurin: 'governor',
  bürgermeister: 'mayor',
  bürgermeisterin: 'mayor',
  maire: 'mayor',
  presidente: 'president',
  presidenta: 'president',
  ministro: 'minister',
  ministra: 'minister',
  gobernador: 'governor',
  gobernadora: 'governor',
  governatore: 'governor',
};

/** A cheap first test of an article for any word opened by `ex` that EX_OFFICE could read. */
const EX_WORD = /(?:^|[\s(’'])[Ee]x-?\p{L}{4,}/u;
/**
 * An office written with `ex` joined to it right before a mention of its person (`el expresidente Dupont`, `o
 * ex-presidente Dupont`, `l'ex-ministre Dupont`, `Ex-Präsident Dupont`): how copies in other languages write a
 * former office, in one word the parser reads no title from. Group 1 is the office word.
 */
const EX_OFFICE = /(?:^|[\s(’'])[Ee]x-?(\p{L}{4,})\s+$/u;

const jaccard = (a: string[], b: string[]) => {
  const x = new Set(a);
  const shared = b.filter((w) => x.has(w)).length;
  return shared / (x.size + b.length - shared || 1);
};

/** Two sentences opening on the same pronoun of one person ("He …", "She …"). */
const samePronoun = (a: string, b: string) => {
  const [x, y] = [/^(he|she)\b/i.exec(a.trimStart())?.[1], /^(he|she)\b/i.exec(b.trimStart())?.[1]];
  return x !== undefined && x.toLowerCase() === y?.toLowerCase();
};

/** Do two facts talk about the same thing? */
function sameFact(a: Fact, b: Fact): boolean {
  if (a.article === b.article || a.unit !== b.unit || a.event !== b.event || a.event === null) return false;
  if (a.unit === 'count') return sameTally(a, b);
  if (a.unit === 'length') return sameSize(a, b);
  if (a.unit === 'money') return sameSum(a, b);
  if (a.unit === 'clock') return sameClock(a, b);
  // The day matters for a meeting's length, not for how far a place is.
  if (a.day && b.day && a.day !== b.day && a.unit !== 'km') return false;
  const ratio = Math.max(a.value, b.value) / Math.max(Math.min(a.value, b.value), 1e-9);
  if (ratio > 2) return false;
  // A distance from one named place, or the time since the last such event: the context is in the words.
  if (a.event === 'absence' || a.event === 'war' || a.unit === 'km') return true;
  return (
    (a.people.length > 0 && b.people.length > 0 && jaccard(a.people, b.people) >= 0.5) ||
    (a.day !== null && a.day === b.day && jaccard(a.people, b.people) > 0) ||
    // "the meeting, which lasted over four hours" names nobody: it is the story's meeting when the other names its people.
    (a.people.length === 0) !== (b.people.length === 0) ||
    // A fire is nobody's: two sentences naming no one are about the story's fire.
    (THINGS_EVENTS.has(a.event) && a.people.length === 0 && b.people.length === 0) ||
    // "She stayed in hospital for 23 days" / "She was hospitalised for three weeks": naming no one, both open on
    // one person's pronoun, the person the story is about.
    (a.event === 'hospital stay' && a.people.length === 0 && b.people.length === 0 && samePronoun(a.sentence, b.sentence))
  );
}

/** What a group of facts measures, in words. */
function subjectOf(f: Fact): string {
  if (f.unit === 'count') return `number of ${f.label}`;
  if (f.event === 'depth') return 'depth';
  if (f.unit === 'length') return `size of the ${f.label}`;
  if (f.unit === 'money') return `sum of money: ${f.label}`;
  if (f.unit === 'clock') return `time of the ${f.label}${f.noun === 'local' ? '' : ` (${f.noun})`}`;
  if (f.unit === 'km') return f.event!;
  if (f.event === 'absence') return 'years since the last such visit';
  if (f.event === 'office') return 'time in office';
  if (f.event?.startsWith('time ')) return f.event;
  if (f.event === 'age') return 'age';
  return `length of the ${f.event}`;
}

/** Numbers the outlets state differently. */
function numberDisagreements(records: readonly ArticleRecord[], names: Map<string, string>): Disagreement[] {
  const facts = records.flatMap((r) => {
    const tallies = findTallies(r);
    // A toll the tallies read already (the same number in the same sentence) is one fact.
    const tolls = findTolls(r).filter((t) => !tallies.some((f) => f.event === 'die' && f.value === t.value && f.sentence === t.sentence));
    return [
      ...findFacts(r),
      ...findTenures(r),
      ...findAges(r),
      ...tallies,
      ...tolls,
      ...findAboard(r),
      ...findPopulations(r),
      ...findMembers(r),
      ...findSizes(r),
      ...findDepths(r),
      ...findSums(r),
      ...findClockTimes(r),
    ];
  });
  const parent = facts.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  // A total over several meetings is compared with other totals only (and with sums of parts, in totals.ts).
  const same = (a: Fact, b: Fact) =>
    a.total || b.total ? a.total && b.total && a.article !== b.article && a.unit === b.unit && a.event === b.event : sameFact(a, b);
  for (let i = 0; i < facts.length; i++) for (let j = i + 1; j < facts.length; j++) if (same(facts[i]!, facts[j]!)) parent[find(i)] = find(j);
  const groups = new Map<number, Fact[]>();
  facts.forEach((f, i) => (groups.get(find(i)) ?? groups.set(find(i), []).get(find(i))!).push(f));
  const out: Disagreement[] = [];
  for (const group of groups.values()) {
    // Versions as stated: "more than four hours" and "about four hours" are two versions of one value.
    const values = new Map<string, Fact[]>();
    for (const f of group) (values.get(show(f)) ?? values.set(show(f), []).get(show(f))!).push(f);
    // One number with one qualifier, its noun written two ways ("5 people", "5 passengers"), is one version.
    if (values.size < 2 || new Set(group.map((f) => `${f.value}:${f.qualifier}`)).size < 2) continue;
    const [lo, hi] = group.map(interval).reduce(([a, b], [c, d]) => [Math.max(a, c), Math.min(b, d)], [0, Infinity]);
    // A tally every version states at its own time ("as of noon", "by the evening") may simply have grown.
    const tallied = group[0]!.unit === 'count' && mayHaveGrown([...values.values()]);
    const first = group[0]!;
    const who = first.unit === 'km' || first.event === 'war' ? [] : [...new Set(group.flatMap((f) => f.people))].map((id) => names.get(id) ?? id);
    out.push({
      id: `number-${first.event}-${first.article}-${first.start}`,
      kind: 'number',
      subject: `${first.total ? 'total ' : ''}${subjectOf(first.unit === 'clock' ? (group.find((f) => f.noun === 'local') ?? first) : first)}${who.length ? `: ${who.join(', ')}` : ''}${first.day && first.unit !== 'km' ? ` (${first.day})` : ''}`,
      personId: null,
      versions: [...values].map(([value, fs]) => ({ value, sources: fs.map(source) })),
      compatible: lo <= hi || tallied || (first.unit === 'clock' && agreeAcrossZones(group)),
    });
  }
  return [...out, ...sumDisagreements(facts)];
}

/** A name's words without case, accents or full stops, in alphabetical order: what two spellings must differ in. */
const spellingKey = (form: string): string =>
  form.normalize('NFD').replace(/\p{M}/gu, '').replace(/\./g, '').toLowerCase().split(/\s+/).filter(Boolean).sort().join(' ');

/**
 * `short` is `long` with its first word, a given name, written as that name's short form (`Russ Vale` of `Russell
 * Vale`). A given name with its last letter written twice (`Mirr Vale` of `Mir Vale`) is a slip, not a fuller form.
 */
function shortenedGiven(short: string, long: string): boolean {
  const [x, y] = [short.split(/\s+/), long.split(/\s+/)];
  const doubled = y[0] === `${x[0]}${x[0]!.at(-1)}`;
  return x.length === y.length && x[0]!.length < y[0]!.length && !doubled && shortGiven(x[0]!, y[0]!) && x.slice(1).join(' ') === y.slice(1).join(' ');
}

/** One person's name spelt differently by different outlets. */
function spellingDisagreements(records: readonly ArticleRecord[]): Disagreement[] {
  const forms = new Map<string, Map<string, FactSource[]>>();
  for (const r of records)
    for (const p of r.people)
      for (const [s, e] of p.mentions.offsets) {
        const text = r.text.slice(s, e);
        // A given name written as an initial (`J. Brekke`, or the French `M.` of Monsieur) is no other spelling of it.
        if (text.split(' ').length < 2 || /^\p{L}\.?\s/u.test(text)) continue;
        const byForm = forms.get(p.id) ?? forms.set(p.id, new Map()).get(p.id)!;
        const list = byForm.get(text) ?? byForm.set(text, []).get(text)!;
        if (!list.some((x) => x.article === r.id)) list.push({ article: r.id, outlet: r.source.outlet, sentence: sentenceAt(r, s), text, start: s, end: e });
      }
  const out: Disagreement[] = [];
  for (const [id, byForm] of forms) {
    // Same words in another order ("Sato Haruto"), case, accents ("Sahin") or full stops ("Greta J Kessler") are one spelling.
    const distinct = new Map<string, FactSource[]>();
    for (const [form, list] of byForm) {
      const key = spellingKey(form);
      distinct.set(key, [...(distinct.get(key) ?? []), ...list]);
    }
    // A given name and its short form (`Russell Vale` / `Russ Vale`) are one name written fuller or shorter: one version.
    for (const [k, list] of distinct)
      for (const [j, other] of distinct)
        if (j !== k && distinct.has(k) && shortenedGiven(other[0]!.text, list[0]!.text)) {
          distinct.set(k, [...list, ...other]);
          distinct.delete(j);
        }
    const keys = [...distinct.keys()].filter((k) => k.split(' ').length === Math.max(...[...distinct.keys()].map((x) => x.split(' ').length)));
    if (keys.length < 2) continue;
    out.push({
      id: `spelling-${id}`,
      kind: 'spelling',
      subject: `spelling of ${byForm.keys().next().value}`,
      personId: id,
      versions: keys.map((k) => ({ value: distinct.get(k)![0]!.text, sources: distinct.get(k)! })),
      compatible: false,
    });
  }
  return out;
}

/** The capitalised words of a title, without a leading article: what two outlets' wordings of one office share. */
const officeKey = (title: string): string =>
  title
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w) && w !== 'The')
    .join(' ');

/**
 * One person's given name written as another (`Tomas Brandt Ovelia` / `Teodor Brandt Ovelia`): the parser sees two
 * people, as the words differ. Two names of three words or more alike but for the first, in different articles (none
 * names both), the given names no short form of each other, and given the same office (`the current Abbot of Halm` /
 * `now Abbot of Halm`): relatives share surnames, not the same office in one story.
 */
function givenNameDisagreements(records: readonly ArticleRecord[]): Disagreement[] {
  interface Named {
    id: string;
    words: string[];
    offices: Set<string>;
    sources: FactSource[];
  }
  const byRest = new Map<string, Map<string, Named>>();
  const articlesOf = new Map<string, Set<string>>();
  for (const r of records)
    for (const p of r.people) {
      (articlesOf.get(p.id) ?? articlesOf.set(p.id, new Set()).get(p.id)!).add(r.id);
      const words = p.name.split(/\s+/);
      if (words.length < 3 || /^\p{L}\.?$/u.test(words[0]!)) continue;
      const rest = words.slice(1).join(' ').toLowerCase();
      const people = byRest.get(rest) ?? byRest.set(rest, new Map()).get(rest)!;
      const named = people.get(p.id) ?? people.set(p.id, { id: p.id, words, offices: new Set(), sources: [] }).get(p.id)!;
      for (const t of p.titles) if (officeKey(t)) named.offices.add(officeKey(t));
      const [s, e] = p.mentions.offsets.find(([a, b]) => r.text.slice(a, b) === p.name) ?? p.mentions.offsets[0] ?? [0, 0];
      named.sources.push({ article: r.id, outlet: r.source.outlet, sentence: sentenceAt(r, s), text: r.text.slice(s, e), start: s, end: e });
    }
  const out: Disagreement[] = [];
  for (const people of byRest.values()) {
    const list = [...people.values()];
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const [a, b] = [list[i]!, list[j]!];
        const [ga, gb] = [a.words[0]!, b.words[0]!];
        if (ga.toLowerCase() === gb.toLowerCase() || shortGiven(ga, gb) || shortGiven(gb, ga)) continue;
        if ([...articlesOf.get(a.id)!].some((x) => articlesOf.get(b.id)!.has(x))) continue;
        if (![...a.offices].some((o) => b.offices.has(o))) continue;
        out.push({
          id: `given-${a.id}-${b.id}`,
          kind: 'spelling',
          subject: `given name of ${a.words.slice(1).join(' ')}`,
          personId: a.id,
          versions: [a, b].map((x) => ({ value: x.words.join(' '), sources: x.sources })),
          compatible: false,
        });
      }
  }
  return out;
}

/** Characters of an article enough to tell its language (its function words are everywhere in it). */
const FOREIGN_SAMPLE = 3000;

/** Military ranks (as office words, a former one too): compared only with each other. */
const RANK =
  /^(?:former )?(?:gen|general|col|colonel|maj|major|capt|captain|lt|lieutenant|sgt|sergeant|cpl|corporal|adm|admiral|brig|brigadier|marshal|commander|cmdr|private|pvt)$/;

/** Words that make an office a past one: `former`, `ex`, `ousted`, `deposed` (`then` only as thenOffice says). */
const FORMER = /^(?:former|ex|ousted|deposed|toppled|overthrown)$/;
/** `then` before an office makes it the office held at that time written `then-` or after `the` or a possessive (`the then mayor`). */
const THEN_OFFICE = /(?:^|\s)(?:then-|(?:the|his|her|their|its)\s+then\s)/i;
/** Words of kinship or marriage that make the office after them another person's (`husband of Prime Minister …`). */
const KIN = /^(?:husband|wife|spouse|partner|widow|widower|son|daughter|father|mother|brother|sister|nephew|niece|grandson|granddaughter)$/;
/** Words before the office that belong to the same phrase: no more than three, none a function word. */
const BEFORE_WORDS = 3;

/** Characters between a title and the mention of its person it stands beside (`Minister Dupont`, `Dupont, the minister`). */
const BESIDE = 4;

/**
 * The words (lower case) just before a title where it stands beside a mention of its person (`mentions`), back to a
 * function word or a mark (`the former harbour` before `Minister Dupont` gives `former`, `harbour`): the start of a
 * title phrase the parser left out. The same title beside another person (`former President Lind` before `President
 * Dupont`) says nothing of this one.
 */
function wordsBefore(text: string, title: string, mentions: readonly (readonly [number, number])[]): string[] {
  let at = text.indexOf(title);
  const beside = (i: number) => mentions.some(([s, e]) => (s >= i && s <= i + title.length + BESIDE) || (e <= i && i - e <= BESIDE + 2));
  while (at >= 0 && !beside(at)) at = text.indexOf(title, at + 1);
  if (at <= 0) return [];
  const out: string[] = [];
  // The first word is cut where the slice starts: never read.
  const words = text
    .slice(Math.max(0, at - 60), at)
    .split(/\s+/)
    .slice(at > 60 ? 1 : 0)
    .reverse();
  for (const [i, w] of words.entries()) {
    if (w === '') continue;
    const word = w.toLowerCase().replace(/-$/, '');
    // `then` is the office at that time only written `then-` or after `the` or a possessive (`the then mayor`): `and then
    // Mayor Dupont spoke` tells what came next.
    if (word === 'then') {
      if (w.endsWith('-') || /^(?:the|his|her|their|its)$/i.test(words[i + 1] ?? '')) out.push('former');
      break;
    }
    if (out.length >= BEFORE_WORDS || !/^[\p{L}.’'-]+$/u.test(word) || STOPWORDS.has(word)) break;
    out.push(word);
  }
  return out;
}

/** Characters before a mention within which an office written `ex` + office (`el expresidente Dupont`) may start. */
const EX_REACH = 30;

/** Each person's offices (by office key: `former minister`, `mayor`) with the places that give them. */
type OfficesByPerson = Map<string, Map<string, FactSource[]>>;

/** The list of places giving `office` to person `id`, made empty on first use. */
function officeList(byPerson: OfficesByPerson, id: string, office: string): FactSource[] {
  const byOffice = byPerson.get(id) ?? byPerson.set(id, new Map()).get(id)!;
  return byOffice.get(office) ?? byOffice.set(office, []).get(office)!;
}

/**
 * The office a title the parser gave a person names (`former minister`, `mayor`), or null when it names none of
 * theirs (the rest of a list, another's office, a job for one person).
 */
function officeOfTitle(r: ArticleRecord, p: ArticleRecord['people'][number], title: string): string | null {
  // A "title" opened by a lower-case function word (`and a harbour commissioner`, `e ao diretor do porto`) is the
  // rest of a list or another clause the parser ran on into, no office the person holds.
  if (/^\p{Ll}/u.test(title) && (STOPWORDS.has(title.split(/\s/)[0]!) || FOREIGN_WORDS.has(title.split(/\s/)[0]!))) return null;
  const words = title
    .toLowerCase()
    .split(/[\s-]+/)
    .map((w) => w.replace(/[’']s$/, ''));
  const at = words.findIndex((w) => OFFICES.has(w));
  if (at < 0) return null;
  // Another's office the title names after a word of kinship (`husband of Mayor Dupont`), or an office reached
  // in a clause of the person's career (`a councillor who became harbour minister`), is no office of theirs now.
  if (words.slice(0, at).some((w) => KIN.test(w)) || words.includes('who')) return null;
  // A `personal attorney` or `personal secretary` works for one person: a job, not the office of the word.
  if (words[at - 1] === 'personal') return null;
  const word = words[at]!;
  // A former holder is not the holder: `former President Dupont` and `President Dupont` disagree on whether the
  // office is still theirs (`former` or `ex` before the office word; a title of its own after it does not count).
  // The word may stand before the title in the text (`former harbour minister`, `ousted Mayor Dupont`, `then
  // Mayor Dupont`), the parser's title starting after it.
  const former = [...wordsBefore(r.text, title, p.mentions.offsets), ...words.slice(0, at)].some((w) => FORMER.test(w)) || THEN_OFFICE.test(title);
  return `${former ? 'former ' : ''}${SAME_OFFICE[word] ?? word}`;
}

/** Notes the office of every title the parser gave each person, at the title's first place in the record. */
function noteTitleOffices(records: readonly ArticleRecord[], byPerson: OfficesByPerson): void {
  for (const r of records)
    for (const p of r.people)
      for (const title of p.titles) {
        const office = officeOfTitle(r, p, title);
        if (office === null) continue;
        officeList(byPerson, p.id, office).push(titleSource(r, title));
      }
}

/** Notes a former office written `ex` + office right before a mention (`el expresidente Dupont`), in any article. */
function noteExOffices(records: readonly ArticleRecord[], byPerson: OfficesByPerson): void {
  for (const r of records)
    if (EX_WORD.test(r.text))
      for (const p of r.people)
        for (const [s] of p.mentions.offsets) {
          const m = EX_OFFICE.exec(r.text.slice(Math.max(0, s - EX_REACH), s));
          const word = m?.[1]!.toLowerCase();
          const office = word && (SAME_OFFICE[word] ?? word);
          if (!office || !OFFICES.has(office)) continue;
          const list = officeList(byPerson, p.id, `former ${office}`);
          const text = m![0].trim();
          const at = s - m![0].trimStart().length;
          if (!list.some((x) => x.article === r.id))
            list.push({ article: r.id, outlet: r.source.outlet, sentence: sentenceAt(r, s), text, start: at, end: at + text.length });
        }
}

/** Is a place in an article in another language than English? Each article's language is read once. */
function foreignSources(records: readonly ArticleRecord[]): (s: FactSource) => boolean {
  const languages = new Map<string, boolean>();
  return (s: FactSource) => {
    let f = languages.get(s.article);
    if (f === undefined) languages.set(s.article, (f = isForeign(records.find((r) => r.id === s.article)?.text.slice(0, FOREIGN_SAMPLE) ?? '')));
    return f;
  };
}

/** The offices of one person to compare (`every`, by office key): English ones where any, ranks apart from offices. */
function officesCompared(every: Map<string, FactSource[]>, foreign: (s: FactSource) => boolean): Map<string, FactSource[]> {
  // A foreign copy's office that maps to an English one as a former holder's (`expresidente` beside `President`)
  // names the same office: it is compared too.
  const base = (o: string) => o.replace(/^former /, '');
  const englishOffices = new Set([...every].filter(([, list]) => !list.every(foreign)).map(([o]) => base(o)));
  const english = [...every].filter(([o, list]) => !list.every(foreign) || (o.startsWith('former ') && englishOffices.has(base(o))));
  const all = english.length ? english : [...every];
  // A military rank and a civil office can both be a person's (`Gen. Netto` and `former defence minister Netto`): a
  // rank is compared with ranks, an office with offices.
  const [ranks, offices] = [all.filter(([o]) => RANK.test(o)), all.filter(([o]) => !RANK.test(o))];
  return new Map([...(ranks.length > 1 ? ranks : []), ...(offices.length > 1 ? offices : [])]);
}

/** Different offices given to one person ("Foreign Minister" and "director of the Office of … Commission"). */
function titleDisagreements(records: readonly ArticleRecord[], names: Map<string, string>): Disagreement[] {
  const byPerson: OfficesByPerson = new Map();
  noteTitleOffices(records, byPerson);
  noteExOffices(records, byPerson);
  // An office only copies in another language give (`governatore`, `Regierungschefin`) is that language's word for it,
  // which no list of words can map to every English office: it is compared only when no English article gives one.
  const foreign = foreignSources(records);
  const out: Disagreement[] = [];
  for (const [id, every] of byPerson) {
    const byOffice = officesCompared(every, foreign);
    const articles = new Set([...byOffice.values()].flat().map((s) => s.article));
    if (byOffice.size < 2 || articles.size < 2) continue;
    out.push({
      id: `title-${id}`,
      kind: 'title',
      subject: `office of ${names.get(id) ?? id}`,
      personId: id,
      // Each version as an English article words it where one does (a foreign copy's `presidente` may stand for `former`).
      versions: [...byOffice.values()].map((list) => ({ value: (list.find((s) => !foreign(s)) ?? list[0]!).text, sources: list })),
      compatible: false,
    });
  }
  return out;
}

/**
 * The day of one event stated differently: the same kind of event between the same people (at least two, all
 * shared) on different days. Weekdays are resolved against each article's publication date first.
 */
function dateDisagreements(records: readonly ArticleRecord[], names: Map<string, string>): Disagreement[] {
  const events = records.flatMap(findEventDates);
  const out: Disagreement[] = [];
  const seen = new Set<string>();
  for (const a of events) {
    const same = events.filter((b) => b.event === a.event && b.people.length === a.people.length && b.people.every((p) => a.people.includes(p)));
    const days = new Map<string, EventDate[]>();
    for (const e of same) (days.get(e.iso) ?? days.set(e.iso, []).get(e.iso)!).push(e);
    const key = `${a.event}:${[...a.people].sort().join(',')}`;
    if (days.size < 2 || seen.has(key) || new Set(same.map((e) => e.article)).size < 2) continue;
    seen.add(key);
    out.push({
      id: `date-${key.replace(/[^a-z0-9]+/g, '-')}`,
      kind: 'date',
      subject: `day of the ${a.event}: ${a.people.map((p) => names.get(p) ?? p).join(', ')}`,
      personId: null,
      versions: [...days].map(([iso, list]) => ({
        value: iso,
        sources: list.map((e) => ({ article: e.article, outlet: e.outlet, sentence: e.sentence, text: e.text, start: e.start, end: e.end })),
      })),
      compatible: false,
    });
  }
  return out;
}

/** Every disagreement between the records of one story. */
export function findDisagreements(records: readonly ArticleRecord[]): Disagreement[] {
  const names = new Map(records.flatMap((r) => r.people.map((p) => [p.id, p.name] as const)));
  return [
    ...numberDisagreements(records, names),
    ...spellingDisagreements(records),
    ...givenNameDisagreements(records),
    ...placeSpellings(records),
    ...surnameSpellings(records),
    ...titleDisagreements(records, names),
    ...founderDisagreements(records),
    ...dateDisagreements(records, names),
    ...eventDayDisagreements(records),
    ...eventYearDisagreements(records),
    ...crowdDisagreements(records),
    ...venueDisagreements(records),
    ...participantDisagreements(records),
    ...vehicleDisagreements(records),
    ...rankDisagreements(records),
    ...ordinalDisagreements(records),
    ...rangeDisagreements(records),
  ];
}
