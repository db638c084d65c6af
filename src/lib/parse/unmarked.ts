/**
 * Direct speech whose quotation marks were lost in copying: "It’s a process, Blinken said." The speech comes
 * first and a short attribution closes the sentence. Sentences before it join the quote while they read as
 * speech (first person) and no other attribution intervenes; first-person sentences after it continue it.
 */
import { attributionAfter, type Attribution } from './attribution.ts';
import { FIRST_PERSON, SPEECH_VERBS } from '../lexicon.ts';
import type { MarkSpan } from './marks.ts';
import type { PersonMention } from './people.ts';
import { sentences } from '../tokens.ts';

/** An unmarked quotation in a block. */
export interface Unmarked {
  start: number;
  end: number;
  attribution: Attribution;
  /** The speech has first-person words, a strong sign it is direct speech. */
  firstPerson: boolean;
}

const CLOSING_VERBS =
  'said|says|added|adds|told|tells|explained|stressed|noted|insisted|argued|warned|continued|wrote|writes|remarked|asked|replied|concluded|declared|acknowledged|cautioned|emphasized|emphasised|recalled|observed';
/** ", Blinken said." / ", said State Department spokesman Matthew Miller." / ", Xi added, addressing Blinken." at the end of a sentence. */
const TAIL = new RegExp(
  `[\\s.,]*,\\s+(?:(?:${CLOSING_VERBS})\\s+[^,.;“”]{2,90}|(?:[^,.;“”]{1,70}?\\s+)(?:(?:also|later|then|further|had|has)\\s+)?(?:${CLOSING_VERBS}))(?:\\b[^.;“”]{0,90})?[\\s.!,]*$`,
  'u',
);
/** One of the closing verbs anywhere: with a comma, what TAIL needs (sentences without both skip it). */
const CLOSING_VERB = new RegExp(`(?:${CLOSING_VERBS})`);
const QUOTED_TAIL = /,\s+[^,.;“”]{2,90}?\s+(?:quoted|cited)\s+[^“”]{2,140}?\s+as\s+saying\.?$/u;
/** "…, Blinken acknowledged that …": the verb opens a reported clause, so what came before is no speech. */
const CLAUSE_AFTER_VERB = new RegExp(
  `(?:${CLOSING_VERBS.replace('told|tells|', '')})\\s+(?:that|he|she|they|it|there|the|this|his|her|its|their|we|I|to)\\b`,
  'u',
);
/** What may follow the closing verb: a place, a time, an audience, a participle — not a clause of its own. */
const TAIL_ENDING = new RegExp(
  `(?:${CLOSING_VERBS})\\b(?:[\\s.,!]*$|,|\\s+(?:[A-Z][\\w’'.-]*|in|on|at|during|after|before|when|while|from|without|with|as|outside|inside|via|through|late|earlier|later|last|this|yesterday|today|tomorrow|reporters|journalists|the press|an? interview|in an interview)\\b)`,
  'u',
);
const REPORTING = new RegExp(`\\b(?:${[...SPEECH_VERBS].join('|')})\\b`);
const words = (s: string) => s.split(/\s+/).filter(Boolean);
/** First-person words; "We" at a sentence start counts, "US" (the country) does not. */
const firstPerson = (s: string) =>
  words(s.replace(/[.,;:!?“”]/g, '')).some((w) => FIRST_PERSON.has(w) || (/^\p{Lu}\p{Ll}*(?:[’']\p{Ll}+)?$/u.test(w) && FIRST_PERSON.has(w.toLowerCase())));

/** Find unmarked quotations in the sentences of `text` that hold no quotation marks. */
/**
 * `marksLost` says the copy lost quotation marks (none at all, or a repaired stray "?"): then third-person
 * speech ("The two sides had frank discussions, Xi said.") counts too; otherwise only first-person speech
 * does, since "Prices rose, officials said." is usually the reporter's paraphrase.
 */
export function findUnmarked(text: string, marks: MarkSpan[], mentions: PersonMention[], marksLost = true): Unmarked[] {
  const spans = sentences(text);
  const hasMarks = ([s, e]: [number, number]) => marks.some((m) => (m.open >= s && m.open < e) || (m.close >= s && m.close < e) || (m.start < s && m.end > e));
  const out: Unmarked[] = [];
  let lastEnd = -1;
  spans.forEach((span, i) => {
    if (hasMarks(span)) return;
    const [s, e] = span;
    const sentence = text.slice(s, e);
    const quotedTail = /\b(?:quoted|cited)\b/.test(sentence) ? QUOTED_TAIL.exec(sentence) : null;
    const tail = quotedTail ?? (sentence.includes(',') && CLOSING_VERB.test(sentence) ? TAIL.exec(sentence) : null);
    if (!tail) {
      // A first-person sentence right after an unmarked quotation goes on with it.
      const prev = out.at(-1);
      const lead = /^[\s.,]*/.exec(sentence)![0].length;
      if (prev && lastEnd === i - 1 && firstPerson(sentence) && !REPORTING.test(sentence)) {
        out.push({ ...prev, start: s + lead, end: trimEnd(text, s + lead, e) });
        lastEnd = i;
      }
      return;
    }
    let speechEnd = trimEnd(text, s, s + tail.index);
    // "… in November. , said Rudolf.": a full stop left before the attribution belongs to the speech.
    if (/^[.!?]\s*,/.test(text.slice(speechEnd, s + tail.index + 4))) speechEnd++;
    const lead = /^[\s.,]*/.exec(sentence)![0].length;
    const speech = text.slice(s + lead, speechEnd);
    if (words(speech).length < 2 || /\b(?:whether|if)$/.test(speech) || /^(?:As|If|When|While|Although|Because|Since|Asked|According)\b/.test(speech)) return;
    const after = text.slice(s + tail.index, e);
    const attribution = attributionAfter(after, s + tail.index, mentions);
    if (!attribution || (!quotedTail && (CLAUSE_AFTER_VERB.test(after) || !TAIL_ENDING.test(after)))) return;
    // Reach back over earlier sentences of the paragraph that are part of the same speech.
    let start = s + lead;
    let fp = firstPerson(speech);
    const pending: Array<[number, number]> = [];
    for (let k = i - 1; k >= 0; k--) {
      const before = spans[k]!;
      const t = text.slice(before[0], before[1]);
      if (hasMarks(before) || REPORTING.test(t) || k === lastEnd) {
        pending.length = 0;
        break;
      }
      if (firstPerson(t)) {
        pending.length = 0;
        start = before[0];
        fp = true;
      } else pending.push(before);
      if (k === 0 && pending.length) start = before[0];
    }
    if (words(text.slice(start, speechEnd)).length < 4) return;
    if (!fp && !marksLost) return;
    out.push({ start, end: speechEnd, attribution, firstPerson: fp });
    lastEnd = i;
  });
  return out;
}

/** Drop trailing spaces and commas (a full stop inside the speech stays). */
function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /[\s,]/.test(text[end - 1]!)) end--;
  return end;
}
