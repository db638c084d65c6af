/** The accuracy scripts refuse bad arguments with one line and exit code 2, and never read a reserved test split. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const run = (script: string, ...args: string[]) => spawnSync(process.execPath, [script, ...args], { encoding: 'utf8' });

describe('npm run eval and eval:grouping', () => {
  it('refuse unknown options, missing folders and the reserved test split with one line on stderr', () => {
    const empty = mkdtempSync(join(tmpdir(), 'crosscheck-eval-'));
    const cases: Array<[string, string[], RegExp]> = [
      ['scripts/eval.ts', ['--bogus'], /^crosscheck eval: Unknown option '--bogus'/],
      ['scripts/eval.ts', ['--polnear', empty, '--split', 'test'], /^crosscheck eval: --split must be train or dev, not test/],
      ['scripts/eval.ts', ['--conll', empty, '--split', 'test'], /reserved/],
      ['scripts/eval.ts', ['--realnews', join(empty, 'nothing-here')], /^crosscheck eval: no such folder: /],
      ['scripts/eval.ts', ['--realnews', empty], /^crosscheck eval: no annotated articles in /],
      ['scripts/eval.ts', ['--polnear', empty], /^crosscheck eval: .*ENOENT/],
      ['scripts/eval-grouping.ts', ['--bogus'], /^crosscheck eval:grouping: Unknown option/],
      ['scripts/eval-grouping.ts', [], /^crosscheck eval:grouping: no folder given/],
      ['scripts/eval-grouping.ts', [join(empty, 'nothing-here')], /^crosscheck eval:grouping: no such folder/],
    ];
    for (const [script, args, message] of cases) {
      const r = run(script, ...args);
      const label = `${script} ${args.join(' ')}`;
      expect(r.status, label).toBe(2);
      expect(r.stderr.trim().split('\n'), label).toHaveLength(1);
      expect(r.stderr, label).toMatch(message);
      expect(r.stderr, label).not.toMatch(/\bat .*\.ts:\d+/);
    }
  });
});
