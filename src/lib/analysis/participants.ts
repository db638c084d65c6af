/**
 * Who took part in the story's meeting, stated differently: nearly every outlet has X meeting Q, one outlet
 * has X meeting P, a person with Q's title ("President") that no other outlet names at all (a rewrite that put
 * in the wrong president). A second meeting with someone else (a minister, a vice president) is not one: it
 * needs another title, or other outlets naming that person too.
 */
import type { Disagreement, FactSource } from '../schema/analysis.ts';
import type { ArticleRecord } from '../schema/record.ts';
import { sentences } from '../tokens.ts';
import { spansOf } from './spans.ts';

const MEETING = /\b(?:meeting|meet|meets|met|talks|summit|encounter|sat down)\b/i;

interface Pairing extends FactSource {
  people: [string, string];
}

/** Sentences about a meeting that name exactly two people. */
function pairingsOf(r: ArticleRecord): Pairing[] {
  const out: Pairing[] = [];
  for (const b of r.blocks) {
    if (b.type !== 'paragraph' && b.type !== 'headline') continue;
    for (const [s, e] of sentences(b.text)) {
      const sentence = b.text.slice(s, e);
      if (!MEETING.test(sentence)) continue;
      const people = spansOf(r).peopleIn(b.start + s, b.start + e);
      if (people.length !== 2) continue;
      out.push({ article: r.id, outlet: r.source.outlet, sentence, text: sentence, start: b.start + s, end: b.start + e, people: [people[0]!, people[1]!] });
    }
  }
  return out;
}

/** The one outlet that names a different participant of the story's main meeting. */
export function participantDisagreements(records: readonly ArticleRecord[]): Disagreement[] {
  const pairings = records.flatMap(pairingsOf);
  const articlesOf = (id: string) => new Set(records.filter((r) => r.people.some((p) => p.id === id)).map((r) => r.id));
  const titles = (id: string) => new Set(records.flatMap((r) => r.people.filter((p) => p.id === id).flatMap((p) => p.titles.map((t) => t.toLowerCase()))));
  const names = new Map(records.flatMap((r) => r.people.map((p) => [p.id, p.name] as const)));
  const key = (p: readonly string[]) => [...p].sort().join('|');
  const byPair = new Map<string, Pairing[]>();
  for (const x of pairings) (byPair.get(key(x.people)) ?? byPair.set(key(x.people), []).get(key(x.people))!).push(x);
  const spread = (list: Pairing[]) => new Set(list.map((x) => x.article)).size;
  const main = [...byPair.values()].filter((list) => spread(list) >= Math.max(3, records.length / 2));
  const out: Disagreement[] = [];
  for (const list of byPair.values()) {
    if (main.includes(list) || spread(list) !== 1) continue;
    for (const m of main) {
      const shared = list[0]!.people.find((p) => m[0]!.people.includes(p));
      if (!shared) continue;
      const odd = list[0]!.people.find((p) => p !== shared)!;
      const usual = m[0]!.people.find((p) => p !== shared)!;
      const theirs = titles(usual);
      // Someone no other outlet names, with the usual participant's title.
      if (articlesOf(odd).size !== 1 || ![...titles(odd)].some((t) => theirs.has(t))) continue;
      out.push({
        id: `participant-${shared}-${odd}`,
        kind: 'participant',
        subject: `who met ${names.get(shared) ?? shared}`,
        personId: shared,
        versions: [
          // One sentence an outlet is enough to show who the others name.
          { value: names.get(usual) ?? usual, sources: m.filter((x, i) => m.findIndex((y) => y.article === x.article) === i).map(({ people: _, ...s }) => s) },
          { value: names.get(odd) ?? odd, sources: list.map(({ people: _, ...s }) => s) },
        ],
        compatible: false,
      });
    }
  }
  return out;
}
