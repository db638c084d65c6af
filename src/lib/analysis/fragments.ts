/**
 * Fragments: the short quotes of a story (a few content words, "progress", "made progress") placed in the statement
 * whose wordings hold them, or going on from a quote of their speaker, or grouped with the same words quoted by other
 * outlets. Steps of clusterStatements (clusters.ts).
 */
import { isNearRun, isRunInside, overlap } from './match.ts';
import { SENTENCE_WORDS } from './parts.ts';
import { isConjunctOf } from './conjuncts.ts';
import { withoutDegree } from './degrees.ts';
import type { Unit } from './units.ts';
import { sentences as sentenceSpans } from '../tokens.ts';

/** True when no two different speakers are named for `a` and `b`. */
export const sameSpeaker = (a: Unit, b: Unit) => a.speakerId === null || b.speakerId === null || a.speakerId === b.speakerId;
/** Whose words a unit may be: its speaker and the people named around it, or nobody known. */
const candidateSpeakers = (u: Unit): string[] => [...(u.speakerId ? [u.speakerId] : []), ...(u.nearby ?? [])];

/**
 * Words (stopwords too) of a quote, two of them content words, that make its exact words one remark whoever an outlet
 * gives it to: `it is not for us to open the gates` quoted by one outlet as the agent's and by another as the
 * harbour master's is one remark misattributed, not two people saying it (`a dark day for the port` is too short to tell).
 */
const SAME_WORDS_RUN = 7;
/** True when `f` is long enough that its exact words (stems in order) name one remark whoever is said to speak. */
export const tellsRemark = (f: Unit) => f.words.size >= 2 && f.run.trim().split(' ').length >= SAME_WORDS_RUN;

/**
 * Fragments with the same words (as stems, in order) and no two different speakers named, in one group each; a long
 * enough run of the same words is one group whoever the outlets name (tellsRemark).
 */
export function groupFragments(fragments: readonly Unit[]): Unit[][] {
  const byCore = new Map<string, Unit[][]>();
  for (const f of fragments) {
    const groups = byCore.get(f.core) ?? byCore.set(f.core, []).get(f.core)!;
    const g = groups.find((x) => x.every((m) => sameSpeaker(m, f) || (tellsRemark(f) && tellsRemark(m))));
    if (g) g.push(f);
    else groups.push([f]);
  }
  return [...byCore.values()].flat();
}

/** Words (stopwords too) of a phrase quoted alone that may be part of a longer one ("I didn't like it"). */
const PHRASE_WORDS = 3;

/**
 * Phrases quoted alone, one inside the other, of one named speaker ("I didn't like it" / "Eh, but I didn't like it"):
 * one row, when the shorter phrase is inside one longer phrase only. A shorter phrase may be a word or two when the
 * longer is that phrase after a word of degree ("reckless" / "truly reckless": the outlet dropped the adverb) or one
 * half of a pair the longer joins with `and` ("unfair" / "rushed and unfair": the outlet quoted one half).
 */
export function nestFragments(rows: Unit[][]): Unit[][] {
  const out = [...rows];
  const speakers = (g: readonly Unit[]) => new Set(g.map((m) => m.speakerId).filter((x) => x !== null));
  for (const g of rows) {
    const run = g[0]!.run;
    const short = run.trim().split(' ').length < PHRASE_WORDS;
    const hosts = out.filter((h) =>
      h === g
        ? false
        : short
          ? withoutDegree(h[0]!)?.core === g[0]!.core || isConjunctOf(h[0]!, g[0]!.core)
          : h[0]!.run.length > run.length && h[0]!.run.includes(run),
    );
    if (hosts.length !== 1) continue;
    const [mine, theirs] = [speakers(g), speakers(hosts[0]!)];
    if (mine.size !== 1 || theirs.size !== 1 || !theirs.has([...mine][0]!)) continue;
    hosts[0]!.push(...g);
    out.splice(out.indexOf(g), 1);
  }
  return out;
}

/** Shares written as a number: `12%`, `9 per cent`, `7.5 percent` (the number as written, a comma for a point). */
const SHARE = /(\d+(?:[.,]\d+)?)\s*(?:%|per\s?cent\b)/giu;
const shares = (text: string) => new Set([...text.matchAll(SHARE)].map((m) => m[1]!.replace(',', '.')));

/**
 * The share the sentence around a phrase quoted alone states nearest to it (`fishing boats will pay a 9% “reduced harbour
 * levy”, ferries 12 per cent` → 9), or none: a wording of its speaker that holds the phrase and states only other shares
 * (`A reduced harbour levy of 18 per cent starts in June`) says it of something else. `spans` are the article's
 * sentences, in order.
 */
function shareAround(f: Unit, text: string, spans: readonly [number, number][]): string | null {
  let [lo, hi] = [0, spans.length - 1];
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (spans[mid]![0] <= f.start) lo = mid;
    else hi = mid - 1;
  }
  const [s, e] = spans[lo] ?? [f.start, f.end];
  let best: string | null = null;
  let distance = Infinity;
  for (const m of text.slice(s, e).matchAll(SHARE)) {
    const [from, to] = [s + m.index, s + m.index + m[0].length];
    const d = to <= f.start ? f.start - to : from >= f.end ? from - f.end : 0;
    if (d < distance) [best, distance] = [m[1]!.replace(',', '.'), d];
  }
  return best;
}

/** What the fragment steps read of the story: its quotes, the full ones, the groups these made, the articles' texts. */
export interface FragmentContext {
  quotes: readonly Unit[];
  /** The quotes of more content words than a fragment has. */
  full: readonly Unit[];
  /** The statements so far; fragments that join one are pushed into its group. */
  groups: ReadonlyMap<number, Unit[]>;
  /** Each article's text, by article id. */
  texts: ReadonlyMap<string, string>;
}

/**
 * Where each fragment goes: into the group whose wordings hold it (pushed there), else `lone`; `sentences` are the
 * short sentences quoted whole that are a statement of their own.
 */
export function placeFragments(ctx: FragmentContext, fragments: readonly Unit[]) {
  const { groups, texts } = ctx;
  // Fragments ("progress", "made progress") join the group whose wordings hold them as a run of words, or
  // (two words or more, speaker known) whose every word or a near-synonym ("totally different" / "completely
  // different"): a group of the same speaker (or of someone named in the fragment's own sentence, where the
  // parser may have named the wrong one), or any group when no speaker is known, then only a clear best one.
  // One word ("tyrant", "well") must be in the longer wordings of three in four of the group's articles: a word of the
  // statement, not a word that happens to be in it.
  const lone: Unit[] = [];
  const sentences = new Set<Unit>();
  const quotedWhole = sentencesQuotedWhole(fragments);
  const spansIn = shareSpans(texts);
  for (const f of fragments) {
    const v = viewOf(f, texts, spansIn);
    const { best, tie, loose } = bestGroup(v, groups);
    const own = best !== null && ownSentence(f, best, quotedWhole);
    if (own) sentences.add(f);
    if (best && !(tie && v.speakers.length === 0) && loose <= 1 && !own) best.push(f);
    else lone.push(f);
  }
  return { lone, sentences, quotedWhole };
}

/** The articles that quote each short sentence whole and alone, by its core (its stems in order). */
function sentencesQuotedWhole(fragments: readonly Unit[]): Map<string, Set<string>> {
  // A short sentence quoted whole by two outlets or more ("Rain is rain.") is a statement of its own when fewer outlets
  // quote it inside the statement's quotations than alone and two quote the statement without it: it does not join
  // that statement (a third outlet's quotation holding both is split, parts.ts).
  const quotedWhole = new Map<string, Set<string>>();
  for (const f of fragments)
    if (f.kind === 'direct' && f.run.trim().split(' ').length >= SENTENCE_WORDS)
      (quotedWhole.get(f.core) ?? quotedWhole.set(f.core, new Set()).get(f.core)!).add(f.article);
  return quotedWhole;
}

/** True when the short sentence `f`, quoted whole, is a statement of its own rather than a part of group `g`'s. */
function ownSentence(f: Unit, g: readonly Unit[], quotedWhole: ReadonlyMap<string, ReadonlySet<string>>): boolean {
  const alone = quotedWhole.get(f.core)?.size ?? 0;
  if (alone < 2) return false;
  const longer = g.filter((m) => m.words.size > f.words.size);
  const articles = (xs: readonly Unit[]) => new Set(xs.map((m) => m.article)).size;
  // A sentence of one of the statement's quotations (a heading's words, "Worst in decades", are in none), that
  // more outlets quote alone than inside those quotations, while two quote the statement without it.
  const inside = articles(longer.filter((m) => isRunInside(f, m)));
  return inside > 0 && inside < alone && articles(longer.filter((m) => !isRunInside(f, m))) >= 2;
}

/** Which articles state a share at all: for those, their sentences (cut once an article, on first asking); else null. */
function shareSpans(texts: ReadonlyMap<string, string>): (article: string) => [number, number][] | null {
  // The sentences of the articles that state a share at all, each cut once.
  const spansOf = new Map<string, [number, number][] | null>();
  return (article: string) => {
    if (!spansOf.has(article)) {
      const text = texts.get(article) ?? '';
      spansOf.set(article, /\d\s*(?:%|per\s?cent\b)/iu.test(text) ? sentenceSpans(text) : null);
    }
    return spansOf.get(article)!;
  };
}

/** A fragment as the groups are weighed for it: whose words it may be, and what tells a wording of it apart. */
interface FragmentView {
  f: Unit;
  /** Its speaker and the people named around it (candidateSpeakers). */
  speakers: string[];
  /** Whose wordings may hold it through near-synonyms: its speaker, or when it has none the people of its sentence. */
  strict: string[];
  /** The phrase without the word of degree that opens it (withoutDegree), if it opens with one. */
  bare: ReturnType<typeof withoutDegree>;
  /** A short sentence quoted whole with one content word: held only by a wording with all its words. */
  sentenceOfOne: boolean;
  /** True for a wording that states only shares other than the one the fragment's sentence states (shareAround). */
  otherShares: (m: Unit) => boolean;
}

/** What placing fragment `f` needs to know of it (see FragmentView). */
function viewOf(f: Unit, texts: ReadonlyMap<string, string>, spansIn: (article: string) => [number, number][] | null): FragmentView {
  const speakers = candidateSpeakers(f);
  const spans = spansIn(f.article);
  const around = spans && shareAround(f, texts.get(f.article)!, spans);
  const otherShares = (m: Unit) => {
    if (!around) return false;
    const theirs = shares(m.text);
    return theirs.size > 0 && !theirs.has(around);
  };
  const sentenceOfOne = f.kind === 'direct' && f.words.size === 1 && f.run.trim().split(' ').length >= SENTENCE_WORDS;
  // Near-synonyms are weaker evidence than the same words: only the fragment's own speaker (or, when it has
  // none, the people of its sentence).
  const strict = f.speakerId ? [f.speakerId] : speakers;
  return { f, speakers, strict, bare: withoutDegree(f), sentenceOfOne, otherShares };
}

/** The group with the highest count so far, and whether another group has the same count. */
interface Leader {
  g: Unit[] | null;
  size: number;
  tie: boolean;
}
const noLeader = (): Leader => ({ g: null, size: 0, tie: false });
/** Whether group `g` with count `n` leads (more than the leader) or ties (as many, more than none). */
function offer(l: Leader, g: Unit[], n: number): void {
  if (n > l.size) [l.g, l.size, l.tie] = [g, n, false];
  else if (n > 0 && n === l.size) l.tie = true;
}

/**
 * Which group a fragment joins, if any: the group whose wordings hold it most; else, with no tie, the group of its
 * speaker whose wordings hold it without its word of degree; else, with no tie, another speaker's group that holds
 * its exact words. `tie`: the first choice tied; `loose`: groups that took it on its words only, with no speaker known.
 */
function bestGroup(v: FragmentView, groups: ReadonlyMap<number, Unit[]>): { best: Unit[] | null; tie: boolean; loose: number } {
  const { f, speakers } = v;
  const best = noLeader();
  const bare = noLeader();
  let loose = 0;
  // Another speaker's group only when it holds the fragment's words exactly and they are long enough to be one remark
  // (tellsRemark): the outlet, or the parser, named the wrong speaker. Taken only when no group of its own speaker is.
  const other = noLeader();
  for (const g of groups.values()) {
    if (speakers.length && !g.some((m) => m.speakerId !== null && speakers.includes(m.speakerId))) {
      if (tellsRemark(f)) offer(other, g, new Set(g.filter((m) => m.words.size > f.words.size && m.run.includes(f.core)).map((m) => m.article)).size);
      continue;
    }
    const longer = g.filter((m) => m.words.size > f.words.size && !v.otherShares(m));
    const hits = holdingHits(v, longer);
    if (hits.loose) loose++;
    if (v.bare && f.speakerId !== null) offer(bare, g, bareHolding(v, longer));
    offer(best, g, hits.n);
  }
  let chosen = best.g;
  if (chosen === null && bare.g && !bare.tie) chosen = bare.g;
  if (chosen === null && other.g && !other.tie) chosen = other.g;
  return { best: chosen, tie: best.tie, loose };
}

/** Wordings that hold a fragment only through near-synonyms, or word by word, that count as one holding it as a run. */
const WEAK_HOLDERS = 2;
/** A group's wordings must hold one word in this share of its articles (three in four) for it to be the statement's. */
const ONE_WORD_SHARE = 0.75;

/**
 * How strongly a group's longer wordings (`longer`) hold a fragment: one a wording that holds it as a run of words,
 * half a one for each wording that holds it only through near-synonyms or, with no speaker known, word by word
 * (`loose`); none for one word that too few of the group's articles hold.
 */
function holdingHits(v: FragmentView, longer: readonly Unit[]): { n: number; loose: boolean } {
  const { f, speakers, strict } = v;
  // A short sentence quoted whole with one content word ("It was the tides") is inside a wording only with all
  // its words: its one word in a longer wording ("We watch the tides every week") is no quotation of it.
  const holders = longer.filter((m) => (v.sentenceOfOne ? m.run.includes(f.run) : isRunInside(f, m)));
  let hits = holders.length;
  let loose = false;
  if (hits === 0 && speakers.length && f.words.size >= 2)
    hits =
      longer.filter((m) => {
        if (m.speakerId === null || !strict.includes(m.speakerId)) return false;
        const o = overlap(f, m);
        return o.containment === 1 && isNearRun(f, m, o);
      }).length / WEAK_HOLDERS;
  else if (hits === 0 && f.words.size >= 2) {
    // No speaker known: every word of the fragment, as it is (no synonyms), in wordings of two articles or more
    // ("pick each other’s calls" in "each one of us can pick up the phone call"); then only one such group.
    const holding = longer.filter((m) => [...f.words].every((w) => m.words.has(w)));
    if (new Set(holding.map((m) => m.article)).size >= 2) hits = holding.length / WEAK_HOLDERS;
    if (hits > 0) loose = true;
  }
  // Counted by article: one outlet's two quotations, one of them without the word, are one outlet's wordings.
  const outlets = (xs: readonly Unit[]) => new Set(xs.map((m) => m.article)).size;
  if (f.words.size === 1 && outlets(holders) < ONE_WORD_SHARE * outlets(longer)) hits = 0;
  return { n: hits, loose };
}

/** How many of a group's longer wordings of the fragment's own speaker hold its phrase without the word of degree (0: too few). */
function bareHolding(v: FragmentView, longer: readonly Unit[]): number {
  const bare = v.bare!;
  // A phrase opened by a degree word (`extremely useful`) that its own speaker's wordings hold without it (`the
  // session was very useful`), when no group holds it as it is: one word left must be in three in four of the
  // longer wordings, as holdingHits asks of one word.
  const holding = longer.filter((m) => m.speakerId === v.f.speakerId && m.run.includes(bare.core)).length;
  return holding >= (bare.words === 1 ? ONE_WORD_SHARE * longer.length : 1) && holding > 0 ? holding : 0;
}

/** A fragment this many characters or fewer after a quote of its speaker, with words that say so, goes on from it. */
const CONTINUES = 120;
const GOES_ON = /\b(?:add(?:s|ed|ing)|continu(?:es|ed|ing)|went on)\b/i;

/**
 * Which fragments left alone go on from a quote of their speaker just before them: each joins that quote's group;
 * returns the others.
 */
export function continueFragments(ctx: FragmentContext, lone: readonly Unit[], quotedWhole: ReadonlyMap<string, ReadonlySet<string>>): Unit[] {
  const { quotes, full, groups, texts } = ctx;
  // A fragment that goes on from a quote of the same speaker just before it, in words that say so ("… a mistake,”
  // Dupont said, adding that the plan “is not what we agreed.”) belongs to that quote's statement.
  const home = new Map<Unit, Unit[]>();
  for (const g of groups.values()) for (const u of g) home.set(u, g);
  return lone.filter((f) => {
    const before = full.filter(
      (u) => u.article === f.article && u.speakerId !== null && u.speakerId === f.speakerId && u.end <= f.start && f.start - u.end < CONTINUES,
    );
    const q = before.at(-1);
    if (!q || !home.has(q) || !GOES_ON.test(texts.get(f.article)!.slice(q.end, f.start))) return true;
    // A sentence quoted whole that other outlets quote alone too ("“Back by noon!” she added.") is a statement of its
    // own: the words between say only that the speaker went on speaking.
    if (f.kind === 'direct' && (quotedWhole.get(f.core)?.size ?? 0) >= 2) return true;
    // Another quote between them is what those words go on to ("Lund continued: “…”, and … “…”"): not this one.
    if (quotes.some((u) => u.article === f.article && u !== f && u.start >= q.end && u.end <= f.start)) return true;
    home.get(q)!.push(f);
    return false;
  });
}
