/**
 * The title or role a name carries: the words just before it ("China’s top diplomat Wang Yi") or a role in
 * apposition after it ("Liu Fu-kuo, a research fellow at …").
 */
import { LOWERCASE_ROLE_WORDS, NOT_NAME_WORDS, SPEECH_VERBS, TITLE_WORDS } from '../../lexicon.ts';
import { TITLE_ABBREVIATIONS, type Token } from '../../tokens.ts';
import { MODIFIERS, isHonorific, isTitleWord, lower, nameLike } from './words.ts';
import { isSpeechWord } from '../speakers/verbs.ts';
import { NATIONALITY_AFTER_ROLE, isForeignRole } from '../foreign-roles.ts';

/** A role in lower case, in English or in a translated copy ("actor", "actriz", "porte-parole"). */
const roleWord = (w: string) => LOWERCASE_ROLE_WORDS.has(w) || isForeignRole(w);

/** Words of a sentence's opening phrase (a preposition, a day, a month), which a run of capitals may hold before a title. */
const OPENING_WORDS =
  /^(?:On|In|At|By|To|From|With|For|As|After|Before|Since|Until|During|Today|Tomorrow|Yesterday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December)$/;

/** The title words written just before a name, back to a boundary ("China’s top diplomat", "Microsoft co-founder and philanthropist"). */
export function titleBefore(text: string, tokens: Token[], runStart: number, prefixEnd: number): string | null {
  let first = runStart;
  for (let k = runStart - 1; k >= 0; k--) {
    const t = tokens[k]!;
    // (The full stop of an abbreviation is inside the title — "Gov. Ana Lind" — but not one that ends a sentence:
    // "… met the mayor. Ana Lind said".)
    const abbreviation = t.dotted && (ABBREVIATED_END.test(t.word) || /^\p{Lu}(?:\.\p{Lu})*$/u.test(t.word));
    const gap = text.slice(t.end + (abbreviation ? 1 : 0), tokens[k + 1]!.start);
    if (gap !== ' ' && gap !== '’s ' && gap !== "'s ") break;
    const w = lower(t.word);
    // "co-founder and philanthropist" joins two roles; "Wang Yi and Foreign Minister" joins two people.
    if (w === 'and' && !LOWERCASE_ROLE_WORDS.has(lower(tokens[k - 1]?.word ?? ''))) break;
    if (t.capital && nameLike(t) && !t.possessive && !isTitleWord(tokens[k + 1]!.word) && tokens[k + 1]!.capital) break;
    if (LOWERCASE_ROLE_WORDS.has(w) || MODIFIERS.has(w) || isForeignRole(w) || (t.capital && !NOT_NAME_WORDS.has(t.word)) || t.possessive) first = k;
    // "el actor estadounidense Ana Lind", "le président américain …": a nationality after the role is in the title.
    else if (NATIONALITY_AFTER_ROLE.test(w) && k > 0 && roleWord(lower(tokens[k - 1]!.word))) first = k;
    else break;
  }
  for (let k = runStart; k < prefixEnd; k++) if (isHonorific(tokens[k]!)) return titleBefore(text, tokens, k + 1, prefixEnd);
  // "Opposition Leader Who Criticised Hale": a relative pronoun in headline case ends any title before it.
  const relative = tokens.slice(first, prefixEnd).findLastIndex((t) => /^(?:Who|Whose|Which|That)$/.test(t.word));
  const words = tokens.slice(relative === -1 ? first : first + relative + 1, prefixEnd);
  // "On Monday President Ana Lind", "In January Foreign Minister …": a sentence's opening phrase is no part of the title.
  while (
    words.length &&
    (['and', 'of', 'the', 'der', 'die', 'das', 'le', 'la', 'el', 'o'].includes(lower(words[0]!.word)) || OPENING_WORDS.test(words[0]!.word))
  )
    words.shift();
  if (!words.some((t) => isTitleWord(t.word) || roleWord(lower(t.word)))) return null;
  // "chairman of Bear Lind", "a supporter of Ana Lind": the name is the role's object (a firm, or someone else), not its holder.
  if (/^(?:of|for|to)$/.test(words.at(-1)!.word)) return null;
  // "Marrakech, a tourist Mecca": one role word after "a" before one capitalised word describes it as a kind of
  // thing; a person there has a whole name ("an American journalist Evan Gershkovich").
  const lone = words.length === 1 && !words[0]!.capital && /^an?$/i.test(tokens[first - 1]?.word ?? '');
  if (lone && !tokens[prefixEnd + 1]?.capital) return null;
  return text.slice(words[0]!.start, words[words.length - 1]!.end + (words[words.length - 1]!.possessive ? 2 : 0));
}

/** A role in apposition after a name: "Liu Fu-kuo, a research fellow at …," or ", who is Xi’s top adviser,". */
export function titleAfter(text: string, end: number): string | null {
  // (An apposition opens with a comma: a name without one after it skips the pattern.)
  if (text[end] !== ',') return null;
  const m = /^,\s+(?:who is |who was )?((?:a|an|the)\s+)?([^,.;:“”]{3,140}?)(?=[,.;:]|$)/u.exec(text.slice(end, end + 160));
  if (!m) return null;
  const phrase = m[2]!;
  // "Furthermore, President Xi said …": a clause with its own speech verb is no apposition.
  if (!m[1] && phrase.split(' ').some((w) => SPEECH_VERBS.has(w))) return null;
  // ("On Chirp, formerly Twitter, the Queen’s statement said …": the verb makes a clause of it too.)
  if (/[’']s\s+\p{Ll}+\s+(?:read|reads|said|says|stated|states)$/u.test(phrase)) return null;
  // "the Midwest, where …" and "Sichuan, was concerned …" open a clause; "On Twitter, Former Florida Gov. Jeb Bush"
  // and "in Brooklyn, with Vermont Sen. Ana Lind" end in the title of the name after the full stop.
  if (/^(?:where|when|which|that|whose|while|was|were|is|are|has|had|have|will|would)\b/i.test(phrase)) return null;
  if (!m[1] && ABBREVIATED_END.test(phrase) && !/\b(?:St|Jr|Sr)$/.test(phrase) && text[end + m[0].length] === '.') return null;
  const head = phrase
    .split(' ')
    .slice(0, 5)
    .map((w) => lower(w.replace(/[’']s$/, '')));
  const role = (w: string) => LOWERCASE_ROLE_WORDS.has(w) || TITLE_WORDS.has(w);
  // "Lahaina, a popular tourist destination with …": a role word that only describes the noun after it ("tourist
  // destination", "police station") is no role; the phrase's noun before its first preposition must be one
  // (or a role word owns it: "the president’s son").
  const words = phrase.split(' ');
  const stop = words.findIndex((w, i) => i > 0 && APPOSITION_ENDS.has(w));
  const noun = lower((stop === -1 ? words : words.slice(0, stop)).at(-1)!.replace(/[’']s$/, ''));
  const owned = words.slice(0, 5).some((w) => /[’']s$/.test(w) && role(lower(w.replace(/[’']s$/, ''))));
  // ("Teodor Quell, o procurador regional nomeado …": in the Romance languages the role noun comes first, after its article.)
  const romance = /^(?:o|el|la|le|il|lo)$/.test(words[0]!) && words.length > 1 && role(lower(words[1]!));
  return head.some(role) && (role(noun) || owned || romance || (stop === -1 && words.length > 6)) ? phrase : null;
}

/** A phrase ending in an abbreviated title ("Former Florida Gov"): the title of the name after its full stop. */
const ABBREVIATED_END = new RegExp(`\\b(?:${TITLE_ABBREVIATIONS})$`);

/** Words that end the noun phrase of an apposition ("a research fellow at …", "the head of …"). */
// (And the words for "of" in the languages copies are translated into: "la sindaca di Tamsberg", "le maire de Sarvik".)
const APPOSITION_ENDS = new Set([
  'at',
  'of',
  'in',
  'for',
  'from',
  'with',
  'on',
  'to',
  'who',
  'whose',
  'which',
  'that',
  'and',
  'since',
  'under',
  'by',
  'de',
  'di',
  'du',
  'del',
  'della',
  'des',
  'do',
  'da',
  'von',
]);

/** Articles that open a role phrase, in the languages copies are translated into. */
const ROLE_ARTICLE = String.raw`(?:(?:[Tt]he|[Ll]e|[Ll]a|[Ee]l|[Dd]er|[Dd]ie)\s+|[Ll][’']\s*)`;
/** "of Varnholm", "du Vardak", "de la région": the place or body a role is of. */
const ROLE_OF = String.raw`(?:\s+(?:of|du|de|del|des|de\s+la|von|der)\s+(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,3})?`;
/** A role phrase that ends the words before a comma: "the governor of Varnholm", "le maire de Sarvik", "Varnholm’s governor". */
const ROLE_BEFORE_COMMA = new RegExp(
  String.raw`(?:^|\s)(${ROLE_ARTICLE}(?:[\p{L}-]+\s+){0,3}?([\p{L}-]+)${ROLE_OF}|\p{Lu}[\p{L}-]*[’']s\s+(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+))$`,
  'u',
);

/**
 * A role set before a name in apposition: "The governor of Varnholm, Piet Vanhal, said …", "…, a déclaré le maire
 * de Sarvik, Radu Venn". The phrase must open its clause (or follow the verb of saying that opens it): in "After
 * meeting the governor, Piet Vanhal left" the role is someone else's.
 */
export function titleBeforeComma(text: string, nameStart: number): string | null {
  const before = text.slice(Math.max(0, nameStart - 160), nameStart);
  if (!/[^,],\s+$/.test(before)) return null;
  const clause = before
    .replace(/,\s+$/, '')
    .split(/[.;:!?()“”"«»„]|,\s/)
    .at(-1)!
    .trim();
  const m = ROLE_BEFORE_COMMA.exec(clause);
  if (!m) return null;
  const role = lower(m[2] ?? m[3]!);
  if (!TITLE_WORDS.has(role) && !LOWERCASE_ROLE_WORDS.has(role)) return null;
  const opening = clause.slice(0, m.index).trim();
  // What comes before the phrase in its clause: nothing, or the verbs of saying of an inverted clause ("a déclaré").
  if (opening && !opening.split(/\s+/).every((w) => /^(?:a|ha|has|had|have)$/i.test(w) || isSpeechWord(lower(w)))) return null;
  return m[1]!.trim();
}
