/**
 * npm run add: pages from files and from a loopback URL into a temporary content folder, which then passes the
 * build's checks; story filing by id and by score; duplicates, unknown stories and refused pages write nothing.
 */
import { execFile, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isContentError, parseContent, readContent } from '../../src/lib/index.ts';
import { addPage } from '../../src/lib/ingest/add.ts';
import { fetchPage } from '../../src/lib/ingest/fetch.ts';
import { readPage } from '../../src/lib/ingest/page.ts';
import { OTHER_EVENT, savedPage, seedPages } from './pages.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const tmp = mkdtempSync(join(tmpdir(), 'crosscheck-add-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A content folder holding only the seed story's file (no articles yet). */
function storyOnly(name: string): string {
  const dir = join(tmp, name);
  mkdirSync(join(dir, 'articles'), { recursive: true });
  cpSync(join(ROOT, 'content', 'stories'), join(dir, 'stories'), { recursive: true });
  return dir;
}
const page = (html: string, name = 'page.html') => readPage(Buffer.from(html), { name });
const list = (dir: string, sub: string) => readdirSync(join(dir, sub)).sort();

/** Run scripts/add.ts without blocking this process; resolves with the exit status and output. */
function runAsync(args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [join(ROOT, 'scripts', 'add.ts'), ...args], { cwd: ROOT }, (err, stdout, stderr) =>
      resolve({ status: err ? Number(err.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** Run scripts/add.ts as a user would. */
function cli(...args: string[]) {
  return spawnSync(process.execPath, [join(ROOT, 'scripts', 'add.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, CROSSCHECK_CONTENT: '' },
  });
}

describe('addPage', () => {
  it('writes <id>.txt and <id>.yaml in the content format, and the folder passes the checks', () => {
    const dir = storyOnly('by-id');
    const r = addPage(dir, page(savedPage(OTHER_EVENT)), 'baths.html', 'blinken-beijing-2023');
    // Whole words up to about 60 characters: outlet, then headline.
    expect(r.id).toBe('the-riverside-courier-council-votes-to-close-the-victorian');
    expect(list(dir, 'articles')).toEqual([`${r.id}.txt`, `${r.id}.yaml`]);
    expect(readFileSync(join(dir, 'articles', `${r.id}.yaml`), 'utf8')).toBe(
      [
        '# Added by npm run add from baths.html.',
        'story: blinken-beijing-2023',
        'outlet: The Riverside Courier',
        'outlet_provenance: stated',
        'url: https://courier.test/news/2024/03/05/baths-closure',
        'published: 2024-03-05',
        'author: Hannah Okafor',
        'title: Council votes to close the Victorian baths on Mill Street',
        '',
      ].join('\n'),
    );
    const { content, errors } = readContent(dir);
    expect(errors).toEqual([]);
    const [record] = parseContent(content);
    expect(record!.source).toMatchObject({ outlet: 'The Riverside Courier', provenance: 'stated', author: 'Hannah Okafor' });
    expect(record!.date).toMatchObject({ iso: '2024-03-05', provenance: 'metadata' });
    expect(r.fields.find((f) => f.field === 'published')).toEqual({ field: 'published', value: '2024-03-05', from: 'JSON-LD datePublished' });
  });

  it('takes the host as outlet when the page names no site, without claiming it is stated', () => {
    const dir = storyOnly('host');
    const r = addPage(dir, page(savedPage({ ...OTHER_EVENT, site: undefined })), 'x.html', 'blinken-beijing-2023');
    const yaml = readFileSync(join(dir, 'articles', `${r.id}.yaml`), 'utf8');
    expect(yaml).toContain('outlet: courier.test\n');
    expect(yaml).not.toContain('outlet_provenance');
    expect(r.fields.find((f) => f.field === 'outlet')?.from).toBe('the host name (the page names no site)');
  });

  it('warns when the page states no publication day, and writes no `published`', () => {
    const dir = storyOnly('no-date');
    const r = addPage(dir, page(savedPage({ ...OTHER_EVENT, published: undefined, dateLine: undefined })), 'x.html', 'blinken-beijing-2023');
    expect(r.warnings.map((w) => w.code)).toEqual(['W_NO_PUBLISHED']);
    expect(readFileSync(join(dir, 'articles', `${r.id}.yaml`), 'utf8')).not.toContain('published');
    expect(r.fields.filter((f) => f.value === null).map((f) => f.field)).toEqual(['published', 'date line']);
  });

  it('E_DUPLICATE_URL names the article already there; E_UNKNOWN_STORY lists the stories; nothing is written', () => {
    const dir = storyOnly('dup');
    const first = addPage(dir, page(savedPage(OTHER_EVENT)), 'a.html', 'blinken-beijing-2023');
    const before = list(dir, 'articles');
    const again = () => addPage(dir, page(savedPage({ ...OTHER_EVENT, url: `${OTHER_EVENT.url}/?utm_source=x#top` })), 'b.html', 'blinken-beijing-2023');
    expect(again).toThrow(
      `b.html: is already in the collection as articles/${first.id}.txt (same address ${OTHER_EVENT.url}/?utm_source=x#top) [E_DUPLICATE_URL]`,
    );
    expect(() => addPage(dir, page(savedPage({ ...OTHER_EVENT, url: 'https://other.test/x' })), 'c.html', 'no-such-story')).toThrow(
      /has no story “no-such-story” \(known: blinken-beijing-2023\); use --story auto to create one \[E_UNKNOWN_STORY\]$/,
    );
    expect(list(dir, 'articles')).toEqual(before);
  });

  it('never overwrites: a second page with the same headline gets a new id', () => {
    const dir = storyOnly('same-title');
    const a = addPage(dir, page(savedPage(OTHER_EVENT)), 'a.html', 'blinken-beijing-2023');
    const b = addPage(dir, page(savedPage({ ...OTHER_EVENT, url: 'https://courier.test/news/copy' })), 'b.html', 'blinken-beijing-2023');
    expect(b.id).toBe(`${a.id}-2`);
    expect(list(dir, 'articles').filter((n) => n.includes('.tmp'))).toEqual([]);
  });
});

describe('--story auto', () => {
  it('files the five seed pages under the seed story, and another event under a new story', () => {
    const dir = storyOnly('auto');
    for (const s of seedPages()) {
      const r = addPage(dir, page(s.html, `${s.id}.html`), `${s.id}.html`, 'auto');
      expect(r.story, `${s.id}: ${JSON.stringify(r.candidates)}`).toBe('blinken-beijing-2023');
      expect(r.newStory).toBeNull();
      // One seed spells him Anthony: the merge across articles still makes him the shared person.
      expect(
        r.candidates[0]!.sharedPeople.some((n) => /^Anth?ony Blinken$/.test(n)),
        r.candidates[0]!.sharedPeople.join(),
      ).toBe(true);
    }
    const other = addPage(dir, page(savedPage(OTHER_EVENT)), 'baths.html', 'auto');
    // 259 days: from the story's latest article (2023-06-20) to 2024-03-05.
    expect(other.candidates).toEqual([{ story: 'blinken-beijing-2023', score: 0, people: 0, sharedPeople: [], statements: 0, days: 259 }]);
    // The page has no meta description: the summary is the first sentence of the body (here the whole paragraph).
    expect(other.newStory).toEqual({
      id: 'council-votes-to-close-the-victorian-baths-on-mill-street-2024',
      meta: { title: OTHER_EVENT.title, summary: OTHER_EVENT.paragraphs[0], date: '2024-03-05' },
    });
    expect(other.story).toBe(other.newStory!.id);
    const { content, errors } = readContent(dir);
    expect(errors).toEqual([]);
    expect(content.articles.filter((a) => a.meta.story === 'blinken-beijing-2023')).toHaveLength(5);
    expect([...content.stories.keys()].sort()).toEqual(['blinken-beijing-2023', other.newStory!.id]);
  });

  it('statements count: a later seed page shares quoted statements with the ones filed before it', () => {
    const dir = storyOnly('statements');
    const [a, b] = seedPages();
    addPage(dir, page(a!.html), 'a.html', 'auto');
    const r = addPage(dir, page(b!.html), 'b.html', 'auto');
    expect(r.candidates[0]!.statements).toBeGreaterThan(0);
  });
});

describe('adding from a URL (loopback server)', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/baths') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(savedPage({ ...OTHER_EVENT, url: undefined }));
      else res.writeHead(404, 'Not Found').end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => server.close());

  it('uses the fetched address when the page names no canonical one', async () => {
    const dir = storyOnly('url');
    const f = await fetchPage(`${base}/baths`);
    const r = addPage(dir, readPage(f.bytes, { name: f.url, url: f.url, contentType: f.contentType }), f.url, 'blinken-beijing-2023');
    expect(readFileSync(join(dir, 'articles', `${r.id}.yaml`), 'utf8')).toContain(`url: ${base}/baths\n`);
    expect(r.fields.find((f) => f.field === 'url')?.from).toBe('the address it was fetched from');
    expect(readContent(dir).errors).toEqual([]);
  });

  it('the CLI adds a file and a URL, prints what it found, and fails one line per bad page', async () => {
    const dir = storyOnly('cli');
    const file = join(tmp, 'baths-cli.html');
    writeFileSync(file, savedPage({ ...OTHER_EVENT, url: 'https://courier.test/other' }));
    // Run asynchronously: the loopback server lives in this process and must keep answering.
    const run = await runAsync([file, `${base}/baths`, `${base}/gone`, '--story', 'auto', '--content', dir]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`crosscheck add: ${base}/gone: the server answered 404 Not Found [E_FETCH_FAILED]\n`);
    expect(run.stdout).toContain('  outlet     The Riverside Courier  (JSON-LD publisher.name)\n');
    expect(run.stdout).toContain('  story candidates (people 45%, shared statements 35%, date 20%):\n');
    expect(run.stdout).toMatch(
      /new story council-votes-to-close-the-victorian-baths-on-mill-street-2024: “Council votes to close the Victorian baths on Mill Street”, 2024-03-05/,
    );
    expect(list(dir, 'articles')).toHaveLength(4);
    expect(readContent(dir).errors).toEqual([]);
  });

  it('the CLI refuses missing arguments with usage', () => {
    const run = cli('x.html');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^crosscheck add: say which story: --story ID or --story auto/);
  });
});

describe('errors are ContentErrors', () => {
  it('a refused page throws before any folder is read', () => {
    try {
      page('plain words only');
    } catch (e) {
      expect(isContentError(e)).toBe(true);
    }
  });
});
