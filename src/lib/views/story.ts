/**
 * The story overview: outlets with their kind and origin, the coverage matrix (outlets × people) as bars
 * sized at build time, the disagreements with their sentences, the most widely quoted statements, text
 * reuse between outlets, and origin clues.
 */
import { corpusIndex, type Corpus } from '../corpus.ts';
import type { Disagreement, OriginClue, StoryAnalysis } from '../schema/analysis.ts';
import type { ArticleRecord } from '../schema/record.ts';
import { SOURCE_KIND_LABEL, SOURCE_PROVENANCE_LABEL, articleTitle, formatDate, formatDateRange, outletName, plural, sourceLine } from './labels.ts';
import { articleHref, personHref, storyHref } from './links.ts';

/** A column of the story: one article and its outlet. */
export interface OutletColumn {
  article: string;
  /** Short label for tight places: "The Hindu". */
  outlet: string;
  title: string;
  /** True when the text has no headline (`title` is then a fallback, not to be quoted). */
  untitled: boolean;
  href: string;
  date: string | null;
  /** "Rewrite of The Guardian", "Original report". */
  relation: string;
  /** Whose story it is: "The Guardian" (the outlet itself for an original). */
  original: string;
  /** "The Guardian’s story, rewritten by ExBulletin". */
  source: string;
  provenance: string;
  evidence: string | null;
  clues: OriginClue[];
}

/** One cell of the coverage matrix. */
export interface CoverageCell {
  article: string;
  mentions: number;
  quotes: number;
  words: number;
  /** Bar length 0–100 for the words quoted, relative to the largest cell of the matrix. */
  bar: number;
  /** Plain words for screen readers and print: "quoted 3 times, 62 words" / "mentioned 4 times" / "not mentioned". */
  label: string;
  /** What the cell shows when the person is named but not quoted: "4 mentions". */
  mentionText: string;
}

/** A statement quoted by several outlets. */
export interface StatementSummary {
  id: string;
  href: string;
  speaker: string | null;
  speakerHref: string | null;
  representative: string;
  outlets: string[];
  articleCount: number;
}

/** A disagreement with each version's sentence split around the disputed words. */
export interface DisagreementView {
  id: string;
  kind: Disagreement['kind'];
  kindLabel: string;
  subject: string;
  compatible: boolean;
  versions: Array<{ value: string; sources: Array<{ outlet: string; href: string; before: string; match: string; after: string }> }>;
}

/** A name one or more outlets spell differently from the rest: a spelling variant, not a disagreement about facts. */
export interface SpellingView {
  id: string;
  /** The person, as the merged record names them. */
  name: string;
  href: string | null;
  /** The spelling most outlets use, and which. */
  usual: { spelling: string; outlets: string[] };
  /** The other spellings, and which outlets use them. */
  variants: Array<{ spelling: string; outlets: string[] }>;
}

/** Text reuse between two outlets. */
export interface ReuseView {
  a: string;
  b: string;
  shareA: number;
  shareB: number;
  /** Percent labels. */
  label: string;
  runs: Array<{ text: string; words: number }>;
}

export interface StoryView {
  id: string;
  title: string;
  summary: string;
  date: string;
  coverage: string | null;
  location: string | null;
  stats: string;
  compareHref: string;
  outlets: OutletColumn[];
  matrix: Array<{ personId: string; name: string; href: string; cells: CoverageCell[] }>;
  /** Disagreements about facts (numbers, dates, offices); spellings are apart, in `spellings`. */
  disagreements: DisagreementView[];
  spellings: SpellingView[];
  statements: StatementSummary[];
  /** Statements only one outlet carries, counted per outlet. */
  exclusives: Array<{ outlet: string; count: number }>;
  reuse: ReuseView[];
}

const KIND: Record<Disagreement['kind'], string> = {
  number: 'Numbers differ',
  spelling: 'Name spelt differently',
  title: 'Different title or office',
  date: 'Dates differ',
  venue: 'Places differ',
  attribution: 'Said by someone else',
  participant: 'Different people named',
  wording: 'Quoted words differ',
  vehicle: 'Vehicle differs',
};
const pct = (x: number) => `${Math.round(x * 100)}%`;
/** People shown in the coverage matrix, most covered first: the matrix is an overview of the main figures, not a list of everyone. */
const MATRIX_ROWS = 14;
/** A bar's length at the largest cell of the matrix (bars are percentages of it). */
const BAR_FULL = 100;
/** Shared runs of words shown per pair of outlets: the first few show the reuse; more add length, not evidence. */
const REUSE_RUNS = 5;

/** The ids of every story (for static paths). */
export function storyIds(corpus: Corpus): string[] {
  return corpus.stories.map((s) => s.id);
}

/** The outlet label of each article: outlet name, made unique when one outlet has two articles. */
export function outletLabels(records: readonly ArticleRecord[]): Map<string, string> {
  const labels = new Map<string, string>();
  const seen = new Map<string, number>();
  for (const r of records) {
    const name = outletName(r.source.outlet);
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    labels.set(r.id, n === 1 ? name : `${name} (${n})`);
  }
  return labels;
}

/** The overview of story `storyId`. */
export function storyView(corpus: Corpus, storyId: string): StoryView {
  const story = corpus.stories.find((s) => s.id === storyId)!;
  const analysis = corpus.analyses[storyId]!;
  const records = story.articles.map((id) => corpusIndex(corpus).articles.get(id)!);
  const labels = outletLabels(records);
  const outlets = outletColumns(records, labels, analysis);
  const matrix = coverageMatrix(analysis);
  const disagreements = disagreementViews(analysis, records, labels);
  const label = (id: string) => labels.get(id) ?? id;
  const spellings = analysis.disagreements.filter((d) => d.kind === 'spelling').map((d) => spellingView(d, label));
  const statements = statementSummaries(analysis, storyId, label);
  const exclusiveCounts = exclusivesByArticle(analysis);

  return {
    id: story.id,
    title: story.title,
    summary: story.summary,
    date: formatDate(story.date)!,
    coverage: formatDateRange(story.coverage.from, story.coverage.to),
    location: story.location,
    stats: [plural(story.articles.length, 'article'), plural(story.quoteCount, 'quote'), plural(story.peopleCount, 'person', 'people')].join(' · '),
    compareHref: `${storyHref(storyId)}compare/`,
    outlets,
    matrix,
    disagreements,
    spellings,
    statements,
    exclusives: records.map((r) => ({ outlet: label(r.id), count: exclusiveCounts.get(r.id) ?? 0 })),
    reuse: analysis.reuse.map((p) => reuseView(p, label)),
  };
}

/** Each article's column: its outlet, title, date, and where its story comes from. */
function outletColumns(records: readonly ArticleRecord[], labels: ReadonlyMap<string, string>, analysis: StoryAnalysis): OutletColumn[] {
  return records.map((r) => ({
    article: r.id,
    outlet: labels.get(r.id)!,
    title: articleTitle(r),
    untitled: r.headline === null,
    href: articleHref(r.id),
    date: formatDate(r.date.iso),
    relation: r.source.kind === 'original' ? SOURCE_KIND_LABEL.original : `${SOURCE_KIND_LABEL[r.source.kind]} ${r.source.origin ?? 'an unknown source'}`,
    ...(({ original, line }) => ({ original, source: line }))(sourceLine(r.source, labels.get(r.id))),
    provenance: SOURCE_PROVENANCE_LABEL[r.source.provenance],
    evidence: r.source.evidence,
    clues: analysis.clues.filter((c) => c.article === r.id),
  }));
}

/** The coverage matrix's first MATRIX_ROWS people, each cell's bar sized against the largest cell and put in words. */
function coverageMatrix(analysis: StoryAnalysis): StoryView['matrix'] {
  const rows = analysis.coverage.people.slice(0, MATRIX_ROWS);
  const maxWords = Math.max(1, ...rows.flatMap((p) => p.cells.map((c) => c.words)));
  return rows.map((p) => ({
    personId: p.personId,
    name: p.name,
    href: personHref(p.personId),
    cells: p.cells.map((c) => ({
      ...c,
      bar: Math.round((c.words / maxWords) * BAR_FULL),
      label: c.quotes
        ? `quoted ${plural(c.quotes, 'time')}, ${plural(c.words, 'word')}`
        : c.mentions
          ? `mentioned ${plural(c.mentions, 'time')}, not quoted`
          : 'not mentioned',
      mentionText: plural(c.mentions, 'mention'),
    })),
  }));
}

/** The disagreements about facts (spellings are apart), each version's sentences split around the disputed words. */
function disagreementViews(analysis: StoryAnalysis, records: readonly ArticleRecord[], labels: ReadonlyMap<string, string>): DisagreementView[] {
  const byId = new Map(records.map((r) => [r.id, r]));
  return analysis.disagreements
    .filter((d) => d.kind !== 'spelling')
    .map((d) => ({
      id: d.id,
      kind: d.kind,
      kindLabel: KIND[d.kind],
      subject: d.subject,
      compatible: d.compatible,
      versions: d.versions.map((v) => ({
        value: v.value,
        sources: v.sources.map((s) => {
          const at = s.sentence.indexOf(s.text);
          return {
            outlet: labels.get(s.article) ?? outletName(byId.get(s.article)?.source.outlet ?? null),
            href: articleHref(s.article),
            before: at >= 0 ? s.sentence.slice(0, at) : s.sentence,
            match: at >= 0 ? s.text : '',
            after: at >= 0 ? s.sentence.slice(at + s.text.length) : '',
          };
        }),
      })),
    }));
}

/** The statements two or more outlets carry, each linked to its row on the compare page. */
function statementSummaries(analysis: StoryAnalysis, storyId: string, label: (id: string) => string): StatementSummary[] {
  return analysis.clusters
    .filter((c) => c.articleCount >= 2)
    .map((c) => ({
      id: c.id,
      href: `${storyHref(storyId)}compare/#${clusterAnchor(c.id)}`,
      speaker: c.speaker?.name ?? null,
      speakerHref: c.speaker?.personId ? personHref(c.speaker.personId) : null,
      representative: c.representative,
      outlets: [...new Set(c.members.map((m) => label(m.article)))],
      articleCount: c.articleCount,
    }));
}

/** How many statements only one outlet carries, by that outlet's article. */
function exclusivesByArticle(analysis: StoryAnalysis): Map<string, number> {
  const exclusiveCounts = new Map<string, number>();
  for (const c of analysis.clusters)
    if (c.articleCount === 1) exclusiveCounts.set(c.members[0]!.article, (exclusiveCounts.get(c.members[0]!.article) ?? 0) + 1);
  return exclusiveCounts;
}

/** Text reuse between two outlets: the shares in percent and the first REUSE_RUNS runs. */
function reuseView(p: StoryAnalysis['reuse'][number], label: (id: string) => string): ReuseView {
  return {
    a: label(p.a),
    b: label(p.b),
    shareA: p.shareA,
    shareB: p.shareB,
    label: `${pct(p.shareA)} of ${label(p.a)} · ${pct(p.shareB)} of ${label(p.b)}`,
    runs: p.runs.slice(0, REUSE_RUNS).map((r) => ({ text: r.text, words: r.words })),
  };
}

/** A spelling disagreement as "these outlets write X; the rest write Y". */
export function spellingView(d: Disagreement, label: (article: string) => string): SpellingView {
  const versions = d.versions
    .map((v) => ({ spelling: v.value, outlets: [...new Set(v.sources.map((s) => label(s.article)))] }))
    .sort((a, b) => b.outlets.length - a.outlets.length);
  return {
    id: d.id,
    name: versions[0]!.spelling,
    href: d.personId ? personHref(d.personId) : null,
    usual: versions[0]!,
    variants: versions.slice(1),
  };
}

/** The fragment id of a statement row on the compare page. */
export function clusterAnchor(clusterId: string): string {
  return `s-${clusterId.replace(/[^A-Za-z0-9_-]+/g, '-')}`;
}
