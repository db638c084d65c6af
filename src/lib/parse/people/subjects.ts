/**
 * Step 4 of the people stage: which mentions are clause subjects, for pronoun resolution in the quote stage.
 */
import { LOWERCASE_ROLE_WORDS, TITLE_WORDS } from '../../lexicon.ts';
import { sentences, type Token } from '../../tokens.ts';
import { isSpeechWord } from '../speakers/verbs.ts';
import type { PersonMention } from './types.ts';
import { MODIFIERS, PARTICLES, PREPOSITIONS, isPeopleNoun, lower } from './words.ts';

/**
 * A subject is the first named person of its clause who is neither possessive ("Blinken’s visit") nor governed
 * by a preposition or verb ("talks with Foreign Minister Qin Gang", "met … Bill Gates"); pronouns resolve to
 * subjects. Clauses split at punctuation and at conjunctions ("…, while Mr. Blinken later told reporters").
 */
const CLAUSE_BREAK = /[,;:()—–]|\b(?:and|but|while|whereas|who|which|as|because|although|though|after|before|when|since)\b/;

/** How far back before a name APPOSED looks: a determiner and up to four words fit well within it. */
const APPOSED_REACH = 60;

const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'their', 'its', 'my', 'our', 'your']);
/** An age written as one word before a role ("17-year-old", "five-year-old"). */
const AGE = /^(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-year-old$/;

/** A noun phrase with a determiner, then a comma: what a name right after it is in apposition to (not a phrase a
 * preposition opens: "In an interview, Ana Lind said"). */
const APPOSED =
  /(?<!\b(?:in|on|at|during|after|before|for|with|from|by|to|into|under|over|through|of|In|On|At|During|After|Before|For|With|From|By|To|Into|Under|Over|Through|Of)\s+)\b(?:his|her|their|its|the|a|an)\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+,\s*$/u;

/**
 * Prepositions of translated copies ("la muerte de Tomás Reyero", "confirmée par Ana Lind"). "de", "del" and "von" are
 * also particles inside names, so they govern only a mention of two words or more right after them.
 */
const FOREIGN_PREPOSITIONS = new Set(['de', 'del', 'des', 'du', 'von', 'vom', 'por', 'par', 'con', 'avec', 'para', 'pour', 'für', 'mit', 'à', 'au', 'aux']);

/** An -ing verb ("rebuking", "Thanking"); a role word or a title's modifier in -ing ("outgoing") is none. */
const gerund = (w: string) => w.length > 5 && w.endsWith('ing') && !LOWERCASE_ROLE_WORDS.has(w) && !MODIFIERS.has(w);

/** The index of the token whose `side` is at `at`, or undefined (token offsets only grow: a binary search). */
function tokenIndex(tokens: readonly Token[], at: number, side: 'start' | 'end'): number | undefined {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = tokens[mid]![side];
    if (x === at) return mid;
    if (x < at) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

/** Marks the mentions that are their clause's subject (`subject`), block by block and sentence by sentence. */
export function markSubjects(parsed: ReadonlyArray<{ text: string; tokens: Token[] }>, mentions: PersonMention[]): void {
  const mentionsByBlock = byBlock(mentions);
  parsed.forEach(({ text, tokens }, block) => {
    const own = mentionsByBlock.get(block) ?? [];
    if (!own.length) return;
    for (const [s, e] of sentences(text)) markSentence({ text, tokens, s }, own, e);
  });
}

/** Groups the mentions by their block, in their order. */
function byBlock(mentions: PersonMention[]): Map<number, PersonMention[]> {
  const mentionsByBlock = new Map<number, PersonMention[]>();
  for (const m of mentions) {
    const list = mentionsByBlock.get(m.block);
    if (list) list.push(m);
    else mentionsByBlock.set(m.block, [m]);
  }
  return mentionsByBlock;
}

/** A sentence being read for subjects: its block's text and tokens, and where it starts. */
interface SentenceView {
  text: string;
  tokens: Token[];
  s: number;
}

/** A mention being read as a subject: its sentence, the mention, its first token, and whether its name has two words or more. */
interface MentionView extends SentenceView {
  m: PersonMention;
  first: number;
  full: boolean;
}

/** Decides, for the mentions of the sentence [s, e), which one each clause takes as its subject. */
function markSentence(sentence: SentenceView, own: readonly PersonMention[], e: number): void {
  const { text, tokens, s } = sentence;
  const tokenAt = (at: number) => tokenIndex(tokens, at, 'start');
  const tokenEnding = (at: number) => tokenIndex(tokens, at, 'end');
  let clauseTaken = false;
  let lastEnd = s;
  for (const m of own) {
    if (m.start < s || m.start >= e) continue;
    if (CLAUSE_BREAK.test(text.slice(lastEnd, m.start))) clauseTaken = false;
    lastEnd = m.end;
    const k = tokenAt(m.start) ?? -1;
    // (The mention's own last word: a name the story lent — "Nichols" for "Tyre Nichols" — is shorter than its name.)
    const last = tokens[tokenEnding(m.end) ?? (tokenAt(m.start) ?? 0) + m.name.split(' ').length - 1];
    if (k === -1 || last?.possessive) continue;
    // (Only right before the name: "la ministre de la Culture Ana Lind" is a title, not "of" Ana Lind.)
    const view: MentionView = { ...sentence, m, first: k, full: m.name.includes(' ') };
    if (modifiesNoun(text, s, m)) continue;
    if (standsAsSubject(view, titlePhraseStart(view), clauseTaken)) m.subject = true;
    clauseTaken = true;
  }
}

/** Words after a name that make it a clause's subject, not a noun's modifier: auxiliaries and adverbs before a verb. */
const AUXILIARIES = /^(?:is|was|has|had|have|will|would|could|can|may|might|should|must|did|does|do|also|then|later|now|still|never|once|not)$/;

/**
 * "the old Morrow deckhand", "a Lind voter": a name after an article and before a noun only says whose
 * the noun is; it is no one's subject and leaves the clause to the rest (a verb after it, "the late Morrow said",
 * keeps it the subject).
 */
function modifiesNoun(text: string, s: number, m: PersonMention): boolean {
  if (!/\b(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,3}$/u.test(text.slice(s, m.start))) return false;
  const next = /^ (\p{Ll}[\p{Ll}-]*)\b/u.exec(text.slice(m.end, m.end + 40))?.[1];
  return next !== undefined && !isSpeechWord(next) && !next.endsWith('ed') && !AUXILIARIES.test(next);
}

/** Decides where the title phrase before the mention starts: walks back to the word that governs it. */
function titlePhraseStart({ text, tokens, first, full }: MentionView): number {
  let k = first;
  // Walk back over the title phrase to the word that governs it.
  while (k > 0) {
    const t = tokens[k - 1]!;
    const gap = text.slice(t.end + (t.dotted ? 1 : 0), tokens[k]!.start);
    const w = lower(t.word);
    // ("president and CEO Tom Pike": "and" between two titles is inside the title phrase.)
    const role = (x: Token | undefined) => x !== undefined && (LOWERCASE_ROLE_WORDS.has(lower(x.word)) || TITLE_WORDS.has(lower(x.word)));
    if (w === 'and' && gap === ' ' && role(tokens[k]) && role(tokens[k - 2])) {
      k--;
      continue;
    }
    if (
      gap !== ' ' ||
      // ("with his brother Ajay": a possessive determiner is part of the title phrase; "with" governs it.)
      // ("the death of her 19-year-old son Piet": an age is part of the title phrase too.)
      !(t.capital || LOWERCASE_ROLE_WORDS.has(w) || MODIFIERS.has(w) || PARTICLES.has(w) || t.possessive || POSSESSIVE_DETERMINERS.has(w) || AGE.test(w)) ||
      PREPOSITIONS.has(w) ||
      (FOREIGN_PREPOSITIONS.has(w) && full && k === first) ||
      // ("la foto del papa Clemente XV": a particle before a word in lower case is no name's; it governs the phrase.)
      (PARTICLES.has(w) && !tokens[k]!.capital) ||
      gerund(w)
    )
      break;
    k--;
  }
  return k;
}

/**
 * Decides whether the mention whose title phrase starts at token `k` is its clause's subject: no word governs it
 * (or it is the example of the people who are), no earlier mention took the clause, and it is no apposition.
 */
function standsAsSubject({ text, tokens, s, m, first, full }: MentionView, k: number, clauseTaken: boolean): boolean {
  const governor = tokens[k - 1];
  // "Rebuking Okafor, Lima said": the object of an -ing verb is no subject, as one after a preposition is not.
  const governed =
    governor !== undefined &&
    governor.start >= s &&
    // ("del entonces papa Clemente XV": a foreign preposition before a title phrase in lower case governs it too.)
    (PREPOSITIONS.has(lower(governor.word)) ||
      (FOREIGN_PREPOSITIONS.has(governor.word) && ((full && k === first) || (k < first && !tokens[k]!.capital))) ||
      gerund(lower(governor.word))) &&
    text.slice(governor.end, tokens[k]!.start) === ' ';
  // "Residents like Ana Lind, 55, counted themselves lucky": the one named as the example of the people who
  // are the subject stands for them.
  const example = governed && governor.word === 'like' && isPeopleNoun(tokens[k - 2]?.word ?? '');
  // "… thanked her opponent, Tom Hale, for …": a name set off by commas after a noun phrase is in apposition to
  // it, no clause's subject.
  const apposition = () => k === first && /^\s*,/.test(text.slice(m.end, m.end + 2)) && APPOSED.test(text.slice(Math.max(s, m.start - APPOSED_REACH), m.start));
  return (!governed || example) && !clauseTaken && !apposition();
}
