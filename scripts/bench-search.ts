/**
 * Search latency in the browser: the two-stage engine (trigram candidates + fuse.js) beside MiniSearch on the
 * same generated quotes, at 1,000, 10,000 and 100,000 quotes, in Debian's Chromium. Also the index size per
 * 1,000 quotes (raw and gzipped). Writes .bench/search.json.
 *   npm run bench:search
 */
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launch } from '../tests/e2e/browser.ts';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, '.bench');
mkdirSync(OUT, { recursive: true });

// One browser bundle holding both engines, so they run under the same conditions.
const bundle = await build({
  stdin: {
    contents: `import { Searcher } from './src/lib/search/engine.ts'; import MiniSearch from 'minisearch'; globalThis.Bench = { Searcher, MiniSearch };`,
    resolveDir: ROOT,
    loader: 'ts',
  },
  bundle: true,
  format: 'iife',
  write: false,
  minify: true,
});
const code = bundle.outputFiles[0]!.text;

/** Seeded generator of quote-like documents (same words a news collection has). */
function documents(n: number): object[] {
  let seed = 42;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  // A realistic vocabulary: common news words plus a long tail of generated ones, drawn Zipf-like.
  const syllables = 'ka lo mi ren tas vo pel dri an sor ul ve bik mon ter ga zu lan ep fro'.split(' ');
  const tail = Array.from({ length: 6000 }, () =>
    Array.from({ length: 2 + Math.floor(rand() * 3) }, () => syllables[Math.floor(rand() * syllables.length)]).join(''),
  );
  const words0 =
    'we have made progress and reached agreement on some specific issues the two sides stabilize relations between china and the united states must manage differences responsibly vehemently disagree about taiwan trade export controls sanctions dialogue confrontation cooperation conflict minister president secretary visit talks candid constructive productive juncture critical spiral reverse people history world economy growth security climate energy election campaign court ruling budget housing water plant hospital patients nurses doctors teachers students prices inflation interest rates bank market workers union strike'.split(
      ' ',
    );
  const words = [...words0, ...tail];
  const pick = () => words[Math.floor(words.length * rand() ** 2.5)]!;
  const names = [
    'Ana Torres',
    'Kenji Sato',
    'Ngozi Adebayo',
    'Li Wei',
    'Maria Fernandez',
    'John Smith',
    'Priya Raman',
    'Omar Haddad',
    'Lena Varga',
    'Tom Hale',
  ];
  const outlets = ['Daily A', 'The Courier', 'Wire B', 'Metro', 'Globe'];
  return Array.from({ length: n }, (_, i) => {
    const len = 8 + Math.floor(rand() * 30);
    const text = Array.from({ length: len }, pick).join(' ');
    return {
      t: 'q',
      x: text.charAt(0).toUpperCase() + text.slice(1) + '.',
      s: names[i % names.length],
      k: `p${i % names.length}`,
      o: outlets[i % outlets.length],
      d: '2024-05-06',
      n: 'direct',
      h: `/a/${i}/`,
      c: '',
    };
  });
}
const QUERIES = [
  'vehemntly disagre',
  'stabilise relations',
  'progres on specfic issues',
  'Sino-US trade',
  'interest rates',
  'nurses strike hospital',
  'candid talks',
  'export controlls',
];

const browser = await launch();
const page = await (await browser.newContext()).newPage();
await page.goto('about:blank');
await page.addScriptTag({ content: code });
const rows: Array<Record<string, number | string>> = [];
for (const n of [1_000, 10_000, 100_000]) {
  const docs = documents(n);
  const json = JSON.stringify(docs);
  const result = await page.evaluate(
    ({ json, queries }) => {
      const { Searcher, MiniSearch } = (globalThis as any).Bench;
      const docs = JSON.parse(json);
      const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;
      const time = (fn: (q: string) => unknown) => {
        for (const q of queries) fn(q); // warm up
        const ms: number[] = [];
        for (let r = 0; r < 5; r++)
          for (const q of queries) {
            const t = performance.now();
            fn(q);
            ms.push(performance.now() - t);
          }
        return { p50: percentile(ms, 0.5), p95: percentile(ms, 0.95) };
      };
      let t = performance.now();
      const s = new Searcher();
      s.add(docs);
      const buildOurs = performance.now() - t;
      const ours = time((q) => s.search(q, {}, 20));
      const oursHits = queries.reduce((n: number, q: string) => n + s.search(q, {}, 20).length, 0);
      t = performance.now();
      const mini = new MiniSearch({ fields: ['x', 's', 'o'], storeFields: ['x'], searchOptions: { fuzzy: 0.2, prefix: true } });
      mini.addAll(docs.map((d: object, id: number) => ({ id, ...d })));
      const buildMini = performance.now() - t;
      const other = time((q) => mini.search(q).slice(0, 20));
      const otherHits = queries.reduce((n: number, q: string) => n + mini.search(q).slice(0, 20).length, 0);
      return { buildOurs, ours, buildMini, other, oursHits, otherHits };
    },
    { json, queries: QUERIES },
  );
  const perThousand = Buffer.byteLength(json) / (n / 1000);
  rows.push({
    quotes: n,
    'ours p50 ms': +result.ours.p50.toFixed(2),
    'ours p95 ms': +result.ours.p95.toFixed(2),
    'ours index build ms': Math.round(result.buildOurs),
    'ours hits': result.oursHits,
    'minisearch p50 ms': +result.other.p50.toFixed(2),
    'minisearch p95 ms': +result.other.p95.toFixed(2),
    'minisearch build ms': Math.round(result.buildMini),
    'minisearch hits': result.otherHits,
    'index bytes / 1k quotes': Math.round(perThousand),
    'gzipped / 1k quotes': Math.round(gzipSync(json).length / (n / 1000)),
  });
}
await browser.close();
console.table(rows);
writeFileSync(join(OUT, 'search.json'), JSON.stringify(rows, null, 2));
const worst10k = rows.find((r) => r.quotes === 10_000)!['ours p95 ms'] as number;
const worst100k = rows.find((r) => r.quotes === 100_000)!['ours p95 ms'] as number;
console.log(
  `budget: p95 ≤ 16 ms at 10,000 quotes: ${worst10k <= 16 ? 'met' : 'MISSED'} (${worst10k} ms); ≤ 50 ms at 100,000: ${worst100k <= 50 ? 'met' : 'MISSED'} (${worst100k} ms)`,
);
