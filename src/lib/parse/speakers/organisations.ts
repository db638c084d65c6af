/**
 * The organisation an article is about, for "“…,” the company said" when no organisation spoke or was described
 * just before: the name the article most often writes as an organisation — with a body or an officer of its own
 * ("Harbourline’s board", "Harbourline chief executive Ana Lind") or described with a business noun ("Harbourline, a
 * ferry firm").
 */
import { isPlace } from '../../gazetteer.ts';
import { NOT_NAME_WORDS, TITLE_WORDS } from '../../lexicon.ts';
import { isCommonWord } from '../people/name-lists.ts';
import type { QuotePerson } from './context.ts';

/** Nouns for a business or a body that stand for the organisation the article is about. */
export const BUSINESS_NOUNS: ReadonlySet<string> = new Set(
  'company firm business operator startup start-up bank lender airline carrier insurer retailer automaker carmaker manufacturer maker developer utility giant conglomerate chain publisher studio board exchange'.split(
    ' ',
  ),
);

/** What only an organisation has: after its possessive ("X’s board") or before an officer's name ("X CEO Ana Lind"). */
const HAS = capitalisedToo(
  'board|directors|chief executive|president|chairman|chairwoman|chair|founder|co-founder|cofounder|spokesperson|spokesman|spokeswoman|website|blog|shares|stock|staff|employees|headquarters|investors|shareholders|customers|engineers|executives|management|leadership|boss',
);
/** The officers written between an organisation and a name. */
const OFFICERS = capitalisedToo('chief executive|president|chairman|chairwoman|founder|co-founder|spokesperson|spokesman|spokeswoman');
/** Each alternative as written and with a capital ("board" → "[Bb]oard"), plus the officers' abbreviations. */
function capitalisedToo(alternatives: string): string {
  return `CEO|CTO|CFO|${alternatives.replace(/(^|\|)(\p{Ll})/gu, (_, bar: string, c: string) => `${bar}[${c.toUpperCase()}${c}]`)}`;
}
/** A capitalised name of one to four words (an inner capital or "&" allowed: "BrightPath", "AT&T"). */
const NAME = "\\p{Lu}(?:[\\p{L}\\p{N}&’'-]|\\.(?=\\p{Lu}))*(?:\\s+\\p{Lu}(?:[\\p{L}\\p{N}&’'-]|\\.(?=\\p{Lu}))*){0,3}";
/**
 * What follows an organisation's name: its possessive and a thing only an organisation has, an officer and a name,
 * or a description with a business noun. Found first, so the name is only looked for where one of them is (a
 * pattern opening with the name tried every capitalised word of the article).
 */
const AFTER_NAME = new RegExp(
  `(?:’s|'s|(?<=s)’|(?<=s)')\\s+(?:${HAS})\\b|\\s+(?:${OFFICERS})(?:\\s+and\\s+(?:${OFFICERS}))?\\s+\\p{Lu}|(?:\\s+is|,)\\s+(?:an?|the)\\s+[^,.;:“”]{0,60}?\\b(?:company|firm|business|startup|start-up|bank|lender|airline|carrier|maker|developer|operator|giant|group)\\b`,
  'gu',
);
/** The name that ends where such a phrase begins. */
const NAME_BEFORE = new RegExp(`(${NAME})$`, 'u');

/** Words that open a title before an organisation ("Interim Harbourline CEO", "Ousted Harbourline founder"). */
const MODIFIER = /^(?:Interim|Acting|Former|New|Then|Embattled|\p{Lu}\p{Ll}+(?:ed|ing)|\p{Lu}[\p{L}\p{N}]*-(?:maker|based|owned|backed|led|run))$/u;

/**
 * The name without what opens or closes it in running text: function and title words, a describing word
 * ("Interim", "Ousted", "Nimbus-maker", "Ex-"), a possessive or a full stop.
 */
function cleanName(raw: string): string {
  const words = raw
    .replace(/^Ex-/, '')
    .replace(/(?:[’']s|\.)$/, '')
    .split(/\s+/);
  while (words.length > 1 && (NOT_NAME_WORDS.has(words[0]!) || TITLE_WORDS.has(words[0]!.toLowerCase()) || MODIFIER.test(words[0]!))) words.shift();
  return words.join(' ');
}

/** Most words capitalised: a headline in title case (headlines are short). */
function titleCase(text: string): boolean {
  if (text.length > 300) return false;
  const words = text.split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  return words.length >= 4 && words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length > 0.7;
}

/** One answer per article: every "the company said" of an article asks the same question. */
const answered = new WeakMap<readonly string[], string | null>();

/** The organisation `blocks` most often write as one (see above), or null when none is. */
export function articleOrganisation(blocks: readonly string[], people: readonly QuotePerson[]): string | null {
  if (answered.has(blocks)) return answered.get(blocks)!;
  const found = mostWritten(blocks, people);
  answered.set(blocks, found);
  return found;
}

function mostWritten(blocks: readonly string[], people: readonly QuotePerson[]): string | null {
  const personWords = new Set(people.flatMap((p) => p.name.split(/\s+/)));
  const counts = new Map<string, number>();
  // A headline in title case ("Harbourline Sacks CEO Ana Lind") runs its verbs into the name.
  for (const text of blocks.filter((b) => !titleCase(b)))
    for (const after of text.matchAll(AFTER_NAME)) {
      const m = NAME_BEFORE.exec(text.slice(Math.max(0, after.index - 80), after.index));
      if (!m) continue;
      const name = cleanName(m[1]!);
      const words = name.split(/\s+/);
      if (isPlace(name) || words.some((w) => personWords.has(w)) || (words.length === 1 && isCommonWord(name))) continue;
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  let best: string | null = null;
  for (const [name, n] of counts) if (best === null || n > counts.get(best)!) best = name;
  return best;
}

const BODY = '[Bb]oard(?:\\s+of\\s+[Dd]irectors)?';
/** "Harbourline’s board", "the Harbourline board", "the board of ferry operator Harbourline". */
const NAMED_BODY = new RegExp(
  `^(?:[Tt]he\\s+)?(${NAME})(?:’s|'s)?\\s+${BODY}$|^[Tt]he\\s+${BODY}\\s+(?:of|at)\\s+(?:[\\p{Ll}\\p{N}-]+\\s+){0,3}(${NAME})$`,
  'u',
);
/** "its board", "the company’s board of directors": the board of the organisation the article is about. */
const UNNAMED_BODY = new RegExp(`^(?:its|their|the\\s+(?:${[...BUSINESS_NOUNS].join('|')})(?:’s|'s))\\s+${BODY}$`, 'u');

/**
 * A board speaks for its organisation: "Harbourline’s board said" is Harbourline speaking, and "its board said" the
 * organisation the article is about (written "the board", which `definite` resolves). Null for any other phrase.
 */
export function boardSpeaker(phrase: string): string | null {
  const named = NAMED_BODY.exec(phrase);
  if (named) {
    const name = cleanName((named[1] ?? named[2])!);
    // ("the Ostrelund Safety Board": a capitalised Board after a name of two words or more is an agency's name.)
    if (named[1] && /\sBoard$/.test(phrase) && !/[’']s\s+Board$/.test(phrase) && name.split(/\s+/).length >= 2) return null;
    // "the School Board", "the Kenya Board": a board named after a thing or a place is a body of its own.
    return isPlace(name) || NOT_NAME_WORDS.has(name.split(/\s+/)[0]!) || name.split(/\s+/).every((w) => isCommonWord(w)) ? null : name;
  }
  return UNNAMED_BODY.test(phrase) ? 'the board' : null;
}
