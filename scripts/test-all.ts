/**
 * npm test: every gate in one command, cheapest first. Stops at the first failing step and prints a
 * closing line "N passed, N failed" with the test counts of both vitest runs.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

interface Step {
  name: string;
  cmd: string[];
  report?: string;
}

mkdirSync('.test-results', { recursive: true });
const steps: Step[] = [
  { name: 'type check (astro check)', cmd: ['astro', 'check'] },
  { name: 'type-aware lint (eslint)', cmd: ['eslint', '.', '--max-warnings=0'] },
  { name: 'format check (prettier)', cmd: ['prettier', '--check', 'src/**/*.{ts,css}', 'scripts/**/*.ts', 'tests/**/*.ts', '*.{mjs,ts,json}'] },
  {
    name: 'unit tests with coverage of src/lib',
    cmd: ['vitest', 'run', '--coverage', '--reporter=default', '--reporter=json', '--outputFile.json=.test-results/unit.json'],
    report: '.test-results/unit.json',
  },
  { name: 'build the site', cmd: ['node', 'scripts/check-content.ts'] },
  { name: 'build the site', cmd: ['astro', 'build'] },
  {
    name: 'browser and built-site tests',
    cmd: ['vitest', 'run', '--config', 'tests/e2e/vitest.config.ts', '--reporter=default', '--reporter=json', '--outputFile.json=.test-results/e2e.json'],
    report: '.test-results/e2e.json',
  },
  { name: 'Lighthouse (>= 95 in every category)', cmd: ['node', 'scripts/lighthouse.ts'] },
];

let passed = 0;
let failed = 0;
const started = Date.now();
for (const step of steps) {
  process.stdout.write(`\n▶ ${step.name}: ${step.cmd.join(' ')}\n`);
  const t = Date.now();
  const run = spawnSync(step.cmd[0] === 'node' ? process.execPath : step.cmd[0]!, step.cmd.slice(1), {
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (step.report && existsSync(step.report)) {
    const r = JSON.parse(readFileSync(step.report, 'utf8')) as { numPassedTests: number; numFailedTests: number };
    passed += r.numPassedTests;
    failed += r.numFailedTests;
  }
  process.stdout.write(`  ${run.status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - t) / 1000).toFixed(1)} s\n`);
  if (run.status !== 0) {
    if (failed === 0) failed = 1;
    break;
  }
}
process.stdout.write(`\nAll steps took ${((Date.now() - started) / 1000).toFixed(1)} s\n${passed} passed, ${failed} failed\n`);
process.exit(failed ? 1 : 0);
