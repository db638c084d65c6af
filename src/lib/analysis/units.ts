/**
 * The statements of a story's articles, as units to compare: every quote, and every sentence of reported
 * speech (a speech verb outside quotation marks: "The Chinese version says the two sides have made progress").
 *
 * A quote of several sentences also carries its sentence parts: one outlet may quote two statements in one
 * quotation that other outlets quote apart, and the parts let clusters.ts take such a quote apart (parts.ts).
 */
import { MORE_SPEECH_VERBS, SPEECH_VERBS } from '../lexicon.ts';
import type { ArticleRecord, Quote } from '../schema/record.ts';
import { sentences } from '../tokens.ts';
import { spansOf } from './spans.ts';
import type { Wording } from './match.ts';
import { STOPWORDS } from '../words.ts';
import { numeralText } from './numerals.ts';
import { matchWords, stem, trigrams } from './text.ts';

/** One statement to match. */
export interface Unit extends Wording {
  /** Index in the unit list. */
  index: number;
  article: string;
  outlet: string | null;
  quote: Quote | null;
  kind: Quote['kind'] | 'reported';
  text: string;
  start: number;
  end: number;
  speakerId: string | null;
  speakerName: string | null;
  /**
   * Other people a quote may be theirs: those named in its sentence outside the marks (the parser names one;
   * "Dupont says the aim is for both sides to “hear each other out”" may carry the wrong one, or none).
   */
  nearby?: readonly string[];
  /** A sentence outside quotes with no speech verb: joins a statement only when it repeats its words. */
  plain?: boolean;
  /**
   * A reporter's sentence whose source is someone left unnamed ("A senior defence official told …"): someone else
   * than any named speaker, so it joins no named person's statement.
   */
  anonymous?: boolean;
  /**
   * A reported sentence that holds partial quotes ("called on the US to … support China’s “reunification”"):
   * it is matched on the reporter's words around them (the quotes are units of their own).
   */
  carries?: readonly Quote[];
  /** The words matched, when not all of `text` (a sentence without the quotes it holds). */
  matchText?: string;
  /** A quote of several sentences: its sentence parts, compared apart only when it bridges two statements. */
  parts?: Unit[];
  /**
   * A quote of one sentence that joins two clauses with ", and" (“You are risking a strike, and what you are doing
   * is unfair to the staff”): its clauses, tried apart after the sentence parts, when it still bridges two statements.
   */
  clauses?: Unit[];
  /**
   * A reported sentence's words without the name of its speaker, who is part of the reporter's frame ("Okafor
   * stressed …"): what is compared with a statement's wordings. Absent when the sentence does not name them.
   */
  said?: Wording;
  /** Content stems (the keys of `stems`). */
  words: Set<string>;
  grams: Float64Array;
}

/** The fields a unit is made from. */
export type UnitFields = Omit<Unit, 'index' | 'words' | 'grams' | 'stems' | 'run' | 'core' | 'said'>;

/** Content words a plain sentence needs to be compared at all (reported.ts asks for five shared). */
const PLAIN_WORDS = 5;
/** A sentence of a quote with this many content words or fewer is compared together with the next one. */
const PART_WORDS = 3;
/** Partial quotes that fill more of their sentence than this are the statement itself, not a report of it. */
const CARRY_SHARE = 0.6;

const REPORTING = new RegExp(`\\b(?:${[...SPEECH_VERBS].join('|')}|[Aa]ccording to)\\b`);
/** Stems of the speech verbs: their -ing forms ("urging", "stressing") report speech too, though the lexicon lists only the others. */
const SPEECH_STEMS = new Set([...SPEECH_VERBS, ...MORE_SPEECH_VERBS].map(stem));
/** True for a (normalised) speech verb: a word of the reporter's frame, not of the statement. */
const isSpeechVerb = (w: string) => SPEECH_VERBS.has(w) || (w.endsWith('ing') && SPEECH_STEMS.has(stem(w)));
/**
 * A verb that reports speech only now and then (`revealed`, `clarified`, `alleged`: MORE_SPEECH_VERBS) followed by
 * "that" and a clause: `Moreau clarified that the ferry would not sail`, not `The tide revealed the wreck`.
 */
const REPORTS_THAT = new RegExp(`\\b(?:${[...MORE_SPEECH_VERBS].filter((w) => !w.endsWith('ing')).join('|')})\\s+that\\s`);
/**
 * A sentence whose subject, a pronoun or a capitalised name opening it, does one of the acts that introduce a
 * quotation now and then (MORE_SPEECH_VERBS) to an object (`He also praised the river wardens for the rescue`,
 * `Brannock apologised to the walkers`): a report of what the person said, as `said` would make it, not a plain
 * sentence. Only right after the subject: elsewhere such a verb is as often no speech (`a photo shared by …`).
 */
const ACTS = new RegExp(
  `^(?:He|She|They|(?:\\p{Lu}[\\p{L}’'.-]*\\s+){1,3})(?:also\\s+|later\\s+|then\\s+)?(?:${[...MORE_SPEECH_VERBS]
    .filter((w) => /(?:ed|s)$/.test(w))
    .join('|')})\\s`,
  'u',
);
/** Nouns of what a person says to others rather than does (`her sympathy`, `his thanks`, `their support`). */
const SAID_NOUNS =
  'condolences|sympathy|sympathies|thanks|gratitude|appreciation|admiration|sorrow|sadness|grief|regret|regrets|shock|dismay|concern|concerns|support|solidarity|wishes|congratulations|apologies|anger|outrage|disappointment|frustration|hope|hopes|prayers';
/**
 * A sentence whose subject, a pronoun or a capitalised name opening it, expresses, offers, extends or conveys their
 * feeling or wish by a noun (`Greaves offered her sympathy to the boatman's family`, `She expressed her gratitude to
 * the divers`, one word between allowed: `her deepest sympathy`): words said, reported as a noun, so a report as
 * `thanked` makes one, not a plain sentence. A thing offered (`offered her boat`) stays plain.
 */
const SAID_AS_NOUN = new RegExp(
  `^(?:He|She|They|(?:\\p{Lu}[\\p{L}’'.-]*\\s+){1,4})(?:also\\s+|later\\s+|then\\s+)?(?:expressed|offered|extended|conveyed)\\s+(?:his|her|their|its)\\s+(?:\\p{L}+\\s+)?(?:${SAID_NOUNS})\\b`,
  'u',
);
/** True when a sentence reports speech: a speech verb, in any form, or "according to" (opening the sentence too). */
const reports = (text: string) =>
  REPORTING.test(text) || REPORTS_THAT.test(text) || [...text.matchAll(/\b\p{L}+ing\b/gu)].some((m) => isSpeechVerb(m[0].toLowerCase()));

/** A unit of `u`, or null when it has no words to compare. */
export function makeUnit(u: UnitFields, index: number): Unit | null {
  // A number is compared as digits however it is written (`ten minutes` / `10 minutes`: numerals.ts).
  const all = matchWords(numeralText(u.matchText ?? u.text));
  // A reporter's "said" or "stressed" is not part of the statement.
  const words = all.filter((w) => !STOPWORDS.has(w) && (u.kind !== 'reported' || !isSpeechVerb(w)));
  // A plain sentence shorter than a statement it could repeat is never matched: skip its stems and runs.
  if (words.length === 0 || (u.plain && words.length < PLAIN_WORDS)) return null;
  const stemmed = all.map(stem);
  const stems = new Map<string, string>();
  for (const w of words) {
    const s = stem(w);
    if (!stems.has(s)) stems.set(s, w);
  }
  let [from, to] = [0, all.length];
  while (from < to && STOPWORDS.has(all[from]!)) from++;
  while (to > from && STOPWORDS.has(all[to - 1]!)) to--;
  // Nor is the name of who said it ("Okafor stressed …"): left out when the sentence is compared with a statement.
  const frame = u.kind === 'reported' && u.speakerName ? new Set(matchWords(u.speakerName)) : null;
  const named = frame ? [...stems].filter(([, w]) => frame.has(w)) : [];
  // Trigrams only when asked for: most plain sentences are never compared letter by letter.
  let grams: Float64Array | undefined;
  return {
    ...u,
    index,
    ...(named.length ? { said: { stems: new Map([...stems].filter(([, w]) => !frame!.has(w))), run: '', core: '' } } : {}),
    words: new Set(stems.keys()),
    stems,
    run: ` ${stemmed.join(' ')} `,
    core: ` ${stemmed.slice(from, to).join(' ')} `,
    get grams() {
      return (grams ??= trigrams(words));
    },
  };
}

const contentCount = (text: string) => matchWords(text).filter((w) => !STOPWORDS.has(w)).length;

/**
 * Two sentences run together with a comma, the second opened by a speaker's pronoun ("I’m not leaving because it
 * was hard, I am leaving because …"): a transcript's comma where another outlet put a full stop.
 */
const SPLICE = /,\s+(?=(?:I|we|they)(?:[’']\p{L}+)?\s)/gu;

/** The spans of one sentence of `text`, cut at comma splices (each side a clause of its own, see quoteParts). */
function splices(text: string, s: number, e: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = s;
  for (const m of text.slice(s, e).matchAll(SPLICE)) {
    const cut = s + m.index + m[0].length;
    out.push([from, cut]);
    from = cut;
  }
  out.push([from, e]);
  return out;
}

/**
 * The sentence parts of a quote as [start, end) offsets in the quote's text: a sentence with few content words
 * goes with the next one (the last with the one before). One part when the quote is one sentence.
 */
export function quoteParts(text: string, between?: ReadonlySet<string>): Array<[number, number]> {
  const parts: Array<[number, number]> = [];
  let open: number | null = null;
  for (const [s, e] of sentences(text).flatMap(([s, e]) => splices(text, s, e))) {
    // A short sentence that other outlets quote beside another neighbour is a part of its own (shortBetween).
    if (between?.size && between.has(sentenceKey(text.slice(s, e)))) {
      if (open !== null) {
        if (parts.length) parts[parts.length - 1]![1] = s;
        else parts.push([open, s]);
        open = null;
      }
      parts.push([s, e]);
      continue;
    }
    const from: number = open ?? s;
    if (contentCount(text.slice(from, e)) <= PART_WORDS) open = from;
    else {
      parts.push([from, e]);
      open = null;
    }
  }
  if (open !== null) {
    if (parts.length) parts[parts.length - 1]![1] = text.length;
    else parts.push([open, text.length]);
  }
  return parts.length ? parts : [[0, text.length]];
}

/** A sentence's words, for telling the same short sentence in two quotations. */
const sentenceKey = (text: string) => matchWords(text).join(' ');

/**
 * Short sentences (two or three content words, too few to be compared alone: quoteParts glues them to a neighbour)
 * that one outlet quotes first before other sentences and another outlet last after other sentences: the same
 * statement's middle sentence, quoted once with the sentence before it and once with the one after (“The pier is
 * gone. Nobody was hurt.” / “Nobody was hurt. We thank the crews.”). Glued to either side it would tie the two
 * neighbours' statements together; it is a part of its own.
 */
function shortBetween(records: readonly ArticleRecord[]): Set<string> {
  const opens = new Map<string, Set<string>>();
  const closes = new Map<string, Set<string>>();
  const add = (m: Map<string, Set<string>>, k: string, article: string) => (m.get(k) ?? m.set(k, new Set()).get(k)!).add(article);
  for (const r of records)
    for (const q of r.quotes) {
      const spans = sentences(q.text);
      if (spans.length < 2) continue;
      spans.forEach(([s, e], i) => {
        if (i !== 0 && i !== spans.length - 1) return;
        const n = contentCount(q.text.slice(s, e));
        if (n < 2 || n > PART_WORDS) return;
        add(i === 0 ? opens : closes, sentenceKey(q.text.slice(s, e)), r.id);
      });
    }
  const out = new Set<string>();
  for (const [k, first] of opens) {
    const last = closes.get(k);
    if (last && [...first].some((a) => [...last].some((b) => b !== a))) out.add(k);
  }
  return out;
}

/**
 * Where a sentence joins two clauses: a comma, then "and" and a new subject ("…, and what you are doing is …",
 * "…, and it is …", "…, and our system will …"); not a second verb of the same subject ("…, and work together to …") nor the last item of a list ("our people, history,
 * and the world").
 */
const AND_CLAUSE = /,\s+(?=and\s+(?:I|you|we|they|he|she|it|this|that|what|there|my|our|your|his|her|their)[\s’'])/g;

/** The clauses of a one-sentence quote around ", and", each with more than a few content words (else none). */
function andClauses(text: string): Array<[number, number]> {
  const cuts = [0, ...[...text.matchAll(AND_CLAUSE)].map((m) => m.index + m[0].length), text.length];
  const spans = cuts.slice(1).map((e, i) => [cuts[i]!, e] as [number, number]);
  return spans.length > 1 && spans.every(([s, e]) => contentCount(text.slice(s, e)) > PART_WORDS) ? spans : [];
}

/** An unnamed source: "a senior defence official", "an aide", "one person familiar with …", "a source close to …", "a witness", "Bystander recalled …" (a spokesperson speaks for a ministry, whose statement may be its minister's). */
const ANONYMOUS =
  /\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\p{L}.-]+\s+){0,3}?(?:official|source|aide|person|(?:eye)?witness|onlooker|bystander|passer-by)\b|^(?:(?:Eye)?[Ww]itness|Onlooker|Bystander)s?\s/u;

/** A sentence opened by a pronoun ("She also announced …") speaks of the one person of the sentence before it. */
const PRONOUN_SUBJECT = /^(?:He|She)(?:\s|,)/;
/**
 * A sentence opened by "It" and a speech verb, an adverb or two between (`It also vowed that …`, `It later said …`):
 * the source is a body (an agency, a ministry, a company) or a document, never a person.
 */
const IT_SUBJECT = /^It\s+(?:(?:also|later|further|then|again|\p{Ll}+ly)\s+){0,2}(\p{Ll}+)\b(.*)$/su;
const bodySpeaks = (text: string) => {
  const m = IT_SUBJECT.exec(text);
  return !!m && (isSpeechVerb(m[1]!) || REPORTS_THAT.test(`${m[1]}${m[2]}`));
};
/** A sentence opened by a title ("The Prime Minister also announced …"): the words of the title. */
const TITLE_SUBJECT = /^The\s+((?:\p{Lu}[\p{L}-]*\s+){1,3})/u;

/** The people a stretch of an article names outside the quotes in it, first mention first. */
function peopleOutsideQuotes(r: ArticleRecord, start: number, end: number): string[] {
  const at = spansOf(r);
  const ids: string[] = [];
  let from = start;
  const pieces: [number, number][] = [];
  for (const q of r.quotes.filter((x) => x.start < end && x.end > start).sort((a, b) => a.start - b.start)) {
    pieces.push([from, q.start]);
    from = Math.max(from, q.end);
  }
  pieces.push([from, end]);
  for (const [s, e] of pieces) if (s < e) for (const id of at.peopleIn(s, e)) if (!ids.includes(id)) ids.push(id);
  return ids;
}

/**
 * Who a sentence that names nobody is about, when its subject says so: a pronoun opening it stands for the one
 * person the sentence before names, or whose quote it is (none, or two, and it stays unknown); a title ("The Prime Minister …") for the
 * one person of the article given that title. Undefined otherwise.
 */
function subjectOf(r: ArticleRecord, text: string, before: readonly [number, number] | null): string | undefined {
  if (PRONOUN_SUBJECT.test(text)) {
    if (!before) return undefined;
    // The people it names outside its quotation marks or, naming nobody there, the speakers of the quotes it holds
    // ("“Arlo built the shed,” she said. She said that …": Arlo is named by her, not the one speaking).
    let named = peopleOutsideQuotes(r, before[0], before[1]);
    if (!named.length) named = [...new Set(r.quotes.filter((q) => q.start < before[1] && q.end > before[0]).flatMap((q) => q.speaker?.personId ?? []))];
    return named.length === 1 ? named[0] : undefined;
  }
  const title = TITLE_SUBJECT.exec(text)?.[1]?.trim().toLowerCase();
  if (!title) return undefined;
  const holders = r.people.filter((p) => p.titles.some((t) => t.toLowerCase() === title || t.toLowerCase().endsWith(` ${title}`)));
  return holders.length === 1 ? holders[0]!.id : undefined;
}

/**
 * A report opened by a title and its speech verb (`The county sheriff said that …`, `The Pennsylvania governor also
 * told …`): the words of the title, up to four. The sentence is the holder's, whoever
 * else it names (`… that she visited Mr Dunmore’s family` names the person the report is about, not its speaker).
 */
const TITLE_REPORTS = new RegExp(
  `^The\\s+((?:[\\p{L}-]+\\s+){0,3}[\\p{L}-]+)\\s+(?:(?:also|later|then|again|\\p{Ll}+ly)\\s+)?(?:${[...SPEECH_VERBS].join('|')})\\b`,
  'u',
);
/** A reporting clause that closes a sentence with its verb first and a title after it (`…, said the county sheriff.`). */
const CLOSING_TITLE = /,\s+(?:said|says|told reporters|added|stated|noted|explained|confirmed)\s+the\s+((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)\s*[.!?]?[”"’']?\s*$/u;

/** Words of a title after which it names the body a person serves (`… of the`, `… at`, `…’s`). */
const BODY_AFTER = /\s(?:of|at|for|in|to|with|from)\s|['’]s\s/;
/** Words that make a title a past one: `the Kelmar president` is not the `former Kelmar President`. */
const PAST_TITLE = /(?:^|\s)(?:former|ex|late)(?:\s|-|$)/;

/**
 * The one person of an article holding a title (`pennsylvania governor` is one of `Pennsylvania Governor`; `governor`
 * too), a past title (`former Kelmar President`) holding it only when the words asked for say so too.
 */
function titleHolder(r: ArticleRecord, title: string): string | undefined {
  const want = title.trim().toLowerCase();
  const holds = (t: string) => {
    const have = t.toLowerCase();
    if (have === want) return true;
    if (!have.endsWith(` ${want}`)) return false;
    const before = have.slice(0, -want.length);
    // Words after `of`, `at` or a possessive name the body the person serves (`general secretary of the Rail
    // Union`), not the person: `The union said` is the union's.
    if (BODY_AFTER.test(before)) return false;
    return PAST_TITLE.test(want) || !PAST_TITLE.test(before);
  };
  const holders = r.people.filter((p) => p.titles.some(holds));
  return holders.length === 1 ? holders[0]!.id : undefined;
}

/**
 * The speaker a report names by a title in its reporting clause (TITLE_REPORTS, CLOSING_TITLE) when one person of the
 * article holds that title; undefined otherwise.
 */
function titledSpeaker(r: ArticleRecord, text: string): string | undefined {
  const title = TITLE_REPORTS.exec(text)?.[1] ?? CLOSING_TITLE.exec(text)?.[1];
  return title ? titleHolder(r, title) : undefined;
}

/**
 * A reporting clause that closes a sentence, after its last comma: a few words naming who speaks, a speech verb,
 * then no other clause ("…, Deputy Mayor Ilse Varga of the harbour board said on Monday.").
 */
const CLOSING = /,\s+((?:[^\s,;]+\s+){1,8}?)(?:said|says|told|added|stated|noted|explained|confirmed)\b[^,;]*$/u;

/**
 * The one person a closing reporting clause names (`…, Varga said.`), or undefined: the sentence is theirs, not the
 * first person it names (`Kessler drove the van to the port, Varga said.` reports what Varga said about Kessler).
 */
function closingSpeaker(r: ArticleRecord, text: string, start: number): string | undefined {
  const m = CLOSING.exec(text);
  if (!m) return undefined;
  // The words between the comma and the verb: where the speaker is named.
  const from = start + m.index + m[0].indexOf(m[1]!);
  const names = spansOf(r).peopleIn(from, from + m[1]!.length);
  return names.length === 1 ? names[0] : undefined;
}

/** Words of a first line ending with a full stop that make it the lead sentence, not a headline. */
const LEAD_WORDS = 16;
/**
 * A "headline" that ends with a full stop and runs to a sentence's length is the article's lead sentence (a copy
 * saved without its title): its report of speech is a unit as a paragraph's is. Headlines rarely end with a full stop.
 */
const isLead = (text: string) => /[.!?][”"’']?\s*$/u.test(text) && text.trim().split(/\s+/).length >= LEAD_WORDS;

/**
 * True when a quote names the person it is given to inside its own words (`Make no mistake: Putin is responsible`,
 * given to Putin): someone else's words about them, the parser having taken the name it found for the speaker.
 */
function namedInside(r: ArticleRecord, q: Quote): boolean {
  const id = q.speaker?.personId;
  if (!id) return false;
  return r.people.some((p) => p.id === id && p.mentions.offsets.some(([s, e]) => s >= q.start && e <= q.end));
}

/** A reporter's clause that reports a further remark: `adding that …`, `He added that …`, `noting that …`. */
const ADDED_THAT = /\b(?:adding|added|adds|noting|noted)\s+that\s+/u;
/** What may close such a clause before the next quotation: `… and emphasised,`, `… and said:`. */
const CLAUSE_TAIL = /(?:,?\s+and\s+(?:\p{Ll}+ed|said|says)|,)?[\s,:;.!?]*$/u;
/** Content words a reporter's clause beside a quotation needs to be a report of its own. */
const ADDED_WORDS = 4;

/**
 * The clause of a sentence holding whole quotations that reports one more remark of their speaker outside the marks
 * (`“…,” Lund said, adding that the crews had already left.`): [start, end) in `text`, or null.
 */
function addedClause(text: string, from: number, to: number, quotes: readonly Quote[], offset: number): [number, number] | null {
  const cuts = quotes.map((q) => [q.start - offset, q.end - offset] as const).sort((a, b) => a[0] - b[0]);
  let at = from;
  for (const [qs, qe] of [...cuts, [to, to] as const]) {
    const piece = text.slice(at, Math.max(at, qs));
    const m = ADDED_THAT.exec(piece);
    if (m) {
      const body = piece.slice(m.index).replace(/[“”"‘’'\s]+$/u, '');
      const clause = body.replace(CLAUSE_TAIL, '');
      if (matchWords(clause).filter((w) => !STOPWORDS.has(w)).length > ADDED_WORDS) return [at + m.index, at + m.index + clause.length];
    }
    at = Math.max(at, qe);
  }
  return null;
}

/** A last word cut off with the copy (`… in their de`): letters, after a space, then the end of the text. */
const CUT_WORD = /\s+\p{L}+$/u;

/**
 * How much of a quote to match when its copy ends inside it, mid-word (a paywall, a feed cut at so many characters:
 * `“We are proud of the valley wa` and nothing after): the quote's text without that broken last word, which is in
 * no other outlet's wording and would keep so short a quote from the statement it opens. The offset to cut at, or
 * null for a quote closed or followed by more text (`textEnd`: where the article's text ends, spaces aside).
 */
function cutAt(q: Quote, textEnd: number): number | null {
  if (q.end < textEnd) return null;
  const m = CUT_WORD.exec(q.text);
  return m && m.index > 0 ? m.index : null;
}

/** The units of an article's quotations: each whole, and its parts and clauses when it has them. */
function quoteUnits(
  r: ArticleRecord,
  at: ReturnType<typeof spansOf>,
  between: ReturnType<typeof shortBetween>,
  units: Unit[],
  push: (u: UnitFields) => void,
): void {
  const sentenceSpans = r.blocks.filter((b) => b.type === 'paragraph').flatMap((b) => sentences(b.text).map(([s, e]) => [b.start + s, b.start + e] as const));
  // Where the article's text ends, spaces aside: a quote running to it was not closed.
  const textEnd = r.text.trimEnd().length;
  for (const q of r.quotes) {
    const named = namedInside(r, q);
    const base = {
      article: r.id,
      outlet: r.source.outlet,
      quote: q,
      kind: q.kind,
      speakerId: named ? null : (q.speaker?.personId ?? null),
      speakerName: named ? null : (q.speaker?.name ?? null),
    };
    // The people of the quote's sentence, outside the marks: who else the words may be given to.
    const sentence = sentenceSpans.find(([s, e]) => q.start >= s && q.start < e);
    const nearby = sentence ? [...at.peopleIn(sentence[0], q.start), ...at.peopleIn(q.end, sentence[1])] : [];
    // A quote its copy cuts off mid-word is matched without the broken word (shown as it is).
    const cut = cutAt(q, textEnd);
    const matched = (s: number, e: number) => (cut !== null && e > cut ? { matchText: q.text.slice(s, Math.max(s, cut)) } : {});
    push({ ...base, nearby, text: q.text, start: q.start, end: q.end, ...matched(0, q.text.length) });
    const spans = quoteParts(q.text, between);
    const whole = units.at(-1);
    // Parts take indexes past the end of the list; clusters.ts numbers them when it uses them.
    const pieces = (cuts: Array<[number, number]>) =>
      cuts
        .map(([s, e]) => makeUnit({ ...base, nearby, text: q.text.slice(s, e), start: q.start + s, end: q.start + e, ...matched(s, e) }, -1))
        .filter((x): x is Unit => x !== null);
    if (spans.length > 1 && whole?.quote === q) whole.parts = pieces(spans);
    const clauses = spans.length === 1 ? andClauses(q.text) : [];
    if (clauses.length > 1 && whole?.quote === q) whole.clauses = pieces(clauses);
  }
}

/** A block of an article: a paragraph or a headline. */
type Block = ArticleRecord['blocks'][number];

/** What the walk over an article's sentences knows, and carries from one sentence to the next. */
interface SentenceWalk {
  r: ArticleRecord;
  at: ReturnType<typeof spansOf>;
  push: (u: UnitFields) => void;
  /** The sentence before this one, quotes included: whom an opening "She" stands for. */
  before: [number, number] | null;
  /** The speaker the sentence before named by a title in its reporting clause, if any. */
  titledBefore: string | undefined;
}

/** Build the units of a set of records. */
export function buildUnits(records: readonly ArticleRecord[]): Unit[] {
  const units: Unit[] = [];
  const push = (u: UnitFields) => {
    const unit = makeUnit(u, units.length);
    if (unit) units.push(unit);
  };

  const between = shortBetween(records);
  for (const r of records) {
    const at = spansOf(r);
    quoteUnits(r, at, between, units, push);
    reportedUnits(r, at, push);
  }
  return units;
}

/** Which sentences of an article's paragraphs (and long headline) become reported units, walked in order. */
function reportedUnits(r: ArticleRecord, at: ReturnType<typeof spansOf>, push: (u: UnitFields) => void): void {
  // Reported speech: sentences with a speech verb that hold no quotation, or only partial quotes inside a
  // sentence of the reporter's ("called on the US to stop arming Taiwan and support China’s “reunification”").
  const walk: SentenceWalk = { r, at, push, before: null, titledBefore: undefined };
  for (const b of r.blocks) {
    if (b.type !== 'paragraph' && !(b.type === 'headline' && isLead(b.text))) continue;
    for (const [s, e] of sentences(b.text)) reportedSentence(walk, b, s, e);
  }
}

/** What one sentence becomes: a reported unit with its speaker, the clause added beside its quotations, or nothing. */
function reportedSentence(walk: SentenceWalk, b: Block, s: number, e: number): void {
  const { r, at } = walk;
  const start = b.start + s;
  const end = b.start + e;
  // The sentence before this one, quotes included: whom an opening "She" stands for.
  const prev = walk.before;
  walk.before = [start, end];
  const titledPrev = walk.titledBefore;
  walk.titledBefore = undefined;
  let carries: Quote[] | undefined;
  if (at.hasQuote(start, end)) {
    const inside = carriedQuotes(walk, b, s, e);
    if (inside === null) return;
    carries = inside;
  }
  const text = b.text.slice(s, e);
  // A sentence with no speech verb may still carry a statement's words without marks (a live blog's
  // "The valley is wide enough for both farms to grow."): kept as plain, matched strictly.
  // Quotation marks in it say it reports speech.
  const plain = !carries && !reports(text) && !ACTS.test(text) && !SAID_AS_NOUN.test(text);
  // A sentence opened by "He" or "She" is theirs, not the first person its report names ("He noted that Okafor …").
  // A sentence that closes with a reporting clause is the speaker's it names there ("…, Varga said.").
  // A report whose reporting clause names a title (`The county sheriff said …`) is its holder's; a report opened
  // by "He" or "She" after it is the same speaker's, not that of the person the report before was about.
  const titled = titledSpeaker(r, text);
  const firstId =
    closingSpeaker(r, text, start) ??
    titled ??
    (PRONOUN_SUBJECT.test(text) ? (titledPrev ?? subjectOf(r, text, prev)) : (at.peopleIn(start, end)[0] ?? subjectOf(r, text, prev)));
  walk.titledBefore = titled;
  const subject = firstId === undefined ? undefined : r.people.find((p) => p.id === firstId);
  walk.push({
    article: r.id,
    outlet: r.source.outlet,
    quote: null,
    kind: 'reported',
    text,
    start,
    end,
    speakerId: subject?.id ?? null,
    speakerName: subject?.name ?? null,
    plain,
    // A body's words (`It also vowed …`) do not join a named person's statement, as an unnamed source's do not.
    ...(!subject && (ANONYMOUS.test(text) || bodySpeaks(text)) ? { anonymous: true } : {}),
    ...(carries ? { carries, matchText: carries.reduceRight((t, q) => t.slice(0, q.start - start) + t.slice(q.end - start), text) } : {}),
  });
}

/**
 * Whether a sentence holding quotations is still the reporter's: its partial quotes (to be carried) when they sit
 * inside it and take a small share of it; otherwise null, after pushing the clause it adds beside them, if any.
 */
function carriedQuotes(walk: SentenceWalk, b: Block, s: number, e: number): Quote[] | null {
  const { r } = walk;
  const start = b.start + s;
  const end = b.start + e;
  const inside = r.quotes.filter((q) => q.start < end && q.end > start);
  const quoted = inside.reduce((n, q) => n + q.end - q.start, 0);
  if (!inside.every((q) => q.kind === 'partial' && q.start >= start && q.end <= end) || quoted > CARRY_SHARE * (end - start)) {
    // A clause of the reporter's beside the quotations that reports one more remark of their one speaker.
    const clause = addedClause(b.text, s, e, inside, b.start);
    const speakers = [...new Set(inside.map((q) => q.speaker?.personId ?? null))];
    const speaker = speakers.length === 1 && speakers[0] ? r.people.find((p) => p.id === speakers[0]) : undefined;
    if (clause)
      walk.push({
        article: r.id,
        outlet: r.source.outlet,
        quote: null,
        kind: 'reported',
        text: b.text.slice(clause[0], clause[1]),
        start: b.start + clause[0],
        end: b.start + clause[1],
        speakerId: speaker?.id ?? null,
        speakerName: speaker?.name ?? null,
        plain: false,
      });
    return null;
  }
  return inside;
}
