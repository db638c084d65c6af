/**
 * Accuracy figures.
 *   npm run --silent eval [-- --verbose] [-- --json]            the hand-annotated sets (see scripts/eval/handsets.ts)
 *   npm run --silent eval -- --polnear DIR [--split train|dev]   PolNeAR quotes and speakers (scripts/eval/polnear.ts)
 *   npm run --silent eval -- --realnews DIR                      a content/ + annotations/ folder in the hand-set format
 *   npm run --silent eval -- --conll DIR                         CoNLL-2003 person names (scripts/eval/conll.ts)
 * Annotated sets: tests/seeds/expected (the seed story, via content/), tests/heldout and tests/dev (invented
 * articles used to find general failures) and tests/final (never used for tuning: the honest figure).
 */
import { evalConll } from './eval/conll.ts';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { annotated, expectations, printTable, ROOT, seedCorpus, summarise } from './eval/handsets.ts';
import { evalPolnear, printPolnear } from './eval/polnear.ts';

/** Bad arguments or an unreadable folder: one line on stderr, exit code 2, no stack trace. */
function fail(message: string): never {
  process.stderr.write(`crosscheck eval: ${message}\n`);
  process.exit(2);
}

const values = (() => {
  try {
    return parseArgs({
      options: {
        verbose: { type: 'boolean', short: 'v' },
        json: { type: 'boolean' },
        polnear: { type: 'string' },
        split: { type: 'string', default: 'dev' },
        realnews: { type: 'string' },
        conll: { type: 'string' },
      },
    }).values;
  } catch (e) {
    fail(`${(e as Error).message} (options: --verbose, --json, --polnear DIR, --conll DIR, --split train|dev, --realnews DIR)`);
  }
})();
const verbose = values.verbose ?? false;
// The reserved test splits (PolNeAR data/test, CoNLL eng.testb) are never read.
if (values.split !== 'train' && values.split !== 'dev') fail(`--split must be train or dev, not ${values.split}: the test split is reserved`);
const split = values.split;
const folder = values.polnear ?? values.realnews ?? values.conll;
if (folder !== undefined && !existsSync(folder)) fail(`no such folder: ${folder}`);

try {
  if (values.polnear) {
    const s = evalPolnear(values.polnear, split, verbose);
    if (values.json) console.log(JSON.stringify(s, null, 2));
    else printPolnear(split, s);
  } else if (values.realnews) {
    const pairs = annotated(values.realnews);
    if (pairs.length === 0) fail(`no annotated articles in ${values.realnews} (content/articles/*.txt with annotations/<id>.json)`);
    const r = summarise('realnews', pairs, verbose);
    if (values.json) console.log(JSON.stringify(r, null, 2));
    else printTable([r]);
  } else if (values.conll) {
    const s = await evalConll(values.conll, { split, log: verbose ? console.log : undefined });
    const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
    if (values.json) console.log(JSON.stringify({ split, ...s }, null, 2));
    else
      console.log(
        `CoNLL-2003 PER, exact span, ${split}: precision ${pct(s.precision)}, recall ${pct(s.recall)}, F1 ${pct(s.f1)} (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`,
      );
  } else {
    const corpus = seedCorpus();
    const results = [
      summarise(
        'seeds',
        expectations().map((e) => [corpus.articles.find((a) => a.id === e.article)!, e]),
        verbose,
      ),
      summarise('heldout', annotated(join(ROOT, 'tests', 'heldout')), verbose),
      summarise('dev', annotated(join(ROOT, 'tests', 'dev')), verbose),
      // Written last and never used to tune the parser: the honest figure (never printed in detail).
      summarise('final', annotated(join(ROOT, 'tests', 'final'))),
    ];
    if (values.json) console.log(JSON.stringify(results, null, 2));
    else printTable(results);
  }
} catch (e) {
  fail((e as Error).message);
}
