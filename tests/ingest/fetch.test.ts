/**
 * Fetching pages: served from a loopback server started here (127.0.0.1, a free port); nothing leaves the
 * machine. Every failure is one line with a code, and nothing is returned.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isContentError } from '../../src/lib/index.ts';
import { fetchPage, networkReason } from '../../src/lib/ingest/fetch.ts';
import { readPage } from '../../src/lib/ingest/page.ts';
import { OTHER_EVENT, savedPage } from './pages.ts';

const PAGE = savedPage(OTHER_EVENT);
let server: Server;
let base: string;
const LIMITS = { timeoutMs: 1_000, maxBytes: 200_000, maxRedirects: 3 };

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    if (path === '/page') return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
    if (path === '/latin1')
      return res
        .writeHead(200, { 'content-type': 'text/html; charset=ISO-8859-1' })
        .end(Buffer.from(PAGE.replaceAll('Mill Street', 'Mill Street Café'), 'latin1'));
    if (path.startsWith('/hop/')) {
      const n = Number(path.slice(5));
      return res.writeHead(302, { location: n > 0 ? `/hop/${n - 1}` : '/page' }).end();
    }
    if (path === '/to-ftp') return res.writeHead(301, { location: 'ftp://127.0.0.1/x' }).end();
    if (path === '/missing') return res.writeHead(404, 'Not Found').end('no');
    if (path === '/broken') return res.writeHead(500, 'Internal Server Error').end('no');
    if (path === '/pdf') return res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.7');
    if (path === '/huge') return res.writeHead(200, { 'content-type': 'text/html', 'content-length': '5000000' }).end();
    if (path === '/endless') {
      // No content-length: the limit must stop the read itself.
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = '<p>' + 'x'.repeat(10_000) + '</p>';
      for (let i = 0; i < 40; i++) res.write(chunk);
      return res.end();
    }
    if (path === '/slow') return setTimeout(() => res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE), 5_000).unref();
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

/** The one-line message of the failure, or 'no error'. */
async function failure(url: string): Promise<string> {
  try {
    await fetchPage(url, LIMITS);
  } catch (e) {
    if (isContentError(e)) return e.message;
    throw e;
  }
  return 'no error';
}

describe('fetchPage', () => {
  it('fetches a page and reads its article', async () => {
    const f = await fetchPage(`${base}/page`, LIMITS);
    const p = readPage(f.bytes, { name: f.url, url: f.url, contentType: f.contentType });
    expect(p.headline?.value).toBe(OTHER_EVENT.title);
    expect(p.meta.url?.value).toBe(OTHER_EVENT.url);
  });

  it('takes the charset from the HTTP header', async () => {
    const f = await fetchPage(`${base}/latin1`, LIMITS);
    const p = readPage(f.bytes, { name: f.url, url: f.url, contentType: f.contentType });
    expect(p.charset).toEqual({ encoding: 'windows-1252', from: 'HTTP header' });
    expect(p.headline?.value).toBe('Council votes to close the Victorian baths on Mill Street Café');
  });

  it('follows a bounded number of redirects', async () => {
    // /hop/N answers with N + 1 redirects before the page.
    expect((await fetchPage(`${base}/hop/2`, LIMITS)).url).toBe(`${base}/page`);
    expect(await failure(`${base}/hop/3`)).toBe(`${base}/hop/3: more than 3 redirects [E_FETCH_FAILED]`);
    expect(await failure(`${base}/to-ftp`)).toMatch(/uses ftp:, only http and https pages can be added \[E_BAD_URL\]$/);
  });

  it('says what went wrong, in one line', async () => {
    expect(await failure(`${base}/missing`)).toBe(`${base}/missing: the server answered 404 Not Found [E_FETCH_FAILED]`);
    expect(await failure(`${base}/broken`)).toBe(`${base}/broken: the server answered 500 Internal Server Error [E_FETCH_FAILED]`);
    expect(await failure(`${base}/pdf`)).toBe(`${base}/pdf: is not an HTML page (the server says application/pdf) [E_NOT_HTML]`);
    expect(await failure(`${base}/huge`)).toBe(`${base}/huge: is too large: 5,000,000 bytes, the limit is 200,000 [E_TOO_LARGE]`);
    expect(await failure(`${base}/endless`)).toBe(`${base}/endless: is too large: more than 200,000 bytes [E_TOO_LARGE]`);
    expect(await failure(`${base}/slow`)).toMatch(/: no (?:complete )?answer within 1 s \(timeout\) \[E_FETCH_FAILED\]$/);
  });

  it('refused connections and schemes other than http(s)', async () => {
    // A port that was just free: bind, read its number, close.
    const probe = createServer();
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
    const port = (probe.address() as AddressInfo).port;
    await new Promise((r) => probe.close(r));
    expect(await failure(`http://127.0.0.1:${port}/`)).toBe(`http://127.0.0.1:${port}/: the connection to 127.0.0.1:${port} was refused [E_FETCH_FAILED]`);
    expect(await failure('javascript:alert(1)')).toBe('javascript:alert(1): uses javascript:, only http and https pages can be added [E_BAD_URL]');
    expect(await failure('not a url')).toMatch(/\[E_BAD_URL\]$/);
  });

  it('names a DNS failure (error shape as Node reports it; no lookup is made)', () => {
    const err = Object.assign(new TypeError('fetch failed'), { cause: { code: 'ENOTFOUND' } });
    expect(networkReason(err, new URL('http://no-such-host.invalid/'))).toBe('the host no-such-host.invalid could not be found (DNS)');
  });
});
