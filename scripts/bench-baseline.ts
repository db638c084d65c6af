/**
 * The baseline a Crosscheck build is measured against: a bare Astro 7 project, written to a temporary folder,
 * that builds the same article texts as one plain page each, read from the content folder in getStaticPaths.
 * Whatever Crosscheck's build costs beyond this one is the project's own (parsing, analysis, its pages and API).
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const PAGE = `---
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function getStaticPaths() {
  const dir = join(process.env.CROSSCHECK_CONTENT ?? 'content', 'articles');
  return readdirSync(dir)
    .filter((n) => n.endsWith('.txt') || n.endsWith('.md'))
    .map((n) => ({ params: { id: n.replace(/\\.(txt|md)$/, '') }, props: { text: readFileSync(join(dir, n), 'utf8') } }));
}
const { text } = Astro.props;
---
<html lang="en">
  <head><meta charset="utf-8" /><title>{Astro.params.id}</title></head>
  <body><main><h1>{Astro.params.id}</h1>{text.split(/\\n\\s*\\n/).map((p) => <p>{p}</p>)}</main></body>
</html>
`;

/** Write the baseline project to a new temporary folder (node_modules linked to this project's); returns its path. */
export function writeBaseline(root = process.cwd()): string {
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-baseline-'));
  mkdirSync(join(dir, 'src', 'pages'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'crosscheck-baseline', private: true, type: 'module' }) + '\n');
  writeFileSync(join(dir, 'astro.config.mjs'), 'export default {};\n');
  writeFileSync(join(dir, 'src', 'pages', '[id].astro'), PAGE);
  symlinkSync(resolve(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}
