/**
 * Speech verbs in any form: "said", "tells", "telling", "pledging" (the -ing form is read back to its stem), and
 * those of translated copies ("a déclaré", "dijo", "sagte").
 */
import { MORE_SPEECH_VERBS, SPEECH_VERBS } from '../../lexicon.ts';
import { FOREIGN_SPEECH_WORDS } from '../foreign.ts';

const ALL = new Set([...SPEECH_VERBS, ...MORE_SPEECH_VERBS, ...FOREIGN_SPEECH_WORDS]);

/** Is `word` (lower case) a speech verb, in a listed form or as its -ing form? */
export function isSpeechWord(word: string): boolean {
  if (ALL.has(word)) return true;
  if (!word.endsWith('ing') || word.length < 6) return false;
  const stem = word.slice(0, -3);
  return [`${stem}ed`, `${stem}s`, `${stem}es`, `${stem}d`, `${stem.slice(0, -1)}ed`].some((w) => ALL.has(w));
}

/** Words after which a participle in -ed is an adjective ("an alleged plot", "for alleged involvement", "the reported attack"). */
const DETERMINER = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'for', 'of', 'over']);

/** Does `text` hold a speech verb (not a participle used as an adjective)? */
export function hasSpeechVerb(text: string): boolean {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  return words.some((w, i) => isSpeechWord(w) && !(w.endsWith('ed') && i > 0 && DETERMINER.has(words[i - 1]!)));
}
