/**
 * Where the build's records come from (src/data): the disk caches make a rebuild after one new article re-parse
 * that article and re-analyse its story only (5,000 articles with CROSSCHECK_SCALE_TEST=1); records parsed elsewhere (JSON lines) build
 * the same collection as a local parse; a bad line is refused with its file and line.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { synthesize, writeCollection, type SynthOptions } from '../../scripts/synth.ts';
import { loadCorpus } from '../../src/data/corpus.ts';
import { ErrorCode } from '../../src/lib/index.ts';

// 5,000 articles (the size the issue names) takes minutes on a shared 2-core machine: CROSSCHECK_SCALE_TEST=1 runs it;
// by default the same test runs on 500 articles, which exercises the same code.
const FULL = process.env.CROSSCHECK_SCALE_TEST === '1';
const OPTIONS: SynthOptions = FULL ? { stories: 250, articles: 5000, seed: 11 } : { stories: 25, articles: 500, seed: 11 };
const N = OPTIONS.articles;
const S = OPTIONS.stories;
const tmp = mkdtempSync(join(tmpdir(), 'crosscheck-records-'));
const content = join(tmp, 'content');
const previousCache = process.env.CROSSCHECK_CACHE;

beforeAll(() => {
  writeCollection(content, synthesize(OPTIONS), OPTIONS);
  process.env.CROSSCHECK_CACHE = join(tmp, 'cache');
}, 300_000);
afterAll(() => {
  if (previousCache === undefined) delete process.env.CROSSCHECK_CACHE;
  else process.env.CROSSCHECK_CACHE = previousCache;
  rmSync(tmp, { recursive: true, force: true });
});

describe('the record and analysis caches', () => {
  it(`after one article is added to ${N}, re-parse that article and re-analyse its story only`, async () => {
    const first = await loadCorpus(content);
    expect(first.records).toEqual({ articles: N, parsed: N, reused: 0 });
    expect(first.analysis).toEqual({ analysed: S, reused: 0 });

    const again = await loadCorpus(content);
    expect(again.records).toEqual({ articles: N, parsed: 0, reused: N });
    expect(again.analysis).toEqual({ analysed: 0, reused: S });
    expect(JSON.stringify(again.corpus)).toBe(JSON.stringify(first.corpus));

    // A new article: another outlet's copy of an existing one, filed under the same story.
    const articles = join(content, 'articles');
    const source = readdirSync(articles)
      .find((n) => n.endsWith('.txt'))!
      .replace(/\.txt$/, '');
    copyFileSync(join(articles, `${source}.txt`), join(articles, 'zz-added.txt'));
    copyFileSync(join(articles, `${source}.yaml`), join(articles, 'zz-added.yaml'));
    const added = await loadCorpus(content);
    expect(added.records).toEqual({ articles: N + 1, parsed: 1, reused: N });
    expect(added.analysis).toEqual({ analysed: 1, reused: S - 1 });
  }, 1_800_000);
});

describe('the story pass in the build', () => {
  it('gives words one outlet leaves unattributed to the person the story’s other outlet names for them', async () => {
    const dir = join(tmp, 'story-speakers');
    mkdirSync(join(dir, 'articles'), { recursive: true });
    mkdirSync(join(dir, 'stories'));
    writeFileSync(join(dir, 'stories', 'port.yaml'), 'title: A port deal\nsummary: A made-up story.\ndate: 2024-05-06\n');
    const words = 'The new berths will open to every ferry line by the spring';
    const bodies = {
      named: `Harbour deal signed\n\nMinister Ngozi Okafor opened the talks at the port on Monday.\n\n“${words},” Okafor said.\n`,
      unsaid: `Ferry firms cheer port plan\n\n“${words}.”\n\nThat was the message at the docks on Monday, where Ngozi Okafor and Tomas Hale cut a ribbon.\n`,
    };
    for (const [id, body] of Object.entries(bodies)) {
      writeFileSync(join(dir, 'articles', `${id}.txt`), body);
      writeFileSync(join(dir, 'articles', `${id}.yaml`), `story: port\noutlet: Outlet ${id}\npublished: 2024-05-06\nkind: original\n`);
    }
    const { corpus } = await loadCorpus(dir);
    const quote = corpus.articles.find((a) => a.id === 'unsaid')!.quotes[0]!;
    expect(quote.speaker).toEqual({ name: 'Ngozi Okafor', personId: 'ngozi-okafor' });
    expect(quote.speakerConfidence).toBeLessThan(0.7);
  });
});

describe('records parsed elsewhere (CROSSCHECK_RECORDS)', () => {
  it('build the same collection as a local parse, read from a folder of JSON-line parts', async () => {
    const small = join(tmp, 'small');
    const options: SynthOptions = { stories: 3, articles: 30, seed: 5 };
    writeCollection(small, synthesize(options), options);
    const paths = readdirSync(join(small, 'articles'))
      .filter((n) => n.endsWith('.txt'))
      .map((n) => join(small, 'articles', n));
    const parts = join(tmp, 'parts');
    mkdirSync(parts);
    // Two "map tasks", each given half the paths, as an engine would split them.
    for (const [i, half] of [paths.slice(0, 15), paths.slice(15)].entries()) {
      const run = spawnSync(process.execPath, ['scripts/parse.ts', '--jsonl', '--people', join(small, 'people.yaml')], {
        input: half.join('\n'),
        encoding: 'utf8',
      });
      expect(run.status, run.stderr).toBe(0);
      writeFileSync(join(parts, `part-0000${i}`), run.stdout);
    }
    const local = await loadCorpus(small);
    const elsewhere = await loadCorpus(small, parts);
    expect(elsewhere.records).toEqual({ articles: 30, parsed: 0, reused: 30 });
    expect(JSON.stringify(elsewhere.corpus)).toBe(JSON.stringify(local.corpus));
  }, 120_000);

  it('refuse a line that is not a record, naming the file and line', async () => {
    const bad = join(tmp, 'bad.jsonl');
    writeFileSync(bad, '\n{"id": "x"}\n');
    await expect(loadCorpus(join(tmp, 'small'), bad)).rejects.toMatchObject({
      code: ErrorCode.recordInvalid,
      file: expect.stringMatching(/bad\.jsonl:2$/) as unknown,
    });
  });
});
