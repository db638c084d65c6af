/**
 * A fragment is often an excerpt of a quotation the article gives in full elsewhere: "India told the council there
 * was “no military solution”" beside "“There is no military solution to this conflict,” Mr Kulkarni said". The
 * person quoted in full said the fragment's words; an organisation, a country or a role given the fragment only
 * spoke through them.
 */
import { QUOTE_CONFIDENCE } from './confidence.ts';
import type { Found, QuoteContext } from './context.ts';

/** Fewest words a fragment needs before its words are taken to be the same words (one word recurs by chance). */
const MIN_WORDS = 2;

/** Lower-case words with single spaces, padded so that a match is on whole words. */
const plain = (s: string) =>
  ` ${s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;

/** Give each fragment given to no person to the one person quoted in full saying its words. */
export function excerptSpeakers({ found, blocks }: QuoteContext): void {
  const text = (f: Found) => plain(blocks[f.block]!.text.slice(f.start, f.end));
  const full = found.filter((f) => f.attribution?.person != null && f.kind !== 'partial').map((f) => ({ f, words: text(f) }));
  if (!full.length) return;
  for (const f of found) {
    const a = f.attribution;
    // Only a fragment the text gives to an organisation, a place or a role: one given to nobody is as often a
    // scare quote echoing the words.
    if (f.kind !== 'partial' || f.scare || !a?.name || a.person !== null) continue;
    const words = text(f);
    if (words.trim().split(' ').length < MIN_WORDS) continue;
    const inside = (g: Found) => g.block === f.block && g.start <= f.start && f.end <= g.end;
    const sayers = full.filter((g) => g.f !== f && !inside(g.f) && g.words.includes(words));
    const people = new Set(sayers.map((g) => g.f.attribution!.person));
    if (people.size !== 1) continue;
    f.attribution = { ...sayers[0]!.f.attribution!, via: a.name };
    f.rule = 'excerpt';
    f.confidence = QUOTE_CONFIDENCE.excerpt;
  }
}
