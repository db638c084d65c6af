/** A static file server for dist/, on a free loopback port, as any static host would serve it. */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

export const DIST = join(import.meta.dirname, '..', '..', 'dist');

/** Text types a static host compresses (GitHub Pages, Netlify, Cloudflare, nginx's gzip_static all do). */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.jsonl', '.svg', '.xml', '.txt', '.webmanifest']);

/** Start serving `root`; resolves with the base URL and a close function. */
export async function serve(root = DIST): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = existsSync(file) && statSync(file).isFile();
    if (!found) file = join(root, '404.html');
    const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', vary: 'accept-encoding' };
    if (!existsSync(file)) {
      res.writeHead(404, headers).end('not found');
      return;
    }
    // Compressed as a real host serves it, so Lighthouse measures the bytes a reader would download.
    if (COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      res.writeHead(found ? 200 : 404, { ...headers, 'content-encoding': 'gzip' }).end(gzipSync(readFileSync(file)));
      return;
    }
    res.writeHead(found ? 200 : 404, headers);
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
