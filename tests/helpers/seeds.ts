/** Load the seed collection and the hand annotations, and compare them. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildCorpus, parseContent, readContent, type ArticleRecord, type Corpus } from '../../src/lib/index.ts';

export const ROOT = join(import.meta.dirname, '..', '..');

/** A hand-annotated quote. */
export interface ExpectedQuote {
  text: string;
  kind: 'direct' | 'partial' | 'unmarked';
  speaker: string | { name: string } | null;
}
export interface Expected {
  article: string;
  quotes: ExpectedQuote[];
  people: Array<{ id: string; name: string; aliases: string[] }>;
  notPeople: string[];
}

/** The seed content folder, parsed and merged as the build does it. */
export function seedCorpus(): Corpus {
  const { content, errors } = readContent(join(ROOT, 'content'));
  if (errors.length) throw new Error(errors.map(String).join('\n'));
  return buildCorpus(content.stories, parseContent(content), content.people);
}

export function expectations(): Expected[] {
  const dir = join(ROOT, 'tests', 'seeds', 'expected');
  return readdirSync(dir)
    .sort()
    .map((n) => JSON.parse(readFileSync(join(dir, n), 'utf8')) as Expected);
}

/** Compare text ignoring spacing and the shape of quotation marks and apostrophes. */
export const same = (s: string) => s.replace(/[‘’']/g, "'").replace(/[“”"]/g, '"').replace(/\s+/g, ' ').trim();

/** Group names compare without case or a leading article ("the Tea Board of Kenya" = "Tea Board of Kenya"). */
const groupKey = (name: string) =>
  `name:${same(name)
    .toLowerCase()
    .replace(/^(?:the|a|an) /, '')}`;

/** The speaker of a record quote in the annotation's form. */
export function speakerKey(q: ArticleRecord['quotes'][number]): string | null {
  if (!q.speaker) return null;
  return q.speaker.personId ?? groupKey(q.speaker.name);
}
export function expectedSpeakerKey(s: ExpectedQuote['speaker']): string | null {
  if (s === null) return null;
  return typeof s === 'string' ? s : groupKey(s.name);
}
