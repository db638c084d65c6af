/**
 * The comparison page: one column per outlet, one row per statement, rows ordered by where the statement
 * falls in the articles, so the passages carrying the same statement sit side by side. Statements one outlet
 * alone carries are marked as such; each wording is diffed word by word against the row's representative.
 */
import { corpusIndex, type Corpus } from '../corpus.ts';
import type { ClusterMember, DiffOp } from '../schema/analysis.ts';
import { articleTitle, outletName } from './labels.ts';
import { articleHref, personHref, quoteHref } from './links.ts';
import { clusterAnchor, outletLabels } from './story.ts';

/** One wording in a cell. */
export interface CellItem {
  kind: ClusterMember['kind'];
  kindLabel: string;
  text: string;
  /** Word diff against the representative, or null when it would not help (fragments, paraphrases). */
  diff: DiffOp[] | null;
  href: string;
}

export interface CompareRow {
  id: string;
  anchor: string;
  speaker: string | null;
  speakerHref: string | null;
  representative: string;
  /** "Only in The Hindu" when one outlet alone carries it. */
  only: string | null;
  cells: Array<{ article: string; items: CellItem[] }>;
}

export interface CompareView {
  storyId: string;
  title: string;
  columns: Array<{ article: string; key: string; outlet: string; title: string; href: string }>;
  /** Statements two or more outlets carry, then the rest. */
  shared: CompareRow[];
  exclusive: CompareRow[];
}

const KIND_LABEL: Record<ClusterMember['kind'], string> = { direct: 'quote', partial: 'partial quote', unmarked: 'unmarked quote', reported: 'paraphrase' };

export function compareView(corpus: Corpus, storyId: string): CompareView {
  const story = corpus.stories.find((s) => s.id === storyId)!;
  const analysis = corpus.analyses[storyId]!;
  const records = story.articles.map((id) => corpusIndex(corpus).articles.get(id)!);
  const labels = outletLabels(records);
  const lengths = new Map(records.map((r) => [r.id, Math.max(1, r.text.length)]));

  const rows = analysis.clusters.map((c) => {
    // Where the statement falls: its average relative position in the articles that carry it.
    const position = c.members.reduce((n, m) => n + m.start / lengths.get(m.article)!, 0) / c.members.length;
    const row: CompareRow = {
      id: c.id,
      anchor: clusterAnchor(c.id),
      speaker: c.speaker?.name ?? null,
      speakerHref: c.speaker?.personId ? personHref(c.speaker.personId) : null,
      representative: c.representative,
      only: c.articleCount === 1 ? `Only in ${labels.get(c.members[0]!.article)}` : null,
      cells: records.map((r) => ({
        article: r.id,
        items: c.members
          .filter((m) => m.article === r.id)
          .map((m) => ({
            kind: m.kind,
            kindLabel: KIND_LABEL[m.kind],
            text: m.text,
            diff: (m.kind === 'direct' || m.kind === 'unmarked') && m.text !== c.representative && m.similarity >= 0.3 ? m.diff : null,
            href: m.quote ? quoteHref(r.id, m.quote) : articleHref(r.id),
          })),
      })),
    };
    return { row, position, shared: c.articleCount >= 2 };
  });
  rows.sort((a, b) => a.position - b.position);
  return {
    storyId,
    title: story.title,
    columns: records.map((r) => ({
      article: r.id,
      key: r.id,
      outlet: labels.get(r.id) ?? outletName(r.source.outlet),
      title: articleTitle(r),
      href: articleHref(r.id),
    })),
    shared: rows.filter((r) => r.shared).map((r) => r.row),
    exclusive: rows.filter((r) => !r.shared).map((r) => r.row),
  };
}
