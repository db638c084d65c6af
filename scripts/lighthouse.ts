/**
 * Lighthouse gate: serves the built dist/ on a loopback port, runs Lighthouse (mobile, its default emulation and
 * simulated throttling) on three representative pages, prints a table of the four category scores, writes them to
 * .test-results/lighthouse.json, and exits 1 when any score is below MIN, listing the audits that cost the points.
 *
 * Needs `astro build` first and Node >= 22.19 (run it through npm/npx, or as a step of `npm test`).
 * Chromium comes from CHROME_PATH, else /usr/bin/chromium. `LH_PAGES=/,/about/` overrides the page list.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { DIST, serve } from '../tests/e2e/server.ts';

const MIN = 95;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const PAGES = process.env.LH_PAGES?.split(',').filter(Boolean) ?? ['/', '/articles/000_d78b92cbf736f969/', '/stories/blinken-beijing-2023/compare/'];
const OUT = join(import.meta.dirname, '..', '.test-results', 'lighthouse.json');
const REPORTS = join(import.meta.dirname, '..', '.test-results', 'lighthouse');
/** Extra performance-only runs allowed in all (two per page below MIN): keeps the step within about a minute. */
const MAX_RETRIES = 4;

interface Failing {
  id: string;
  title: string;
  score: number | null;
  weight: number;
  display?: string;
}
interface PageResult {
  path: string;
  scores: Record<string, number | null>;
  failing: Record<string, Failing[]>;
  /** The three performance scores when the first was below MIN (the median counts). */
  performanceRuns?: number[];
  /** Why Lighthouse could not measure the page at all. */
  error?: string;
  /** Lighthouse's HTML report, written for a page that fails. */
  report?: string;
  seconds: number;
}

if (!existsSync(join(DIST, 'index.html'))) {
  console.error(`no ${join(DIST, 'index.html')}: run \`npx astro build\` first`);
  process.exit(1);
}
if (!process.env.CHROME_PATH && existsSync('/usr/bin/chromium')) process.env.CHROME_PATH = '/usr/bin/chromium';

const started = Date.now();
rmSync(REPORTS, { recursive: true, force: true });
const server = await serve();
// One Chromium for every page; Lighthouse opens a fresh tab and clears storage for each run.
const chrome = await chromeLauncher.launch({ chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
const results: PageResult[] = [];
let exitCode = 0;
let retriesLeft = MAX_RETRIES;

/** One Lighthouse run of `path` over `categories`; the scores (0-100) and, per category below MIN, what cost points. */
async function audit(path: string, categories: readonly string[]) {
  const runner = await lighthouse(server.url + path, {
    port: chrome.port,
    logLevel: 'error',
    output: ['json', 'html'],
    onlyCategories: [...categories],
  });
  if (!runner) throw new Error(`Lighthouse returned nothing for ${path}`);
  const lhr = runner.lhr;
  if (lhr.runtimeError) throw new Error(`Lighthouse on ${path}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const scores: PageResult['scores'] = {};
  const failing: PageResult['failing'] = {};
  for (const id of categories) {
    const cat = lhr.categories[id];
    const score = cat?.score == null ? null : Math.round(cat.score * 100);
    scores[id] = score;
    if (score !== null && score >= MIN) continue;
    // The audits that cost points: scored audits below 1, the biggest loss (weight × shortfall) first.
    failing[id] = (cat?.auditRefs ?? [])
      .flatMap((ref) => {
        const a = lhr.audits[ref.id];
        return a && ref.weight > 0 && a.score !== null && a.score < 1 ? [{ ref, a }] : [];
      })
      .sort((x, y) => y.ref.weight * (1 - (y.a.score ?? 0)) - x.ref.weight * (1 - (x.a.score ?? 0)))
      .map(({ ref, a }) => ({ id: ref.id, title: a.title, score: a.score, weight: ref.weight, display: a.displayValue }));
  }
  const html = Array.isArray(runner.report) ? runner.report[1] : undefined;
  return { scores, failing, warnings: lhr.runWarnings, html };
}

try {
  for (const path of PAGES) {
    const t = Date.now();
    let first: Awaited<ReturnType<typeof audit>>;
    try {
      first = await audit(path, CATEGORIES);
    } catch (e) {
      // A page Lighthouse cannot load (404, crash) fails the gate; the other pages are still measured.
      results.push({ path, scores: {}, failing: {}, error: e instanceof Error ? e.message : String(e), seconds: (Date.now() - t) / 1000 });
      continue;
    }
    const result: PageResult = { path, scores: first.scores, failing: first.failing, seconds: 0 };
    for (const w of first.warnings) console.log(`  (${path}: ${w})`);
    let html = first.html;
    // Simulated performance moves with CPU load on the machine (other processes, a cold Chromium): a performance
    // score below MIN is measured twice more and the median run counts. The other categories do not vary.
    if (first.scores.performance !== null && first.scores.performance! < MIN && retriesLeft >= 2) {
      retriesLeft -= 2;
      const runs = [{ score: first.scores.performance!, failing: first.failing.performance, html }];
      for (let i = 0; i < 2; i++) {
        const again = await audit(path, ['performance']);
        runs.push({ score: again.scores.performance ?? 0, failing: again.failing.performance, html: again.html });
      }
      runs.sort((a, b) => a.score - b.score);
      const median = runs[1]!;
      result.performanceRuns = runs.map((r) => r.score);
      result.scores.performance = median.score;
      if (median.failing) result.failing.performance = median.failing;
      else delete result.failing.performance;
      if (Object.keys(result.failing).every((c) => c === 'performance')) html = median.html;
    }
    result.seconds = (Date.now() - t) / 1000;
    if (Object.keys(result.failing).length && html) {
      mkdirSync(REPORTS, { recursive: true });
      result.report = join(REPORTS, `${path.replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'home'}.html`);
      writeFileSync(result.report, html);
    }
    results.push(result);
  }
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  exitCode = 1;
} finally {
  chrome.kill();
  await server.close();
}

const header = ['page', ...CATEGORIES, 's'];
const cell = (r: PageResult, c: string) => String(r.scores[c] ?? 'n/a') + (c === 'performance' && r.performanceRuns ? ` (${r.performanceRuns.join('/')})` : '');
const rows = results.map((r) => [r.path, ...CATEGORIES.map((c) => cell(r, c)), r.seconds.toFixed(1)]);
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
console.log(`\nLighthouse (mobile, simulated throttling), minimum ${MIN}:`);
console.log(line(header));
for (const row of rows) console.log(line(row));

for (const r of results) {
  if (r.error) {
    exitCode = 1;
    console.log(`\n✗ ${r.path}: ${r.error}`);
  }
  for (const [cat, audits] of Object.entries(r.failing)) {
    exitCode = 1;
    const runs = cat === 'performance' && r.performanceRuns ? ` (median of ${r.performanceRuns.join(', ')})` : '';
    console.log(`\n✗ ${r.path} ${cat} ${r.scores[cat] ?? 'n/a'}${runs} < ${MIN}; audits losing points (biggest loss first):`);
    for (const a of audits) {
      console.log(`  - ${a.title} [${a.id}] score ${a.score ?? 'n/a'}, weight ${a.weight}${a.display ? `, ${a.display}` : ''}`);
    }
    if (r.report) console.log(`  full report: ${r.report}`);
  }
}

mkdirSync(join(OUT, '..'), { recursive: true });
writeFileSync(OUT, JSON.stringify({ formFactor: 'mobile', minimum: MIN, passed: exitCode === 0, pages: results }, null, 2) + '\n');
console.log(`\n${exitCode === 0 ? 'all scores ≥ ' + MIN : 'FAILED'} (${((Date.now() - started) / 1000).toFixed(1)} s); wrote ${OUT}`);
process.exit(exitCode);
