/**
 * Transcripts quoted paragraph by paragraph ("“WALLACE: Let’s start with …", "“PENCE: Well, look, …"): the
 * label in capitals opening the quotation names its speaker, whatever the sentence around it says.
 */
import type { Attributed, QuoteContext } from './context.ts';
import { surnameOf } from '../people/royals.ts';

/** One to three words in capitals and a colon, opening the quotation. */
const LABEL = /^(\p{Lu}[\p{Lu}.’'-]+(?:\s\p{Lu}[\p{Lu}.’'-]+){0,2}):\s/u;
/** Labels of page furniture and of the recording itself, not of a speaker. */
const NOT_SPEAKER =
  /^(?:VIDEO|AUDIO|UPDATE|UPDATED|BREAKING|BREAKING NEWS|NOTE|EDITOR[’']S NOTE|WATCH|PHOTO|CLIP|TRANSCRIPT|QUESTION|ANSWER|CROSSTALK|LISTEN|READ|MORE|RELATED|SOURCE|CORRECTION|WARNING|UNIDENTIFIED|ANNOUNCER|NARRATOR|PS|FYI|RE|FW)$/;

/** The speaker a transcript label at the start of a quotation names: a person of the article, or the label. */
export function transcriptSpeaker(ctx: QuoteContext, b: number, start: number, end: number): Attributed | null {
  const m = LABEL.exec(ctx.blocks[b]!.text.slice(start, end));
  if (!m || NOT_SPEAKER.test(m[1]!)) return null;
  const surname = m[1]!
    .split(/\s+/)
    .at(-1)!
    .replace(/[.’'-]+$/, '');
  const matches = ctx.people.flatMap((p, i) => (surnameOf(p.name).toUpperCase() === surname ? [i] : []));
  const person = matches.length === 1 ? matches[0]! : null;
  const name = person === null ? m[1]!.toLowerCase().replace(/(^|[\s-])\p{Ll}/gu, (c) => c.toUpperCase()) : null;
  return { attribution: { person, name, pronoun: null, cue: 'transcript', via: null, at: start }, rule: 'transcript' };
}
