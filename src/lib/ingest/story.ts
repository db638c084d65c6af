/**
 * Which story a new article belongs to. Each existing story is scored on what the article shares with it: the
 * people it mentions (ids merged across articles as the build merges them), the statements it reports (statement
 * clusters of the cross-outlet analysis that take in the new article and another one), and how close its
 * publication day is to the story's day. The best story above AUTO_THRESHOLD is proposed; below it, a new story.
 */
import { analyseStory } from '../analysis/index.ts';
import type { ContentSet } from '../content.ts';
import { mergePeople } from '../merge.ts';
import { parseArticle } from '../parse/index.ts';
import type { ArticleRecord } from '../schema/record.ts';
import type { StoryMeta } from '../schema/meta.ts';

/** How well the new article fits one story. */
export interface StoryScore {
  story: string;
  /** 0–1: WEIGHTS applied to the three parts. */
  score: number;
  /** Share of the article's mentions of people that are of people the story already has, 0–1. */
  people: number;
  /** Names of the shared people, most mentioned first. */
  sharedPeople: string[];
  /** Statements of the article that another article of the story also reports. */
  statements: number;
  /** Days between the article's publication day and the story's day (or nearest article), or null. */
  days: number | null;
}

export const AUTO_THRESHOLD = 0.4;
const WEIGHTS = { people: 0.45, statements: 0.35, date: 0.2 };
/** Three shared statements make the statement part whole. */
const STATEMENTS_FULL = 3;

const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

/** Closeness of two days as a 0–1 part: within three days is whole, a week half. Unknown counts a little. */
function dateScore(days: number | null): number {
  if (days === null) return 0.25;
  return days <= 3 ? 1 : days <= 7 ? 0.5 : 0;
}

/**
 * Score every story of `content` for `candidate` (a parsed record whose story is not set yet).
 * `records` are the parsed articles of the content folder. Best first.
 */
export function scoreStories(candidate: ArticleRecord, content: ContentSet, records: readonly ArticleRecord[]): StoryScore[] {
  // Story titles and summaries count as text of the story, so a story without articles still has people.
  const storyNotes = [...content.stories].map(([id, s]) => ({ ...parseArticle({ id: `story:${id}`, source: `${s.title}.\n\n${s.summary}` }), story: id }));
  const merged = mergePeople([...records, ...storyNotes, candidate], content.people);
  const cand = merged.at(-1)!;
  const others = merged.slice(0, -1);
  const weights = new Map(cand.people.map((p) => [p.id, Math.max(1, p.mentions.count)]));
  const total = [...weights.values()].reduce((a, b) => a + b, 0);

  return [...content.stories]
    .map(([id, meta]) => {
      const own = others.filter((r) => r.story === id);
      const theirs = new Set(own.flatMap((r) => r.people.map((p) => p.id)));
      const shared = cand.people.filter((p) => theirs.has(p.id)).sort((a, b) => b.mentions.count - a.mentions.count);
      const people = total ? shared.reduce((n, p) => n + weights.get(p.id)!, 0) / total : 0;
      const articles = own.filter((r) => !r.id.startsWith('story:'));
      const days = daysApart(cand.date.iso, meta, articles);
      // The statement analysis is the costly part: only for stories that share someone or a date.
      const statements = (people > 0 || (days !== null && days <= 7)) && articles.length ? sharedStatements(id, articles, cand) : 0;
      const score = WEIGHTS.people * people + WEIGHTS.statements * Math.min(1, statements / STATEMENTS_FULL) + WEIGHTS.date * dateScore(days);
      return {
        story: id,
        score: Math.round(score * 100) / 100,
        people: Math.round(people * 100) / 100,
        sharedPeople: shared.map((p) => p.name),
        statements,
        days,
      };
    })
    .sort((a, b) => b.score - a.score || a.story.localeCompare(b.story));
}

/** Days from `iso` to the story's day or its nearest dated article. */
function daysApart(iso: string | null, meta: StoryMeta, own: readonly ArticleRecord[]): number | null {
  if (!iso) return null;
  const days = [meta.date, ...own.map((r) => r.date.iso).filter((d): d is string => d !== null)].map((d) => Math.abs(dayNumber(d) - dayNumber(iso)));
  return Math.min(...days);
}

/** Statement clusters of the story, with the candidate in it, that join the candidate to another article. */
function sharedStatements(story: string, own: readonly ArticleRecord[], cand: ArticleRecord): number {
  const analysis = analyseStory(story, [...own, { ...cand, story }]);
  return analysis.clusters.filter((c) => c.articleCount > 1 && c.members.some((m) => m.article === cand.id)).length;
}
