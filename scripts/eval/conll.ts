/**
 * Person names scored against CoNLL-2003 English (PER, exact span):
 *   npm run --silent eval:conll -- DIR [--split train|dev] [--verbose] [--json]
 * DIR holds `eng.train` and/or `eng.testa` (dev). `eng.testb` is the reserved test split: this script refuses it.
 *
 * Each `-DOCSTART-` document is detokenised into article text. The corpus keeps no paragraph breaks, so: the first
 * sentence (the headline, usually ALL CAPS) and the dateline (`LONDON 1996-08-30`) are paragraphs of their own; after
 * that a sentence ending in terminal punctuation ends a paragraph, and one without (the rows of a results table, a
 * line broken mid-list) runs on into the next. One sentence a paragraph throughout made the segmenter take a fifth of
 * the gold names out as "related-story headlines" (short headline-shaped lines), which measures the segmenter, not
 * the names.
 * Tokens are joined with single spaces except before closing punctuation and clitics (`,` `.` `'s` `n't` `)`)
 * and after opening ones (`(` `$`); straight double quotes alternate open/close. Every token keeps its offsets,
 * so each person mention of the record (`people[].mentions.offsets`) maps back to a token span; a mention whose
 * ends fall inside a token cannot match and counts as a false positive.
 * Gold spans come from the NER column in IOB1 (a span starts at `B-PER`, or at `I-PER` after anything but PER).
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseArticle } from '../../src/lib/index.ts';

/** One CoNLL document turned into article text. */
export interface ConllDocument {
  text: string;
  /** [start, end) of every token in `text`. */
  tokens: Array<[number, number]>;
  /** Gold PER spans as [first token, last token + 1]. */
  gold: Array<[number, number]>;
}

/** Scores of one split. */
export interface ConllScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface ConllOptions {
  /** Which split: `dev` reads eng.testa (the default), `train` eng.train. */
  split?: 'train' | 'dev';
  /** Called with one line per error (missed or extra name, with its document). */
  log?: (line: string) => void;
}

const FILES = { train: 'eng.train', dev: 'eng.testa' } as const;
const NO_SPACE_BEFORE = /^(?:[,.;:!?)\]}%]|'s|'S|n't|N'T|'re|'ve|'ll|'d|'m|')$/;
const NO_SPACE_AFTER = /^[([{$]$/;

/** Split a CoNLL file into documents of sentences of [token, tag] pairs. */
export function readConll(source: string): Array<Array<Array<[string, string]>>> {
  const docs: Array<Array<Array<[string, string]>>> = [];
  let sentence: Array<[string, string]> = [];
  const flush = () => {
    if (sentence.length && docs.length) docs[docs.length - 1]!.push(sentence);
    sentence = [];
  };
  for (const line of source.split('\n')) {
    const cols = line.trim().split(' ');
    if (cols[0] === '-DOCSTART-') {
      flush();
      docs.push([]);
    } else if (cols[0] === '') flush();
    else sentence.push([cols[0]!, cols[cols.length - 1]!]);
  }
  flush();
  return docs;
}

const TERMINAL = /[.!?:"')]$/;
const DATELINE = /^[A-Z][A-Z .'-]* \d{4}-\d\d-\d\d$/;

/** What separates sentence `n` (its text `next`) from the text before it: see the file comment. */
function sentenceBreak(before: string, n: number, next: string): string {
  const last = before.slice(before.lastIndexOf('\n') + 1);
  // The dateline is a paragraph of its own also after a byline without punctuation ("Ana Lima" / "LONDON 1996-08-30").
  return n <= 1 || TERMINAL.test(before) || DATELINE.test(last) || DATELINE.test(next) ? '\n\n' : ' ';
}

/** Detokenise one document into text with token offsets and gold PER spans. */
export function toDocument(sentences: ReadonlyArray<ReadonlyArray<readonly [string, string]>>): ConllDocument {
  let text = '';
  const tokens: Array<[number, number]> = [];
  const gold: Array<[number, number]> = [];
  sentences.forEach((sentence, n) => {
    if (text) text += sentenceBreak(text, n, sentence.map(([w]) => w).join(' '));
    let openQuote = false;
    let glue = true;
    let prevTag = 'O';
    for (const [word, tag] of sentence) {
      const quote = word === '"';
      const attach = quote ? openQuote : NO_SPACE_BEFORE.test(word);
      if (!glue && !attach) text += ' ';
      tokens.push([text.length, text.length + word.length]);
      text += word;
      glue = NO_SPACE_AFTER.test(word) || (quote && !openQuote);
      if (quote) openQuote = !openQuote;
      const i = tokens.length - 1;
      if (tag === 'B-PER' || (tag === 'I-PER' && prevTag !== 'I-PER' && prevTag !== 'B-PER')) gold.push([i, i + 1]);
      else if (tag === 'I-PER') gold[gold.length - 1]![1] = i + 1;
      prevTag = tag;
    }
  });
  return { text, tokens, gold };
}

/** The person spans the parser finds in one document, as token spans (unaligned ones as [-1, n]). */
export function predictedSpans(doc: ConllDocument, id = 'conll'): Array<[number, number]> {
  const record = parseArticle({ id, source: doc.text });
  const startAt = new Map(doc.tokens.map(([s], i) => [s, i]));
  const endAt = new Map(doc.tokens.map(([, e], i) => [e, i + 1]));
  const spans = new Map<string, [number, number]>();
  let unaligned = 0;
  for (const p of record.people)
    for (const [s, e] of p.mentions.offsets) {
      const src = toSource(record, s, e);
      const a = startAt.get(src[0]);
      const b = endAt.get(src[1]);
      if (a === undefined || b === undefined) spans.set(`x${unaligned++}`, [-1, unaligned]);
      else spans.set(`${a}:${b}`, [a, b]);
    }
  return [...spans.values()];
}

/** Map [start, end) in `record.text` to the source text through the block that holds it. */
function toSource(record: ReturnType<typeof parseArticle>, start: number, end: number): [number, number] {
  const block = record.blocks.find((b) => b.start <= start && end <= b.end);
  if (!block) return [-1, -1];
  return [block.sourceStart + start - block.start, block.sourceStart + end - block.start];
}

/** Score the parser's person names on one CoNLL split of `dir`. */
export async function evalConll(dir: string, opts: ConllOptions = {}): Promise<ConllScore> {
  const split = opts.split ?? 'dev';
  const file = join(dir, FILES[split]);
  if (/testb/i.test(basename(file))) throw new Error('eng.testb is the reserved test split');
  const docs = readConll(readFileSync(file, 'utf8')).map(toDocument);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  docs.forEach((doc, n) => {
    const want = new Set(doc.gold.map(([a, b]) => `${a}:${b}`));
    const got = predictedSpans(doc, `doc-${n}`);
    const gotKeys = new Set(got.map(([a, b]) => `${a}:${b}`));
    const words = (a: number, b: number) => {
      if (a < 0) return '(unaligned)';
      const [s, e] = [doc.tokens[a]![0], doc.tokens[b - 1]![1]];
      const context = `${doc.text.slice(Math.max(0, s - 50), s)}[${doc.text.slice(s, e)}]${doc.text.slice(e, e + 50)}`;
      return `${doc.text.slice(s, e)}  ::  ${context.replace(/\s+/g, ' ')}`;
    };
    for (const [a, b] of got) {
      if (want.has(`${a}:${b}`)) tp++;
      else {
        fp++;
        opts.log?.(`doc ${n} extra  ${words(a, b)}`);
      }
    }
    for (const [a, b] of doc.gold)
      if (!gotKeys.has(`${a}:${b}`)) {
        fn++;
        opts.log?.(`doc ${n} missed ${words(a, b)}`);
      }
  });
  await Promise.resolve();
  const precision = tp / (tp + fp || 1);
  const recall = tp / (tp + fn || 1);
  return { tp, fp, fn, precision, recall, f1: (2 * precision * recall) / (precision + recall || 1) };
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { split: { type: 'string' }, verbose: { type: 'boolean', short: 'v' }, json: { type: 'boolean' } },
  });
  const dir = positionals[0];
  if (!dir) {
    console.error('usage: npm run --silent eval:conll -- DIR [--split train|dev] [--verbose] [--json]');
    process.exit(2);
  }
  const splits = values.split ? [values.split as 'train' | 'dev'] : (['train', 'dev'] as const);
  const results: Array<ConllScore & { split: string }> = [];
  for (const split of splits) results.push({ split, ...(await evalConll(dir, { split, log: values.verbose ? console.log : undefined })) });
  if (values.json) console.log(JSON.stringify(results, null, 2));
  else {
    const pct = (x: number) => (x * 100).toFixed(1).padStart(6) + '%';
    console.log('CoNLL-2003 PER (exact span)   tp     fp     fn    precision  recall     F1');
    for (const r of results)
      console.log(
        `${r.split.padEnd(28)} ${String(r.tp).padStart(5)} ${String(r.fp).padStart(6)} ${String(r.fn).padStart(6)}   ${pct(r.precision)}  ${pct(r.recall)} ${pct(r.f1)}`,
      );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
