/**
 * How many people a ship, train, plane or bus carried: "carrying more than 350 people", "roughly 400 people on
 * board", "there were 342 passengers and 10 employees on board" (passengers and crew added up: 352), "all 44
 * passengers on the plane". Compared as a count (event and noun `aboard`) with the other outlets' counts, as
 * tallies.ts counts are; passengers named as such are compared as passengers too.
 */
import type { ArticleRecord } from '../schema/record.ts';
import { sentences } from '../tokens.ts';
import { fromCount, qualifierOf, statedFact, type Fact } from './facts.ts';

const QUALIFIER =
  '(?:([Rr]oughly|[Aa]bout|[Aa]round|[Aa]pproximately|[Nn]early|[Aa]lmost|[Ss]ome|[Oo]ver|[Mm]ore than|[Ff]ewer than|[Ll]ess than|[Uu]nder|[Aa]t least|[Uu]p to)\\s+)?';
const N = '(\\d{1,3}(?:,\\d{3})+|\\d+)';
/** A crew is small: often written in words ("and three crew members"). */
const CREW_WORDS: Record<string, number> = Object.fromEntries(
  'one two three four five six seven eight nine ten eleven twelve'.split(' ').map((w, i): [string, number] => [w, i + 1]),
);
const CREW_N = `(\\d+|${Object.keys(CREW_WORDS).join('|')})`;
/** The people counted, and the crew counted beside them ("and 12 crew", "plus 10 employees", "and three crew members"). */
const PEOPLE = `${N}\\s+(passengers|people|persons)(?:\\s+(?:and|plus)\\s+${CREW_N}\\s+(?:crew(?:\\s+members)?|crewmembers|employees|staff))?`;
/** The people counted with the crew beside them, which says they were aboard ("with 52 passengers and three crew"). */
const WITH_CREW = `${N}\\s+(passengers|people|persons)\\s+(?:and|plus)\\s+${CREW_N}\\s+(?:crew(?:\\s+members)?|crewmembers|employees|staff)`;
/** "on board", "aboard", or on the vehicle itself ("on the plane", "aboard the flight"). */
const ON = '(?:on\\s*board|aboard|(?:on|aboard)\\s+(?:the|a|that)\\s+(?:plane|flight|jet|aircraft|airliner|train|ship|ferry|bus|boat|vessel))';
/**
 * "carrying 350 passengers", or "400 people (were) on board", "… aboard", "44 passengers on the plane"; or everyone
 * taken off it: "the crew evacuated all 44 passengers and three crew members" counts who was aboard; so does a flight
 * "with 52 passengers and three crew" (the crew beside them says they were aboard; "with 20 people" alone does not).
 */
const ABOARD = new RegExp(
  `\\b(?:carrying|carried)\\s+${QUALIFIER}${PEOPLE}\\b|\\b${QUALIFIER}${PEOPLE}\\s+(?:(?:were|was)\\s+)?${ON}\\b|\\b(?:evacuated|rescued)\\s+all\\s+(?:the\\s+)?${QUALIFIER}${PEOPLE}\\b|\\bwith\\s+${QUALIFIER}${WITH_CREW}\\b`,
  'g',
);

/** Every count of the people a vehicle carried in a record (unit `count`, event and noun `aboard`). */
export function findAboard(r: ArticleRecord): Fact[] {
  const out: Fact[] = [];
  for (const b of r.blocks) {
    if (
      (b.type !== 'paragraph' && b.type !== 'headline') ||
      !/\d/.test(b.text) ||
      !/board|carr|evacuated all|rescued all|crew|\bon\s+(?:the|a|that)\s/.test(b.text)
    )
      continue;
    for (const [s, e] of sentences(b.text)) {
      const sentence = b.text.slice(s, e);
      for (const m of sentence.matchAll(ABOARD)) {
        // The first alternative that matched: each has the same four groups (qualifier, count, noun, crew).
        const g = m[2] !== undefined ? 1 : m[6] !== undefined ? 5 : m[10] !== undefined ? 9 : 13;
        const [qualifier, people, noun, crew] = [m[g], m[g + 1], m[g + 2], m[g + 3]];
        if (people === undefined) continue;
        const count = (x: string | undefined) => (x ? (CREW_WORDS[x.toLowerCase()] ?? Number(x.replace(/,/g, ''))) : 0);
        const { at, text } = fromCount(m, qualifier);
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
        // Passengers named as such are a count of their own too: "41 passengers and three crew" against "all 44
        // passengers" is a disagreement on the passengers, though both may add up to 44 people.
        if (noun!.toLowerCase() === 'passengers') {
          const words = text.replace(/\s+(?:and|plus)\s.*$/s, '');
          out.push(
            statedFact(r, sentence, b.start + s, { ...at, 0: words }, words, {
              unit: 'count',
              value: count(people),
              qualifier: qualifierOf(qualifier),
              event: 'passengers aboard',
              noun: 'passengers aboard',
              label: 'passengers aboard',
            }),
          );
        }
      }
    }
  }
  return out;
}
