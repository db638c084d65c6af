/**
 * A fragment is often an excerpt of a quotation the article gives in full elsewhere: "India told the council there
 * was “no military solution”" beside "“There is no military solution to this conflict,” Mr Kulkarni said". The
 * person quoted in full said the fragment's words; an organisation, a country or a role given the fragment only
 * spoke through them.
 */
import type { Block, Quote } from '../../schema/record.ts';
import { QUOTE_CONFIDENCE, SPEAKER_CONFIDENCE } from './confidence.ts';
import type { Found, QuoteContext } from './context.ts';

/** Fewest words a fragment needs before its words are taken to be the same words (one word recurs by chance). */
const MIN_WORDS = 2;
/** Words a subheading needs before it may leave out words of the quotation below (LOOSE_GAP at most, in all). */
const LOOSE_WORDS = 4;
const LOOSE_GAP = 2;
/** Characters a line holding one quotation alone has besides its words: marks, spaces, a full stop. */
const ALONE_SLACK = 12;

/** Lower-case words with single spaces, padded so that a match is on whole words. */
const plain = (s: string) =>
  ` ${s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;

/** Give each fragment given to no person to the one person quoted in full saying its words. */
export function excerptSpeakers({ found, blocks }: QuoteContext): void {
  const text = (f: Found) => plain(blocks[f.block]!.text.slice(f.start, f.end));
  const full = found.filter((f) => f.attribution?.person != null && f.kind !== 'partial');
  if (!full.length) return;
  // (Their words are read when a fragment first asks: most articles have none to give.)
  let fullWords: Array<{ f: Found; words: string }> | null = null;
  for (const f of found) {
    const a = f.attribution;
    // Only a fragment the text gives to an organisation, a place or a role: one given to nobody is as often a
    // scare quote echoing the words.
    if (f.kind !== 'partial' || f.scare || !a?.name || a.person !== null) continue;
    const words = text(f);
    if (words.trim().split(' ').length < MIN_WORDS) continue;
    const inside = (g: Found) => g.block === f.block && g.start <= f.start && f.end <= g.end;
    fullWords ??= full.map((g) => ({ f: g, words: text(g) }));
    const sayers = fullWords.filter((g) => g.f !== f && !inside(g.f) && g.words.includes(words));
    const people = new Set(sayers.map((g) => g.f.attribution!.person));
    if (people.size !== 1) continue;
    f.attribution = { ...sayers[0]!.f.attribution!, via: a.name };
    f.rule = 'excerpt';
    f.confidence = QUOTE_CONFIDENCE.excerpt;
  }
}

/**
 * "‘No warning’" as a subheading, then "She said there had been “no warning from the slope …”": a quotation in a headline or
 * a subheading that names no one is the words of the one speaker a paragraph below is quoted saying them (two words
 * at least; one word recurs by chance).
 */
export function echoSpeakers(blocks: Block[], quotes: Quote[]): void {
  // (Each quotation's words read once, when first compared: most quotations have a speaker and are never compared.)
  const texts: Array<string | undefined> = [];
  const textOf = (j: number) => (texts[j] ??= plain(quotes[j]!.text));
  // ("‘A path back to the table’" over "“… we want a path back together to the table …”": a subheading of four words
  // or more may leave out a word or two of the quotation it takes up.)
  const holds = (body: string, words: string) => {
    if (body.includes(words)) return true;
    const own = words.trim().split(' ');
    if (own.length < LOOSE_WORDS) return false;
    const theirs = body.trim().split(' ');
    // Every word in order, with at most LOOSE_GAP words of the quotation between them in all.
    return theirs.some((w, start) => {
      if (w !== own[0]) return false;
      let k = 1;
      for (let j = start + 1; j < theirs.length && k < own.length && j - start - k <= LOOSE_GAP; j++) if (theirs[j] === own[k]) k++;
      return k === own.length;
    });
  };
  quotes.forEach((q, i) => {
    // (A subheading in marks alone on its line is read as a paragraph: it is one when it holds nothing else; so is a
    // line in title case, a headline below a section label.)
    const block = blocks[q.block]!;
    // (Compared only when the lengths allow it: a long paragraph of many quotations is never one of them alone.)
    const alone = block.type === 'paragraph' && block.text.length <= q.text.length + ALONE_SLACK && plain(block.text) === textOf(i);
    // (A speaker a subheading alone on its line took from the paragraph before is no better than the one its words are
    // quoted from below.)
    if (q.speaker && !alone) return;
    const words = textOf(i);
    if (words.trim().split(' ').length < MIN_WORDS || (block.type === 'paragraph' && !alone && !titleCase(block.text))) return;
    const sayers = quotes.filter((o, j) => o !== q && o.speaker && blocks[o.block]!.type === 'paragraph' && holds(textOf(j), words));
    const ids = new Set(sayers.map((o) => o.speaker!.personId ?? o.speaker!.name));
    if (ids.size !== 1) return;
    q.speaker = sayers[0]!.speaker;
    q.cue = 'quoted below';
    q.confidence = QUOTE_CONFIDENCE.excerpt;
    q.speakerConfidence = SPEAKER_CONFIDENCE.excerpt;
  });
}

/** A short line most of whose words are capitalised ("Mayor Tours Flood Damage: ‘We Stay’"). */
export function titleCase(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  return words.length >= 4 && words.length <= 20 && words.filter((w) => /^[‘“'"]?\p{Lu}/u.test(w)).length / words.length >= 0.7;
}
