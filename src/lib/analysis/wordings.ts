/**
 * One statement quoted with a fact changed: in one statement cluster, two outlets' wordings that agree word for
 * word around one word and differ in it, when that word carries a fact: a name (`an update for Linux servers` /
 * `an update for Apple servers`), a number, a weekday or month, the time a deictic word points at (`when you
 * start school this year` / `next year`), whose thing it is (`we owe it to his crew` / `we owe it to this crew`,
 * `our nets` / `the nets`), or a word one letter away from another word (`humanly` / `humanely`). Both cannot be what was said. A name spelt two ways is left to the
 * spelling checks, and words of like meaning (`flaw` / `defect`) are not facts.
 */
import type { Disagreement, FactSource, StatementCluster } from '../schema/analysis.ts';
import { normalWords, STOPWORDS } from '../words.ts';
import { distance } from 'fastest-levenshtein';
import { HONORIFICS } from '../lexicon.ts';

const WEEKDAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
const MONTH = /^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/;
const DEICTIC = /^(?:this|next|last|coming|past)$/;
const TIME_NOUN = /^(?:year|month|week|weekend|night|morning|afternoon|evening|spring|summer|autumn|fall|winter|season|term)$/;
/** Words saying whose a thing is, or pointing at it: `we owe it to his crew` / `we owe it to this crew`. */
const POSSESSIVE = /^(?:my|your|his|her|its|our|their)$/;
const DETERMINER = /^(?:my|your|his|her|its|our|their|this|these|the)$/;
const NUMBER =
  /^\d[\d,.]*$|^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty|hundred|thousand|million|billion)$/;

interface Token {
  raw: string;
  word: string;
  at: number;
}

/** Words in their matching form (`U.S.` and `US` are one), with the text as written. */
function tokensOf(text: string): Token[] {
  return normalWords(text).map((w) => ({ raw: text.slice(w.start, w.end), word: w.norm, at: w.start }));
}

/** The kind of fact a word at `i` carries, or null: what two words must share to be two versions of one fact. */
function factKind(tokens: Token[], i: number, text: string): string | null {
  const t = tokens[i]!;
  if (WEEKDAY.test(t.word)) return 'weekday';
  if (MONTH.test(t.word)) return 'month';
  // A number written with thousands separators is cut at its commas: no part of it is a value of its own.
  if (NUMBER.test(t.word)) return /\d,$/.test(text.slice(0, t.at)) || /^,\d/.test(text.slice(t.at + t.raw.length)) ? null : 'number';
  if (DEICTIC.test(t.word) && TIME_NOUN.test(tokens[i + 1]?.word ?? '')) return 'deictic';
  if (DETERMINER.test(t.word)) return 'owner';
  // A capitalised word inside a sentence (not after a full stop or an opening mark): a name.
  const before = text.slice(0, t.at).trimEnd();
  // The last word of a name only ("Mr Lenz" / "Anna Lenz" differ in words that are not the name's end).
  const capital = (x: Token | undefined) => x !== undefined && /^\p{Lu}/u.test(x.raw);
  if (capital(t) && i > 0 && !/[.!?:“"‘]$/.test(before) && !STOPWORDS.has(t.word) && !HONORIFICS.has(t.raw) && !capital(tokens[i + 1])) return 'name';
  // Any other word, for a word misheard or mistyped into another ("humanly" / "humanely"; see misheard).
  if (!capital(t) && t.word.length >= 5 && !STOPWORDS.has(t.word)) return 'word';
  return null;
}

/** Two names, not one name spelt two ways nor one inside the other ("Kelvedon" / "Kelvdon", "Korea" / "Korean"). */
const twoNames = (a: string, b: string) => !a.startsWith(b) && !b.startsWith(a) && distance(a, b) > 2;
/**
 * Two words one letter apart, one letter more in one ("humanly" / "humanely"), neither the other with an ending
 * ("pledge" / "pledged"): one outlet misheard or mistyped the word. A letter changed for another is left out, as
 * it is how British and American spellings differ ("defences" / "defenses"); words of like meaning ("harming" /
 * "hurting") are a rewrite.
 */
const misheard = (a: string, b: string) => Math.abs(a.length - b.length) === 1 && distance(a, b) === 1 && !a.startsWith(b) && !b.startsWith(a);
/** Number words as digits, so "eight" and "8", "fifty" and "50" are one value. */
const DIGITS: Record<string, string> = Object.fromEntries<string>([
  ...'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'
    .split(' ')
    .map((w, i): [string, string] => [w, String(i + 1)]),
  ...'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ').map((w, i): [string, string] => [w, String((i + 2) * 10)]),
]);

/** A wording of a statement cluster. */
type Member = StatementCluster['members'][number];

/** Fact word → its sources, under each context of words around it (`kind|before _ after`). */
type Contexts = Map<string, Map<string, FactSource[]>>;

/** A statement's text shown in a disagreement's subject is cut after this many characters (a line, not a paragraph). */
const SUBJECT_CHARS = 80;

/** Statements one outlet quotes with a name, number or day that another outlet's same words have otherwise. */
export function wordingDisagreements(clusters: readonly StatementCluster[]): Disagreement[] {
  const out: Disagreement[] = [];
  for (const c of clusters) {
    if (c.articleCount < 2) continue;
    const byContext = factContexts(c);
    const seen = new Set<string>();
    for (const [key, values] of byContext) {
      const d = disagreementAt(c, key, values);
      if (!d || seen.has(d.id)) continue;
      seen.add(d.id);
      out.push(d);
    }
  }
  return out;
}

/** The fact words of a cluster's quoted wordings, each under the words around it. */
function factContexts(c: StatementCluster): Contexts {
  // Each fact word under the words around it (two before and one after, or one before and two after).
  const byContext: Contexts = new Map();
  // Quoted words only: a reporter's sentences may word a fact their own way.
  for (const m of c.members) {
    if (m.kind === 'reported') continue;
    const tokens = tokensOf(m.text);
    for (let i = 1; i + 1 < tokens.length; i++) addFact(byContext, m, tokens, i);
  }
  return byContext;
}

/** Whether the word at `i` of a wording is a fact, and under which contexts of words around it it is filed. */
function addFact(byContext: Contexts, m: Member, tokens: Token[], i: number): void {
  const kind = factKind(tokens, i, m.text);
  // A word in square brackets is the outlet's, put in for the speaker's (`nobody in [her] family`).
  if (!kind || (m.text[tokens[i]!.at - 1] === '[' && m.text[tokens[i]!.at + tokens[i]!.raw.length] === ']')) return;
  const t = tokens[i]!;
  // A deictic word is shown with the time it points at ("next year").
  const end = kind === 'deictic' ? tokens[i + 1]!.at + tokens[i + 1]!.raw.length : t.at + t.raw.length;
  const source: FactSource = {
    article: m.article,
    outlet: m.outlet,
    sentence: m.text,
    text: m.text.slice(t.at, end),
    start: m.start + t.at,
    end: m.start + end,
  };
  const w = (k: number) => tokens[k]?.word ?? '';
  // An owner word changes along with a reworded clause (`the mayor has made this ruling` / `the mayor will
  // have made her ruling`): it must sit in three words alike before and two after.
  const keys =
    kind === 'owner'
      ? [i >= 3 && i + 2 < tokens.length ? `${kind}|${w(i - 3)} ${w(i - 2)} ${w(i - 1)} _ ${w(i + 1)} ${w(i + 2)}` : '']
      : [i >= 2 ? `${kind}|${w(i - 2)} ${w(i - 1)} _ ${w(i + 1)}` : '', i + 2 < tokens.length ? `${kind}|${w(i - 1)} _ ${w(i + 1)} ${w(i + 2)}` : ''];
  for (const key of keys.filter(Boolean)) {
    const values = byContext.get(key) ?? byContext.set(key, new Map()).get(key)!;
    const value = DIGITS[t.word] ?? t.word;
    (values.get(value) ?? values.set(value, []).get(value)!).push(source);
  }
}

/** Whether the different words two articles or more have in one context are two versions of a fact, as a disagreement. */
function disagreementAt(c: StatementCluster, key: string, values: Map<string, FactSource[]>): Disagreement | null {
  if (values.size < 2) return null;
  const kind = key.slice(0, key.indexOf('|'));
  const words = [...values.keys()].sort();
  const pairs = (ok: (a: string, b: string) => boolean) => words.every((a, i) => words.slice(i + 1).every((b) => ok(a, b)));
  if ((kind === 'name' && !pairs(twoNames)) || (kind === 'word' && !pairs(misheard))) return null;
  // Whose thing it is: one side at least names an owner (`the nets` / `our nets`; `this` / `the` is style).
  if (kind === 'owner' && !words.some((w) => POSSESSIVE.test(w))) return null;
  const lists = [...values.values()];
  const articles = new Set(lists.flat().map((s) => s.article));
  // An article on two sides has the words around it twice for other reasons (two sentences alike).
  if (lists.flat().length > 0 && [...articles].some((a) => lists.filter((l) => l.some((x) => x.article === a)).length > 1)) return null;
  const id = `wording-${c.id}-${words.join('-')}`;
  if (articles.size < 2) return null;
  return {
    id,
    kind: 'wording',
    subject: `words of one statement: ${c.representative.length > SUBJECT_CHARS ? `${c.representative.slice(0, SUBJECT_CHARS)}…` : c.representative}`,
    personId: c.speaker?.personId ?? null,
    versions: [...values.values()].map((sources) => ({ value: sources[0]!.text, sources: dedupe(sources) })),
    compatible: false,
  };
}

/** One source an article: a quotation and the sentence around it are one outlet's one wording. */
const dedupe = (sources: FactSource[]) => sources.filter((s, i) => sources.findIndex((x) => x.article === s.article) === i);
