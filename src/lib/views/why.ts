/**
 * Why a row of the comparison groups these wordings: the reference wording, the outlets carrying it, how sure
 * the grouping is, and for each wording a sentence a reader understands (no internal codes), with a link to
 * the wording in its article.
 */
import type { ClusterMember, MatchReason, StatementCluster } from '../schema/analysis.ts';
import { outletName } from './labels.ts';
import { articleHref, quoteHref } from './links.ts';

/** One wording and why it is in the row. */
export interface WordingWhy {
  article: string;
  outlet: string;
  text: string;
  /** Reader-facing sentences, strongest reason first. */
  why: string;
  href: string;
}

/** The explanation of one row. */
export interface RowWhy {
  /** "Reference wording: “…”". */
  reference: string;
  /** "Carried by 3 outlets: AP, Reuters and Xinhua." */
  carriedBy: string;
  /** "Sure", "Fairly sure" or "Unsure". */
  confidenceLabel: string;
  /** One sentence on what the confidence means for this row. */
  confidence: string;
  wordings: WordingWhy[];
}

/** "A", "A and B", "A, B and C". */
export function listOf(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

const SENTENCE: Record<Exclude<MatchReason, 'synonyms' | 'other-attribution'>, string> = {
  representative: 'The wording the others are compared with.',
  'same-wording': 'Nearly word for word the same as another wording.',
  'shared-words': 'Shares most of its key words with the other wordings.',
  fragment: 'A part of a longer wording of the same statement.',
  reported: 'The reporter’s paraphrase of the statement, not a quotation.',
  translation: 'The same statement in another language: it keeps the names, the numbers and most long words of the other wordings (émérite for emeritus).',
  toll: 'Gives the same death toll as the other wordings: the count of the dead an authority announced, in other words.',
  rewrite:
    'Stands where a wording of this statement stands in another outlet’s article, which this article follows sentence for sentence (a rewrite of it or of the same source).',
};

/** The sentences explaining one member. */
export function whyMember(m: ClusterMember): string {
  return m.match.reasons
    .map((r) => {
      if (r === 'synonyms') {
        const pairs = listOf(m.match.synonyms.map(([mine, theirs]) => `“${mine}” for “${theirs}”`));
        return `Uses words of like meaning (${pairs}): likely another translation or a rewrite.`;
      }
      if (r === 'other-attribution') return `Here the words are given to ${m.match.attributedTo ?? 'someone else'}.`;
      if (r === 'translation' && m.match.synonyms.length && !m.match.reasons.includes('synonyms')) {
        const pairs = listOf(m.match.synonyms.map(([mine, theirs]) => `“${mine}” for “${theirs}”`));
        return `The same statement in another language, given to the same speaker: it writes words alike (${pairs}) and matches no other statement of theirs as well.`;
      }
      return SENTENCE[r];
    })
    .join(' ');
}

/** A reader's word for a confidence, 0–1. */
function confidenceWords(c: number, outlets: number): [string, string] {
  if (outlets < 2) return ['Sure', 'Only one outlet carries this statement.'];
  if (c >= 0.8) return ['Sure', 'The wordings match closely.'];
  if (c >= 0.55) return ['Fairly sure', 'The wordings differ but say the same thing; compare them below.'];
  return ['Unsure', 'The wordings share only part of their words; check that they report the same statement.'];
}

/** The explanation of a statement row; `outletLabel` names an article's outlet (defaults to the outlet name). */
export function whyRow(c: StatementCluster, outletLabel: (m: ClusterMember) => string = (m) => outletName(m.outlet)): RowWhy {
  const outlets = [...new Set(c.members.map(outletLabel))];
  const [confidenceLabel, confidence] = confidenceWords(c.confidence, outlets.length);
  return {
    reference: `Reference wording: “${c.representative}”`,
    carriedBy: `Carried by ${outlets.length} outlet${outlets.length === 1 ? '' : 's'}: ${listOf(outlets)}.`,
    confidenceLabel,
    confidence,
    wordings: c.members.map((m) => ({
      article: m.article,
      outlet: outletLabel(m),
      text: m.text,
      why: whyMember(m),
      href: m.quote ? quoteHref(m.article, m.quote) : articleHref(m.article),
    })),
  };
}
