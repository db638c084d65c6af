/**
 * Reported speech ("Okafor said the region was large enough for both countries"): each sentence joins the cluster
 * holding the quote it paraphrases best; sentences that paraphrase no quote and that two or more articles
 * carry (a statement no outlet quotes) form clusters of their own.
 */
import { overlap, type Overlap, type Wording } from './match.ts';
import { matchWords, stem } from './text.ts';
import { turns } from './boundaries.ts';
import type { Unit } from './units.ts';

/** A reported sentence must share this many content words (or synonyms) and cover this share of the other wording's. */
const COVER: ReadonlyArray<readonly [number, number]> = [
  [3, 0.6],
  [4, 0.55],
  [5, 0.45],
];
/** Two paraphrases with no quote: share this many words and this share of the union (they carry more noise); one more word when a speaker is unknown. */
const PARAPHRASES = { common: 4, containment: 0.6, jaccard: 0.4 };

/**
 * Or share more words and a smaller share of them (two reports of one long remark, each with details of its own), `plain`
 * of them beyond the names and titles (plainShared): a description of the speaker both give, or a clause of a second
 * remark, is not enough.
 */
const LONG = { common: 6, containment: 0.5, jaccard: 0.3, plain: 5 };

/** Two paraphrases with the same words in the same order, of one named speaker, need only this many words. */
const SAME_WORDS = 3;

/** A plain sentence (no speech verb) must repeat this many of a quote's words and this share of the smaller. */
const PLAIN = { common: 5, containment: 0.8 };

/** A match this close (seven in ten words of the shorter wording in the other) stands whatever words it rests on. */
const WHOLE = 0.7;

/**
 * A story of this many articles or more has words of its own (storyWords). In fewer, a word half of them use is as
 * likely the words of a statement most of them quote.
 */
const STORY = { articles: 8 };

/** How much of `m` the reported sentence `r` covers (its containment), or 0 when it does not report it. */
export const covers = (r: Unit, m: Wording & { said?: Wording }, anchored = false) => {
  const [a, b] = [r.said ?? r, m.said ?? m];
  // The fewest words in common any threshold below can pass with: fewer, and the synonyms need not be looked up.
  const smaller = Math.min(a.stems.size, b.stems.size);
  // A plain sentence holding a number the statement's wordings share reports that fact as reported speech would.
  const plain = r.plain && !anchored;
  const need = plain
    ? Math.max(PLAIN.common, Math.ceil(PLAIN.containment * smaller - 1e-9))
    : Math.min(...COVER.map(([k, share]) => Math.max(k, Math.ceil(share * smaller - 1e-9))));
  const o = overlap(a, b, need);
  const common = o.shared + o.synonyms.length;
  if (plain) return common >= PLAIN.common && o.containment >= PLAIN.containment ? o.containment : 0;
  return COVER.some(([k, share]) => common >= k && o.containment >= share) ? o.containment : 0;
};
/**
 * Shared words of two wordings that are not the story's own, near-synonyms included; a number in `anchors` (one
 * most wordings of the statement hold) counts even when half the story's articles write it: `February 7` is the
 * story's date and still the fact a sentence about the last day in office reports.
 */
function distinctive(r: Unit, m: Unit, story: ReadonlySet<string>, anchors: ReadonlySet<string> = NONE): number {
  const [a, b] = [r.said ?? r, m.said ?? m];
  let n = overlap(a, b).synonyms.length;
  for (const w of a.stems.keys()) if (b.stems.has(w) && (!story.has(w) || anchors.has(w))) n++;
  return n;
}
const NONE: ReadonlySet<string> = new Set();
/** A stem written with digits: a number, a day of the month, a year. */
const isNumber = (w: string) => /\d/.test(w);
/** Stems of the words `text` writes with a capital after its first word: names, titles, months. */
const capitalised = (text: string) => new Set([...text.matchAll(/(?<=\S\s+)\p{Lu}[\p{L}’'-]*/gu)].flatMap((m) => matchWords(m[0]).map(stem)));

/**
 * Words `r` shares with `m` (near-synonyms too) beyond the anchors and the names and titles it writes with a capital:
 * a number and a place in common (`The ferry to Port Elm will run again on May 7`) do not make one fact.
 */
export function ordinaryShared(r: Unit, m: Unit, anchors: ReadonlySet<string> = NONE): number {
  const [a, b] = [r.said ?? r, m.said ?? m];
  const names = capitalised(r.text);
  let n = overlap(a, b).synonyms.length;
  for (const w of a.stems.keys()) if (b.stems.has(w) && !anchors.has(w) && !names.has(w)) n++;
  return n;
}
/**
 * Words two reports share beyond the names and titles either writes with a capital (`Port Selm Harbour Master Lena
 * Varga` / `Lena Varga, the Harbour Master of Port Selm`: the same speaker's description, not the same report).
 */
function plainShared(r: Unit, s: Unit, o: Overlap): number {
  const names = new Set([...capitalised(r.text), ...capitalised(s.text)]);
  let n = o.synonyms.length;
  for (const w of r.stems.keys()) if (s.stems.has(w) && !names.has(w)) n++;
  return n;
}
/** Ordinary words (ordinaryShared) a sentence joining through an anchor must share besides. */
const ORDINARY = 1;

/**
 * The numbers of `r` that the statement's shared words (its core) hold too, with the word beside each that the
 * core holds as well (its month or what it counts: `February 7`, `7 February`, `171 passengers`): anchors of one fact.
 */
function anchorsIn(r: Unit, core: Wording): Set<string> {
  const out = new Set<string>();
  const run = r.run.trim().split(' ');
  run.forEach((w, i) => {
    if (!isNumber(w) || !core.stems.has(w)) return;
    out.add(w);
    for (const x of [run[i - 1], run[i + 1]]) if (x !== undefined && core.stems.has(x)) out.add(x);
  });
  return out;
}
const sameSpeaker = (a: Unit, b: Unit) => a.speakerId === null || b.speakerId === null || a.speakerId === b.speakerId;
/**
 * True unless the statement has known speakers and `r` names someone else, or an unnamed source: a wording with no
 * speaker (a quote the parser could not attribute) must not let another person's reported sentence into that person's
 * statement.
 */
export const speaksIn = (r: Unit, members: readonly Unit[]) =>
  members.every((m) => m.speakerId === null) || (r.speakerId === null ? !r.anonymous : members.some((m) => m.speakerId === r.speakerId));

/** Inverted index of content stems → items holding them. */
function indexOf<T>(items: Iterable<[Unit, T]>): Map<string, Array<[Unit, T]>> {
  const index = new Map<string, Array<[Unit, T]>>();
  for (const item of items) for (const w of item[0].words) (index.get(w) ?? index.set(w, []).get(w)!).push(item);
  return index;
}

/**
 * The words most wordings of a statement hold (more than half of them; all of one): what a sentence reporting the
 * statement should carry, rather than the words it happens to share with one long wording.
 */
export function coreOf(members: readonly Unit[], stemsOf: (m: Unit) => ReadonlyMap<string, string> = (m) => m.stems): Wording {
  const counts = new Map<string, { n: number; word: string }>();
  for (const m of members) for (const [s, word] of stemsOf(m)) (counts.get(s) ?? counts.set(s, { n: 0, word }).get(s)!).n++;
  // One article's wordings say nothing about what other outlets' wordings of the statement share.
  if (new Set(members.map((m) => m.article)).size < 2) return { stems: new Map(), run: '', core: '' };
  const stems = new Map([...counts].filter(([, c]) => c.n * 2 > members.length).map(([s, c]) => [s, c.word] as const));
  return { stems, run: '', core: '' };
}

/**
 * The story's own words: stems that half the articles or more use (the places and people of the event, "summit").
 * Shared, they say that two wordings are about the story, not that they report one statement.
 */
export function storyWords(units: readonly Unit[]): Set<string> {
  const articles = new Map<string, Set<string>>();
  for (const u of units) for (const w of u.words) (articles.get(w) ?? articles.set(w, new Set()).get(w)!).add(u.article);
  const n = new Set(units.map((u) => u.article)).size;
  const out = new Set<string>();
  if (n >= STORY.articles) for (const [w, a] of articles) if (a.size * 2 >= n) out.add(w);
  return out;
}

/**
 * Words held by more wordings than this many, or than this share of all the statements' wordings, propose no
 * candidates: they would make every sentence a candidate of every quote.
 */
const TOO_COMMON = { least: 20, share: 0.2 };

/** What attaching a list of reported sentences knows of the statements: their wordings indexed, their cores, the options. */
interface Attach {
  clusters: Array<{ members: Unit[] }>;
  story: ReadonlySet<string>;
  anchoredOnly: boolean;
  chained: boolean;
  /** The core of a statement, computed once, only for the statements a sentence is compared with. */
  coreAt: (i: number) => Wording;
  /** Word → the wordings (long enough) that hold it, with their statement. */
  index: Map<string, Array<[Unit, number]>>;
  /** Words held by more wordings than this propose no candidates. */
  tooCommon: number;
}

/** The numbers of one reported sentence, and what they let it be compared on (each asked once, when it matters). */
interface Numbers {
  numbers: string[];
  /** A plain sentence of one clause holding a number: one that a statement's core holds may let it in. */
  numbered: () => boolean;
  /** The anchors of the sentence in statement `i`. */
  anchorsAt: (i: number) => ReadonlySet<string>;
}

/**
 * Add each reported sentence to the cluster it paraphrases best; return the sentences that fit none. `story` holds
 * the story's own words (storyWords). With `anchoredOnly`, a sentence joins only a statement whose core holds one of
 * its numbers (a second look at sentences that fit no statement on words alone). With `chained`, a sentence is compared
 * only with the statements' reported wordings of its own source (another outlet's report that joined a quote).
 */
export function attachReported(
  clusters: Array<{ members: Unit[] }>,
  reported: readonly Unit[],
  minWords: number,
  story: ReadonlySet<string>,
  anchoredOnly = false,
  chained = false,
): Unit[] {
  const indexed = clusters.map((c) => c.members.filter((m) => m.words.size > minWords));
  // Cores only of the statements a sentence is compared with, each once.
  const cores = new Map<number, Wording>();
  const coreAt = (i: number) => cores.get(i) ?? cores.set(i, coreOf(indexed[i]!)).get(i)!;
  const index = indexOf(indexed.flatMap((ms, i) => ms.map((m) => [m, i] as [Unit, number])));
  const left: Unit[] = [];
  // Words most wordings hold propose no candidates (they would make every sentence a candidate of every quote).
  const members = clusters.reduce((n, c) => n + c.members.length, 0);
  const tooCommon = Math.max(TOO_COMMON.least, Math.ceil(members * TOO_COMMON.share));
  const attach: Attach = { clusters, story, anchoredOnly, chained, coreAt, index, tooCommon };
  for (const r of reported) {
    const best = bestCluster(attach, r);
    if (best >= 0) clusters[best]!.members.push(r);
    else if (!r.plain) left.push(r);
  }
  return left;
}

/** The numbers of a sentence and its anchors in each statement, found lazily and once. */
function numbersOf(attach: Attach, r: Unit): Numbers {
  // Numbers of a plain sentence: only one that a statement's core holds lets it be compared on fewer words.
  // A sentence of two clauses may hold the number of one fact and the words of another: it keeps the stricter test.
  // (Whether it turns is asked only when a number could matter: the pattern is long, plain sentences many.)
  const numbers = [...r.words].filter(isNumber);
  let single: boolean | undefined;
  const numbered = () => r.plain === true && numbers.length > 0 && (single ??= !turns(r.text));
  // Anchors of `r` in each statement it is compared with, each found once (most sentences hold no number: none).
  const anchored = new Map<number, ReadonlySet<string>>();
  const anchorsAt = (i: number): ReadonlySet<string> => {
    if (numbers.length === 0 || (r.plain && !numbered())) return NONE;
    let a = anchored.get(i);
    if (a === undefined) {
      const core = attach.coreAt(i);
      a = numbers.some((w) => core.stems.has(w)) ? anchorsIn(r, core) : NONE;
      anchored.set(i, a);
    }
    return a;
  };
  return { numbers, numbered, anchorsAt };
}

/** Which wordings a sentence is compared with: those sharing its words (not too common ones), with the count shared. */
function candidatesOf(attach: Attach, r: Unit, numbered: () => boolean): Map<Unit, { cluster: number; n: number }> {
  const counts = new Map<Unit, { cluster: number; n: number }>();
  for (const w of r.words) {
    const list = attach.index.get(w);
    // A number is a fact, not a common word, however many wordings hold it: it proposes the statements that state it.
    if (list && (list.length <= attach.tooCommon || (isNumber(w) && numbered())))
      for (const [m, i] of list) counts.set(m, { cluster: i, n: (counts.get(m)?.n ?? 0) + 1 });
  }
  return counts;
}

/** Which statement a reported sentence paraphrases best (its index in the clusters), or -1 when none. */
function bestCluster(attach: Attach, r: Unit): number {
  const { clusters, story, anchoredOnly, chained, coreAt } = attach;
  const { numbers, numbered, anchorsAt } = numbersOf(attach, r);
  const counts = candidatesOf(attach, r, numbered);
  // A plain sentence let in by an anchor alone is compared with each statement's closest wording only (the one
  // sharing the most words): a number many wordings hold would otherwise ask for every one of them.
  const closest = new Map<number, Unit>();
  if (r.plain && numbers.length > 0) for (const [m, { cluster, n }] of counts) if (n > (counts.get(closest.get(cluster)!)?.n ?? 0)) closest.set(cluster, m);
  let best = -1;
  let bestScore = 0;
  // Statements whose wordings the sentence covers but on the story's own words only: the articles of those wordings.
  const seconded = new Map<number, Set<string>>();
  for (const [m, { cluster, n }] of counts) {
    if (n < 2 || !sameSpeaker(r, m) || !speaksIn(r, clusters[cluster]!.members)) continue;
    // Through another report, only one of the same source (both named as one person, or both naming nobody).
    if (chained && (m.kind !== 'reported' || m.speakerId !== r.speakerId)) continue;
    const loose = r.plain && n < PLAIN.common - 1;
    if (loose && closest.get(cluster) !== m) continue;
    const anchors = anchorsAt(cluster);
    if ((loose || anchoredOnly) && anchors.size === 0) continue;
    const score = covers(r, m, anchors.size > 0);
    if (score <= bestScore) continue;
    // Where the anchor let the sentence in (a plain sentence, a second look), it must share ordinary words too.
    if ((r.plain || anchoredOnly) && anchors.size > 0 && ordinaryShared(r, m, anchors) < ORDINARY) continue;
    // Sharing with one wording only the story's own words and a few more is not enough: the sentence must then
    // carry the words the statement's wordings share (a statement only one article quotes has none to offer).
    // (Through another report, the statement's shared words are no way in: that report may hold them for other reasons.)
    if (
      score < WHOLE &&
      distinctive(r, m, story, anchors) < COVER[0]![0] &&
      (chained || !(coreAt(cluster).stems.size >= COVER[0]![0] && covers(r, coreAt(cluster))))
    ) {
      if (
        chained &&
        r.speakerId !== null &&
        m.speakerId === r.speakerId &&
        m.article !== r.article &&
        ordinaryShared(r, m, described(r.text)) >= COVER[0]![0] &&
        !framed(clusters[cluster]!.members, r)
      )
        (seconded.get(cluster) ?? seconded.set(cluster, new Set()).get(cluster)!).add(m.article);
      continue;
    }
    // Two reports of one source share its name, title and description ("who runs the Harbour Office at Port Selm …"):
    // through another report, the words they share must be more than those.
    if (chained && ordinaryShared(r, m, NONE) < COVER[0]![0]) continue;
    // A sentence around a quote of the same article is the quote's own frame, not another outlet's paraphrase.
    if (framed(clusters[cluster]!.members, r)) continue;
    [best, bestScore] = [cluster, score];
  }
  return best >= 0 || !chained ? best : secondedCluster(seconded);
}

/** A sentence around a quote of the same article is the quote's own frame, not another outlet's paraphrase. */
const framed = (members: readonly Unit[], r: Unit) => members.some((x) => x.article === r.article && x.start <= r.start && x.end >= r.end);

/**
 * The one statement whose wordings of the sentence's own named speaker, in SECONDED articles or more, the sentence
 * covers on the story's own words (`she will stay in the post until the board names a successor`, in a story of a
 * resignation): several outlets telling it so of that speaker is the statement, as long as no other statement is
 * covered so (then the story's words say nothing of which); else -1.
 */
function secondedCluster(seconded: ReadonlyMap<number, ReadonlySet<string>>): number {
  if (seconded.size !== 1) return -1;
  const [cluster, articles] = [...seconded][0]!;
  return articles.size >= SECONDED ? cluster : -1;
}
/**
 * Stems of the description set beside a name between commas (`Mira Holt, a harbour pilot at the north quay, said`):
 * who the speaker is, which every outlet's report of them may write, not what they said.
 */
const described = (text: string) => new Set([...text.matchAll(/\p{Lu}[\p{L}’'-]*,\s+([^,]{1,80}),/gu)].flatMap((m) => matchWords(m[1]!).map(stem)));
/** How many other articles' wordings of the speaker a sentence resting on the story's words must cover (secondedCluster). */
const SECONDED = 2;

/**
 * Group paraphrases of one speaker that no quote carries, across articles; groups of one article are dropped. Only
 * pairs `linkable` allows are compared (restated.ts never links two plain sentences).
 */
export function groupReported(reported: readonly Unit[], linkable: (a: Unit, b: Unit) => boolean = () => true): Unit[][] {
  const said = reported;
  const index = indexOf(said.map((r, i) => [r, i] as [Unit, number]));
  const parent = said.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const tooCommon = Math.max(20, Math.ceil(said.length * 0.2));
  said.forEach((r, i) => {
    const counts = new Map<number, number>();
    for (const w of r.words) {
      const list = index.get(w);
      if (list && list.length <= tooCommon) for (const [, j] of list) if (j > i) counts.set(j, (counts.get(j) ?? 0) + 1);
    }
    for (const [j, n] of counts) {
      const s = said[j]!;
      if (n < 2 || s.article === r.article || !sameSpeaker(r, s) || !linkable(r, s)) continue;
      const unknown = r.speakerId === null || s.speakerId === null ? 1 : 0;
      // The same words, in the same order, of one named speaker in two articles: one report, however short.
      if (!unknown && r.speakerId === s.speakerId && r.stems.size >= SAME_WORDS && r.run === s.run) {
        parent[find(i)] = find(j);
        continue;
      }
      // What they share is at most the smaller set: wordings far apart in size can never pass (saves the overlap).
      const [small, large] = [Math.min(r.stems.size, s.stems.size), Math.max(r.stems.size, s.stems.size)];
      if (small < PARAPHRASES.common + unknown || small < LONG.jaccard * large) continue;
      // Words in common that all three thresholds need (Jaccard: common ≥ j·(|r| + |s|) / (1 + j)).
      const { common, containment, jaccard } = PARAPHRASES;
      const need = Math.min(
        Math.max(common + unknown, Math.ceil(containment * small - 1e-9), Math.ceil((jaccard * (small + large)) / (1 + jaccard) - 1e-9)),
        Math.max(LONG.common + unknown, Math.ceil(LONG.containment * small - 1e-9), Math.ceil((LONG.jaccard * (small + large)) / (1 + LONG.jaccard) - 1e-9)),
      );
      const o = overlap(r, s, need);
      const k = o.shared + o.synonyms.length;
      if (
        (k >= PARAPHRASES.common + unknown && o.containment >= PARAPHRASES.containment && o.jaccard >= PARAPHRASES.jaccard) ||
        (k >= LONG.common + unknown && o.containment >= LONG.containment && o.jaccard >= LONG.jaccard && plainShared(r, s, o) >= LONG.plain)
      )
        parent[find(i)] = find(j);
    }
  });
  const groups = new Map<number, Unit[]>();
  said.forEach((r, i) => (groups.get(find(i)) ?? groups.set(find(i), []).get(find(i))!).push(r));
  return [...groups.values()].filter((g) => new Set(g.map((r) => r.article)).size >= 2);
}
