/**
 * Search at archive size, in Debian's Chromium: the built index (trigram, posting and document files served
 * over loopback HTTP, fetched as a query needs them) beside MiniSearch on the same documents and queries.
 *   npm run bench:search [-- --sizes 1000,10000,100000 --queries 40]
 * Documents: a collection written by `npm run synth` (24,000 articles in 1,200 stories), parsed and analysed by
 * the library as the build does it, turned into search documents; a size of N quotes takes whole stories from
 * the newest until N quotes. Cached in .bench/ (delete .bench/search-docs-*.json to redo).
 * Queries: words of a target quote (one whose wording no other quote shares) typed the way readers type,
 * with no British/American or singular/plural variants, so neither engine's normaliser helps: two rare words
 * misspelt (a letter dropped, doubled or two swapped), three words cut to their first letters, four words in
 * another order with one misspelt. Relevance: the target quote in the top 5.
 * Reports per size: latency p50/p95 with the files loaded (warm) and on first use (cold, files fetched over
 * loopback and decoded), bytes a query fetches (raw and gzipped, per 1,000 quotes), all index files on disk,
 * and MiniSearch's latency, index size (serialised index + stored documents) and relevance. Writes .bench/search.json.
 */
import { build } from 'esbuild';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { buildCorpus, parseContent, readContent } from '../src/lib/index.ts';
import { buildSearchIndex } from '../src/lib/search/build.ts';
import { searchDocuments, type SearchDoc } from '../src/lib/search/documents.ts';
import { matchedPart, searchWords } from '../src/lib/search/words.ts';
import { launch } from '../tests/e2e/browser.ts';
import { synthesize, writeCollection } from './synth.ts';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, '.bench');
mkdirSync(OUT, { recursive: true });
const { values: args } = parseArgs({ options: { sizes: { type: 'string', default: '1000,10000,100000' }, queries: { type: 'string', default: '40' } } });
const SIZES = args.sizes.split(',').map(Number);
const TARGETS = Number(args.queries);
const SYNTH = { stories: 1200, articles: 24000, seed: 42 };

/** Search documents of the synthetic archive, parsed and analysed once, cached. */
function archive(): SearchDoc[] {
  const cache = join(OUT, `search-docs-${SYNTH.articles}.json`);
  if (existsSync(cache)) return JSON.parse(readFileSync(cache, 'utf8')) as SearchDoc[];
  const dir = join(OUT, `search-${SYNTH.articles}`);
  if (!existsSync(join(dir, 'stories'))) {
    console.error(`writing ${SYNTH.articles} articles to ${dir} …`);
    writeCollection(dir, synthesize(SYNTH), SYNTH);
  }
  console.error('parsing and analysing (a few minutes, once) …');
  const { content, errors } = readContent(dir);
  if (errors.length) throw new Error(errors.map(String).join('\n'));
  const docs = searchDocuments(buildCorpus(content.stories, parseContent(content), content.people));
  writeFileSync(cache, JSON.stringify(docs));
  return docs;
}

/** The first N quotes (whole stories, newest first: the order the documents come in) with their people and articles. */
function sized(all: readonly SearchDoc[], n: number): SearchDoc[] {
  const quotes = all.filter((d) => d.t === 'q');
  let cut = Math.min(n, quotes.length);
  const story = (d: SearchDoc) => /\/stories\/([^/]+)\//.exec(d.c)?.[1] ?? d.h.split('#')[0];
  while (cut < quotes.length && cut > 0 && story(quotes[cut]!) === story(quotes[cut - 1]!)) cut++;
  const kept = quotes.slice(0, cut);
  const articles = new Set(kept.map((d) => d.h.split('#')[0]));
  const speakers = new Set(kept.map((d) => d.k));
  return [...kept, ...all.filter((d) => (d.t === 'p' && speakers.has(d.k)) || (d.t === 'a' && articles.has(d.h)))];
}

// ─── Queries ────────────────────────────────────────────────────────────────────────────────────────

let seed = 7;
const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;

/** A typo no normaliser undoes: a letter dropped, doubled, or two neighbours swapped (never the first letter). */
function typo(w: string): string {
  const i = 1 + Math.floor(rand() * (w.length - 2));
  const kind = Math.floor(rand() * 3);
  if (kind === 0) return w.slice(0, i) + w.slice(i + 1);
  if (kind === 1) return w.slice(0, i) + w[i] + w.slice(i);
  return w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
}

interface Query {
  text: string;
  kind: 'misspelt' | 'partial' | 'multi-word';
  target: string;
}

function queries(docs: readonly SearchDoc[], count: number): Query[] {
  const quotes = docs.filter((d) => d.t === 'q');
  const df = new Map<string, number>();
  const wording = new Map<string, number>();
  for (const d of quotes) {
    for (const w of new Set(searchWords(matchedPart(d)))) df.set(w, (df.get(w) ?? 0) + 1);
    wording.set(matchedPart(d), (wording.get(matchedPart(d)) ?? 0) + 1);
  }
  const out: Query[] = [];
  seed = 7;
  for (let tries = 0; out.length < count * 3 && tries < 100 * count; tries++) {
    const d = quotes[Math.floor(rand() * quotes.length)]!;
    const text = matchedPart(d);
    // Plain lower-case words the normalisers leave alone (no -ise/-our endings, no US/Sino).
    const words = [...new Set(text.toLowerCase().match(/\b[a-z]{6,}\b/g) ?? [])].filter((w) => !/(is(e|es|ed|ing)|our)$/.test(w));
    if (wording.get(text) !== 1 || words.length < 4) continue;
    const rare = [...words].sort((a, b) => (df.get(a) ?? 0) - (df.get(b) ?? 0));
    out.push({ kind: 'misspelt', text: rare.slice(0, 2).map(typo).join(' '), target: d.h });
    out.push({
      kind: 'partial',
      text: rare
        .slice(0, 3)
        .map((w) => w.slice(0, Math.max(4, Math.ceil(w.length * 0.6))))
        .join(' '),
      target: d.h,
    });
    const four = rare.slice(0, 4).reverse();
    four[0] = typo(four[0]!);
    out.push({ kind: 'multi-word', text: four.join(' '), target: d.h });
  }
  return out;
}

const all = archive();

// ─── Browser ────────────────────────────────────────────────────────────────────────────────────────

// One browser bundle holding both engines, so they run under the same conditions.
const bundle = await build({
  stdin: {
    contents: `import { Searcher } from './src/lib/search/engine.ts'; import MiniSearch from 'minisearch'; import { matchedPart } from './src/lib/search/words.ts'; globalThis.Bench = { Searcher, MiniSearch, matchedPart };`,
    resolveDir: ROOT,
    loader: 'ts',
  },
  bundle: true,
  format: 'iife',
  write: false,
  minify: true,
});

let files = new Map<string, string | Uint8Array>();
const server = createServer((req, res) => {
  const body = req.url === '/' ? '<!doctype html><title>bench</title>' : files.get(decodeURIComponent(req.url!.replace(/^\/search\//, '')));
  res.writeHead(body === undefined ? 404 : 200, { 'access-control-allow-origin': '*' });
  res.end(body);
});
await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/search/`;

const browser = await launch();
const page = await (await browser.newContext()).newPage();
await page.goto(base.replace(/search\/$/, ''));
await page.addScriptTag({ content: bundle.outputFiles[0]!.text });

const kb = (n: number) => Math.round(n / 102.4) / 10;
const rows: Array<Record<string, number | string>> = [];
for (const n of SIZES) {
  const docs = sized(all, n);
  const quoteCount = docs.filter((d) => d.t === 'q').length;
  const per1k = quoteCount / 1000;
  const built = buildSearchIndex(docs);
  files = built.files;
  const gz = new Map([...files].map(([p, f]) => [p, gzipSync(f).length]));
  const raw = (p: string) => (typeof files.get(p) === 'string' ? Buffer.byteLength(files.get(p) as string) : (files.get(p) as Uint8Array).length);
  const qs = queries(docs, TARGETS);
  const result = await page.evaluate(
    async ({ base, manifest, docsJson, qs }) => {
      const { Searcher, MiniSearch, matchedPart } = (globalThis as any).Bench;
      const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;
      const load = (fetched: string[]) => (path: string) => {
        fetched.push(path);
        return fetch(base + path).then((r) => (path.endsWith('.bin') ? r.arrayBuffer() : r.json()));
      };
      // Cold: a new searcher per query, every file fetched over loopback and decoded.
      const cold: number[] = [];
      const fetchedPerQuery: string[][] = [];
      for (const q of qs) {
        const fetched = ['index.json'];
        const s = new Searcher(manifest, load(fetched));
        const t = performance.now();
        await s.search(q.text, {}, 8);
        cold.push(performance.now() - t);
        fetchedPerQuery.push(fetched);
      }
      // Warm: one searcher; every query once to load its files, then timed five times.
      const s = new Searcher(manifest, load([]));
      const top5: boolean[] = [];
      for (const q of qs) top5.push((await s.search(q.text, {}, 8)).slice(0, 5).some((h: any) => h.doc.h === q.target));
      const warm: number[] = [];
      for (let r = 0; r < 5; r++)
        for (const q of qs) {
          const t = performance.now();
          await s.search(q.text, {}, 8);
          warm.push(performance.now() - t);
        }
      // MiniSearch over the same fields (quote words, speaker, outlet), typo-tolerant and with prefixes.
      const docs = JSON.parse(docsJson);
      const mini = new MiniSearch({ fields: ['m', 's', 'o'], storeFields: [], searchOptions: { fuzzy: 0.2, prefix: true } });
      mini.addAll(docs.map((d: any, id: number) => ({ id, m: matchedPart(d), s: d.s, o: d.o })));
      const miniTop5 = qs.map((q: any) =>
        mini
          .search(q.text)
          .slice(0, 5)
          .some((r: any) => docs[r.id].h === q.target),
      );
      const miniMs: number[] = [];
      for (let r = 0; r < 5; r++)
        for (const q of qs) {
          const t = performance.now();
          mini.search(q.text).slice(0, 8);
          miniMs.push(performance.now() - t);
        }
      return {
        warm: [pct(warm, 0.5), pct(warm, 0.95)],
        cold: [pct(cold, 0.5), pct(cold, 0.95)],
        mini: [pct(miniMs, 0.5), pct(miniMs, 0.95)],
        top5,
        miniTop5,
        fetchedPerQuery,
        miniIndex: JSON.stringify(mini),
      };
    },
    { base, manifest: built.manifest, docsJson: JSON.stringify(docs), qs },
  );
  const queryBytes = result.fetchedPerQuery.map((ps) => [ps.reduce((a, p) => a + raw(p), 0), ps.reduce((a, p) => a + gz.get(p)!, 0)] as const);
  const meanOf = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const share = (xs: boolean[]) => `${Math.round((100 * xs.filter(Boolean).length) / xs.length)}%`;
  const byKind = (kind: Query['kind'], xs: boolean[]) => share(xs.filter((_, i) => qs[i]!.kind === kind));
  const storedDocs = JSON.stringify(docs.map((d) => ({ ...d, k: undefined })));
  rows.push({
    quotes: quoteCount,
    'load average (2 cores)': loadavg()[0]!.toFixed(1),
    queries: qs.length,
    'warm p50 ms': +result.warm[0]!.toFixed(2),
    'warm p95 ms': +result.warm[1]!.toFixed(2),
    'cold p50 ms': +result.cold[0]!.toFixed(1),
    'cold p95 ms': +result.cold[1]!.toFixed(1),
    'files a query fetches (mean)': +meanOf(result.fetchedPerQuery.map((f) => f.length)).toFixed(1),
    'query KB raw / 1k quotes': kb(meanOf(queryBytes.map((b) => b[0])) / per1k),
    'query KB gz / 1k quotes': kb(meanOf(queryBytes.map((b) => b[1])) / per1k),
    'query KB gz, max': kb(Math.max(...queryBytes.map((b) => b[1]))),
    'all files KB gz / 1k quotes': kb([...gz.values()].reduce((a, b) => a + b, 0) / per1k),
    'top 5 (misspelt / partial / multi-word)': `${share(result.top5)} (${byKind('misspelt', result.top5)} / ${byKind('partial', result.top5)} / ${byKind('multi-word', result.top5)})`,
    'minisearch p50 ms': +result.mini[0]!.toFixed(2),
    'minisearch p95 ms': +result.mini[1]!.toFixed(2),
    'minisearch KB gz / 1k quotes': kb((gzipSync(result.miniIndex).length + gzipSync(storedDocs).length) / per1k),
    'minisearch top 5': `${share(result.miniTop5)} (${byKind('misspelt', result.miniTop5)} / ${byKind('partial', result.miniTop5)} / ${byKind('multi-word', result.miniTop5)})`,
  });
  console.error(`${quoteCount} quotes done`);
}
await browser.close();
server.close();
for (const r of rows) {
  console.log(`\n${r.quotes} quotes`);
  for (const [k, v] of Object.entries(r)) console.log(`  ${k.padEnd(42)} ${v}`);
}
writeFileSync(join(OUT, 'search.json'), JSON.stringify(rows, null, 2));
const big = rows.at(-1)!;
console.log(
  `\ntargets at ${big.quotes} quotes: warm p95 ≤ 8 ms: ${(big['warm p95 ms'] as number) <= 8 ? 'met' : 'MISSED'} (${big['warm p95 ms']} ms); ` +
    `≤ 25 KB gzipped per 1,000 quotes fetched by a query: ${(big['query KB gz / 1k quotes'] as number) <= 25 ? 'met' : 'MISSED'} (${big['query KB gz / 1k quotes']} KB)`,
);
