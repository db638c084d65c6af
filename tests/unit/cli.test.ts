/** The parse CLI, run as a user runs it (through npm, so the pinned Node is used). */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArticleRecord } from '../../src/lib/index.ts';
import { BODY, contentFolder, validFolder } from '../helpers/content.ts';
import { ROOT } from '../helpers/seeds.ts';

const cli = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, 'scripts', 'parse.ts'), ...args], { encoding: 'utf8', cwd: ROOT });

describe('npm run parse', () => {
  it('prints the record of one file as JSON, using the .yaml beside it', () => {
    const r = cli('content/articles/003_a0d07328286ec2ce.txt');
    expect(r.status).toBe(0);
    const record = ArticleRecord.parse(JSON.parse(r.stdout));
    expect(record).toMatchObject({ id: '003_a0d07328286ec2ce', source: { outlet: 'i7 News', provenance: 'attributed' } });
    expect(record.quotes.length).toBeGreaterThan(20);
  });

  it('works without metadata, taking the date from the text', () => {
    const dir = contentFolder({ 'x.txt': 'Title\n\n- News - June 20, 2023\n\n' + BODY });
    const record = ArticleRecord.parse(JSON.parse(cli(join(dir, 'x.txt')).stdout));
    expect(record.source.outlet).toBeNull();
    expect(record.date).toMatchObject({ iso: '2023-06-20', provenance: 'stated' });
  });

  it('takes --meta', () => {
    const dir = contentFolder({ 'x.txt': BODY, 'm.yaml': 'outlet: Metro\npublished: 2024-01-02\n' });
    const record = ArticleRecord.parse(JSON.parse(cli(join(dir, 'x.txt'), '--meta', join(dir, 'm.yaml')).stdout));
    expect(record.source.outlet).toBe('Metro');
    expect(record.date.iso).toBe('2024-01-02');
  });

  it('prints an array for a folder, ids from file names, people merged', () => {
    const r = cli('content');
    expect(r.status).toBe(0);
    const records = JSON.parse(r.stdout) as ArticleRecord[];
    expect(records.map((x) => x.id)).toHaveLength(5);
    expect(records.find((x) => x.id.startsWith('003'))!.people.map((p) => p.id)).toContain('antony-blinken');
    const plain = JSON.parse(cli(contentFolder({ 'b.txt': BODY, 'a.md': BODY, 'notes.pdf': 'x' })).stdout) as ArticleRecord[];
    expect(plain.map((x) => x.id)).toEqual(['a', 'b']);
  });

  it('fails with one line naming the file on bad input, never a stack trace', () => {
    const cases = [
      cli(join(ROOT, 'no-such-file.txt')),
      cli(join(contentFolder({ 'e.txt': '  \n' }), 'e.txt')),
      cli(join(contentFolder({ 'u.txt': new Uint8Array([0x41, 0xff]) }), 'u.txt')),
      cli(join(contentFolder({ 'x.txt': BODY, 'x.yaml': 'published: 2023-02-30\n' }), 'x.txt')),
      cli(validFolder({ 'articles/a.yaml': 'story: s\n' })),
      cli(),
    ];
    for (const r of cases) {
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/^crosscheck parse: /);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    expect(cases[1]!.stderr).toContain('e.txt: has an empty body');
    expect(cases[2]!.stderr).toContain('u.txt: is not UTF-8 text: invalid byte 0xff at byte offset 1');
    expect(cases[3]!.stderr).toContain('x.yaml:1: the field `published` is not a real calendar date');
  });
});
