/**
 * npm run test:spark: the parse step for real on Apache Spark (local mode), checked against a local parse.
 * 1. installs what it needs when missing: Java 17 from Debian (openjdk-17-jre-headless; Debian 12 offers no 21)
 *    and PySpark from PyPI (3.5 and 4.0 both run on Java 17);
 * 2. generates a collection (scripts/synth.ts), runs scripts/spark/parse_on_spark.py over it (RDD.pipe into
 *    `npm run --silent parse -- --jsonl`), and builds one site from Spark's records (CROSSCHECK_RECORDS) and one
 *    from a local parse, each with an empty cache;
 * 3. passes when the two sites' api/ folders are byte-identical. Not part of `npm test` (it installs and is slow).
 * Ends with the line `N passed, N failed`.
 */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { synthesize, writeCollection, type SynthOptions } from '../synth.ts';

const PYSPARK = 'pyspark>=3.5,<5';
const OPTIONS: SynthOptions = { stories: 4, articles: 80, seed: 13 };

const say = (s: string) => process.stdout.write(`test:spark: ${s}\n`);
const run = (cmd: string, args: string[], options: SpawnSyncOptions = {}) => spawnSync(cmd, args, { encoding: 'utf8', stdio: 'inherit', ...options });
const quiet = (cmd: string, args: string[]) => spawnSync(cmd, args, { encoding: 'utf8' });

/** Java and PySpark, installed when missing; false (with the reason printed) when they cannot be had. */
function ensureTools(): boolean {
  if (quiet('java', ['-version']).status !== 0) {
    say('installing Java 17 from Debian (apt-get install openjdk-17-jre-headless)…');
    run('apt-get', ['update']);
    if (run('apt-get', ['install', '-y', 'openjdk-17-jre-headless']).status !== 0) return (say('could not install Java 17'), false);
  }
  if (quiet('python3', ['-c', 'import pyspark']).status !== 0) {
    say(`installing PySpark (pip install '${PYSPARK}')…`);
    if (run('python3', ['-m', 'pip', 'install', PYSPARK]).status !== 0) return (say('could not install PySpark from PyPI'), false);
  }
  const version = quiet('python3', ['-c', 'import pyspark; print(pyspark.__version__)']).stdout.trim();
  say(`PySpark ${version}, ${quiet('java', ['-version']).stderr.split('\n')[0]}`);
  return true;
}

/** Every file under `dir`, relative path → bytes. */
function tree(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true }))
    if (e.isFile()) files.set(relative(dir, join(e.parentPath, e.name)), readFileSync(join(e.parentPath, e.name)));
  return files;
}

/** Build the site into `out` with an empty cache; extra environment for where the records come from. */
function build(content: string, out: string, cache: string, extra: NodeJS.ProcessEnv = {}): boolean {
  const env = { ...process.env, CROSSCHECK_CONTENT: content, CROSSCHECK_CACHE: cache, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
  return run('npx', ['astro', 'build', '--outDir', out], { env, stdio: ['ignore', 'ignore', 'inherit'] }).status === 0;
}

function main(): number {
  if (!ensureTools()) {
    say('Spark is not available on this machine: nothing was checked.');
    process.stdout.write('0 passed, 1 failed\n');
    return 1;
  }
  const tmp = mkdtempSync(join(tmpdir(), 'crosscheck-spark-'));
  try {
    const content = join(tmp, 'content');
    writeCollection(content, synthesize(OPTIONS), OPTIONS);
    say(`generated ${OPTIONS.articles} articles in ${OPTIONS.stories} stories`);
    const records = join(tmp, 'records');
    const spark = run('python3', ['scripts/spark/parse_on_spark.py', '--content', content, '--out', records, '--master', 'local[2]', '--partitions', '4']);
    if (spark.status !== 0) {
      process.stdout.write('0 passed, 1 failed\n');
      return 1;
    }
    const parts = readdirSync(records).filter((n) => n.startsWith('part-'));
    say(`Spark wrote ${parts.length} parts`);
    const local = join(tmp, 'dist-local');
    const fromSpark = join(tmp, 'dist-spark');
    if (!build(content, local, join(tmp, 'cache-local')) || !build(content, fromSpark, join(tmp, 'cache-spark'), { CROSSCHECK_RECORDS: records })) {
      process.stdout.write('0 passed, 1 failed\n');
      return 1;
    }
    const a = tree(join(local, 'api'));
    const b = tree(join(fromSpark, 'api'));
    const differ = [...new Set([...a.keys(), ...b.keys()])].filter((k) => !a.get(k) || !b.get(k) || !a.get(k)!.equals(b.get(k)!));
    if (differ.length) say(`api/ differs in ${differ.length} files: ${differ.slice(0, 5).join(', ')}`);
    else say(`api/ is byte-identical: ${a.size} files`);
    process.stdout.write(differ.length ? '0 passed, 1 failed\n' : '1 passed, 0 failed\n');
    return differ.length ? 1 : 0;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

process.exitCode = main();
