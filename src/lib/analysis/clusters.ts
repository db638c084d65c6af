/**
 * Statement clusters: the quotes of a story that report the same statement, however each outlet worded it,
 * with the reported-speech sentences that paraphrase it. Candidates come from an inverted index of content
 * stems (never all pairs); a pair joins when its overlap in meaning (shared stems plus WordNet near-synonyms)
 * or its character-trigram similarity is high, or when one is a run of words inside the other; two quotes of
 * one speaker that merely share a few words stay apart.
 */
import { diffArrays } from 'diff';
import type { ArticleRecord } from '../schema/record.ts';
import type { ClusterMember, DiffOp, StatementCluster } from '../schema/analysis.ts';
import { explainMembers } from './explain.ts';
import { isRunInside, overlap, sharedRun } from './match.ts';
import { splitClauses } from './clauses.ts';
import { joinParaphrases } from './paraphrases.ts';
import { settleCarriers, splitBridges, splitByPhrases, splitKnownSentences } from './parts.ts';
import { attachReported, covers, groupReported, storyWords } from './reported.ts';
import { joinPlainPairs, joinRewrites, joinRewrittenQuotes, pairRewrites, rewritePairs } from './rewrites.ts';
import { turns } from './boundaries.ts';
import { groupRestated } from './restated.ts';
import { joinPhraseReports } from './phrases.ts';
import { joinTolls } from './tolls.ts';
import { joinCognates } from './cognates.ts';
import { isForeign, joinTranslations, pairTranslatedReports } from './translations.ts';
import { splitSiblings, type Link } from './siblings.ts';
import { splitReportedRemarks } from './remarks.ts';
import { dice } from './text.ts';
import { tokenForm } from '../words.ts';
import { buildUnits, makeUnit, type Unit } from './units.ts';
import { unionFind } from './union.ts';
import { continueFragments, groupFragments, nestFragments, placeFragments, sameSpeaker, tellsRemark, type FragmentContext } from './fragments.ts';

/** Thresholds, in one place. */
const MATCH = {
  /** Full quotes: containment and Jaccard over content stems, near-synonyms counted as shared. */
  containment: 0.6,
  jaccard: 0.34,
  /** Or character-trigram Dice. */
  dice: 0.62,
  /** Across two different named speakers, only near-identical wording. */
  otherSpeakerDice: 0.85,
  /** A fragment of up to this many content words attaches by containment instead. */
  fragment: 3,
  /** A longer wording nearly all of whose words (or their synonyms) are in another of the same speaker joins it. */
  within: 0.85,
  withinJaccard: 0.2,
  /**
   * One named speaker's two wordings that share this share of the smaller's words and of all their words, three
   * of them in one run of words, join (a long quotation sharing a few words with a short one does not).
   */
  sameSpeakerRun: { containment: 0.5, jaccard: 0.3 },
  /** Words shared by more units than this share are too common to propose candidates. */
  commonShare: 0.2,
};

/** Words a plain sentence must share with one report to be compared with it at all (as attachReported asks). */
const PLAIN_SHARED = 4;

/** Content words besides its speaker's name that a sentence holding a partial quote needs outside it to start a row. */
const OWN_WORDS = 5;

/** The score of a wording that is a run of words inside another. */
const RUN_INSIDE = 0.9;
/** A join on shared words (and synonyms), not on wording, scores this share of its containment: below a run inside. */
const WORDS_WEIGHT = 0.8;
/** Words in one run that two wordings of one named speaker must share to be one remark reworded ("understand each other"). */
const SHARED_RUN = 3;

/** Characters of an article enough to tell its language (function words are everywhere in it). */
const FOREIGN_SAMPLE = 3000;

/**
 * A quotation of seven words or more (tellsRemark) that is a run of words inside a longer quotation given to another
 * named speaker (`had so many summers left to sail` / `My little brother … had so many summers left to sail`): one
 * remark, the copy or the parser having named the wrong speaker (often the person the words are about). As fragments
 * of those words do (groupFragments), they join whoever is named.
 */
function remarkInside(a: Unit, b: Unit): number {
  if (sameSpeaker(a, b)) return 0;
  const [short, long] = a.run.length <= b.run.length ? [a, b] : [b, a];
  return short.kind !== 'reported' && long.kind !== 'reported' && isRunInside(short, long) && tellsRemark(short) ? RUN_INSIDE : 0;
}

/** Slack before rounding up, so that a product a hair over a whole number in floating point (0.6 × 5 = 3.0000000000000004) stays it. */
const ROUNDING = 1e-9;
/** Words in common that a containment and a Jaccard share of two wordings of these sizes ask for at least. */
const least = (c: number, j: number, x: number, y: number) => Math.max(Math.ceil(c * Math.min(x, y) - ROUNDING), Math.ceil((j * (x + y)) / (1 + j) - ROUNDING));
/** The fewest words in common with which any test of pairScore that measures overlap can pass (fewer: no synonym look-ups). */
const NEED = (x: number, y: number) =>
  Math.min(
    least(MATCH.containment, MATCH.jaccard, x, y),
    least(MATCH.within, MATCH.withinJaccard, x, y),
    least(MATCH.sameSpeakerRun.containment, MATCH.sameSpeakerRun.jaccard, x, y),
  );

/** Similarity of two full units, 0–1, or 0 when they should not join. */
export function pairScore(a: Unit, b: Unit): number {
  const d = dice(a.grams, b.grams);
  if (!sameSpeaker(a, b)) return d >= MATCH.otherSpeakerDice ? d : 0;
  if (d >= MATCH.dice) return d;
  const o = overlap(a, b, NEED(a.stems.size, b.stems.size));
  if (o.containment >= MATCH.containment && o.jaccard >= MATCH.jaccard) return Math.max(d, (o.containment + o.jaccard) / 2);
  // A fragment of a longer wording ("made progress and reached agreement on some specific issues").
  const [short, long] = a.words.size <= b.words.size ? [a, b] : [b, a];
  if (isRunInside(short, long)) return RUN_INSIDE;
  if (o.containment >= MATCH.within && o.jaccard >= MATCH.withinJaccard) return o.containment * WORDS_WEIGHT;
  // One named speaker's words, half of them shared and three of those in one run ("understand each other"): the
  // same remark put into other words around it (a second translation, a looser transcript).
  const { containment, jaccard } = MATCH.sameSpeakerRun;
  if (a.speakerId !== null && a.speakerId === b.speakerId && o.containment >= containment && o.jaccard >= jaccard && sharedRun(a, b) >= SHARED_RUN)
    return o.containment * WORDS_WEIGHT;
  return 0;
}

/**
 * A quote of one sentence that matches one sentence of another outlet's longer quotation of several (the same remark
 * quoted alone, in other words: `Ferries will run again in March when the pier is repaired` / `The ferry line will
 * reopen in March once the pier is repaired. We owe the island families …`): the score of its best sentence. Two
 * quotations of several sentences score their best pair of sentences (each quotes the remark beside others of its
 * own). The longer quotation is split later when its other sentences stand with another statement (parts.ts).
 */
function partScore(a: Unit, b: Unit): number {
  const [one, many] = a.parts ? [b, a] : [a, b];
  if (!many.parts) return 0;
  let best = 0;
  for (const p of many.parts) for (const q of one.parts ?? [one]) best = Math.max(best, pairScore(q, p));
  return best;
}

/** Words with their trailing space, so joining a side's tokens gives back its exact text. */
const wordTokens = (s: string) => s.match(/^\s+|\S+\s*/g) ?? [];

/**
 * Word-level diff of `text` against `representative` (jsdiff over word tokens): equal runs, insertions,
 * deletions, and substitutions (a deletion followed by an insertion). Joining every op's `from` gives the
 * representative back exactly, joining every `to` gives `text`.
 */
export function wordDiff(representative: string, text: string): DiffOp[] {
  const a = wordTokens(representative);
  const b = wordTokens(text);
  // Diff the words in matching form (two words are equal when they match after case, punctuation and spelling
  // are normalised), then read the original tokens back by position.
  const na = a.map(tokenForm);
  const nb = b.map(tokenForm);
  const ops: DiffOp[] = [];
  let i = 0;
  let j = 0;
  for (const part of diffArrays(na, nb)) {
    const n = part.count ?? part.value.length;
    const last = ops.at(-1);
    if (part.removed) {
      ops.push({ op: 'delete', from: a.slice(i, i + n).join(''), to: '' });
      i += n;
    } else if (part.added) {
      const to = b.slice(j, j + n).join('');
      if (last?.op === 'delete') Object.assign(last, { op: 'replace', to });
      else ops.push({ op: 'insert', from: '', to });
      j += n;
    } else {
      ops.push({ op: 'equal', from: a.slice(i, i + n).join(''), to: b.slice(j, j + n).join('') });
      i += n;
      j += n;
    }
  }
  return ops;
}

/** A short FNV-1a hash of `s` in base 36: the part of a cluster's id that tells its wording. */
function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/** Cluster the statements of a story's records. */
export function clusterStatements(records: readonly ArticleRecord[]): StatementCluster[] {
  const units = buildUnits(records);
  const quotes = units.filter((u) => u.kind !== 'reported');
  const full = quotes.filter((u) => u.words.size > MATCH.fragment);
  const fragments = quotes.filter((u) => u.words.size <= MATCH.fragment);

  const { index, uf, links } = linkFullQuotes(units, full);
  const quoted = linkFragments(units, fragments, index, links);
  // New units (a quotation split between two statements, below) are numbered past the list.
  const next = counter(units.length);
  const groups = groupFullQuotes(full, uf, links, quoted, next);

  const texts = new Map(records.map((r) => [r.id, r.text]));
  const fragmentCtx: FragmentContext = { quotes, full, groups, texts };
  const { lone, sentences, quotedWhole } = placeFragments(fragmentCtx, fragments);
  const rest = continueFragments(fragmentCtx, lone, quotedWhole);
  // Fragments no longer wording holds group with the same words quoted by other outlets ("clear-eyed").
  const rows = nestFragments(groupFragments(rest));
  for (const g of rows) groups.set(groups.size, g);
  // A longer quotation that opens or ends with such a sentence gives it to their row (parts.ts).
  splitKnownSentences([...groups.values()], rows, next);

  // Reported speech attaches to the cluster with the quote it paraphrases best; the rest may group on its own.
  // A quotation of several sentences whose sentences other outlets quote phrases of apart is split between them (parts.ts).
  const found = splitByPhrases(
    [...groups.values()].filter((g) => g.length > 0),
    pairScore,
    next,
  );
  const ctx: Story = { records, units, story: storyWords(units), next };
  const left = attachReports(ctx, found, rows, sentences);
  const paraphrased = groupOwnReports(found, left);
  attachPlainSentences(ctx, found, paraphrased);
  attachNumberReports(ctx, left, paraphrased);
  const settled = settleStatements(ctx, found, paraphrased, left);
  const { placed, rewritten, tolls } = placeRewrites(ctx, settled);
  const translated = placeTranslations(ctx, placed);
  return toClusters(records, placed, rewritten, tolls, translated);
}

/** What the later steps of clusterStatements share: the story's records and units, its words, the unit numbering. */
interface Story {
  records: readonly ArticleRecord[];
  units: readonly Unit[];
  /** The words of the story (storyWords), as attachReported and the steps after it ask. */
  story: ReadonlySet<string>;
  /** The number of the next unit cut from another, past the unit list. */
  next: () => number;
}

/** A numbering that goes on from `n`, one number a call. */
const counter = (n: number) => () => n++;

/** The fewest units a word may be in and still be too common to propose candidates (a small story's words all count). */
const COMMON_FLOOR = 20;

/**
 * Which full quotes join: those that share two uncommon content words or more and score as one statement (pairScore,
 * then partScore, then remarkInside); returns the inverted index of their words, the joins and the links behind them.
 */
function linkFullQuotes(units: readonly Unit[], full: readonly Unit[]) {
  // Inverted index of content words over full quotes; common words do not propose candidates.
  const index = new Map<string, number[]>();
  for (const u of full) for (const w of u.words) (index.get(w) ?? index.set(w, []).get(w)!).push(u.index);
  const tooCommon = Math.max(COMMON_FLOOR, Math.ceil(full.length * MATCH.commonShare));

  const uf = unionFind(units.length);
  const links: Link[] = [];
  for (const u of full) {
    const shared = new Map<number, number>();
    for (const w of u.words) {
      const list = index.get(w)!;
      if (list.length > tooCommon) continue;
      for (const v of list) if (v > u.index) shared.set(v, (shared.get(v) ?? 0) + 1);
    }
    for (const [v, n] of shared) {
      const score = n >= 2 ? pairScore(u, units[v]!) || partScore(u, units[v]!) || remarkInside(u, units[v]!) : 0;
      if (score > 0) {
        uf.union(u.index, v);
        links.push({ a: u, b: units[v]!, score });
      }
    }
  }
  return { index, uf, links };
}

/** Which full quotes each fragment of two words or more is a run of words of: links added to `links`; returns those fragments. */
function linkFragments(units: readonly Unit[], fragments: readonly Unit[], index: ReadonlyMap<string, number[]>, links: Link[]): Unit[] {
  // A fragment of two words or more points at the wordings it is a run of words of (links only; grouped below).
  const quoted = fragments.filter((f) => f.words.size >= 2);
  for (const f of quoted) {
    const shared = new Map<number, number>();
    for (const w of f.words) for (const v of index.get(w) ?? []) shared.set(v, (shared.get(v) ?? 0) + 1);
    for (const [v, n] of shared) if (n === f.words.size && isRunInside(f, units[v]!)) links.push({ a: f, b: units[v]!, score: RUN_INSIDE });
  }
  return quoted;
}

/** The statements the joined full quotes make, after the quotations that bridge two of them are split (parts.ts, siblings.ts). */
function groupFullQuotes(
  full: readonly Unit[],
  uf: ReturnType<typeof unionFind>,
  links: readonly Link[],
  quoted: readonly Unit[],
  next: () => number,
): Map<number, Unit[]> {
  const joined = new Map<number, Unit[]>();
  for (const u of full) (joined.get(uf.find(u.index)) ?? joined.set(uf.find(u.index), []).get(uf.find(u.index))!).push(u);
  // A quotation that runs two statements together is split between them; new units are numbered past the list.
  // Then two statements of one speaker tied by one loose link fall apart (siblings.ts).
  // One sentence quoted whole that joins two statements with ", and" is tried clause by clause after that.
  const bridged = splitBridges(splitBridges([...joined.values()], pairScore, next), pairScore, next, true);
  return new Map(splitSiblings(bridged, links, quoted, pairScore, MATCH.dice).map((g, i) => [i, g] as const));
}

/**
 * Which statements the reports join: those whose quotes they paraphrase, then those whose reports they report, then
 * the short sentences that are rows of their own; returns the reports left (those holding partial quotes last).
 */
function attachReports(ctx: Story, found: Unit[][], rows: readonly Unit[][], sentences: ReadonlySet<Unit>): Unit[] {
  const { units, story } = ctx;
  const unplaced = attachReported(
    found.map((members) => ({ members })),
    units.filter((u) => u.kind === 'reported'),
    MATCH.fragment,
    story,
  );
  // A report that fits no quote may report what another outlet's report of the statement reports, in its words (one
  // step: the reports that joined a quote above, compared as that statement's wordings).
  const chainedLeft = attachReported(
    found.map((members) => ({ members })),
    unplaced.filter((r) => !r.carries),
    MATCH.fragment,
    story,
    false,
    true,
  );
  // A short sentence that is a row of its own (above) takes the reports of it, as a longer quote would.
  const sentenceRows = rows.filter((g) => g.some((u) => sentences.has(u)));
  return [
    ...(sentenceRows.length
      ? attachReported(
          sentenceRows.map((members) => ({ members })),
          chainedLeft,
          0,
          story,
        )
      : chainedLeft),
    ...unplaced.filter((r) => r.carries),
  ];
}

/**
 * The rows the reports left make among themselves: a sentence holding a partial quote takes part only when it reports
 * something of its own (ownReport), and then joins only a near copy of itself.
 */
function groupOwnReports(found: readonly Unit[][], left: readonly Unit[]): Unit[][] {
  // A sentence that holds a partial quote joins a statement through its words, but never starts one: its quote does.
  // Unless it reports something of its own besides (five words more than its speaker's name) and another outlet
  // carries it nearly word for word: copies of one wire sentence (`Three boats sank overnight in what Dahl called
  // “…”`) are a row.
  const quoteRows = new Map<string, Unit[]>();
  for (const g of found) for (const u of g) if (u.quote && u.kind !== 'reported') quoteRows.set(u.quote.id, g);
  return groupReported(
    left.filter((r) => !r.carries || ownReport(r, found, quoteRows)),
    (a, b) => !(a.carries || b.carries) || dice(a.grams, b.grams) >= MATCH.otherSpeakerDice,
  );
}

/**
 * True when a sentence holding partial quotes reports something of its own: enough words outside its quotes, not
 * those of its quotes' statements, and, read with its quotes, no statement of another row. `quoteRows`: each quote's row.
 */
function ownReport(r: Unit, found: readonly Unit[][], quoteRows: ReadonlyMap<string, Unit[]>): boolean {
  const outside = (r.said ?? r).stems;
  // A sentence that turns to a second clause is cut into clauses later instead (splitClauses).
  if (outside.size < OWN_WORDS || turns(r.text)) return false;
  // Its words outside the quote are not those of the quote's own statement (`… said nobody should “return home” yet`
  // beside `Nobody should return home yet`): it reports something else.
  const mine = new Set(r.carries!.map((q) => q.id));
  const rows = new Set(r.carries!.flatMap((q) => quoteRows.get(q.id) ?? []));
  const theirs = new Set([...rows].filter((m) => !m.quote || !mine.has(m.quote.id)).flatMap((m) => [...m.words]));
  if ([...outside.keys()].filter((w) => theirs.has(w)).length >= 2) return false;
  // Nor, read with its quote, does it report a statement another row holds (`… apologised to passengers for “the
  // disruption”` beside a quotation `We apologise to passengers for the disruption`).
  const { article, outlet, quote, kind, text, start, end, speakerId, speakerName } = r;
  const whole = makeUnit({ article, outlet, quote, kind, text, start, end, speakerId, speakerName }, -1);
  return !whole || !found.some((g) => g.some((m) => m.article !== r.article && m.kind !== 'reported' && !rows.has(m) && covers(whole, m) > 0));
}

/** Which plain sentences (no speech verb) join the rows of reports: those that repeat a report's words. */
function attachPlainSentences(ctx: Story, found: readonly Unit[][], paraphrased: Unit[][]): void {
  // A sentence with no speech verb that repeats a report's words ("Prime Minister Okafor will stand down on May 7"
  // beside "Okafor says she will not run again and will stand down by May 7") joins it, as it would join a quote.
  const attached = new Set(found.flat());
  // Most plain sentences share too few words with every report to be compared: a set of the reports' words skips them.
  const reportWords = new Set(paraphrased.flat().flatMap((u) => [...u.words]));
  const repeats = (u: Unit) => {
    let n = 0;
    let number = false;
    for (const w of u.words)
      if (reportWords.has(w)) {
        number ||= /\d/.test(w);
        if (++n >= PLAIN_SHARED) return true;
      }
    // A number the reports hold stands for a word (attachReported asks then that the statement's core hold it).
    return number && n >= PLAIN_SHARED - 1;
  };
  attachReported(
    paraphrased.map((members) => ({ members })),
    ctx.units.filter((u) => u.plain && !attached.has(u) && repeats(u)),
    MATCH.fragment,
    ctx.story,
  );
}

/** Which reports left join the rows of reports on a number they state (a date, a count) rather than on their words. */
function attachNumberReports(ctx: Story, left: readonly Unit[], paraphrased: Unit[][]): void {
  // A report that fit no statement on its words may still state the number and date or count that a statement only
  // reported is about ("her last day would be no later than February 7th" beside reports of stepping down by then).
  const inRows = new Set(paraphrased.flat());
  attachReported(
    paraphrased.map((members) => ({ members })),
    left.filter((u) => !inRows.has(u) && !u.carries && [...u.words].some((w) => /\d/.test(w)) && !turns(u.text)),
    MATCH.fragment,
    ctx.story,
    true,
  );
}

/**
 * The statements once quotations' last sentences carried only by reports stand apart, the rows of reports join them,
 * sentences holding partial quotes settle, two-statement sentences are cut into clauses and paraphrases join.
 */
function settleStatements(ctx: Story, found: Unit[][], paraphrased: readonly Unit[][], left: readonly Unit[]): Unit[][] {
  const { units, story, next } = ctx;
  // A quotation's last (or first) sentence that only reports carry is a statement of its own, with those reports (remarks.ts).
  found.push(...splitReportedRemarks(found, pairScore, next));
  found.push(...paraphrased);
  const grouped = new Set(found.flat());
  const ungrouped = left.filter((r) => !grouped.has(r));
  // Paraphrases that outlets agree on join the quoted statement of their speaker whose shared words they share.
  return joinParaphrases(splitClauses(settleCarriers(found, units), ungrouped, next, story), story);
}

/**
 * The statements once machine rewrites, plain facts their articles share, death tolls, restatements and phrase reports
 * have joined; with the units that joined as a rewrite's sentence or plain pair (`rewritten`) or on a toll (`tolls`).
 */
function placeRewrites(ctx: Story, settled: Unit[][]) {
  const { units, story, next } = ctx;
  // A machine rewrite's sentences join the statements of the sentences they stand for (rewrites.ts).
  const pairs = rewritePairs(units);
  const rewritten = joinRewrites(settled, pairs);
  // A statement only reported, and reported again in its rewrite's words, is a row of its own.
  for (const u of pairRewrites(settled, pairs, units)) rewritten.add(u);
  // A quotation that the rewrite rewords too, of the same speaker, is one row with it.
  for (const u of joinRewrittenQuotes(settled, pairs, units)) rewritten.add(u);
  // A fact a statement reports, stated plainly by an article and its rewrite alike, joins that statement (whole: it
  // fit the statement as a sentence, so it is not cut into clauses below).
  const plainPairs = joinPlainPairs(settled, pairs, units, story);
  // Sentences that give one death toll are one row, however they word it (tolls.ts); kept whole, as plainPairs.
  const tolls = joinTolls(settled, units);
  // A reworded sentence that joined through the sentence it stands for may hold two statements as that one did.
  const placed = splitClauses(settled, [], next, story, rewritten);
  for (const u of plainPairs) rewritten.add(u);
  // A report no row took and the plain sentences of other outlets that restate it are a row of their own (restated.ts).
  placed.push(...groupRestated(placed, units, story));
  // A report in no row that uses a phrase its speaker is quoted saying alone joins that phrase's row (phrases.ts).
  joinPhraseReports(placed, units, MATCH.fragment);
  return { placed, rewritten, tolls };
}

/**
 * Which foreign-language copies join the statements (rows added to `placed` for reports copied in another language);
 * returns each unit that joined as a translation, with the word pairs that tied it (cognates).
 */
function placeTranslations(ctx: Story, placed: Unit[][]): Map<Unit, [string, string][]> {
  const { records, units } = ctx;
  // A French, German, Spanish, Italian or Portuguese copy of a statement joins it on the names, numbers and long words they share.
  const foreignUnits = new Set(units.filter((u) => isForeign(u.matchText ?? u.text)));
  const translated = new Map<Unit, [string, string][]>([...joinTranslations(placed, foreignUnits)].map((u) => [u, []]));
  // A report in no row and its copy in another language, in no row either, are a row of their own.
  for (const row of pairTranslatedReports(placed, units, foreignUnits)) {
    placed.push(row);
    translated.set(row[1]!, []);
  }
  // A quote of a foreign article the keys missed joins its speaker's statement on the words written alike (cognates.ts);
  // the article tells the language of a quote too short to tell it (`inacceptable`). Only articles with a foreign wording are read.
  const foreignArticles = new Set([...foreignUnits].map((u) => u.article));
  const foreign = new Set(records.filter((r) => foreignArticles.has(r.id) && isForeign(r.text.slice(0, FOREIGN_SAMPLE))).map((r) => r.id));
  // A foreign article's report in no row (nor cut into clauses that are) is placed the same way.
  const taken = new Map<string, Array<[number, number]>>();
  for (const g of placed)
    for (const m of g) if (foreign.has(m.article)) (taken.get(m.article) ?? taken.set(m.article, []).get(m.article)!).push([m.start, m.end]);
  const unplacedAbroad = units.filter((u) => foreign.has(u.article) && !(taken.get(u.article)?.some(([s, e]) => s < u.end && e > u.start) ?? false));
  for (const [u, pairs] of joinCognates(
    placed,
    foreign,
    records.map((r) => r.text),
    unplacedAbroad,
  ))
    translated.set(u, pairs);
  return translated;
}

/** The clusters of the rows, in output order (most articles, then most members, then id), each with an id of its own. */
function toClusters(
  records: readonly ArticleRecord[],
  placed: readonly Unit[][],
  rewritten: ReadonlySet<Unit>,
  tolls: ReadonlySet<Unit>,
  translated: ReadonlyMap<Unit, readonly [string, string][]>,
): StatementCluster[] {
  const clusters = placed.filter((g) => g.length).map((members) => ({ members, rep: representative(members) }));

  const order = new Map(records.map((r, i) => [r.id, i]));
  const out = clusters
    .map(({ members, rep }) => toCluster(members, rep, order, rewritten, tolls, translated))
    .sort((a, b) => b.articleCount - a.articleCount || b.members.length - a.members.length || a.id.localeCompare(b.id));
  // One speaker's same words in two clusters (a phrase two outlets quote alone) get ids apart: an id is a row's anchor.
  const seen = new Set<string>();
  for (const c of out) {
    if (seen.has(c.id)) c.id = `${c.id}-${hash(`${c.members[0]!.article}:${c.members[0]!.start}`)}`;
    seen.add(c.id);
  }
  return out;
}

/** Members of a big cluster read to choose its representative: candidates, and the wordings each is compared with. */
const SAMPLE = 24;
/** Each word of a candidate adds a thousandth to its likeness: the longer of two wordings as alike wins, no more. */
const WORDS_TIEBREAK = 1000;

/** The member the others are compared with: the direct (or unmarked) wording most like the rest, then the longest. */
function representative(members: Unit[]): Unit {
  const pool = members.filter((m) => m.kind === 'direct' || m.kind === 'unmarked');
  const candidates = (pool.length ? pool : members).slice(0, SAMPLE);
  let best = candidates[0]!;
  let bestScore = -1;
  for (const c of candidates) {
    let score = 0;
    // A sample of the members is enough to find the most typical wording of a big cluster.
    for (const m of members.slice(0, SAMPLE)) if (m !== c) score += dice(c.grams, m.grams);
    score += c.words.size / WORDS_TIEBREAK;
    if (score > bestScore) [best, bestScore] = [c, score];
  }
  return best;
}

/** The cluster one row makes: its members in article order with their diffs, its speaker, id and confidence. */
function toCluster(
  members: Unit[],
  rep: Unit,
  order: Map<string, number>,
  rewritten: ReadonlySet<Unit>,
  tolls: ReadonlySet<Unit>,
  translated: ReadonlyMap<Unit, readonly [string, string][]>,
): StatementCluster {
  members.sort((a, b) => (order.get(a.article) ?? 0) - (order.get(b.article) ?? 0) || a.start - b.start);
  // The speaker is the one most quotes name; a statement only reported takes its reported speakers.
  const quoted = members.filter((m) => m.kind !== 'reported' && m.speakerName);
  const named = quoted.length ? quoted : members.filter((m) => m.speakerName);
  const counts = new Map<string, { n: number; m: Unit }>();
  for (const m of named) {
    const key = m.speakerId ?? `name:${m.speakerName}`;
    counts.set(key, { n: (counts.get(key)?.n ?? 0) + 1, m });
  }
  const top = [...counts.values()].sort((a, b) => b.n - a.n)[0]?.m;
  const { matches, confidence } = explainMembers(members, rep, top?.speakerName ?? null, rewritten, tolls, translated);
  const out: ClusterMember[] = members.map((m) => ({
    article: m.article,
    outlet: m.outlet,
    quote: m.quote?.id ?? null,
    kind: m.kind,
    text: m.text,
    start: m.start,
    end: m.end,
    similarity: m === rep ? 1 : Math.round(dice(rep.grams, m.grams) * 100) / 100,
    diff: m === rep ? [{ op: 'equal', from: m.text, to: m.text }] : wordDiff(rep.text, m.text),
    match: matches.get(m)!,
  }));
  return {
    id: `${top?.speakerId ?? 'unattributed'}-${hash(rep.text)}`,
    speaker: top ? { name: top.speakerName!, personId: top.speakerId } : null,
    representative: rep.text,
    members: out,
    outlets: [...new Set(members.map((m) => m.outlet).filter((o): o is string => o !== null))],
    articleCount: new Set(members.map((m) => m.article)).size,
    confidence,
  };
}
