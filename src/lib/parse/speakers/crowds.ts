/**
 * Words a crowd carried or called out: "held up signs that read “…”", "singing songs like “…”". Their
 * speaker is whoever carried the signs or chanted — the sentence's subject, or the crowd the sentence names — never
 * the subject of the next sentence, which the signs' closing full stop would otherwise lend them.
 */
import type { Attribution } from '../attribution.ts';
import type { MarkSpan } from '../marks.ts';
import { PERSON_NOUNS } from '../../lexicon.ts';
import type { Attributed, QuoteContext } from './context.ts';
import type { QuoteWindow } from './carry.ts';

/** Quotations already read in the sentence and the word joining them to this one ("“…” and “…”", "“…” (“…”)"). */
const EARLIER_IN_LIST = /(?:[“"«„][^“”"«»„]*[”"»“]\)?\s*(?:,\s*(?:and|or)?|and|or|\()?\s*)+$/u;

/** "banners reading", "signs that read", "a placard saying": the words written on what was carried. */
const SIGN_READING =
  /\b(?:placards?|banners?|signs?|posters?|boards?|t-shirts?|shirts?|flags?)\s+(?:that\s+|which\s+)?(?:read|reads|reading|saying|said|bearing)\s*[:,]?\s*$/iu;

/** "chanting", "chanted slogans like", "singing songs such as": words called out together. */
const CHANTED =
  /\b(?:chant(?:ing|ed)?|sang|singing|shouting|shouted|yelling|yelled)\s+(?:(?:the\s+)?(?:slogans?|songs?|words?|calls?)\s+(?:such\s+as|like|including)\s*)?[:,]?\s*$/iu;

/** Nouns for a crowd with no plural of their own. */
const CROWD_NOUNS = new Set(['crowd', 'crowds', 'mob', 'throng']);

/**
 * A noun for several people before `end` in `text` ("demonstrators", "crowd"), with its start: the first (who carried
 * the signs) or the nearest (who chanted, in "Footage showed demonstrators …, chanting").
 */
function crowdBefore(text: string, end: number, nearest: boolean): { name: string; at: number } | null {
  let found: { name: string; at: number } | null = null;
  for (const m of text.slice(0, end).matchAll(/\p{L}[\p{L}-]*/gu)) {
    const w = m[0].toLowerCase();
    if (CROWD_NOUNS.has(w) || (w.endsWith('s') && PERSON_NOUNS.has(w) && PERSON_NOUNS.has(w.slice(0, -1)))) {
      // ("the crowd", "The demonstrators": with the article before it.)
      const article = /(?:^|\s)(the|The)\s+$/.exec(text.slice(0, m.index));
      found = article ? { name: `the ${m[0]}`, at: m.index - article[0].trimStart().length } : { name: m[0], at: m.index };
      if (!nearest) break;
    }
  }
  return found;
}

/** The words before a quotation opening at `open` that make it a sign's or a chant's, or null. */
function callingOut(text: string, sentenceStart: number, open: number) {
  if (open === -1) return null;
  const lead = text.slice(sentenceStart, open);
  const bare = lead.replace(EARLIER_IN_LIST, '');
  const sign = SIGN_READING.test(bare);
  const chant = sign ? null : CHANTED.exec(bare);
  return sign || chant ? { lead, bare, sign, chant } : null;
}

/** Is the quotation opening at `open` words on a sign or in a chant (whatever its capitals: slogans are often in title case)? */
export function calledOut(text: string, sentenceStart: number, open: number): boolean {
  return callingOut(text, sentenceStart, open) !== null;
}

/**
 * The speaker of words on a sign or in a chant, or null when the quotation is neither. `subject` reads the
 * sentence's own subject (a person, a pronoun or a described group, as the caller finds it).
 */
export function crowdWords(ctx: QuoteContext, b: number, span: MarkSpan, w: QuoteWindow, subject: () => Attribution | null): Attributed | null {
  const called = callingOut(ctx.blocks[b]!.text, w.sentenceStart, span.open);
  if (!called) return null;
  const { lead, bare, sign, chant } = called;
  const named = ctx.outside[b]!.some((m) => m.start >= w.sentenceStart && m.start < span.open);
  // "Ana Lind led the march, chanting “…”": a person the sentence names chants, and the usual reading finds them.
  if (chant && named) return null;
  const own = sign ? subject() : null;
  if (own && (own.person !== null || own.pronoun !== null || own.name)) return { attribution: own, rule: 'local' };
  const crowd = crowdBefore(lead, chant ? chant.index : bare.length, Boolean(chant));
  if (!crowd) return null;
  return {
    attribution: {
      person: null,
      name: crowd.name,
      pronoun: null,
      cue: chant ? chant[0].trim().split(/\s+/)[0]!.toLowerCase() : 'read',
      via: null,
      at: w.sentenceStart + crowd.at,
    },
    rule: 'local',
  };
}
