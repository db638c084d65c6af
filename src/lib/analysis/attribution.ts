/**
 * Who made a statement, as outlets tell it: "The Elysée said Dupont raised areas where Paris has
 * concerns" against "Dupont said she raised areas …". Within one statement cluster, an outlet that gives the words
 * to an organisation or office, reporting what a person did, and another that gives them to that person.
 * Both can be right (an office reports its principal's words), so the versions are marked compatible; the
 * reader sees who is the source in each outlet.
 */
import { SPEECH_VERBS } from '../lexicon.ts';
import type { Disagreement, FactSource, StatementCluster } from '../schema/analysis.ts';
import type { ArticleRecord } from '../schema/record.ts';
import { spansOf } from './spans.ts';

const VERB = new RegExp(`\\b(?:${[...SPEECH_VERBS].join('|')})\\b`);
/** A sayer that names no person: "The White House", "the Foreign Ministry", "Chinese state media". */
const ORGANISATION =
  /^(?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){0,4}\p{Lu}[\p{L}.’'-]*$|^(?:the\s+)?(?:\p{Lu}\p{L}+\s+)?(?:state\s+media|ministry|government|embassy|spokes(?:man|woman|person))$/iu;
const LEAD = /^(?:but|and|however|meanwhile|earlier|later|separately),?\s+/i;

type Sayer = { kind: 'person'; id: string; name: string } | { kind: 'organisation'; name: string; mentions: string[] };

/** Who a reported sentence gives its words to: the words before its speech verb. */
function sayerOf(r: ArticleRecord, start: number, text: string): Sayer | null {
  const verb = VERB.exec(text);
  if (!verb) return null;
  const head = text.slice(0, verb.index).trim().replace(LEAD, '');
  if (!head || head.length > 40) return null;
  const at = spansOf(r);
  const people = at.peopleIn(start, start + verb.index);
  if (people.length) {
    const id = people.at(-1)!;
    return { kind: 'person', id, name: r.people.find((p) => p.id === id)!.name };
  }
  if (!ORGANISATION.test(head) || /^(?:he|she|they|it|we|i)$/i.test(head)) return null;
  return { kind: 'organisation', name: head.replace(/^the\s+/i, 'the '), mentions: at.peopleIn(start + verb.index, start + text.length) };
}

/** Statements one outlet gives to an organisation reporting a person, and another to the person. */
export function attributionDisagreements(records: readonly ArticleRecord[], clusters: readonly StatementCluster[]): Disagreement[] {
  const byId = new Map(records.map((r) => [r.id, r]));
  const out: Disagreement[] = [];
  for (const c of clusters) {
    if (c.articleCount < 2) continue;
    const people = new Map<string, { name: string; sources: FactSource[] }>();
    const organisations = new Map<string, { mentions: Set<string>; sources: FactSource[] }>();
    for (const m of c.members) {
      const r = byId.get(m.article);
      if (!r || m.kind !== 'reported') continue;
      const s = sayerOf(r, m.start, m.text);
      if (!s) continue;
      // The words naming the sayer, with their offsets in the article.
      const said = m.text.slice(0, VERB.exec(m.text)!.index).trim().replace(LEAD, '');
      const at = m.start + m.text.indexOf(said);
      const source: FactSource = { article: m.article, outlet: m.outlet, sentence: m.text, text: said, start: at, end: at + said.length };
      if (s.kind === 'person') {
        const e = people.get(s.id) ?? people.set(s.id, { name: s.name, sources: [] }).get(s.id)!;
        e.sources.push(source);
      } else {
        const key = s.name.toLowerCase();
        const e = organisations.get(key) ?? organisations.set(key, { mentions: new Set(), sources: [] }).get(key)!;
        s.mentions.forEach((p) => e.mentions.add(p));
        e.sources.push(source);
      }
    }
    for (const [id, person] of people)
      for (const org of organisations.values()) {
        // The organisation must report that person ("The Elysée said Dupont raised …"), in other outlets.
        if (!org.mentions.has(id) || org.sources.every((s) => person.sources.some((p) => p.article === s.article))) continue;
        out.push({
          id: `attribution-${c.id}-${id}`,
          kind: 'attribution',
          subject: `who said it: ${c.representative.length > 80 ? `${c.representative.slice(0, 80)}…` : c.representative}`,
          personId: id,
          versions: [
            { value: org.sources[0]!.text, sources: org.sources },
            { value: person.name, sources: person.sources },
          ],
          compatible: true,
        });
      }
  }
  return out;
}
