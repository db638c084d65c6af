/**
 * How well the cross-outlet analysis groups statements and finds disagreements on an annotated set:
 *   npm run --silent eval:grouping -- DIR [--verbose] [--json]
 * DIR holds content/ (a content folder), statements.json (statements two or more outlets carry, each with the
 * exact text of every member) and disagreements.json (facts outlets state differently, with both sentences).
 * Without the annotations it still reports rows and the analysis time (e.g. on `npm run synth` output).
 *
 * Each annotated member text is found in its article and mapped to the cluster member (quote or reported
 * sentence) that overlaps it most. Grouping recall: the share of members in the cluster holding the majority
 * of their statement. Merged: clusters that are the majority cluster of two or more statements.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildCorpus, parseContent, readContent, type ArticleRecord, type StoryAnalysis } from '../src/lib/index.ts';

const USAGE = 'usage: npm run --silent eval:grouping -- DIR [--verbose] [--json]';
/** Bad arguments: one line on stderr, exit code 2, no stack trace. */
function fail(message: string): never {
  process.stderr.write(`crosscheck eval:grouping: ${message} (${USAGE})\n`);
  process.exit(2);
}
const { values, positionals } = (() => {
  try {
    return parseArgs({ allowPositionals: true, options: { verbose: { type: 'boolean', short: 'v' }, json: { type: 'boolean' } } });
  } catch (e) {
    fail((e as Error).message);
  }
})();
const dir = positionals[0];
if (!dir) fail('no folder given');
if (!existsSync(dir)) fail(`no such folder: ${dir}`);
const log = (s: string) => void (values.verbose && console.log(s));

// ─── Parse and analyse ──────────────────────────────────────────────────────────────────────────────
const contentDir = existsSync(join(dir, 'content')) ? join(dir, 'content') : dir;
const { content, errors } = readContent(contentDir);
if (errors.length) console.error(`${errors.length} content errors, first: ${errors[0]!.message}`);
const parsed = parseContent(content);
const cpu0 = process.cpuUsage();
const corpus = buildCorpus(content.stories, parsed, content.people);
const cpu = process.cpuUsage(cpu0);
const analysisSeconds = (cpu.user + cpu.system) / 1e6;
const analyses: StoryAnalysis[] = Object.values(corpus.analyses);
const rows = analyses.reduce((n, a) => n + a.clusters.filter((c) => c.articleCount >= 2).length, 0);

// ─── Annotations (read loosely: a member is { article, text }, a statement { id?, members }) ──────────
interface Member {
  article: string;
  text: string;
}
interface Statement {
  id: string;
  members: Member[];
}
/** A string or number field as text; anything else as empty. */
const str = (...xs: unknown[]): string => String(xs.find((x) => typeof x === 'string' || typeof x === 'number') ?? '');
const readJson = (name: string): unknown => (existsSync(join(dir, name)) ? JSON.parse(readFileSync(join(dir, name), 'utf8')) : null);
const listOf = (x: unknown, key: string): unknown[] =>
  Array.isArray(x)
    ? x
    : x && typeof x === 'object' && Array.isArray((x as Record<string, unknown>)[key])
      ? ((x as Record<string, unknown>)[key] as unknown[])
      : [];
const asMembers = (x: unknown): Member[] =>
  listOf(x, 'members')
    .concat(
      listOf(x, 'sources'),
      listOf(x, 'versions').flatMap((v) => listOf(v, 'sources')),
    )
    .map((m) => m as Record<string, unknown>)
    .map((m) => ({ article: str(m.article), text: str(m.text, m.sentence, m.quote) }))
    .filter((m) => m.article && m.text);
const statements: Statement[] = listOf(readJson('statements.json'), 'statements').map((s, i) => ({
  id: str((s as Record<string, unknown>).id, i),
  members: asMembers(s),
}));

// ─── Mapping a member text to a cluster member ──────────────────────────────────────────────────────
const fold = (s: string) =>
  s
    .replace(/[‘’ʼ`]/g, "'")
    .replace(/[“”„]/g, '"')
    .replace(/[–—]/g, '-');
const records = new Map<string, ArticleRecord>(corpus.articles.map((r) => [r.id, r]));
const clusterMembers = analyses.flatMap((a) => a.clusters.flatMap((c) => c.members.map((m) => ({ cluster: c.id, m }))));

/** Offsets of an annotated text in its article: exact, then ignoring quote shapes and spacing. */
function locate(r: ArticleRecord, text: string): [number, number] | null {
  const want = fold(text)
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^["']|["',.]$/g, '');
  const hay = fold(r.text);
  const at = hay.indexOf(want);
  if (at < 0) {
    // Spacing differs: search with any run of spaces.
    const re = new RegExp(want.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
    const m = re.exec(hay);
    if (!m) return null;
    return [m.index, m.index + m[0].length];
  }
  return [at, at + want.length];
}

/**
 * The cluster holding the analysis's wording that overlaps an annotated member most, or null. A wording
 * counts when at least half of it lies inside the annotated text, or it covers half of that text (an
 * annotated sentence holding the partial quote the analysis clustered).
 */
function clusterOf(member: Member): string | null {
  const r = records.get(member.article);
  const span = r ? locate(r, member.text) : null;
  if (!span) {
    log(`  not found in ${member.article}: ${member.text.slice(0, 80)}`);
    return null;
  }
  let best: string | null = null;
  let bestOverlap = 0;
  for (const { cluster, m } of clusterMembers) {
    if (m.article !== member.article) continue;
    const overlap = Math.min(m.end, span[1]) - Math.max(m.start, span[0]);
    if (overlap > bestOverlap && (overlap >= 0.5 * (m.end - m.start) || overlap >= 0.5 * (span[1] - span[0]))) [best, bestOverlap] = [cluster, overlap];
  }
  return best;
}

// ─── Grouping figures ───────────────────────────────────────────────────────────────────────────────
let members = 0;
let together = 0;
const majorityOf = new Map<string, string>();
for (const s of statements) {
  const found = s.members.map(clusterOf);
  const counts = new Map<string, number>();
  for (const c of found) if (c) counts.set(c, (counts.get(c) ?? 0) + 1);
  const [major, n] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [null, 0];
  members += s.members.length;
  together += n;
  if (major) majorityOf.set(s.id, major);
  if (n < s.members.length) {
    log(`statement ${s.id}: ${n}/${s.members.length} together`);
    s.members.forEach((m, i) => found[i] !== major && log(`  apart (${found[i] ?? 'no cluster'}) ${m.article}: ${m.text.slice(0, 90)}`));
  }
}
const byCluster = new Map<string, string[]>();
for (const [s, c] of majorityOf) byCluster.set(c, [...(byCluster.get(c) ?? []), s]);
const merged = [...byCluster].filter(([, ss]) => ss.length > 1);
for (const [c, ss] of merged) {
  log(`merged in ${c}: statements ${ss.join(', ')}`);
  for (const m of analyses.flatMap((a) => a.clusters).find((x) => x.id === c)?.members ?? []) log(`    ${m.article} ${m.kind}: ${m.text.slice(0, 100)}`);
}

// ─── Disagreements ──────────────────────────────────────────────────────────────────────────────────
const annotated = listOf(readJson('disagreements.json'), 'disagreements').map((d, i) => ({
  id: str((d as Record<string, unknown>).id, i),
  sources: asMembers(d),
}));
const found = analyses.flatMap((a) => a.disagreements);
/** An annotated disagreement is found when one disagreement of the analysis cites at least two of its sentences. */
const isFound = (d: (typeof annotated)[number]) =>
  found.some((f) => {
    const cited = f.versions.flatMap((v) => v.sources);
    const hits = d.sources.filter((s) =>
      cited.some((c) => c.article === s.article && (fold(c.sentence).includes(fold(s.text).trim()) || fold(s.text).includes(fold(c.text)))),
    );
    return new Set(hits.map((h) => h.article)).size >= 2;
  });
const disagreementsFound = annotated.filter(isFound).length;
for (const d of annotated) if (!isFound(d)) log(`disagreement not found: ${d.id}`);

const report = {
  articles: corpus.articles.length,
  analysisCpuSeconds: Math.round(analysisSeconds * 100) / 100,
  rows,
  expectedRows: statements.length || null,
  members,
  recall: members ? Math.round((together / members) * 1000) / 1000 : null,
  mergedClusters: merged.length,
  disagreements: { annotated: annotated.length, found: disagreementsFound, reported: found.length },
};
if (values.json) console.log(JSON.stringify(report, null, 2));
else
  console.log(
    [
      `articles ${report.articles}, analysis ${report.analysisCpuSeconds} s CPU (buildCorpus: people merge + analyseStory)`,
      `rows carried by 2+ articles: ${rows}${statements.length ? ` (annotated statements: ${statements.length})` : ''}`,
      statements.length
        ? `grouping recall ${together}/${members} = ${report.recall}; merged clusters ${merged.length}`
        : 'no statements.json: grouping not scored',
      annotated.length
        ? `disagreements found ${disagreementsFound}/${annotated.length} (analysis reports ${found.length})`
        : `disagreements reported: ${found.length}`,
    ].join('\n'),
  );
