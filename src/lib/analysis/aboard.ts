/**
 * How many people a ship, train, plane or bus carried: "carrying more than 350 people", "roughly 400 people on
 * board", "there were 342 passengers and 10 employees on board" (passengers and crew added up: 352). Compared as a
 * count (event and noun `aboard`) with the other outlets' counts, as tallies.ts counts are.
 */
import type { ArticleRecord } from '../schema/record.ts';
import { sentences } from '../tokens.ts';
import { qualifierOf, statedFact, type Fact } from './facts.ts';

const QUALIFIER =
  '(?:([Rr]oughly|[Aa]bout|[Aa]round|[Aa]pproximately|[Nn]early|[Aa]lmost|[Ss]ome|[Oo]ver|[Mm]ore than|[Ff]ewer than|[Ll]ess than|[Uu]nder|[Aa]t least|[Uu]p to)\\s+)?';
const N = '(\\d{1,3}(?:,\\d{3})+|\\d+)';
/** The people counted, and the crew counted beside them ("and 12 crew", "plus 10 employees"). */
const PEOPLE = `${N}\\s+(?:passengers|people|persons)(?:\\s+(?:and|plus)\\s+${N}\\s+(?:crew(?:\\s+members)?|crewmembers|employees|staff))?`;
/** "carrying 350 passengers", or "400 people (were) on board", "… aboard". */
const ABOARD = new RegExp(
  `\\b(?:carrying|carried)\\s+${QUALIFIER}${PEOPLE}\\b|\\b${QUALIFIER}${PEOPLE}\\s+(?:(?:were|was)\\s+)?(?:on\\s*board|aboard)\\b`,
  'g',
);

/** Every count of the people a vehicle carried in a record (unit `count`, event and noun `aboard`). */
export function findAboard(r: ArticleRecord): Fact[] {
  const out: Fact[] = [];
  for (const b of r.blocks) {
    if ((b.type !== 'paragraph' && b.type !== 'headline') || !/\d/.test(b.text) || !/board|carr/.test(b.text)) continue;
    for (const [s, e] of sentences(b.text)) {
      const sentence = b.text.slice(s, e);
      for (const m of sentence.matchAll(ABOARD)) {
        const [qualifier, people, crew] = m[1] !== undefined || m[2] !== undefined ? [m[1], m[2], m[3]] : [m[4], m[5], m[6]];
        if (people === undefined) continue;
        const count = (x: string | undefined) => (x ? Number(x.replace(/,/g, '')) : 0);
        // The words from the count (or its qualifier) on: "more than 350 people", not "carrying more than 350 people".
        const from = m[0].search(/\d/) - (qualifier ? qualifier.length + 1 : 0);
        const text = m[0].slice(from);
        const at = { ...m, index: m.index + from, 0: text } as RegExpMatchArray;
        out.push(
          statedFact(r, sentence, b.start + s, at, text, {
            unit: 'count',
            value: count(people) + count(crew),
            qualifier: qualifierOf(qualifier),
            event: 'aboard',
            noun: 'aboard',
            label: 'people aboard',
          }),
        );
      }
    }
  }
  return out;
}
