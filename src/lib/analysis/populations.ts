/**
 * How many people live in a place: "Karsk, home to 40,000 people", "the town, which has a population of 40,000",
 * "a town of around 55,000 residents". The place is the name written nearest before the number in its sentence
 * (a run of capitalised words); a population with no name before it is left out, so two towns of one story are
 * never compared. Compared as a count (event `population`, noun the place) with the other outlets' counts.
 */
import type { ArticleRecord } from '../schema/record.ts';
import { sentences } from '../tokens.ts';
import { fromCount, qualifierOf, statedFact, type Fact } from './facts.ts';
import { stem } from './text.ts';

const QUALIFIER =
  '(?:([Rr]oughly|[Aa]bout|[Aa]round|[Aa]pproximately|[Nn]early|[Aa]lmost|[Ss]ome|[Oo]ver|[Mm]ore than|[Ff]ewer than|[Ll]ess than|[Uu]nder|[Aa]t least|[Uu]p to|[Jj]ust over)\\s+)?';
/** A number in digits, or in millions ("1.2 million"). */
const N = '(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?\\s+million|\\d+)';
const PEOPLE = '(?:people|residents|inhabitants)';
/** "home to 40,000 people", "a population of (about) 40,000", "a village of 800 residents". */
const POPULATION = new RegExp(
  `\\bhome\\s+to\\s+${QUALIFIER}${N}\\s+${PEOPLE}\\b|\\bpopulation\\s+of\\s+${QUALIFIER}${N}(?![\\d,.]*\\s*(?:%|percent))|\\b(?:city|town|village|community|municipality|island)\\s+of\\s+${QUALIFIER}${N}\\s+${PEOPLE}\\b`,
  'g',
);
/** Capitalised words that name no place (a sentence's first word, months, days). */
const NO_PLACE =
  /^(?:The|A|An|It|Its|This|That|These|Those|Some|About|More|Nearly|Around|In|On|At|After|Before|But|And|According|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** The place named nearest before `at` in a sentence (a run of capitalised words), or null. */
function placeBefore(sentence: string, at: number): string | null {
  const names = [...sentence.slice(0, at).matchAll(/\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)*/gu)]
    .map((m) =>
      m[0]
        .split(/\s+/)
        .filter((w) => !NO_PLACE.test(w))
        .join(' '),
    )
    .filter((w) => w.length > 1);
  return names.at(-1)?.replace(/[’']s$/, '') ?? null;
}

/** Every population of a named place in a record (unit `count`, event `population`, noun the place in lower case). */
export function findPopulations(r: ArticleRecord): Fact[] {
  const out: Fact[] = [];
  for (const b of r.blocks) {
    // Most paragraphs hold nothing of the kind: one cheap test spares them the sentence split.
    if ((b.type !== 'paragraph' && b.type !== 'headline') || !/\d/.test(b.text) || !/home to|population|of\s/.test(b.text)) continue;
    for (const [s, e] of sentences(b.text)) {
      const sentence = b.text.slice(s, e);
      for (const m of sentence.matchAll(POPULATION)) {
        const i = [1, 3, 5].find((k) => m[k + 1] !== undefined)!;
        const place = placeBefore(sentence, m.index);
        if (!place) continue;
        const digits = m[i + 1]!;
        const value = /million/.test(digits) ? Math.round(Number.parseFloat(digits) * 1e6) : Number(digits.replace(/,/g, ''));
        // A year ("the population of 2019") is no count.
        if (/^(?:1[89]|20)\d\d$/.test(digits)) continue;
        // (The words from the count on: "40,000 people", not "home to 40,000 people".)
        const { at, text } = fromCount(m, m[i]);
        out.push(
          statedFact(r, sentence, b.start + s, at, text, {
            unit: 'count',
            value,
            qualifier: qualifierOf(m[i]),
            event: 'population',
            noun: place.toLowerCase(),
            label: `people living in ${place}`,
          }),
        );
      }
    }
  }
  return out;
}

/** A number in digits, or in millions or billions ("1.4 billion"). */
const MANY = '(\\d+(?:\\.\\d+)?\\s+(?:million|billion)|\\d{1,3}(?:,\\d{3})+|\\d+)';
/** "the world's 80 million Anglicans": the people of a faith, a nation or a body across the world, by their plural name. */
const WORLD_MEMBERS = new RegExp(`\\bthe\\s+world[’']s\\s+${QUALIFIER}${MANY}\\s+(\\p{Lu}\\p{Ll}+(?:s|men))\\b`, 'gu');
/** "the 85 million-member Anglican Communion", "a 90-member Harbour Council": a body counted by its members. */
const MEMBER_BODY = new RegExp(
  `\\b${QUALIFIER}${MANY}[\\s-]member\\s+((?:\\p{Lu}[\\p{L}’'-]*\\s+){0,3})(Church|Communion|Party|Union|Guild|Alliance|Federation|Council|Assembly|Association|Organi[sz]ation|Bloc)\\b`,
  'gu',
);
const valueOf = (digits: string) =>
  /illion/.test(digits) ? Math.round(Number.parseFloat(digits) * (/billion/.test(digits) ? 1e9 : 1e6)) : Number(digits.replace(/,/g, ''));

/**
 * How many people a faith, a nation or a body has, as the story states it in passing: "the world's 80 million
 * Anglicans" and "the 85 million-member Anglican Church" count the same people (noun: the stem of the plural name, or of
 * the word before the body's noun). Compared as a count (event `members`) with the other outlets' counts.
 */
export function findMembers(r: ArticleRecord): Fact[] {
  const out: Fact[] = [];
  for (const b of r.blocks) {
    if ((b.type !== 'paragraph' && b.type !== 'headline') || !/\d/.test(b.text) || !/world[’']s|member/.test(b.text)) continue;
    for (const [s, e] of sentences(b.text)) {
      const sentence = b.text.slice(s, e);
      for (const [re, world] of [
        [WORLD_MEMBERS, true],
        [MEMBER_BODY, false],
      ] as const)
        for (const m of sentence.matchAll(re)) {
          const [q, digits, name, body] = [m[1], m[2]!, m[3]!, m[4]];
          const word = world ? name : (name.trim().split(/\s+/).filter(Boolean).at(-1) ?? body!);
          if (/^(?:1[89]|20)\d\d$/.test(digits)) continue;
          const { at, text } = fromCount(m, q);
          out.push(
            statedFact(r, sentence, b.start + s, at, text, {
              unit: 'count',
              value: valueOf(digits),
              qualifier: qualifierOf(q),
              event: 'members',
              noun: stem(word.toLowerCase()),
              // One word first for every form, so a count is one version however it is written (values.ts shows it).
              label: `members (${world ? name : `${name}${body}`.trim()})`,
            }),
          );
        }
    }
  }
  return out;
}
