/**
 * The comparison page. Statements two or more outlets carry come first, one row each, with every outlet's
 * wording in its column; then, per outlet, a compact list of what only it carries. Each wording is diffed
 * against a reference outlet's wording; the reader picks the reference, so a row carries its diff against
 * every outlet that could be the reference (the page shows one at a time).
 */
import { wordDiff } from '../analysis/clusters.ts';
import { corpusIndex, type Corpus } from '../corpus.ts';
import type { ClusterMember, DiffOp, StatementCluster } from '../schema/analysis.ts';
import type { ArticleRecord } from '../schema/record.ts';
import { articleTitle, isUncertain, plural, QUOTE_KINDS, sourceLine } from './labels.ts';
import { articleHref, personHref, quoteHref, speakerKey, storyHref } from './links.ts';
import { compareLayout, controlsLine } from './compare-controls.ts';
import { clusterAnchor, outletLabels } from './story.ts';
import { whyRow, type RowWhy } from './why.ts';

/** One outlet of the comparison. */
export interface CompareColumn {
  article: string;
  /** Key used in the URL (?outlets=, ?ref=) and in data-col attributes. */
  key: string;
  outlet: string;
  title: string;
  href: string;
  /** "The Guardian’s story, rewritten by ExBulletin". */
  source: string;
}

/** One wording of a statement, with its differences from each possible reference. */
export interface Wording {
  kind: ClusterMember['kind'];
  kindLabel: string;
  text: string;
  href: string;
  uncertain: boolean;
  /**
   * Per reference article: the word diff against that article's wording, or null when a diff would not help
   * (fragments, paraphrases, wordings too different) or when this is the reference's own wording.
   */
  versus: Array<{ ref: string; diff: DiffOp[] | null }>;
  /**
   * `versus` with the references that give the same marks merged (most give none), so the page prints each
   * distinct marking once; empty when no reference gives any marks (the plain text is all there is to show).
   */
  versions: Array<{ refs: string[]; diff: DiffOp[] | null }>;
}

/** A wording's diffs against each reference, and the same merged. */
function withVersions(versus: Wording['versus']): Pick<Wording, 'versus' | 'versions'> {
  return { versus, versions: mergeVersions(versus) };
}

/** Merge the references whose diffs mark a wording the same way. */
function mergeVersions(versus: Wording['versus']): Wording['versions'] {
  if (versus.every((v) => v.diff === null)) return [];
  const byMarks = new Map<string, Wording['versions'][number]>();
  for (const v of versus) {
    const key = JSON.stringify(v.diff);
    const found = byMarks.get(key);
    if (found) found.refs.push(v.ref);
    else byMarks.set(key, { refs: [v.ref], diff: v.diff });
  }
  return [...byMarks.values()];
}

/** A statement two or more outlets carry. */
export interface SharedRow {
  id: string;
  anchor: string;
  speaker: string | null;
  speakerHref: string | null;
  speakerKey: string;
  /** Articles carrying it, in column order. */
  carriers: string[];
  /** "carried by 3 of 5 outlets". */
  carried: string;
  /** The reference when every outlet is shown and the default reference is chosen. */
  ref: string;
  /** "compared with The Hindu" or "compared with ExBulletin (The Hindu does not carry it)". */
  refNote: string;
  /** Why these wordings were grouped, in words, with a link to each wording (views/why.ts). */
  why: RowWhy;
  /** One cell per column; `items` is empty where the outlet does not carry the statement. */
  cells: Array<{ article: string; outlet: string; items: Wording[] }>;
}

/** A statement one outlet alone carries. */
export interface OnlyItem {
  id: string;
  anchor: string;
  speaker: string | null;
  speakerHref: string | null;
  speakerKey: string;
  kindLabel: string;
  text: string;
  href: string;
  uncertain: boolean;
}

export interface CompareView {
  storyId: string;
  title: string;
  storyHref: string;
  columns: CompareColumn[];
  /** The reference by default: the outlet that carries the most shared statements. */
  defaultRef: string;
  shared: SharedRow[];
  /** Per outlet, in column order, what only it carries. */
  only: Array<{ article: string; outlet: string; items: OnlyItem[] }>;
  /** Speakers for the filter, most statements first. */
  speakers: Array<{ key: string; name: string; count: number }>;
  /** The folded controls' line for the default view: "all 5 outlets · compared with The Hindu · every speaker". */
  controls: string;
  /** Desktop layout before any script runs: a grid of columns, or cards when there are too many outlets. */
  layout: 'grid' | 'cards';
}

/** Below this share of shared words a word diff is noise, and the wording is shown plain. */
const MIN_SHARED = 0.3;
const DIFFABLE = new Set<ClusterMember['kind']>(['direct', 'unmarked']);
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** An article's own wording of a cluster: its longest full quote, else its longest member. */
function refMember(members: readonly ClusterMember[]): ClusterMember {
  const full = members.filter((m) => DIFFABLE.has(m.kind));
  return (full.length ? full : members).reduce((a, b) => (b.text.length > a.text.length ? b : a));
}

/** The diff of `m` against `ref`, or null when it would not help a reader. */
function diffAgainst(m: ClusterMember, ref: ClusterMember): DiffOp[] | null {
  if (!DIFFABLE.has(m.kind) || !DIFFABLE.has(ref.kind) || m.text === ref.text) return null;
  const diff = wordDiff(ref.text, m.text);
  const same = diff.filter((d) => d.op === 'equal').reduce((n, d) => n + words(d.to), 0);
  return same / Math.max(words(m.text), words(ref.text)) >= MIN_SHARED ? diff : null;
}

/** "compared with X", saying so when the chosen reference does not carry the statement. */
export function refNote(ref: string, chosen: string): string {
  return ref === chosen ? `compared with ${ref}` : `compared with ${ref} (${chosen} does not carry it)`;
}

/** The comparison of story `storyId`. */
export function compareView(corpus: Corpus, storyId: string): CompareView {
  const story = corpus.stories.find((s) => s.id === storyId)!;
  const analysis = corpus.analyses[storyId]!;
  const records = story.articles.map((id) => corpusIndex(corpus).articles.get(id)!);
  const byId = new Map(records.map((r) => [r.id, r]));
  const labels = outletLabels(records);
  const cx: CompareContext = { records, byId, label: (id: string) => labels.get(id)! };
  const { label } = cx;

  const { sharedClusters, defaultRef } = sharedInOrder(analysis.clusters, records);
  const shared = sharedClusters.map((c) => sharedRow(cx, c, defaultRef));
  const only = onlyLists(
    cx,
    analysis.clusters.filter((c) => c.articleCount === 1),
  );
  const counts = speakerCounts(analysis.clusters);

  return {
    storyId,
    title: story.title,
    storyHref: storyHref(storyId),
    columns: records.map((r: ArticleRecord) => ({
      article: r.id,
      key: r.id,
      outlet: label(r.id),
      title: articleTitle(r),
      href: articleHref(r.id),
      source: sourceLine(r.source, label(r.id)).line,
    })),
    defaultRef,
    shared,
    only,
    speakers: [...counts.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
    controls: controlsLine(records.length, records.length, label(defaultRef), null),
    layout: compareLayout(records.length, null),
  };
}

/** What compareView's steps share: the story's articles in column order, by id, and each one's outlet label. */
interface CompareContext {
  records: readonly ArticleRecord[];
  byId: ReadonlyMap<string, ArticleRecord>;
  label: (id: string) => string;
}

/** Is the quotation behind a member one the pages mark uncertain? */
function uncertainMember({ byId }: CompareContext, m: ClusterMember): boolean {
  const q = m.quote === null ? undefined : byId.get(m.article)?.quotes.find((x) => x.id === m.quote);
  return q ? isUncertain(q) : false;
}

/** A member's link: its quotation, else its article. */
const memberHref = (m: ClusterMember) => (m.quote ? quoteHref(m.article, m.quote) : articleHref(m.article));

/** A statement's speaker as a row shows it: name, link and filter key. */
const speakerOf = (c: StatementCluster) => ({
  speaker: c.speaker?.name ?? null,
  speakerHref: c.speaker?.personId ? personHref(c.speaker.personId) : null,
  speakerKey: speakerKey(c.speaker),
});

/** The statements two or more outlets carry, in the order they fall in the articles, and the reference by default: the outlet that carries most of them. */
function sharedInOrder(clusters: readonly StatementCluster[], records: readonly ArticleRecord[]) {
  const lengths = new Map(records.map((r) => [r.id, Math.max(1, r.text.length)]));
  // Where a statement falls: its average relative position in the articles that carry it.
  const position = (c: StatementCluster) => c.members.reduce((n, m) => n + m.start / lengths.get(m.article)!, 0) / c.members.length;
  const sharedClusters = clusters.filter((c) => c.articleCount >= 2).sort((a, b) => position(a) - position(b));
  const carriedCount = (id: string) => sharedClusters.filter((c) => c.members.some((m) => m.article === id)).length;
  const defaultRef = records.map((r) => r.id).reduce((best, id) => (carriedCount(id) > carriedCount(best) ? id : best), records[0]!.id);
  return { sharedClusters, defaultRef };
}

/** One shared statement's row: every outlet's wordings in its column, each diffed against every carrier's own wording. */
function sharedRow(cx: CompareContext, c: StatementCluster, defaultRef: string): SharedRow {
  const { records, label } = cx;
  const carriers = records.map((r) => r.id).filter((id) => c.members.some((m) => m.article === id));
  const refs = new Map(carriers.map((id) => [id, refMember(c.members.filter((m) => m.article === id))]));
  const ref = carriers.includes(defaultRef) ? defaultRef : carriers[0]!;
  return {
    id: c.id,
    anchor: clusterAnchor(c.id),
    ...speakerOf(c),
    carriers,
    carried: `carried by ${carriers.length} of ${plural(records.length, 'outlet')}`,
    ref,
    refNote: refNote(label(ref), label(defaultRef)),
    why: whyRow(c, (m) => label(m.article)),
    cells: records.map((r) => ({
      article: r.id,
      outlet: label(r.id),
      items: c.members
        .filter((m) => m.article === r.id)
        .map((m) => ({
          kind: m.kind,
          kindLabel: QUOTE_KINDS[m.kind].name,
          text: m.text,
          href: memberHref(m),
          uncertain: uncertainMember(cx, m),
          ...withVersions(carriers.map((id) => ({ ref: id, diff: id === r.id ? null : diffAgainst(m, refs.get(id)!) }))),
        })),
    })),
  };
}

/** Per outlet, in column order, the statements only it carries (`onlyClusters`), in the order they fall in its article. */
function onlyLists(cx: CompareContext, onlyClusters: readonly StatementCluster[]): CompareView['only'] {
  return cx.records.map((r) => ({
    article: r.id,
    outlet: cx.label(r.id),
    items: onlyClusters
      .flatMap((c) => c.members.filter((m) => m.article === r.id).map((m) => ({ c, m })))
      .sort((a, b) => a.m.start - b.m.start)
      .map(({ c, m }) => ({
        id: `${c.id}:${m.start}`,
        anchor: clusterAnchor(c.id),
        ...speakerOf(c),
        kindLabel: QUOTE_KINDS[m.kind].name,
        text: m.text,
        href: memberHref(m),
        uncertain: uncertainMember(cx, m),
      })),
  }));
}

/** How many statements each speaker has, for the filter (in the order first met). */
function speakerCounts(clusters: readonly StatementCluster[]): Map<string, { key: string; name: string; count: number }> {
  const counts = new Map<string, { key: string; name: string; count: number }>();
  for (const c of clusters) {
    const { speakerKey: key, speaker: name } = speakerOf(c);
    const entry = counts.get(key) ?? { key, name: name ?? 'No speaker named', count: 0 };
    entry.count++;
    counts.set(key, entry);
  }
  return counts;
}
