/**
 * npm run bench [-- --quick] [--profile]: how parsing, analysis and the site build grow with the collection.
 * Sizes: the seeds in content/, and synthetic collections of 100 articles (5 stories) and 1,000 articles
 * (50 stories) written by scripts/synth.ts into .bench/. For each size: parse throughput on one core, analysis
 * time (buildCorpus: people merging + analyseStory per story), a cold `astro build` (wall time, peak RSS), the
 * size of dist/api, HTML bytes per page type and CSS/JS bytes. Also one 1 MB and one 5 MB article.
 * Prints a table and writes every figure to .bench/results.json.
 *   --quick    skip the 1,000-article build (the slowest step)
 *   --profile  write CPU profiles (.bench/profiles/) of the measuring processes and the builds, and print the top functions
 *   --scale N  only: generate N articles (N/20 stories), build them cold beside the bare-Astro baseline
 *              (scripts/bench-baseline.ts), print build time, peak memory, ratio, largest HTML page and JSON file, dist size
 *
 * Each measurement runs in a fresh process (this script with --child-…), so one size's JIT warm-up or heap does
 * not colour the next. Builds use their own Astro cache folder (.bench/cache/, emptied before each build), so
 * they are cold builds and never touch the cache of the developer's own builds.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { analyseStory, buildCorpus, knownAliases, mergePeople, parseArticle, readContent } from '../src/lib/index.ts';
import { writeBaseline } from './bench-baseline.ts';
import { MARKER, synthesize, writeCollection, type SynthOptions } from './synth.ts';

const BENCH = '.bench';
const BUDGET_MS = 10 * 60_000;
const started = performance.now();
const loadStart = loadavg();

interface Size {
  name: string;
  dir: string;
  synth: SynthOptions | null;
}

/** One story with many outlets, to see how a story's analysis grows with its number of articles. */
const ONE_STORY: Size = { name: 'one-story', dir: join(BENCH, 'synth-one-story'), synth: { stories: 1, articles: 80, seed: 42 } };
const STORY_STEPS = [10, 20, 40, 80];

const SIZES: readonly Size[] = [
  { name: 'seeds', dir: 'content', synth: null },
  { name: '100', dir: join(BENCH, 'synth-100'), synth: { stories: 5, articles: 100, seed: 42 } },
  { name: '1000', dir: join(BENCH, 'synth-1000'), synth: { stories: 50, articles: 1000, seed: 42 } },
];

// ─── Measuring in a child process ───────────────────────────────────────────────────────────────────

/** What one child measures of one collection, in-process. */
interface Measure {
  articles: number;
  stories: number;
  bytes: number;
  readMs: number;
  /** Every parse pass over all bodies, in ms of wall time; the first is cold. */
  parsePasses: number[];
  /** The same passes in ms of CPU time (user + system) of this process: steadier on a busy machine. */
  parseCpu: number[];
  /** The slowest article in the fastest pass. */
  slowest: { id: string; ms: number; bytes: number };
  /** buildCorpus runs, in ms of wall time and of CPU time. */
  corpusRuns: number[];
  corpusCpu: number[];
  mergeMs: number;
  storyMs: { total: number; max: number; maxStory: string; maxArticles: number };
  quotes: number;
  people: number;
  clusters: number;
  maxRssMb: number;
}

/** Repeat `fn` at least `min` times and until `ms` have passed (at most `max` times); every duration, wall and CPU. */
function repeat<T>(fn: () => T, { min, max, ms }: { min: number; max: number; ms: number }): { times: number[]; cpu: number[]; value: T } {
  const times: number[] = [];
  const cpu: number[] = [];
  let value: T;
  let spent = 0;
  do {
    const c = process.cpuUsage();
    const t = performance.now();
    value = fn();
    const d = performance.now() - t;
    const used = process.cpuUsage(c);
    times.push(d);
    cpu.push((used.user + used.system) / 1000);
    spent += d;
  } while (times.length < max && (times.length < min || spent < ms));
  return { times, cpu, value: value! };
}

function measureCollection(dir: string): Measure {
  const t = performance.now();
  const { content, errors } = readContent(dir);
  const readMs = performance.now() - t;
  if (errors.length) throw new Error(`${dir}: ${errors.length} content errors, first: ${errors[0]!.message}`);
  const known = knownAliases(content.people);
  const bytes = content.articles.reduce((n, a) => n + Buffer.byteLength(a.body), 0);

  let best = Infinity;
  let slowest = { id: '', ms: 0, bytes: 0 };
  const parse = repeat(
    () => {
      let pass = { id: '', ms: 0, bytes: 0 };
      const t0 = performance.now();
      const records = content.articles.map((a) => {
        const t1 = performance.now();
        const r = parseArticle({ id: a.id, source: a.body, meta: a.meta, known });
        const d = performance.now() - t1;
        if (d > pass.ms) pass = { id: a.id, ms: d, bytes: Buffer.byteLength(a.body) };
        return r;
      });
      const total = performance.now() - t0;
      if (total < best) [best, slowest] = [total, pass];
      return records;
    },
    // At least four passes: V8 is still compiling the parser's hot paths in the second pass over 1,000 articles,
    // and the figure asked for is the steady rate of a long build, not the warm-up (the first pass is reported too).
    { min: 4, max: 8, ms: 2000 },
  );
  const records = parse.value;

  const corpus = repeat(() => buildCorpus(content.stories, records, content.people), { min: 1, max: 5, ms: 1500 });
  // The same work taken apart: people merging, then each story's analysis.
  let t2 = performance.now();
  const merged = mergePeople(records, content.people);
  const mergeMs = performance.now() - t2;
  const storyMs = { total: 0, max: 0, maxStory: '', maxArticles: 0 };
  for (const id of content.stories.keys()) {
    const own = merged.filter((r) => r.story === id);
    t2 = performance.now();
    analyseStory(id, own);
    const d = performance.now() - t2;
    storyMs.total += d;
    if (d > storyMs.max) Object.assign(storyMs, { max: d, maxStory: id, maxArticles: own.length });
  }
  const c = corpus.value;
  return {
    articles: content.articles.length,
    stories: content.stories.size,
    bytes,
    readMs,
    parsePasses: parse.times,
    parseCpu: parse.cpu,
    slowest,
    corpusRuns: corpus.times,
    corpusCpu: corpus.cpu,
    mergeMs,
    storyMs,
    quotes: c.quotes.length,
    people: c.people.length,
    clusters: Object.values(c.analyses).reduce((n, a) => n + a.clusters.length, 0),
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  };
}

/** One large article parsed once (cold, as a build would meet it). */
function measureSingle(file: string): { bytes: number; ms: number; cpuMs: number; blocks: number; quotes: number; people: number } {
  const body = readFileSync(file, 'utf8');
  const c = process.cpuUsage();
  const t = performance.now();
  const r = parseArticle({ id: 'single', source: body });
  const ms = performance.now() - t;
  const used = process.cpuUsage(c);
  return {
    bytes: Buffer.byteLength(body),
    ms,
    cpuMs: (used.user + used.system) / 1000,
    blocks: r.blocks.length,
    quotes: r.quotes.length,
    people: r.people.length,
  };
}

/** analyseStory on the first k articles of a one-story collection, for each k: best of two, CPU ms. */
function measureStoryGrowth(dir: string): Array<{ articles: number; ms: number }> {
  const { content } = readContent(dir);
  const known = knownAliases(content.people);
  const records = mergePeople(
    content.articles.map((a) => parseArticle({ id: a.id, source: a.body, meta: a.meta, known })),
    content.people,
  );
  const [id] = [...content.stories.keys()];
  return STORY_STEPS.filter((k) => k <= records.length).map((k) => ({
    articles: k,
    ms: min(repeat(() => analyseStory(id!, records.slice(0, k)), { min: 2, max: 2, ms: 0 }).cpu),
  }));
}

// ─── Running children ───────────────────────────────────────────────────────────────────────────────

interface Run {
  code: number | null;
  timedOut: boolean;
  wallMs: number;
  stdout: string;
  stderr: string;
  /** Largest sum of VmRSS over the process tree, sampled every 100 ms. */
  treePeakMb: number;
  /** Largest VmHWM (peak RSS) of any one process of the tree. */
  processPeakMb: number;
}

/** Parent pid of every process, from /proc. */
function parents(): Map<number, number> {
  const map = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      map.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // The process ended between listing and reading.
    }
  }
  return map;
}

/** kB fields of /proc/<pid>/status. */
function memoryOf(pid: number): { rss: number; hwm: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
    return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
  } catch {
    return null;
  }
}

/** Run a command, sampling the memory of its process tree; kill the tree at `timeoutMs`. */
function runTree(cmd: string, args: string[], env: NodeJS.ProcessEnv, timeoutMs: number): Promise<Run> {
  return new Promise((done) => {
    const t = performance.now();
    const child = spawn(cmd, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    let treePeak = 0;
    let processPeak = 0;
    const sample = () => {
      if (!child.pid || !existsSync('/proc')) return;
      const ppid = parents();
      const tree = [child.pid];
      for (let i = 0; i < tree.length; i++) for (const [pid, parent] of ppid) if (parent === tree[i]) tree.push(pid);
      let sum = 0;
      for (const pid of tree) {
        const m = memoryOf(pid);
        if (!m) continue;
        sum += m.rss;
        processPeak = Math.max(processPeak, m.hwm);
      }
      treePeak = Math.max(treePeak, sum);
    };
    const poll = setInterval(sample, 100);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
    }, timeoutMs);
    child.on('close', (code) => {
      clearInterval(poll);
      clearTimeout(timer);
      done({ code, timedOut, wallMs: performance.now() - t, stdout, stderr, treePeakMb: treePeak / 1024, processPeakMb: processPeak / 1024 });
    });
  });
}

const PROFILES = join(BENCH, 'profiles');

/** Run this script in child mode and parse the JSON it prints. */
async function child<T>(mode: string, arg: string, timeoutMs: number, profile: string | null): Promise<{ value: T | null; run: Run }> {
  const flags = profile ? ['--cpu-prof', `--cpu-prof-dir=${join(PROFILES, profile)}`] : [];
  const run = await runTree(process.execPath, [...flags, 'scripts/bench.ts', `--child-${mode}`, arg], process.env, timeoutMs);
  if (run.code !== 0 || run.timedOut) return { value: null, run };
  return { value: JSON.parse(run.stdout) as T, run };
}

// ─── Builds and what they produce ───────────────────────────────────────────────────────────────────

interface PageType {
  pages: number;
  bytes: number;
  avg: number;
}

interface Build {
  ok: boolean;
  timedOut: boolean;
  wallMs: number;
  /** /usr/bin/time -v "Maximum resident set size": the largest single process. */
  peakRssMb: number | null;
  /** /usr/bin/time -v user + system time of the whole tree. */
  cpuMs: number | null;
  treePeakMb: number;
  processPeakMb: number;
  /** Astro's own figures from its log. */
  astro: { pages: number | null; pagesMs: number | null; syncMs: number | null };
  log: string;
  dist: {
    pages: number;
    apiBytes: number;
    htmlBytes: number;
    cssBytes: number;
    jsBytes: number;
    totalBytes: number;
    pageTypes: Record<string, PageType>;
  } | null;
}

const TIME = '/usr/bin/time';
/** Terminal colour codes in Astro's log (built from the escape character so the source holds no control character). */
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

/** Every file under `dir` with its size. */
function filesUnder(dir: string): Array<{ rel: string; bytes: number }> {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => {
      const full = join(e.parentPath, e.name);
      return { rel: relative(dir, full).split(sep).join('/'), bytes: statSync(full).size };
    });
}

/** The route pattern a built HTML file belongs to: "/", "/people/", "/articles/*", "/404". */
function pageType(rel: string): string {
  const parts = rel.split('/');
  const file = parts.pop()!;
  if (file !== 'index.html') parts.push(file.replace(/\.html$/, ''));
  if (parts.length === 0) return '/';
  if (parts.length === 1) return file === 'index.html' ? `/${parts[0]}/` : `/${parts[0]}`;
  return `/${parts[0]}/${parts
    .slice(1)
    .map(() => '*')
    .join('/')}`;
}

function inspectDist(dir: string): Build['dist'] {
  const files = filesUnder(dir);
  if (!files.length) return null;
  const pageTypes: Record<string, PageType> = {};
  let htmlBytes = 0;
  for (const f of files.filter((f) => f.rel.endsWith('.html'))) {
    const t = (pageTypes[pageType(f.rel)] ??= { pages: 0, bytes: 0, avg: 0 });
    t.pages++;
    t.bytes += f.bytes;
    htmlBytes += f.bytes;
  }
  for (const t of Object.values(pageTypes)) t.avg = t.bytes / t.pages;
  const sum = (pred: (rel: string) => boolean) => files.filter((f) => pred(f.rel)).reduce((n, f) => n + f.bytes, 0);
  return {
    pages: files.filter((f) => f.rel.endsWith('.html')).length,
    apiBytes: sum((r) => r.startsWith('api/')),
    htmlBytes,
    cssBytes: sum((r) => r.endsWith('.css')),
    jsBytes: sum((r) => /\.m?js$/.test(r)),
    totalBytes: sum(() => true),
    pageTypes,
  };
}

async function build(size: Size, profile: boolean, timeoutMs: number): Promise<Build> {
  const outDir = join(BENCH, `dist-${size.name}`);
  const cache = join(BENCH, 'cache');
  const config = join(BENCH, 'astro.config.mjs');
  rmSync(outDir, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
  // The project's config with a cache folder of our own: a cold build that leaves the developer's cache alone.
  writeFileSync(config, `import base from '../astro.config.mjs';\nexport default { ...base, cacheDir: './${cache}/' };\n`);
  const timeFile = join(BENCH, `time-${size.name}.txt`);
  rmSync(timeFile, { force: true });
  const astro = ['npx', 'astro', 'build', '--outDir', outDir, '--config', config];
  const [cmd, ...args] = existsSync(TIME) ? [TIME, '-v', '-o', timeFile, ...astro] : astro;
  // The project's own record and analysis cache lives in the emptied folder too: every build parses from scratch.
  const env: NodeJS.ProcessEnv = { ...process.env, CROSSCHECK_CONTENT: size.dir, CROSSCHECK_CACHE: join(cache, 'crosscheck'), ASTRO_TELEMETRY_DISABLED: '1' };
  if (profile) env.NODE_OPTIONS = `${env.NODE_OPTIONS ?? ''} --cpu-prof --cpu-prof-dir=${resolve(PROFILES, `build-${size.name}`)}`.trim();
  const run = await runTree(cmd!, args, env, timeoutMs);
  const log = join(BENCH, `build-${size.name}.log`);
  writeFileSync(log, run.stdout + run.stderr);
  const time = existsSync(timeFile) ? readFileSync(timeFile, 'utf8') : '';
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(time);
  const seconds = (label: string) => Number(new RegExp(`${label} time \\(seconds\\): ([\\d.]+)`).exec(time)?.[1] ?? NaN);
  const cpu = seconds('User') + seconds('System');
  const text = run.stdout.replace(ANSI, '');
  const pages = /(\d+) page\(s\) built in ([\d.]+)(m?s)/.exec(text);
  const sync = /\[types\] Generated ([\d.]+)(m?s)/.exec(text);
  const toMs = (v: string, unit: string) => Number(v) * (unit === 's' ? 1000 : 1);
  return {
    ok: run.code === 0 && !run.timedOut,
    timedOut: run.timedOut,
    wallMs: run.wallMs,
    peakRssMb: rss ? Number(rss[1]) / 1024 : null,
    cpuMs: Number.isFinite(cpu) ? cpu * 1000 : null,
    treePeakMb: run.treePeakMb,
    processPeakMb: run.processPeakMb,
    astro: { pages: pages ? Number(pages[1]) : null, pagesMs: pages ? toMs(pages[2]!, pages[3]!) : null, syncMs: sync ? toMs(sync[1]!, sync[2]!) : null },
    log,
    dist: run.code === 0 ? inspectDist(outDir) : null,
  };
}

/** What the scale table shows of one build. */
interface ScaleFigures {
  wallMs: number;
  treePeakMb: number;
  largestHtml: { rel: string; bytes: number } | null;
  largestJson: { rel: string; bytes: number } | null;
  distBytes: number;
}

function scaleFigures(run: { wallMs: number; treePeakMb: number }, outDir: string): ScaleFigures {
  const files = filesUnder(outDir);
  const largest = (ext: string) =>
    files.filter((f) => f.rel.endsWith(ext)).reduce<{ rel: string; bytes: number } | null>((a, f) => (!a || f.bytes > a.bytes ? f : a), null);
  return {
    wallMs: run.wallMs,
    treePeakMb: run.treePeakMb,
    largestHtml: largest('.html'),
    largestJson: largest('.json'),
    distBytes: files.reduce((n, f) => n + f.bytes, 0),
  };
}

/** Build the bare Astro baseline (scripts/bench-baseline.ts) over the same texts, cold. */
async function baselineBuild(size: Size, timeoutMs: number): Promise<{ ok: boolean; figures: ScaleFigures }> {
  const root = writeBaseline();
  const outDir = resolve(BENCH, `dist-baseline-${size.name}`);
  rmSync(outDir, { recursive: true, force: true });
  const env: NodeJS.ProcessEnv = { ...process.env, CROSSCHECK_CONTENT: resolve(size.dir), ASTRO_TELEMETRY_DISABLED: '1' };
  const run = await runTree('npx', ['astro', 'build', '--root', root, '--outDir', outDir], env, timeoutMs);
  writeFileSync(join(BENCH, `build-baseline-${size.name}.log`), run.stdout + run.stderr);
  const figures = scaleFigures(run, outDir);
  rmSync(root, { recursive: true, force: true });
  return { ok: run.code === 0 && !run.timedOut, figures };
}

/** The scale table: the project beside the baseline, with the ratio of their build times. */
function scaleTable(rows: ReadonlyArray<{ size: string; project: ScaleFigures; baseline: ScaleFigures | null }>): string {
  const mb = (b: number) => `${fmt(b / 1e6, 1)} MB`;
  const file = (f: { rel: string; bytes: number } | null) => (f ? `${f.bytes >= 1e6 ? mb(f.bytes) : `${fmt(f.bytes / 1e3, 0)} KB`} (${f.rel})` : '–');
  return table([
    ['articles', 'build', 'peak memory (tree)', 'baseline build', 'baseline peak', 'ratio (time)', 'largest HTML page', 'largest JSON file', 'dist'],
    ...rows.map((r) => [
      r.size,
      `${fmt(r.project.wallMs / 1000, 1)} s`,
      `${fmt(r.project.treePeakMb / 1024, 2)} GB`,
      r.baseline ? `${fmt(r.baseline.wallMs / 1000, 1)} s` : '–',
      r.baseline ? `${fmt(r.baseline.treePeakMb / 1024, 2)} GB` : '–',
      r.baseline ? `${fmt(r.project.wallMs / r.baseline.wallMs, 2)}×` : '–',
      file(r.project.largestHtml),
      file(r.project.largestJson),
      mb(r.project.distBytes),
    ]),
  ]);
}

/** npm run bench -- --scale N: N generated articles (N/20 stories), the project's cold build beside the baseline's. */
async function scaleRun(articles: number): Promise<void> {
  mkdirSync(BENCH, { recursive: true });
  const size: Size = {
    name: String(articles),
    dir: join(BENCH, `synth-${articles}`),
    synth: { stories: Math.max(1, Math.round(articles / 20)), articles, seed: 42 },
  };
  const t = performance.now();
  // synth writes the same bytes for the same options, so a collection already written with them is kept.
  const marker = join(size.dir, MARKER);
  if (existsSync(marker) && readFileSync(marker, 'utf8').trim() === JSON.stringify(size.synth)) log(`reusing ${size.dir}`);
  else {
    writeCollection(size.dir, synthesize(size.synth!), size.synth!);
    log(`wrote ${articles} articles in ${size.synth!.stories} stories to ${size.dir} (${fmt((performance.now() - t) / 1000, 1)} s)`);
  }
  const hour = 3_600_000;
  log('building the baseline (bare Astro, one plain page per text)…');
  const baseline = await baselineBuild(size, hour);
  log(`  ${baseline.ok ? 'ok' : 'FAILED'} in ${fmt(baseline.figures.wallMs / 1000, 1)} s`);
  log('building the project (cold)…');
  const project = await build(size, false, hour);
  log(`  ${project.ok ? 'ok' : 'FAILED'} in ${fmt(project.wallMs / 1000, 1)} s (log: ${project.log})`);
  const figures = scaleFigures(project, join(BENCH, `dist-${size.name}`));
  process.stdout.write(`\n${scaleTable([{ size: size.name, project: figures, baseline: baseline.figures }])}\n`);
  const out = {
    when: new Date().toISOString(),
    machine: { cores: cpus().length, loadStart, loadEnd: loadavg() },
    articles,
    project: { ...figures, processPeakMb: project.processPeakMb, ok: project.ok },
    baseline,
  };
  writeFileSync(join(BENCH, `scale-${articles}.json`), JSON.stringify(out, null, 2) + '\n');
  if (!project.ok || !baseline.ok) process.exitCode = 1;
}

// ─── CPU profiles ───────────────────────────────────────────────────────────────────────────────────

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

/** The functions with the most self time across the .cpuprofile files of a folder. */
function topFunctions(dir: string, n = 12): Array<{ fn: string; ms: number; share: number }> {
  const self = new Map<string, number>();
  let total = 0;
  for (const f of existsSync(dir) ? readdirSync(dir).filter((x) => x.endsWith('.cpuprofile')) : []) {
    const p = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
    const byId = new Map(p.nodes.map((node) => [node.id, node]));
    p.samples.forEach((id, i) => {
      const frame = byId.get(id)!.callFrame;
      // Idle time is waiting (for I/O, or for the child process npx started), not work.
      if (frame.functionName === '(idle)') return;
      const url = frame.url.replace(/^file:\/\//, '').replace(resolve('.') + '/', '');
      const key = `${frame.functionName || '(anonymous)'} ${url ? `${url}:${frame.lineNumber + 1}` : ''}`.trim();
      const ms = (p.timeDeltas[i] ?? 0) / 1000;
      self.set(key, (self.get(key) ?? 0) + ms);
      total += ms;
    });
  }
  return [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([fn, ms]) => ({ fn, ms, share: ms / (total || 1) }));
}

// ─── Report ─────────────────────────────────────────────────────────────────────────────────────────

interface SizeResult {
  size: string;
  dir: string;
  measure: Measure | null;
  measureError: string | null;
  build: Build | null;
}

const fmt = (n: number | null | undefined, digits = 1) =>
  n === null || n === undefined || !Number.isFinite(n) ? '–' : n.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const min = (xs: readonly number[]) => Math.min(...xs);
const mb = (bytes: number) => bytes / 1e6;

function table(rows: ReadonlyArray<readonly string[]>): string {
  // Section lines (one cell) span the table and do not widen the first column.
  const widths = rows[0]!.map((_, i) => Math.max(...rows.filter((r) => r.length > 1).map((r) => (r[i] ?? '').length)));
  return rows.map((r) => (r.length === 1 ? r[0]! : r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '))).join('\n');
}

/** Per-article cost at the largest size over that at the middle one: 1.0 means linear growth. */
function growth(results: readonly SizeResult[], cost: (r: SizeResult) => number | null): string {
  const [a, b] = [results.find((r) => r.size === '100'), results.find((r) => r.size === '1000')];
  if (!a?.measure || !b?.measure) return '–';
  const [ca, cb] = [cost(a), cost(b)];
  if (!ca || !cb) return '–';
  return `×${fmt(cb / b.measure.articles / (ca / a.measure.articles), 2)}`;
}

function report(results: readonly SizeResult[], single: Record<string, unknown>, storyGrowth: ReadonlyArray<{ articles: number; ms: number }> | null): string {
  const cols = results.map((r) => r.size);
  const row = (label: string, f: (r: SizeResult) => string) => [label, ...results.map(f)];
  const m = (f: (x: Measure) => string) => (r: SizeResult) => (r.measure ? f(r.measure) : '–');
  const b = (f: (x: Build) => string) => (r: SizeResult) => (r.build ? (r.build.ok ? f(r.build) : r.build.timedOut ? 'timeout' : 'FAILED') : 'skipped');
  const d = (f: (x: NonNullable<Build['dist']>) => string) => b((x) => (x.dist ? f(x.dist) : '–'));
  const parseMs = (x: Measure) => min(x.parseCpu);
  const analysisMs = (x: Measure) => min(x.corpusCpu);
  const types = [...new Set(results.flatMap((r) => Object.keys(r.build?.dist?.pageTypes ?? {})))].sort();
  const marginal = (() => {
    const [a, z] = [results.find((r) => r.size === '100'), results.find((r) => r.size === '1000')];
    if (!a?.build?.ok || !z?.build?.ok || !a.measure || !z.measure) return '–';
    const n = z.measure.articles - a.measure.articles;
    const cpu = z.build.cpuMs !== null && a.build.cpuMs !== null ? `, ${fmt((z.build.cpuMs - a.build.cpuMs) / n, 1)} ms CPU` : '';
    return `${fmt((z.build.wallMs - a.build.wallMs) / n, 1)} ms wall${cpu}`;
  })();
  const rows: string[][] = [
    ['', ...cols],
    row(
      'articles / stories',
      m((x) => `${x.articles} / ${x.stories}`),
    ),
    row(
      'article text (MB)',
      m((x) => fmt(mb(x.bytes), 2)),
    ),
    row(
      'read content folder (ms)',
      m((x) => fmt(x.readMs, 0)),
    ),
    ['PARSE (parseArticle over every body, one core; best pass, CPU time)'],
    row(
      '  throughput (MB/s)',
      m((x) => fmt(mb(x.bytes) / (parseMs(x) / 1000), 2)),
    ),
    row(
      '  throughput by wall time (MB/s)',
      m((x) => fmt(mb(x.bytes) / (min(x.parsePasses) / 1000), 2)),
    ),
    row(
      '  first (cold) pass (ms)',
      m((x) => fmt(x.parseCpu[0], 0)),
    ),
    row(
      '  per article (ms)',
      m((x) => fmt(parseMs(x) / x.articles, 2)),
    ),
    row(
      '  slowest article (ms, KB)',
      m((x) => `${fmt(x.slowest.ms, 1)}, ${fmt(x.slowest.bytes / 1024, 0)}`),
    ),
    ['ANALYSIS (buildCorpus on parsed records; best run, CPU time; breakdown: one run, wall)'],
    row(
      '  buildCorpus (ms)',
      m((x) => fmt(analysisMs(x), 0)),
    ),
    row(
      '  buildCorpus, wall (ms)',
      m((x) => fmt(min(x.corpusRuns), 0)),
    ),
    row(
      '    people merging (ms)',
      m((x) => fmt(x.mergeMs, 0)),
    ),
    row(
      '    analyseStory, all (ms)',
      m((x) => fmt(x.storyMs.total, 0)),
    ),
    row(
      '    slowest story (ms)',
      m((x) => fmt(x.storyMs.max, 0)),
    ),
    row(
      '  per article (ms)',
      m((x) => fmt(analysisMs(x) / x.articles, 2)),
    ),
    row(
      '  quotes / people / clusters',
      m((x) => `${x.quotes} / ${x.people} / ${x.clusters}`),
    ),
    row(
      '  peak RSS, parse+analysis (MB)',
      m((x) => fmt(x.maxRssMb, 0)),
    ),
    ['ASTRO BUILD (cold, npx astro build)'],
    row(
      '  wall time (s)',
      b((x) => fmt(x.wallMs / 1000, 1)),
    ),
    row(
      '  CPU time, user+sys (s)',
      b((x) => fmt((x.cpuMs ?? NaN) / 1000, 1)),
    ),
    row(
      '  of it, pages rendered (s)',
      b((x) => fmt((x.astro.pagesMs ?? NaN) / 1000, 1)),
    ),
    row('  wall / articles (ms)', (r) => (r.build?.ok && r.measure ? fmt(r.build.wallMs / r.measure.articles, 0) : '–')),
    row(
      '  peak RSS, largest process (MB)',
      b((x) => fmt(x.peakRssMb ?? x.processPeakMb, 0)),
    ),
    row(
      '  peak RSS, process tree (MB)',
      b((x) => fmt(x.treePeakMb, 0)),
    ),
    row(
      '  pages',
      d((x) => String(x.pages)),
    ),
    ['OUTPUT (dist)'],
    row(
      '  dist/api (KB)',
      d((x) => fmt(x.apiBytes / 1024, 0)),
    ),
    row(
      '  all HTML (KB)',
      d((x) => fmt(x.htmlBytes / 1024, 0)),
    ),
    ...types.map((t) =>
      row(
        `  HTML avg ${t} (KB)`,
        d((x) => (x.pageTypes[t] ? `${fmt(x.pageTypes[t].avg / 1024, 1)}${x.pageTypes[t].pages > 1 ? ` ×${x.pageTypes[t].pages}` : ''}` : '–')),
      ),
    ),
    row(
      '  CSS / JS (KB)',
      d((x) => `${fmt(x.cssBytes / 1024, 1)} / ${fmt(x.jsBytes / 1024, 1)}`),
    ),
    row(
      '  whole dist (MB)',
      d((x) => fmt(mb(x.totalBytes), 1)),
    ),
  ];
  const lines = [
    `Crosscheck bench: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), Node ${process.version}; load average ${loadStart.map((l) => fmt(l, 1)).join(' ')} at the start, ${loadavg()
      .map((l) => fmt(l, 1))
      .join(' ')} at the end`,
    'Parse and analysis figures are CPU time of one process (steadier than wall time when other work shares the cores).',
    '',
    table(rows),
    '',
    `Growth of cost per article, 100 → 1,000 articles (×1.00 = linear): parse ${growth(results, (r) => parseMs(r.measure!))}, analysis ${growth(results, (r) => analysisMs(r.measure!))}, build ${growth(results, (r) => (r.build?.ok ? (r.build.cpuMs ?? r.build.wallMs) : null))}; marginal build cost ${marginal} per article.`,
  ];
  if (storyGrowth?.length) {
    const steps = storyGrowth.map((g, i) => `${g.articles} → ${fmt(g.ms, 0)} ms${i ? ` (×${fmt(g.ms / storyGrowth[i - 1]!.ms, 1)})` : ''}`);
    lines.push(`One story's analyseStory as its articles double (×2 = linear, ×4 = quadratic): ${steps.join(', ')}.`);
  } else lines.push("One story's analyseStory growth: not measured (the child failed or timed out).");
  for (const [name, s] of Object.entries(single)) {
    const x = s as { bytes: number; ms: number; cpuMs: number; quotes: number; blocks: number } | { error: string };
    lines.push(
      'error' in x
        ? `Single ${name} article: ${x.error}`
        : `Single ${name} article: ${fmt(x.ms / 1000, 2)} s wall, ${fmt(x.cpuMs / 1000, 2)} s CPU, ${fmt(mb(x.bytes) / (x.cpuMs / 1000), 2)} MB/s (${x.blocks} blocks, ${x.quotes} quotes)`,
    );
  }
  return lines.join('\n');
}

// ─── Main ───────────────────────────────────────────────────────────────────────────────────────────

const log = (s: string) => process.stderr.write(`bench: ${s}\n`);
const left = () => BUDGET_MS - (performance.now() - started);

/** A long article made of the synthetic articles' paragraphs, `bytes` long. */
/** One paragraph of `n` quotations, two to a sentence, each with its speaker. */
function quoteParagraph(n: number): string {
  const sentences = Array.from({ length: n / 2 }, (_, i) => `“We hold pier ${i},” Ana Lind said, and “we stay” is what Tom Hale added.`);
  return `One paragraph of quotations\n\n${sentences.join(' ')}\n`;
}

function longArticle(dir: string, bytes: number): string {
  const parts: string[] = [];
  let n = 0;
  const names = readdirSync(join(dir, 'articles'))
    .filter((f) => f.endsWith('.txt'))
    .sort();
  for (let i = 0; n < bytes; i++) {
    const text = readFileSync(join(dir, 'articles', names[i % names.length]!), 'utf8');
    parts.push(text);
    n += Buffer.byteLength(text) + 2;
  }
  return parts.join('\n\n');
}

async function main(): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      strict: true,
      options: { quick: { type: 'boolean' }, profile: { type: 'boolean' }, scale: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (e) {
    process.stderr.write(`crosscheck bench: ${(e as Error).message.split('\n')[0]} (usage: npm run bench [-- --quick] [--profile])\n`);
    process.exit(2);
  }
  if (values.help) {
    process.stdout.write('usage: npm run bench [-- --quick] [--profile] [--scale N]\n');
    return;
  }
  if (values.scale) return scaleRun(Number(values.scale));
  mkdirSync(BENCH, { recursive: true });
  if (values.profile) rmSync(PROFILES, { recursive: true, force: true });

  for (const s of [...SIZES, ONE_STORY]) {
    if (!s.synth) continue;
    const t = performance.now();
    writeCollection(s.dir, synthesize(s.synth), s.synth);
    log(`wrote ${s.synth.articles} articles in ${s.synth.stories} stories to ${s.dir} (${fmt((performance.now() - t) / 1000, 1)} s)`);
  }

  const results: SizeResult[] = [];
  for (const s of SIZES) {
    log(`measuring parse and analysis of ${s.name}…`);
    const { value, run } = await child<Measure>('measure', s.dir, Math.min(300_000, left()), values.profile ? `measure-${s.name}` : null);
    results.push({
      size: s.name,
      dir: s.dir,
      measure: value,
      measureError: value ? null : run.timedOut ? 'timed out' : run.stderr.trim().split('\n').slice(-3).join(' | '),
      build: null,
    });
    if (value) log(`  parse ${fmt(min(value.parsePasses), 0)} ms, buildCorpus ${fmt(min(value.corpusRuns), 0)} ms`);
    else log(`  failed: ${results.at(-1)!.measureError}`);
  }

  log(`measuring one story's analysis at ${STORY_STEPS.join(', ')} articles…`);
  const storyGrowth = (
    await child<ReturnType<typeof measureStoryGrowth>>('story', ONE_STORY.dir, Math.min(240_000, left()), values.profile ? 'story-growth' : null)
  ).value;

  const single: Record<string, unknown> = {};
  const source = SIZES.at(-1)!.dir;
  for (const [name, text] of [
    ['1 MB', () => longArticle(source, 1e6)],
    ['5 MB', () => longArticle(source, 5e6)],
    // A transcript pasted as one line: a rule that reads every later quotation for each one shows here.
    ['1,000 quotes in one paragraph', () => quoteParagraph(1000)],
  ] as const) {
    const file = join(BENCH, `single-${name.replace(/[^A-Za-z0-9]+/g, '').toLowerCase()}.txt`);
    writeFileSync(file, text());
    log(`parsing a single ${name} article…`);
    const timeout = Math.min(name === '1 MB' ? 120_000 : 240_000, left() - 60_000);
    const { value, run } = await child<ReturnType<typeof measureSingle>>(
      'single',
      file,
      Math.max(10_000, timeout),
      values.profile ? `single-${name.replace(/[^A-Za-z0-9]+/g, '')}` : null,
    );
    single[name] = value ?? { error: run.timedOut ? `timed out after ${fmt(run.wallMs / 1000, 0)} s` : run.stderr.trim().split('\n').at(-1) };
    if (value) log(`  ${fmt(value.ms / 1000, 2)} s`);
    else log(`  ${(single[name] as { error: string }).error}`);
  }

  for (const r of results) {
    const size = SIZES.find((s) => s.name === r.size)!;
    if (values.quick && size.name === '1000') continue;
    if (left() < 30_000) {
      log(`skipping the build of ${size.name}: the 10-minute budget is spent`);
      continue;
    }
    log(`building ${size.name} (npx astro build, cold)…`);
    r.build = await build(size, values.profile ?? false, Math.min(360_000, left()));
    log(`  ${r.build.ok ? 'ok' : r.build.timedOut ? 'TIMED OUT' : 'FAILED'} in ${fmt(r.build.wallMs / 1000, 1)} s (log: ${r.build.log})`);
  }

  const text = report(results, single, storyGrowth);
  process.stdout.write(`\n${text}\n`);
  const scaleRows = [];
  for (const r of results) {
    if (!r.build?.ok) continue;
    const size = SIZES.find((s) => s.name === r.size)!;
    log(`building the baseline for ${size.name} (bare Astro, one plain page per text)…`);
    const baseline = await baselineBuild(size, Math.max(60_000, left()));
    scaleRows.push({ size: size.name, project: scaleFigures(r.build, join(BENCH, `dist-${size.name}`)), baseline: baseline.ok ? baseline.figures : null });
  }
  if (scaleRows.length) process.stdout.write(`\nThe project beside a bare Astro build of the same texts (same run):\n${scaleTable(scaleRows)}\n`);
  const profiles: Record<string, unknown> = {};
  if (values.profile && existsSync(PROFILES)) {
    for (const dir of readdirSync(PROFILES).sort()) {
      const top = topFunctions(join(PROFILES, dir));
      profiles[dir] = top;
      process.stdout.write(
        `\nTop self time, ${dir}:\n${top.map((t) => `  ${fmt(t.ms, 0).padStart(7)} ms ${fmt(t.share * 100, 1).padStart(5)}%  ${t.fn}`).join('\n')}\n`,
      );
    }
  }
  const out = {
    when: new Date().toISOString(),
    machine: { cores: cpus().length, cpu: cpus()[0]?.model ?? null, node: process.version, loadStart, loadEnd: loadavg() },
    quick: values.quick ?? false,
    results,
    storyGrowth,
    single,
    profiles,
    totalSeconds: (performance.now() - started) / 1000,
  };
  writeFileSync(join(BENCH, 'results.json'), JSON.stringify(out, null, 2) + '\n');
  process.stdout.write(`\nFigures written to ${join(BENCH, 'results.json')} (bench took ${fmt(out.totalSeconds, 0)} s).\n`);
  if (results.some((r) => !r.measure || (r.build && !r.build.ok))) process.exitCode = 1;
}

const [mode, arg] = process.argv.slice(2);
if (mode === '--child-measure' && arg) process.stdout.write(JSON.stringify(measureCollection(arg)));
else if (mode === '--child-single' && arg) process.stdout.write(JSON.stringify(measureSingle(arg)));
else if (mode === '--child-story' && arg) process.stdout.write(JSON.stringify(measureStoryGrowth(arg)));
else await main();
