/**
 * How sure the parser is of a quote and of its speaker, by the rule that found the speaker. Every number is
 * named here with the reason for it, so a change is one edit in one place.
 */

/** Quote confidence (the quote and its speaker together), by rule. */
export const QUOTE_CONFIDENCE = {
  /** Attribution words next to the quote ("…,” Blinken said): the surest case. */
  local: 0.9,
  /** A headline's subject speaks its quoted words ("Xi sees ‘progress’"): headlines compress, so less sure. */
  headline: 0.7,
  /** A second quote in the sentence of an attributed one shares its speaker. */
  sameSentence: 0.85,
  /** A quote later in a paragraph whose earlier quote is attributed: usually the same speaker. */
  sameParagraph: 0.8,
  /** A quote-only paragraph after one that opens with a bare pronoun ("She was quiet. / “…”"). */
  opener: 0.55,
  /** A quote-only paragraph after one that introduced a person without quoting them. */
  introduced: 0.6,
  /** A quote-only paragraph continuing the speaker of the paragraph before. */
  previousParagraph: 0.7,
  /** The subject named earlier in the quote's own paragraph ("Okafor was blunt. “…”"). */
  subjectBefore: 0.6,
  /** The subject of the sentence holding a partial quote, with no speech verb governing it. */
  sentenceSubject: 0.55,
  /** Unmarked speech with first-person words: marks lost, but clearly speech. */
  unmarkedFirstPerson: 0.75,
  /** Unmarked third-person speech, only in copies that visibly lost their marks. */
  unmarked: 0.6,
  /** A quote running over paragraphs takes the speaker named at its end. */
  continuation: 0.7,
} as const;

/** The rules that can give a speaker. */
export type Rule = keyof typeof QUOTE_CONFIDENCE;

/** Quote confidence when no rule gave a speaker: the quotation itself is still found. */
export const NO_SPEAKER = 0.5;
/** A short fragment in marks with no speech verb in its sentence is as likely a scare quote as a quotation. */
export const SHORT_FRAGMENT = 0.3;
/** A quote with no speaker is never shown as sure. */
export const NO_SPEAKER_CAP = 0.4;
