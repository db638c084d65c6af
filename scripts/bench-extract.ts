/**
 * npm run bench:extract [-- --dir DIR]: accuracy and speed of reading articles out of web pages.
 * Accuracy: body-text F1 over 4-word shingles (src/lib/ingest/shingles.ts) against the expected text of a
 * development set kept outside git (default /work/devdata/extraction, or $CROSSCHECK_EXTRACTION_DATA): every
 * folder holding source.html + expected.html (Mozilla Readability's test-pages layout) or page.html + expected.txt.
 * Speed: ms per page and MB/s over the same pages, and one generated 2 MB page (target: under 1 s).
 * Without the development set only the speed of the generated page is measured.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseDocument } from '../src/lib/ingest/extract.ts';
import { readPage } from '../src/lib/ingest/page.ts';
import { shingleF1 } from '../src/lib/ingest/shingles.ts';
import { isContentError } from '../src/lib/index.ts';

const { values } = parseArgs({ options: { dir: { type: 'string' }, worst: { type: 'string', default: '0' } } });
const dir = values.dir ?? process.env.CROSSCHECK_EXTRACTION_DATA ?? '/work/devdata/extraction';

interface Case {
  name: string;
  html: Buffer;
  expected: string;
}

/** Every case under `root`, at any depth. */
function findCases(root: string): Case[] {
  const out: Case[] = [];
  const visit = (d: string) => {
    const names = readdirSync(d);
    if (names.includes('source.html') && names.includes('expected.html')) {
      const doc = parseDocument(readFileSync(join(d, 'expected.html'), 'utf8'));
      out.push({ name: d.slice(root.length + 1), html: readFileSync(join(d, 'source.html')), expected: doc.documentElement?.textContent ?? '' });
    } else if (names.includes('page.html') && names.includes('expected.txt')) {
      out.push({ name: d.slice(root.length + 1), html: readFileSync(join(d, 'page.html')), expected: readFileSync(join(d, 'expected.txt'), 'utf8') });
    }
    for (const n of names.sort()) if (statSync(join(d, n)).isDirectory()) visit(join(d, n));
  };
  visit(root);
  return out;
}

/** A 2 MB page: site furniture around one very long article. */
function bigPage(): Buffer {
  const para = (i: number) =>
    `<p>Paragraph ${i}: the council said on Tuesday that the survey of the old baths had found the roof unsafe, and campaigners asked for a second opinion before any demolition work begins on the site.</p>`;
  const nav = '<nav>' + Array.from({ length: 50 }, (_, i) => `<a href="/s${i}">Section ${i}</a>`).join('') + '</nav>';
  const parts = ['<!doctype html><html><head><meta charset="utf-8"><title>A long report</title></head><body>', nav, '<article><h1>A long report</h1>'];
  let size = 0;
  for (let i = 0; size < 2_000_000; i++) {
    const p = para(i) + (i % 40 === 0 ? `<h2>Part ${i / 40}</h2><div class="ad">Advertisement</div>` : '');
    parts.push(p);
    size += p.length;
  }
  parts.push('</article><footer>© Example</footer></body></html>');
  return Buffer.from(parts.join(''));
}

const bodyOf = (html: Buffer, name: string): string =>
  readPage(html, { name })
    .blocks.map((b) => b.text)
    .join('\n\n');

const big = bigPage();
bodyOf(big, 'warm-up');
// CPU time of this process (user + system): steadier than wall time on a machine shared with other work.
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const bigRuns = [0, 1, 2].map(() => {
  const t = cpuMs();
  bodyOf(big, '2mb');
  return cpuMs() - t;
});
const bigMs = Math.min(...bigRuns);

const lines: string[] = [];
const results: Record<string, unknown> = { bigPage: { bytes: big.length, ms: Math.round(bigMs) } };
if (existsSync(dir)) {
  const cases = findCases(dir);
  const scores: Array<{ name: string; f1: number; precision: number; recall: number; ms: number; error?: string }> = [];
  let bytes = 0;
  let ms = 0;
  for (const c of cases) {
    const t = cpuMs();
    let body = '';
    let error: string | undefined;
    try {
      body = bodyOf(c.html, c.name);
    } catch (e) {
      if (!isContentError(e)) throw e;
      error = e.code;
    }
    const took = cpuMs() - t;
    bytes += c.html.length;
    ms += took;
    scores.push({ name: c.name, ...shingleF1(body, c.expected), ms: took, ...(error ? { error } : {}) });
  }
  const mean = (k: 'f1' | 'precision' | 'recall', of = scores) => of.reduce((a, s) => a + s[k], 0) / Math.max(1, of.length);
  const accepted = scores.filter((s) => !s.error);
  const sorted = scores.map((s) => s.ms).sort((a, b) => a - b);
  results.dev = {
    pages: cases.length,
    f1: mean('f1'),
    precision: mean('precision'),
    recall: mean('recall'),
    msPerPage: ms / cases.length,
    mbPerSec: bytes / 1e6 / (ms / 1000),
  };
  lines.push(
    `dev set (${dir}): ${cases.length} pages, ${(bytes / 1e6).toFixed(1)} MB`,
    `  body F1 ${mean('f1').toFixed(3)}  precision ${mean('precision').toFixed(3)}  recall ${mean('recall').toFixed(3)}  (mean over pages, 4-word shingles)`,
    `  body F1 ${mean('f1', accepted).toFixed(3)} over the ${accepted.length} pages accepted as articles`,
    `  ${(ms / cases.length).toFixed(1)} ms CPU per page (median ${sorted[sorted.length >> 1]!.toFixed(1)}, max ${sorted.at(-1)!.toFixed(0)}), ${(bytes / 1e6 / (ms / 1000)).toFixed(2)} MB/s`,
    `  refused: ${
      scores
        .filter((s) => s.error)
        .map((s) => `${s.name} (${s.error})`)
        .join(', ') || 'none'
    }`,
  );
  const worst = Number(values.worst);
  if (worst > 0)
    for (const s of [...scores].sort((a, b) => a.f1 - b.f1).slice(0, worst))
      lines.push(`    ${s.f1.toFixed(3)} P ${s.precision.toFixed(2)} R ${s.recall.toFixed(2)}  ${s.name}`);
} else lines.push(`no development set at ${dir}: accuracy not measured`);
lines.push(`2 MB page: ${(big.length / 1e6).toFixed(1)} MB in ${bigMs.toFixed(0)} ms CPU (best of 3; target < 1000 ms)`);
process.stdout.write(`Extraction (Readability + linkedom)\n${lines.join('\n')}\n`);
process.stdout.write(JSON.stringify(results) + '\n');
