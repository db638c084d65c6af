/**
 * Scoring on PolNeAR (networkdynamics/PolNeAR): news articles with every attribution annotated in BRAT standoff
 * form (`T` lines: Source, Cue, Content spans by character offset, `;` between discontinuous pieces; `E` lines tie
 * them together). Only the train and dev splits are ever read; `data/test` is reserved.
 *
 * What counts as a gold quote. PolNeAR annotates all attributions, indirect speech included, while the parser
 * reports quotations. So a gold quote is a stretch of words between quotation marks (“…”, "…", ‘…’) whose inner
 * characters lie at least half inside one attribution's Content; its speaker is that attribution's Source.
 * Marked stretches inside no Content (scare quotes, titles) are not gold.
 *
 * Matching. Tokens are lower-cased runs of letters and digits. overlap(p, g) = |tokens(p) ∩ tokens(g)| (multiset)
 * / max(|tokens(p)|, |tokens(g)|); a predicted quote matches the unused gold quote with the highest overlap if it
 * is ≥ 0.8. Precision counts as false every unmatched predicted quote except one the parser gave no speaker that
 * lies on a marked stretch outside any attribution (a scare quote or title reported as nobody's words).
 *
 * Speaker accuracy is over matched quotes whose gold Source holds a name: the last run of capitalised words in
 * the head part of the Source span (see `sourceName`; a run that is only the span's first word counts only when
 * the article never writes that word in lower case, so "Sources said" is no name; a weekday or month is no name; and in a definite
description ending in a title of office — "The Florida senator", "the Republican presidential nominee" — the run is no
name, since the right answer there is the person the article names elsewhere). The predicted speaker is right when its last word is one of the
 * run's words or the run's last word is one of its words, case-insensitive ("Donald Trump" ~ "Trump",
 * "President Obama" ~ "Barack Obama", "the New York Post" ~ "The Post").
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle, type ArticleRecord } from '../../src/lib/index.ts';
import { isUncertain } from '../../src/lib/views/labels.ts';

/** One gold quote: a marked stretch inside an attribution's content. */
export interface GoldQuote {
  start: number;
  end: number;
  text: string;
  /** The Source span's text, or null (an attribution with no source). */
  source: string | null;
  /** The name the source holds, or null when it holds none (a pronoun, "officials"). */
  name: string | null;
}

interface Span {
  type: string;
  pieces: Array<[number, number]>;
}

/** Read the T and E lines of a PolNeAR .ann file. */
function readAnn(ann: string): Array<{ source: Array<[number, number]> | null; content: Array<[number, number]> }> {
  const spans = new Map<string, Span>();
  const out: Array<{ source: Array<[number, number]> | null; content: Array<[number, number]> }> = [];
  const events: string[] = [];
  for (const line of ann.split('\n')) {
    const t = /^(T\d+)\t(\S+) ([\d ;]+)\t/.exec(line);
    if (t) spans.set(t[1]!, { type: t[2]!, pieces: t[3]!.split(';').map((p) => p.trim().split(' ').map(Number) as [number, number]) });
    else if (/^E\d+\t/.test(line)) events.push(line.split('\t')[1]!);
  }
  for (const e of events) {
    const roles = e.split(' ').map((r) => r.split(':') as [string, string]);
    const source = roles.find(([r]) => r === 'Source');
    const contents = roles.filter(([r]) => /^Content\d*$/.test(r)).flatMap(([, id]) => spans.get(id)?.pieces ?? []);
    out.push({ source: source ? (spans.get(source[1])?.pieces ?? null) : null, content: contents });
  }
  return out;
}

/**
 * Stretches between quotation marks, per line: [start, end) of the words inside. A double mark left open at
 * the end of a line runs to the line's end (the convention for quotes over several paragraphs).
 */
export function markedStretches(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const push = (s: number, e: number) => {
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s && !out.some(([a, b]) => s >= a && e <= b)) out.push([s, e]);
  };
  let lineStart = 0;
  for (const line of text.split('\n')) {
    let open = -1;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i];
      const opening = ch === '“' || (ch === '"' && open === -1);
      const closing = ch === '”' || (ch === '"' && open !== -1);
      if (opening) open = i;
      else if (closing && open !== -1) {
        push(lineStart + open + 1, lineStart + i);
        open = -1;
      }
    }
    if (open !== -1) push(lineStart + open + 1, lineStart + line.length);
    for (const m of line.matchAll(/(?<![\p{L}\p{N}])‘([^‘’“”"]+?)’(?![\p{L}\p{N}])/gu)) push(lineStart + m.index + 1, lineStart + m.index + 1 + m[1]!.length);
    lineStart += line.length + 1;
  }
  return out.sort((a, b) => a[0] - b[0]);
}

const FUNCTION_WORDS = /^(?:the|a|an|he|she|they|it|we|i|you|his|her|their|its|our|this|that|these|those|some|many|one|both|but|and|so)$/i;

/** The last run of capitalised words in `phrase`, with where it starts (in words), or null. */
function lastRun(phrase: string): { run: string[]; start: number } | null {
  const words = [...phrase.matchAll(/[\p{L}\p{N}][\p{L}\p{N}.’'-]*/gu)].map((m) => m[0].replace(/[’']s?$/, '').replace(/\.$/, ''));
  let run: string[] = [];
  let runStart = -1;
  let best: { run: string[]; start: number } | null = null;
  for (const [i, w] of words.entries()) {
    if (/^\p{Lu}/u.test(w) && !(run.length === 0 && FUNCTION_WORDS.test(w))) {
      if (!run.length) runStart = i;
      run.push(w);
    } else if (run.length) {
      best = { run, start: runStart };
      run = [];
    }
  }
  return run.length ? { run, start: runStart } : best;
}

/**
 * The name a Source span holds (see the file comment), or null. The head is looked for in the span's first
 * part, before a comma, a relative word or a preposition ("Seth McKee, a political scientist at …" → Seth
 * McKee); when that part is a lower-case description ("the presumptive nominee, Donald Trump,") the next
 * comma-separated part that opens with a capital is taken instead.
 */
export function sourceName(source: string, article: string): string | null {
  // Party tags and other asides in brackets are no part of the name ("John Cornyn (R-Texas)").
  const parts = source
    .replace(/\s*\([^)]*\)?/g, '')
    .split(/\s*,\s*/)
    .filter(Boolean);
  // ("Secretary of State John Kerry": an office, "of", then the name — the name is the head, not "Secretary".)
  const cut = (p: string) => (OFFICE_OF.test(p) ? p : p.split(/\s+(?:who|which|that|of|at|for|from|in|with|to|on)\s+/)[0]!);
  const first = cut(parts[0] ?? '');
  const run = lastRun(first);
  // The head ends the first part ("undecided voter Jane Roe"); a capitalised modifier ("the GOP nominee") or a
  // possessive ("Santilli's attorney") is no head: then a later part naming someone is ("…, Thomas Coan,").
  const headless = !run || !new RegExp(`${run.run.at(-1)!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.?$`, 'u').test(first);
  const later = headless ? parts.slice(1).find((p) => /^\p{Lu}/u.test(p) && !FUNCTION_WORDS.test(p.split(/\s+/)[0]!)) : undefined;
  const best = (later ? lastRun(cut(later)) : null) ?? run ?? lastRun(source);
  if (!best) return null;
  // A date is never the name of a source ("a poll released Thursday", "A Feb. 1 letter").
  if (best.run.every((w) => DATE_WORDS.test(w))) return null;
  // "The Florida senator", "the RNC member", "the Democratic presidential candidate": a capitalised modifier of a
  // lower-case singular head names nobody; the source is a person the text names elsewhere, if at all.
  if (!later && best === run && definiteRole(first, run.run)) return null;
  const lower = best.run[0]!.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  if (best.start === 0 && best.run.length === 1 && new RegExp(`\\b${lower}\\b`, 'u').test(article)) return null;
  return best.run.join(' ');
}

/** A title of office "of" or "for" a capitalised body, then a capitalised name ("Secretary of State John F. Kerry"). */
const OFFICE_OF =
  /^(?:\p{Lu}[\p{L}.’'-]*\s+)*(?:Secretary|Minister|Director|Commissioner|Chairman|Chairwoman|Chair|Chief|Head)\s+(?:of|for)\s+(?:the\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){2,}$/u;

/** Weekdays and the month names that are not also given names ("May", "June" and "April" are). */
const DATE_WORDS =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Jan|Feb|Sept?|Oct|Nov|Dec|January|February|March|July|August|September|October|November|December)$/;

/** Titles of office a definite description refers back to a named holder with ("the Florida senator"). */
const OFFICE =
  /^(?:senator|governor|candidate|nominee|front-?runner|leader|president|congressman|congresswoman|mayor|pope|secretary|chairman|chairwoman|speaker|businessman|billionaire|mogul)$/;

/**
 * "The Florida senator", "the Republican presidential nominee": "the", the run as a modifier, then only lower-case
 * words ending in a title of office. The source is a person the article names elsewhere; the run is not their name.
 */
function definiteRole(part: string, run: string[]): boolean {
  const m = /^the\s+(.*)$/i.exec(part.trim());
  if (!m || !m[1]!.startsWith(run[0]!)) return false;
  const tail = m[1]!.slice(m[1]!.lastIndexOf(run.at(-1)!) + run.at(-1)!.length);
  if (/^[’']/.test(tail)) return false;
  const words = tail.trim().split(/\s+/);
  return words.length > 0 && words.every((w) => /^[\p{Ll}-]+$/u.test(w)) && OFFICE.test(words.at(-1)!);
}

/** Is the predicted speaker name the gold name, leniently (see the file comment)? */
export function sameSpeaker(predicted: string, gold: string): boolean {
  // Apostrophe shapes and stray punctuation do not count ("O’Donnell" = "O'Donnell").
  const words = (s: string) =>
    s
      .toLowerCase()
      .replace(/[’‘`]/g, "'")
      .split(/[\s.]+/)
      .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
      .filter(Boolean);
  const p = words(predicted.replace(/[’']s\b/g, ''));
  const g = words(gold);
  return g.includes(p.at(-1)!) || p.includes(g.at(-1)!);
}

/** The gold quotes of one article. */
export function goldQuotes(text: string, ann: string): GoldQuote[] {
  const attributions = readAnn(ann);
  const out: GoldQuote[] = [];
  for (const [s, e] of markedStretches(text)) {
    const inside = (pieces: Array<[number, number]>) => pieces.reduce((n, [a, b]) => n + Math.max(0, Math.min(b, e) - Math.max(a, s)), 0);
    const owner = attributions.find((a) => inside(a.content) * 2 >= e - s);
    if (!owner) continue;
    const source = owner.source ? owner.source.map(([a, b]) => text.slice(a, b)).join(' ') : null;
    out.push({ start: s, end: e, text: text.slice(s, e), source, name: source ? sourceName(source, text) : null });
  }
  return out;
}

const tokens = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
/** Multiset token overlap over the longer of the two (see the file comment). */
export function overlap(a: string, b: string): number {
  const ta = tokens(a);
  const tb = tokens(b);
  const count = new Map<string, number>();
  for (const t of tb) count.set(t, (count.get(t) ?? 0) + 1);
  let shared = 0;
  for (const t of ta) {
    const n = count.get(t) ?? 0;
    if (n > 0) {
      shared++;
      count.set(t, n - 1);
    }
  }
  return shared / Math.max(ta.length, tb.length, 1);
}

/** Counts for a set of articles. */
export interface PolnearScore {
  articles: number;
  gold: number;
  tp: number;
  fp: number;
  fn: number;
  named: number;
  speakerRight: number;
  speakerNone: number;
  /** Matched quotes with a named source not marked uncertain (isUncertain false), and how many of those are right. */
  sure: number;
  sureRight: number;
}

/** Score one record against its gold quotes; `log` gets one line per error. */
export function scoreArticle(record: ArticleRecord, text: string, gold: GoldQuote[], log: (s: string) => void): PolnearScore {
  const s: PolnearScore = { articles: 1, gold: gold.length, tp: 0, fp: 0, fn: 0, named: 0, speakerRight: 0, speakerNone: 0, sure: 0, sureRight: 0 };
  const stretches = markedStretches(text).map(([a, b]) => text.slice(a, b));
  const used = new Set<number>();
  for (const q of record.quotes) {
    let best = -1;
    let bestScore = 0.8 - 1e-9;
    gold.forEach((g, i) => {
      const o = used.has(i) ? 0 : overlap(q.text, g.text);
      if (o >= bestScore && (best === -1 || o > bestScore)) {
        best = i;
        bestScore = o;
      }
    });
    if (best === -1) {
      const unattributed = !q.speaker && stretches.some((t) => overlap(q.text, t) >= 0.8);
      if (!unattributed) {
        s.fp++;
        log(`  extra    ${q.kind} ${q.speaker?.name ?? '-'}: ${q.text.slice(0, 80)}`);
      }
      continue;
    }
    used.add(best);
    s.tp++;
    const g = gold[best]!;
    if (!g.name) continue;
    s.named++;
    const sure = !isUncertain(q);
    if (sure) s.sure++;
    if (!q.speaker) {
      s.speakerNone++;
      log(`  nobody   ≠ ${g.name} [${g.source}]: ${q.text.slice(0, 70)}`);
    } else if (sameSpeaker(q.speaker.name, g.name)) {
      s.speakerRight++;
      if (sure) s.sureRight++;
    } else log(`  speaker  ${q.speaker.name} ≠ ${g.name} [${g.source}]: ${q.text.slice(0, 70)}`);
  }
  gold.forEach((g, i) => {
    if (!used.has(i)) {
      s.fn++;
      log(`  missed   ${g.name ?? g.source ?? '-'}: ${g.text.slice(0, 80)}`);
    }
  });
  return s;
}

/** Score a split of a PolNeAR checkout (DIR/<split>/text and DIR/<split>/attributions). */
export function evalPolnear(dir: string, split: 'train' | 'dev', verbose = false): PolnearScore {
  if (!['train', 'dev'].includes(split)) throw new Error('only the train and dev splits are scored; test is reserved');
  const textDir = join(dir, split, 'text');
  const annDir = join(dir, split, 'attributions');
  const anns = readdirSync(annDir).sort();
  const total: PolnearScore = { articles: 0, gold: 0, tp: 0, fp: 0, fn: 0, named: 0, speakerRight: 0, speakerNone: 0, sure: 0, sureRight: 0 };
  for (const name of readdirSync(textDir).sort()) {
    const id = name.replace(/\.txt$/, '');
    // Articles annotated by several annotators: the first annotation file by name.
    const ann = anns.find((a) => a.startsWith(`${id}_`));
    if (!ann) continue;
    const text = readFileSync(join(textDir, name), 'utf8');
    const gold = goldQuotes(text, readFileSync(join(annDir, ann), 'utf8'));
    const record = parseArticle({ id, source: text });
    const lines: string[] = [];
    const s = scoreArticle(record, text, gold, (l) => lines.push(l));
    if (verbose && lines.length) console.log(`${id}\n${lines.join('\n')}`);
    for (const k of Object.keys(total) as Array<keyof PolnearScore>) total[k] += s[k];
  }
  return total;
}

/** Print the figures of `evalPolnear`. */
export function printPolnear(split: string, s: PolnearScore): void {
  const p = s.tp / (s.tp + s.fp || 1);
  const r = s.tp / (s.tp + s.fn || 1);
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  console.log(`PolNeAR ${split}: ${s.articles} articles, ${s.gold} gold quotes`);
  console.log(`  quotes   P ${pct(p)}  R ${pct(r)}  F1 ${pct((2 * p * r) / (p + r || 1))}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`);
  console.log(`  speaker  ${pct(s.speakerRight / (s.named || 1))} of ${s.named} matched quotes with a named source (${s.speakerNone} given no speaker)`);
  console.log(`  sure     ${pct(s.sureRight / (s.sure || 1))} right of ${s.sure} not marked uncertain (${pct(s.sure / (s.named || 1))} of them)`);
}
