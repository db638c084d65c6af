/**
 * Issue 10 asks for a parser a newcomer can change safely: named steps of at most about 60 lines. This test reads
 * every function of the library with the TypeScript compiler (nested functions counted on their own) and fails when
 * one is longer than 60 lines — except those listed in LONGER, each at its present length as a ceiling: a change may
 * shorten them (then lower or drop the entry), never lengthen them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const LIMIT = 60;

/**
 * Functions allowed over the limit, by `file:name`, with their length in lines as a ceiling. None since session 30:
 * the twelve analysis finders listed here in session 29 (`findTallies` 176 lines, `findFacts` 131, …) are split into
 * steps too. A function that cannot yet be split may be listed here at its length, with its reason, and only shrink.
 */
const LONGER: Record<string, number> = {};

/** Every function, method and function-valued constant of the .ts files under `dir`, with its length in lines. */
function functionLengths(dir: string): Map<string, number> {
  const out = new Map<string, number>();
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) read(path);
    }
  };
  const read = (path: string) => {
    const file = relative(ROOT, path);
    const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      const named =
        ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node)
          ? node.name?.getText(source)
          : (ts.isArrowFunction(node) || ts.isFunctionExpression(node)) && ts.isVariableDeclaration(node.parent)
            ? node.parent.name.getText(source)
            : undefined;
      if (named) {
        const first = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
        const last = source.getLineAndCharacterOfPosition(node.end).line;
        const key = `${file}:${named}`;
        out.set(key, Math.max(out.get(key) ?? 0, last - first + 1));
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  };
  walk(dir);
  return out;
}

describe('function length', () => {
  const lengths = functionLengths(join(ROOT, 'src', 'lib'));

  it('reads the library (a guard against a walk that finds nothing)', () => {
    expect(lengths.size).toBeGreaterThan(500);
    expect(lengths.get('src/lib/parse/quotes.ts:findQuotes')).toBeGreaterThan(5);
  });

  it(`no function of src/lib is longer than ${LIMIT} lines, save the listed ones, which never grow`, () => {
    const over = [...lengths].filter(([key, n]) => n > (LONGER[key] ?? LIMIT)).map(([key, n]) => `${key} ${n}`);
    expect(over).toEqual([]);
  });

  it('every listed function still exists and is still over the limit (else its entry goes)', () => {
    const stale = Object.keys(LONGER).filter((key) => (lengths.get(key) ?? 0) <= LIMIT);
    expect(stale).toEqual([]);
  });
});
