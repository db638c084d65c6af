/**
 * A short phrase quoted alone that is one half of a pair its speaker's longer phrase joins with `and` or `or`
 * (`unsafe` / `unsafe and unfair`, `deeply unfair` / `rushed and deeply unfair`): outlets quote one half of such a
 * pair as often as the whole, so the half is no remark of its own.
 */
import type { Unit } from './units.ts';

/** Words (stopwords too) of the longer phrase at most: a pair of short phrases, not a sentence that holds the words. */
const PAIR_WORDS = 6;

/** True when `host`'s quoted phrase is `core` (a padded run of stems) joined to other words by `and` or `or`, first or last. */
export function isConjunctOf(host: Unit, core: string): boolean {
  const words = host.core.trim().split(' ');
  if (words.length > PAIR_WORDS || core.trim() === '') return false;
  return host.core.endsWith(` and${core}`) || host.core.endsWith(` or${core}`) || host.core.startsWith(`${core}and `) || host.core.startsWith(`${core}or `);
}
