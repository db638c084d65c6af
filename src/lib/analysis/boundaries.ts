/**
 * Where a reporter's sentence turns from one statement to another: ", and …", ", urging …", "; ", "… and said …".
 * Never before ", according to …": that names the source of the clause before it, not a statement of its own.
 */
import { SPEECH_VERBS } from '../lexicon.ts';

/** The turns of a sentence (clauses.ts cuts there). Global: use with matchAll, or reset lastIndex. */
export const BOUNDARY = new RegExp(
  `,[”’"']?\\s+(?=(?:and|but|while|whereas|although|though|even\\s+as|(?!according\\b)\\p{L}+ing)\\b)|;\\s+|\\s+and\\s+(?=(?:that|${[...SPEECH_VERBS].join('|')})\\b)`,
  'gu',
);

/** True when a sentence has more than one clause to report. */
export const turns = (text: string): boolean => text.search(BOUNDARY) >= 0;
