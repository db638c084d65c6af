/**
 * Machine rewrites: an article whose sentences follow another article's one for one, each reworded ("The valley is
 * wide enough for both farms to grow." / "The vale is large enough for the two farms to thrive."). One such pair
 * shares too few words to be grouped on its own; the order of the two articles is the evidence. Sentences are
 * aligned in order (the best monotone alignment over shared stems) only between articles that share many of the
 * story's rarer words (an inverted index: never all pairs), and an aligned pair counts only inside a run of three
 * or more aligned sentences that follow each other in both articles.
 */
import { overlap } from './match.ts';
import { covers, speaksIn } from './reported.ts';
import type { Unit } from './units.ts';

/** Shared stems over the smaller sentence's stems for two sentences to be aligned at all. */
const MIN_SIMILARITY = 0.3;
/** Aligned pairs in a row (each at most GAP sentences after the last, in both articles) that make a rewrite. */
const MIN_RUN = 3;
const GAP = 2;
/** Each article is aligned with at most this many others: those sharing the most rarer words with it. */
const PARTNERS = 2;
/** Partners must share this many rarer words (a stem at most half the story's articles use). */
const MIN_SHARED = 12;
/** Longest article, in sentences, that is aligned (the alignment costs sentences × sentences). */
const MAX_SENTENCES = 150;

/** The sentence units of each article in text order: reported sentences and whole quotations, not fragments. */
function sentencesByArticle(units: readonly Unit[]): Map<string, Unit[]> {
  const by = new Map<string, Unit[]>();
  for (const u of units) {
    if (u.kind === 'partial') continue;
    (by.get(u.article) ?? by.set(u.article, []).get(u.article)!).push(u);
  }
  for (const list of by.values()) list.sort((a, b) => a.start - b.start);
  return by;
}

/** Shared stems over the smaller set. */
function similarity(a: Unit, b: Unit): number {
  const [small, large] = a.words.size <= b.words.size ? [a.words, b.words] : [b.words, a.words];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  return shared / small.size;
}

/** For each article, the articles sharing the most rarer stems with it (at least MIN_SHARED). */
function partners(by: Map<string, Unit[]>): Array<[string, string]> {
  const stems = new Map([...by].map(([id, list]) => [id, new Set(list.flatMap((u) => [...u.words]))] as const));
  const df = new Map<string, string[]>();
  for (const [id, set] of stems) for (const w of set) (df.get(w) ?? df.set(w, []).get(w)!).push(id);
  const rare = Math.max(2, Math.floor(stems.size / 2));
  const pairs = new Set<string>();
  for (const [id, set] of stems) {
    const counts = new Map<string, number>();
    for (const w of set) {
      const users = df.get(w)!;
      if (users.length <= rare) for (const other of users) if (other !== id) counts.set(other, (counts.get(other) ?? 0) + 1);
    }
    const best = [...counts].filter(([, n]) => n >= MIN_SHARED).sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]));
    for (const [other] of best.slice(0, PARTNERS)) pairs.add(id < other ? `${id}\n${other}` : `${other}\n${id}`);
  }
  return [...pairs].map((p) => p.split('\n') as [string, string]);
}

/** The best monotone alignment of two sentence lists: pairs [i, j] in order, each at least MIN_SIMILARITY. */
function align(a: readonly Unit[], b: readonly Unit[]): Array<[number, number]> {
  const n = a.length;
  const m = b.length;
  const sim = new Float64Array(n * m);
  // Only sentences that share a stem are compared.
  const index = new Map<string, number[]>();
  b.forEach((u, j) => {
    for (const w of u.words) (index.get(w) ?? index.set(w, []).get(w)!).push(j);
  });
  a.forEach((u, i) => {
    const seen = new Set<number>();
    for (const w of u.words)
      for (const j of index.get(w) ?? [])
        if (!seen.has(j)) {
          seen.add(j);
          const s = similarity(u, b[j]!);
          if (s >= MIN_SIMILARITY) sim[i * m + j] = s;
        }
  });
  const score = new Float64Array((n + 1) * (m + 1));
  const at = (i: number, j: number) => i * (m + 1) + j;
  for (let i = 1; i <= n; i++)
    for (let j = 1; j <= m; j++) score[at(i, j)] = Math.max(score[at(i - 1, j)]!, score[at(i, j - 1)]!, score[at(i - 1, j - 1)]! + sim[(i - 1) * m + j - 1]!);
  const path: Array<[number, number]> = [];
  let [i, j] = [n, m];
  while (i > 0 && j > 0) {
    const s = sim[(i - 1) * m + j - 1]!;
    if (s > 0 && score[at(i, j)] === score[at(i - 1, j - 1)]! + s) {
      path.push([i - 1, j - 1]);
      i--;
      j--;
    } else if (score[at(i, j)] === score[at(i - 1, j)]) i--;
    else j--;
  }
  return path.reverse();
}

/** The aligned pairs that sit in runs of MIN_RUN or more, each following the last closely in both articles. */
function inRuns(path: ReadonlyArray<[number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let run: Array<[number, number]> = [];
  const flush = () => {
    if (run.length >= MIN_RUN) out.push(...run);
    run = [];
  };
  for (const p of path) {
    const last = run.at(-1);
    if (last && !(p[0] - last[0] <= GAP && p[1] - last[1] <= GAP)) flush();
    run.push(p);
  }
  flush();
  return out;
}

/** Sentence pairs of rewritten articles that stand at the same place of the text: [a sentence, its rewrite]. */
export function rewritePairs(units: readonly Unit[]): Array<[Unit, Unit]> {
  const by = sentencesByArticle(units);
  const out: Array<[Unit, Unit]> = [];
  for (const [x, y] of partners(by)) {
    const a = by.get(x)!.slice(0, MAX_SENTENCES);
    const b = by.get(y)!.slice(0, MAX_SENTENCES);
    for (const [i, j] of inRuns(align(a, b))) out.push([a[i]!, b[j]!]);
  }
  return out;
}

/**
 * Each sentence of a rewrite joins the statement that the sentence at its place in the other article belongs to,
 * when no statement carried by two articles holds it yet, the statement has no wording from its article, its
 * speaker (if any) is one of the statement's, and the two sentences share two words or near-synonyms besides the
 * name of who speaks (a profile line, `Colleagues describe Mayor Brand as careful`, may stand where the mayor's
 * statement stood and share only her name with it). Returns the units that joined.
 */
export function joinRewrites(groups: Unit[][], pairs: ReadonlyArray<[Unit, Unit]>): Set<Unit> {
  const home = new Map<Unit, Unit[]>();
  const byArticle = new Map<string, Array<[Unit, Unit[]]>>();
  for (const g of groups)
    for (const u of g) {
      home.set(u, g);
      (byArticle.get(u.article) ?? byArticle.set(u.article, []).get(u.article)!).push([u, g]);
    }
  // A sentence cut into clauses is in its statements through its clauses (not through a quotation it holds); a
  // quotation split between two statements is there through the piece that shares the most words with `other`.
  const groupOf = (u: Unit, other: Unit) =>
    home.get(u) ??
    byArticle.get(u.article)?.find(([m]) => m.kind === 'reported' && m.start < u.end && m.end > u.start)?.[1] ??
    byArticle
      .get(u.article)
      ?.filter(([m]) => u.quote !== null && m.quote === u.quote)
      .map(([m, g]) => [g, [...m.words].filter((w) => other.words.has(w)).length] as const)
      .sort((x, y) => y[1] - x[1])[0]?.[0];
  const articles = (g: readonly Unit[]) => new Set(g.map((m) => m.article)).size;
  const joined = new Set<Unit>();
  for (const [x, y] of pairs)
    for (const [a, b] of [
      [x, y],
      [y, x],
    ] as const) {
      // A sentence holding partial quotes is placed by its quotes, not by where it stands.
      if (a.carries || b.carries) continue;
      const ga = groupOf(a, b);
      if (!ga || articles(ga) < 2 || ga.some((m) => m.article === b.article)) continue;
      const gb = groupOf(b, a);
      if (gb && (articles(gb) >= 2 || !gb.includes(b))) continue;
      const speakers = ga.map((m) => m.speakerId).filter((s): s is string => s !== null);
      if ((b.speakerId !== null || b.anonymous) && speakers.length && !(b.speakerId !== null && speakers.includes(b.speakerId))) continue;
      const o = overlap(a.said ?? a, b.said ?? b);
      if (o.shared + o.synonyms.length < 2) continue;
      if (gb) gb.splice(gb.indexOf(b), 1);
      ga.push(b);
      home.set(b, ga);
      joined.add(b);
    }
  return joined;
}

/** Words (or near-synonyms) two sentences of a rewrite must share to form a row of their own. */
const PAIR_SHARED = 3;
/** …covering this share of the smaller sentence's words (two neighbouring sentences the alignment paired share fewer). */
const PAIR_COVER = 0.6;
/** Share of the shorter article's sentences that must be aligned for two articles to be one text rewritten. */
const WHOLE = 0.5;

/**
 * True for a pair of sentences of two articles that are one text rewritten: aligned sentences make half the shorter
 * one's. Two articles that merely share a few wire paragraphs align a run or two, and their neighbouring sentences
 * may say different things.
 */
function wholeRewrite(pairs: ReadonlyArray<[Unit, Unit]>, units: readonly Unit[]): (a: Unit, b: Unit) => boolean {
  const sentences = new Map<string, number>();
  for (const u of units) if (u.kind !== 'partial') sentences.set(u.article, (sentences.get(u.article) ?? 0) + 1);
  const aligned = new Map<string, number>();
  const key = (a: Unit, b: Unit) => `${a.article}\n${b.article}`;
  for (const [a, b] of pairs) aligned.set(key(a, b), (aligned.get(key(a, b)) ?? 0) + 1);
  return (a, b) => (aligned.get(key(a, b)) ?? 0) >= WHOLE * Math.min(sentences.get(a.article)!, sentences.get(b.article)!);
}

/**
 * A statement no outlet quotes, that one article reports and its machine rewrite reports again in other words
 * ("Okafor pledged quick help to the farmers" / "Okafor made a commitment to offer swift aid to the growers"): the
 * two sentences stand at one place of the two texts, but share too few words to be grouped as paraphrases. Such a
 * pair of reporter's sentences (quotations have rules of their own) forms a row when neither is in a row yet,
 * neither holds a partial quote (its quote places it), one of them reports speech (a fact both state is not a
 * statement), no two speakers are named, and they share PAIR_SHARED words or near-synonyms, PAIR_COVER of the
 * smaller sentence's, and the two articles align sentence for sentence over half the shorter one (WHOLE). Pairs
 * that share a sentence, or the same words in the same order (one sentence that several copies carry, each aligned
 * with another partner), are one row. Returns the units that joined.
 */
export function pairRewrites(groups: Unit[][], pairs: ReadonlyArray<[Unit, Unit]>, units: readonly Unit[]): Set<Unit> {
  const placed = new Set(groups.flat());
  const whole = wholeRewrite(pairs, units);
  const parent = new Map<Unit, Unit>();
  const find = (u: Unit): Unit => {
    const p = parent.get(u) ?? u;
    if (p === u) return u;
    const root = find(p);
    parent.set(u, root);
    return root;
  };
  const members = new Set<Unit>();
  const union = (a: Unit, b: Unit) => {
    members.add(a).add(b);
    parent.set(find(a), find(b));
  };
  const byRun = new Map<string, Unit>();
  for (const [a, b] of pairs) {
    if (a.kind !== 'reported' || b.kind !== 'reported' || a.carries || b.carries || placed.has(a) || placed.has(b) || !whole(a, b)) continue;
    if (a.speakerId !== null && b.speakerId !== null && a.speakerId !== b.speakerId) continue;
    if (a.plain && b.plain) continue;
    // Words in common both thresholds ask for at least: fewer, and no synonym is looked up.
    const need = Math.max(PAIR_SHARED, Math.ceil(PAIR_COVER * Math.min(a.stems.size, b.stems.size) - 1e-9));
    const o = overlap(a, b, need);
    if (o.shared + o.synonyms.length < PAIR_SHARED || o.containment < PAIR_COVER) continue;
    union(a, b);
    for (const u of [a, b]) {
      const same = byRun.get(u.run);
      if (same) union(u, same);
      else byRun.set(u.run, u);
    }
  }
  const rows = new Map<Unit, Unit[]>();
  for (const u of members) (rows.get(find(u)) ?? rows.set(find(u), []).get(find(u))!).push(u);
  const joined = new Set<Unit>();
  for (const row of rows.values()) {
    // Pairs joined through one sentence may name two speakers: no row then.
    if (new Set(row.map((u) => u.speakerId).filter((s) => s !== null)).size > 1) continue;
    groups.push(row);
    for (const u of row) joined.add(u);
  }
  return joined;
}

/** Words a plain sentence of a rewrite pair must share with a statement's wording outside the story's own words. */
const PLAIN_DISTINCT = 3;
/** A stem written with digits: a number, a day of the month, a year. */
const isNumber = (w: string) => /\d/.test(w);
/** Stems `r` and `m` both hold that are not the story's own (the same words: near-synonyms are too loose a witness here). */
function sameWords(r: Unit, m: Unit, story: ReadonlySet<string>): number {
  const [a, b] = [r.said ?? r, m.said ?? m];
  let n = 0;
  for (const w of a.stems.keys()) if (b.stems.has(w) && !story.has(w)) n++;
  return n;
}
/** Share of the plain sentence's own words that must be the wording's (or near-synonyms): the sentence is about it. */
const PLAIN_OWN = 0.5;

/**
 * A fact a statement reports that an article and its machine rewrite both state as plain sentences, with no speech
 * verb ("The grant will pay for new roofs and repairs" / "The grant is set to cover new roofs and repair work"):
 * one plain sentence shares too few words with the statement's wordings to be taken as a repeat of them, but two
 * sentences that stand at one place of two texts and each report the statement as reported speech would (shared
 * words, three of them the same words and not the story's own, covering most of the shorter wording and half the sentence's own words) are
 * two witnesses. Such a pair joins the
 * statement both fit best, when neither is in a row yet, neither names another speaker, and the statement has no
 * wording of their articles; the two articles align over half the shorter one (WHOLE). Returns the units that joined.
 */
export function joinPlainPairs(groups: Unit[][], pairs: ReadonlyArray<[Unit, Unit]>, units: readonly Unit[], story: ReadonlySet<string>): Set<Unit> {
  const placed = new Set(groups.flat());
  const whole = wholeRewrite(pairs, units);
  // Statements of two articles or more, by the words of their quotes and reports that are not the story's own.
  const index = new Map<string, Set<number>>();
  groups.forEach((g, i) => {
    if (new Set(g.map((m) => m.article)).size < 2) return;
    for (const m of g) if (!m.plain) for (const w of m.words) if (!story.has(w)) (index.get(w) ?? index.set(w, new Set()).get(w)!).add(i);
  });
  /** Statements holding PLAIN_DISTINCT or more of the sentence's words that are not the story's own. */
  const near = (r: Unit) => {
    const counts = new Map<number, number>();
    for (const w of (r.said ?? r).stems.keys()) for (const i of index.get(w) ?? []) counts.set(i, (counts.get(i) ?? 0) + 1);
    return new Set([...counts].filter(([, n]) => n >= PLAIN_DISTINCT).map(([i]) => i));
  };
  /** How well `r` reports statement `i`: its best cover of one wording, or 0. */
  const fit = (r: Unit, i: number) => {
    const g = groups[i]!;
    if (!speaksIn(r, g)) return 0;
    let best = 0;
    // Measured against the statement's quotes and reports only: a plain sentence in it is itself only a repeat. A
    // sentence and a wording that both hold numbers, none of them the same, state two facts (a toll and a later one).
    const numbers = [...r.words].filter(isNumber);
    for (const m of g) {
      if (m.plain || sameWords(r, m, story) < PLAIN_DISTINCT) continue;
      if (numbers.length && [...m.words].some(isNumber) && !numbers.some((n) => m.words.has(n))) continue;
      const c = covers(r, m, true);
      if (c <= best) continue;
      const o = overlap(r.said ?? r, m.said ?? m);
      if (o.shared + o.synonyms.length >= PLAIN_OWN * (r.said ?? r).stems.size) best = c;
    }
    return best;
  };
  const joined = new Set<Unit>();
  for (const [a, b] of pairs) {
    if (!a.plain || !b.plain || placed.has(a) || placed.has(b) || joined.has(a) || joined.has(b) || !whole(a, b)) continue;
    if (a.speakerId !== null && b.speakerId !== null && a.speakerId !== b.speakerId) continue;
    const forB = near(b);
    const candidates = [...near(a)].filter((i) => forB.has(i));
    let best = -1;
    let bestScore = 0;
    for (const i of candidates) {
      if (groups[i]!.some((m) => m.article === a.article || m.article === b.article)) continue;
      const score = Math.min(fit(a, i), fit(b, i));
      if (score > bestScore) [best, bestScore] = [i, score];
    }
    if (best < 0) continue;
    groups[best]!.push(a, b);
    joined.add(a).add(b);
  }
  return joined;
}

/** Share of the smaller quotation's words (or near-synonyms) two quotations of one speaker in a rewrite pair must share. */
const QUOTE_COVER = 0.5;

/**
 * A quotation that a machine rewrite rewords too (`“It will be cold tonight and the roads may close,” she said` /
 * `“It will likely be chilly this night and the streets may shut,” she stated`): the two stand at one place of two
 * texts that align sentence for sentence over half the shorter one (WHOLE), and name the same speaker, but share too
 * few words to be grouped. They form one row when each is in a row of its own article only, and they share
 * PAIR_SHARED words or near-synonyms, QUOTE_COVER of the smaller quotation's (the speaker named in both is the witness
 * a reporter's sentence lacks, pairRewrites). Returns the units that joined.
 */
export function joinRewrittenQuotes(groups: Unit[][], pairs: ReadonlyArray<[Unit, Unit]>, units: readonly Unit[]): Set<Unit> {
  const whole = wholeRewrite(pairs, units);
  const home = new Map<Unit, Unit[]>();
  for (const g of groups) for (const u of g) home.set(u, g);
  const joined = new Set<Unit>();
  for (const [a, b] of pairs) {
    if (a.kind === 'reported' || b.kind === 'reported' || a.speakerId === null || a.speakerId !== b.speakerId || !whole(a, b)) continue;
    const [ga, gb] = [home.get(a), home.get(b)];
    if (!ga || !gb || ga === gb || ga.some((m) => m.article !== a.article) || gb.some((m) => m.article !== b.article)) continue;
    const need = Math.max(PAIR_SHARED, Math.ceil(QUOTE_COVER * Math.min(a.stems.size, b.stems.size) - 1e-9));
    const o = overlap(a, b, need);
    if (o.shared + o.synonyms.length < PAIR_SHARED || o.containment < QUOTE_COVER) continue;
    for (const u of gb.splice(0)) {
      ga.push(u);
      home.set(u, ga);
      joined.add(u);
    }
  }
  return joined;
}
