/**
 * From attribution to speaker: a person named in the attribution, a pronoun resolved by salience, a role
 * ("the minister") resolved to the person the article gave that role, or an organisation as written.
 */
import { isPlace } from '../../gazetteer.ts';
import { LOWERCASE_ROLE_WORDS, TITLE_WORDS } from '../../lexicon.ts';
import type { MarkSpan } from '../marks.ts';
import type { PersonMention } from '../people.ts';
import type { Quote, Speaker } from '../../schema/record.ts';
import { sentences } from '../../tokens.ts';
import { NO_SPEAKER_CAP, PRONOUN_FACTOR, QUOTE_CONFIDENCE, SPEAKER_CONFIDENCE, SPEAKER_FLOOR } from './confidence.ts';
import type { Found, QuoteContext, QuotePerson } from './context.ts';

/**
 * A headline quote given to a role ("Hospital chief admits ‘we got it wrong’") belongs to whoever says those
 * words in the body.
 */
export function headlineRoles({ found, blocks }: QuoteContext): void {
  const plain = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  for (const h of found) {
    const a = h.attribution;
    const head = a?.name?.toLowerCase().split(/\s+/).at(-1) ?? '';
    if (blocks[h.block]!.type !== 'headline' || !a || a.person !== null || !(TITLE_WORDS.has(head) || LOWERCASE_ROLE_WORDS.has(head))) continue;
    const words = plain(blocks[h.block]!.text.slice(h.start, h.end));
    const said = found.find(
      (f) =>
        f !== h && blocks[f.block]!.type === 'paragraph' && f.attribution && ` ${plain(blocks[f.block]!.text.slice(f.start, f.end))} `.includes(` ${words} `),
    );
    if (said) h.attribution = said.attribution;
  }
}

/** Turn what was found into the record's quotes: speakers resolved in text order (pronouns need the earlier ones). */
export function toQuotes(articleId: string, ctx: QuoteContext): Quote[] {
  const speakers: Array<Speaker | null> = [];
  const texts = ctx.blocks.map((x) => x.text);
  return ctx.found.map((f, i) => {
    const resolved = resolveSpeaker(f, i, ctx.found, speakers, ctx.byBlock, ctx.people, ctx.quoteSpans, texts);
    const sure = resolved && f.rule ? SPEAKER_CONFIDENCE[f.rule] * (f.attribution?.pronoun ? PRONOUN_FACTOR : 1) : 0;
    const speaker = sure >= SPEAKER_FLOOR ? resolved : null;
    speakers.push(speaker);
    const block = ctx.blocks[f.block]!;
    const conf = speaker ? f.confidence : Math.min(f.confidence, NO_SPEAKER_CAP);
    return {
      id: `${articleId}#q${i + 1}`,
      text: block.text.slice(f.start, f.end),
      kind: f.kind,
      speaker,
      cue: f.attribution?.cue ?? null,
      via: f.attribution?.via ?? null,
      block: f.block,
      start: block.start + f.start,
      end: block.start + f.end,
      continues: null,
      confidence: Math.round(conf * 100) / 100,
      speakerConfidence: speaker ? Math.round(sure * 100) / 100 : 0,
    };
  });
}

/**
 * A quotation that reopens a paragraph after an unclosed one continues it; the speaker named at its end is the
 * speaker of the paragraphs before it too.
 */
export function linkContinuations(found: Found[], quotes: Quote[]): void {
  quotes.forEach((q, i) => {
    if (found[i]!.continues && i > 0) q.continues = quotes[i - 1]!.id;
  });
  for (let i = quotes.length - 1; i > 0; i--) {
    const q = quotes[i]!;
    const prev = quotes[i - 1]!;
    if (q.continues === prev.id && q.speaker && (!prev.speaker || prev.cue === 'introduced before')) {
      prev.speaker = q.speaker;
      prev.cue = q.cue;
      prev.confidence = QUOTE_CONFIDENCE.continuation;
      prev.speakerConfidence = SPEAKER_CONFIDENCE.continuation;
    }
  }
}

/**
 * Turn an attribution into a speaker. Pronouns go to the most salient person before them: the speaker of the
 * latest attributed quotation or the subject of the latest sentence — skipping people named inside quotations,
 * objects of prepositions ("after his meeting with Gates") and people of the wrong gender.
 */
export function resolveSpeaker(
  f: Found,
  index: number,
  all: Found[],
  earlierSpeakers: Array<Speaker | null>,
  byBlock: PersonMention[][],
  people: QuotePerson[],
  quoteSpans: MarkSpan[][],
  blocks: string[],
): Speaker | null {
  const a = f.attribution;
  if (!a) return null;
  const asSpeaker = (person: number): Speaker => ({ name: people[person]!.name, personId: people[person]!.id });
  if (a.person !== null) return asSpeaker(a.person);
  if (a.name) return definite(a.name, f, index, earlierSpeakers, byBlock, people) ?? { name: a.name, personId: null };
  if (!a.pronoun) return null;
  // "it" and "they" stand for an organisation or a group ("The two leaders … They even agreed"), not one person.
  if (a.pronoun === 'it' || a.pronoun === 'they') {
    for (let i = index - 1; i >= 0 && all[i]!.block >= f.block - 2; i--)
      if (earlierSpeakers[i] && earlierSpeakers[i]!.personId === null) return earlierSpeakers[i]!;
    return null;
  }
  const wanted = a.pronoun === 'she' ? 'female' : a.pronoun === 'he' ? 'male' : null;
  const agrees = (p: number) => a.pronoun === 'they' || people[p]!.gender === null || people[p]!.gender === wanted;
  const inQuote = (m: PersonMention) => quoteSpans[m.block]!.some((s) => m.start >= s.start && m.end <= s.end);
  // Candidates: subject mentions before the pronoun in this and the two previous blocks, and earlier speakers.
  type Cand = { block: number; at: number; person: number; speaker: boolean; subject: boolean };
  const cands: Cand[] = [];
  // In earlier sentences a subject counts when it is the first of its sentence: "the head librarian, Tom Baker"
  // later in the sentence is an apposition, not who the sentence is about. In the pronoun's own sentence every
  // clause subject counts ("…, while Mr. Blinken later told reporters he agreed").
  const own = sentences(blocks[f.block]!).find(([s, e]) => a.at >= s && a.at < e)?.[0] ?? 0;
  for (let b = Math.max(0, f.block - 2); b <= f.block; b++) {
    const firsts = firstSubjects(blocks[b]!, byBlock[b]!);
    for (const m of byBlock[b]!)
      if ((m.block < f.block || m.start < a.at) && !inQuote(m)) {
        const subject = m.subject && (firsts.has(m) || (b === f.block && m.start >= own));
        cands.push({ block: m.block, at: m.start, person: m.person, speaker: false, subject });
      }
  }
  for (let i = index - 1; i >= 0 && all[i]!.block >= f.block - 2; i--) {
    const s = earlierSpeakers[i];
    if (s?.personId) {
      const person = people.findIndex((p) => p.id === s.personId);
      const e = all[i]!;
      if (person !== -1) cands.push({ block: e.block, at: e.attribution?.at ?? e.start, person, speaker: true, subject: true });
    }
  }
  // Clause-mates: a name after the pronoun in its own clause is someone else ("he said after his meeting with Gates").
  const later = new Set(byBlock[f.block]!.filter((m) => m.start > a.at && m.start - a.at < 80).map((m) => m.person));
  const usable = cands.filter((c) => !(later.has(c.person) && !c.speaker && c.block === f.block && c.at > f.end));
  usable.sort((x, y) => x.block - y.block || x.at - y.at);
  const salient = usable.filter((c) => c.speaker || c.subject);
  // The most recent speaker or subject; a later speaker outranks an earlier subject.
  const pick = (list: Cand[]) => {
    const last = list.at(-1);
    if (!last) return undefined;
    return list.slice(list.indexOf(last)).findLast((d) => d.speaker) ?? last;
  };
  const best = pick(salient) ?? usable.at(-1);
  if (!best) return null;
  // Gender is a soft signal: copies swap pronouns, so only switch to an agreeing person who is as salient nearby.
  if (!agrees(best.person)) {
    const alternative = pick(salient.filter((c) => agrees(c.person) && c.block >= f.block - 1));
    if (alternative) return asSpeaker(alternative.person);
  }
  return asSpeaker(best.person);
}

/**
 * "the minister said", "the spokesperson added": a definite description points back — to the person the article
 * gave that title or role, or to the earlier speaker described with the same noun ("a Lumora spokesperson").
 */
/** Generic role nouns and the titles they can stand for. */
const ROLE_COVERS: Record<string, string[]> = {
  leader: ['leader', 'president', 'premier', 'prime', 'chancellor', 'king', 'queen', 'emperor', 'chief', 'head', 'chairman', 'chairwoman'],
  chief: ['chief', 'head', 'director', 'chairman', 'chairwoman', 'ceo', 'president'],
  head: ['head', 'chief', 'director', 'chairman', 'chairwoman', 'ceo', 'president'],
  boss: ['boss', 'chief', 'head', 'director', 'ceo', 'manager', 'chairman', 'chairwoman'],
  official: ['official', 'minister', 'secretary', 'spokesman', 'spokeswoman', 'spokesperson', 'director', 'deputy'],
  diplomat: ['diplomat', 'ambassador', 'envoy', 'minister', 'secretary'],
  lawmaker: ['lawmaker', 'senator', 'sen', 'rep', 'representative', 'congressman', 'congresswoman', 'mp'],
  senator: ['senator', 'sen'],
  governor: ['governor', 'gov'],
  representative: ['representative', 'rep', 'congressman', 'congresswoman'],
};

function definite(name: string, f: Found, index: number, earlier: Array<Speaker | null>, byBlock: PersonMention[][], people: QuotePerson[]): Speaker | null {
  const m = /^the\s+(?:[\p{L}’'.-]+\s+){0,3}([\p{Ll}-]+)$/u.exec(name) ?? /^(\p{Lu}\p{Ll}+)$/u.exec(name);
  if (!m) return null;
  const head = m[1]!.toLowerCase();
  if (TITLE_WORDS.has(head) || LOWERCASE_ROLE_WORDS.has(head)) {
    // "the French leader" after "President Jeanne Dupont": a generic role noun stands for the titles it covers.
    const covers = ROLE_COVERS[head] ?? [head];
    // "the Chinese leader" after "US President Tom Hale": a holder whose title names another country is someone
    // else; one whose title names the same country is preferred to one whose title names none.
    const places = placesOf(name);
    const holder = (fits: (titles: string[]) => boolean) => titleHolder(f, byBlock, people, (p) => coversTitle(p.titles, covers) && fits(p.titles));
    const found = places.length
      ? (holder((t) => placesOf(t.join(' ')).some((x) => places.includes(x))) ?? holder((t) => placesOf(t.join(' ')).length === 0))
      : holder(() => true);
    if (found) return found;
  }
  for (let i = index - 1; i >= 0; i--) {
    const s = earlier[i];
    if (s && s.personId === null && s.name !== name && s.name.toLowerCase().split(/\s+/).includes(head)) return s;
  }
  return null;
}

/** Does one of `titles` hold a word the role covers? */
function coversTitle(titles: string[], covers: string[]): boolean {
  return titles.some((t) =>
    t
      .toLowerCase()
      .split(/[\s,]+/)
      .some((w) => covers.includes(w)),
  );
}

/** The latest person before the quotation (any, for a headline) for whom `fits` holds, as a speaker. */
function titleHolder(f: Found, byBlock: PersonMention[][], people: QuotePerson[], fits: (p: QuotePerson) => boolean): Speaker | null {
  // A headline or a standfirst ("Treasurer vows …") names the role before the body names the person: look ahead
  // there, as anywhere before the article has named anybody.
  const at = f.attribution?.at ?? f.start;
  const namedBefore = byBlock.slice(0, f.block).some((l) => l.length > 0) || byBlock[f.block]!.some((m) => m.start < at);
  const from = f.block === 0 || !namedBefore ? byBlock.length - 1 : f.block;
  for (let b = from; b >= 0; b--)
    for (const mention of [...byBlock[b]!].reverse())
      if ((b !== f.block || mention.start < at || !namedBefore) && fits(people[mention.person]!))
        return { name: people[mention.person]!.name, personId: people[mention.person]!.id };
  return null;
}

/** Countries and their peoples named in a phrase, each as one key ("Chinese" and "China" → "chin"; "U.S." → "us"). */
function placesOf(phrase: string): string[] {
  const keys: string[] = [];
  for (const w of phrase.match(/\p{Lu}[\p{L}.]*/gu) ?? []) {
    const word = w.replace(/\.$/, '');
    if (!isPlace(word) && !isPlace(w)) continue;
    const plain = word.toLowerCase().replace(/\./g, '');
    keys.push(SAME_PLACE[plain] ?? plain.slice(0, 4));
  }
  return keys;
}

/** Forms of one country that share no first letters with its adjective. */
const SAME_PLACE: Record<string, string> = { us: 'us', usa: 'us', america: 'us', american: 'us', uk: 'uk', britain: 'uk', british: 'uk' };

/** The first subject mention of each sentence of a block. */
function firstSubjects(text: string, mentions: PersonMention[]): Set<PersonMention> {
  const out = new Set<PersonMention>();
  for (const [s, e] of sentences(text)) {
    const first = mentions.find((m) => m.subject && m.start >= s && m.start < e);
    if (first) out.add(first);
  }
  return out;
}
