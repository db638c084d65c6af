/**
 * How long a state has lasted, in years: a person's time in an office ("after three turbulent years in office",
 * "almost four and a half years as mayor", "just over six years in the job"), a war's length ("its two-year
 * conflict", "now in its third year"), and a person's time held or in exile ("was held prisoner for nearly four
 * years", "had been behind bars for more than three years", "nine years in the embassy", "more than eight years of
 * self-imposed exile"; a sentence handed down, "sentenced to 12 years in prison", is not time served). Years of such
 * a span are counted whole: "three years" is three to four.
 */
import { TITLE_WORDS } from '../lexicon.ts';
import type { ArticleRecord } from '../schema/record.ts';
import { sentences } from '../tokens.ts';
import { qualifierOf, statedFact, type Fact } from './facts.ts';
import { spansOf } from './spans.ts';

const WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty';
const VALUE: Record<string, number> = Object.fromEntries(WORDS.split('|').map((w, i) => [w, i + 1]));
const ORDINALS = 'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth';
const ORDINAL: Record<string, number> = Object.fromEntries(ORDINALS.split('|').map((w, i) => [w, i + 1]));
const QUALIFIER = '(roughly|about|around|approximately|nearly|almost|over|more than|less than|under|at least|just over|just under)?';
const HALF = '([\\s-]+and[\\s-]+(?:a[\\s-]+)?half)?';

/** "three turbulent years in office", "five and a-half years as prime minister", "six years in the top job". */
const IN_OFFICE = new RegExp(
  `\\b${QUALIFIER}\\s*(\\d{1,2}|${WORDS})${HALF}(?:[\\s-]+[a-z]+)?[\\s-]+years?\\s+(?:in\\s+(?:office|power)|in\\s+(?:the|his|her|their)\\s+(?:top\\s+)?(?:job|role|post)|at\\s+the\\s+helm|as\\s+((?:[\\p{L}-]+\\s*){1,3}))`,
  'giu',
);
/** "its two-year conflict", "two years of war", "now going into its third year" (with a war named in the sentence). */
const WAR_SPAN = new RegExp(
  `\\b${QUALIFIER}\\s*(\\d{1,2}|${WORDS})${HALF}(?:-year\\s+(?:[a-z-]+\\s+)?(?:war|conflict)\\b|\\s+years\\s+of\\s+(?:[\\p{L}’'-]+\\s+){0,3}?(?:war|conflict|fighting)\\b)`,
  'giu',
);
const WAR_ORDINAL = new RegExp(`\\b(?:in|into)\\s+its\\s+(${ORDINALS})\\s+year\\b`, 'gi');
/** "was held prisoner for nearly four years", "had been behind bars for more than three years", "in hiding for eleven years". */
const HELD_FOR = new RegExp(
  `\\b(?:held(?:\\s+(?:prisoner|captive|hostage))?|detained|imprisoned|behind\\s+bars|in(?:to)?\\s+(?:prison|jail|custody|detention|captivity|hiding|exile))\\s+for\\s+${QUALIFIER}\\s*(\\d{1,2}|${WORDS})${HALF}[\\s-]+years?\\b`,
  'giu',
);
/** "three years in a military jail", "nine years at the embassy", "more than eight years of self-imposed exile". */
const YEARS_HELD = new RegExp(
  `\\b${QUALIFIER}\\s*(\\d{1,2}|${WORDS})${HALF}[\\s-]+years?\\s+(?:of\\s+(?:[\\p{L}-]+\\s+)?(exile|hiding|detention|captivity|imprisonment)|(?:in|at|behind)\\s+(?:(?:a|an|the|his|her|their)\\s+)?(?:[\\p{L}-]+\\s+){0,3}?(jail|prison|bars|custody|detention|captivity|exile|hiding|embassy))\\b`,
  'giu',
);
/** Words before a span of years that make it a sentence handed down, not time served ("sentenced X, a reporter, to 12 years in prison"). */
const SENTENCED = /\b(?:sentenced|sentence|term|faces|facing|face|serve|jailed|up to)\b[^.]{0,80}$|\bto\s*$/i;
/** Places of exile: an embassy taken refuge in, hiding; every other place holds a prisoner. */
const EXILE = /^(?:exile|hiding|embassy)$/i;
const WAR = /\b(?:war|conflict|fighting)\b/i;

const numberOf = (word: string) => (/^\d/.test(word) ? Number(word) : (VALUE[word.toLowerCase()] ?? NaN));

/** The person mentioned last before `at` in [start, at), or else first after it in [at, end): whose time it is. */
function nearestPerson(r: ArticleRecord, start: number, at: number, end: number): string[] {
  let before: [number, string] | null = null;
  let after: [number, string] | null = null;
  for (const p of r.people)
    for (const [s] of p.mentions.offsets) {
      if (s >= start && s < at && (!before || s > before[0])) before = [s, p.id];
      if (s >= at && s < end && (!after || s < after[0])) after = [s, p.id];
    }
  const id = before?.[1] ?? after?.[1];
  return id ? [id] : [];
}

/** Every stated time in office, length of a war or time held in a record (unit years; event `office`, `war`, `time held` or `time in exile`). */
export function findTenures(r: ArticleRecord): Fact[] {
  const out: Fact[] = [];
  for (const b of r.blocks) {
    // Most paragraphs hold nothing of the kind: one cheap test spares them the sentence split.
    if ((b.type !== 'paragraph' && b.type !== 'headline') || !/year/i.test(b.text)) continue;
    for (const [s, e] of sentences(b.text)) {
      const sentence = b.text.slice(s, e);
      if (!/year/i.test(sentence)) continue;
      const start = b.start + s;
      const people = spansOf(r).peopleIn(start, b.start + e);
      const push = (m: RegExpMatchArray, value: number, qualifier: Fact['qualifier'], event: string, who = people) =>
        out.push(statedFact(r, sentence, start, m, m[0].trim(), { unit: 'years', value, qualifier, event, people: who }));
      for (const m of sentence.matchAll(IN_OFFICE)) {
        // "as" must lead to an office ("as prime minister"), not to anything else ("as it turned out").
        if (
          m[4] &&
          !m[4]
            .toLowerCase()
            .split(/[\s-]+/)
            .some((w) => TITLE_WORDS.has(w))
        )
          continue;
        push(m, numberOf(m[2]!) + (m[3] ? 0.5 : 0), qualifierOf(m[1]), 'office');
      }
      // Time held or in exile is one person's: the one named nearest before it ("…; and Brandt, who was held …").
      const held = (m: RegExpMatchArray, place: string) => {
        if (SENTENCED.test(sentence.slice(0, m.index)) || /^up to$/i.test(m[1] ?? '')) return;
        const at = start + m.index!;
        push(
          m,
          numberOf(m[2]!) + (m[3] ? 0.5 : 0),
          qualifierOf(m[1]),
          EXILE.test(place) ? 'time in exile' : 'time held',
          nearestPerson(r, start, at, b.start + e),
        );
      };
      for (const m of sentence.matchAll(HELD_FOR)) held(m, /hiding|exile/i.test(m[0]) ? 'exile' : 'prison');
      for (const m of sentence.matchAll(YEARS_HELD)) held(m, m[4] ?? m[5]!);
      if (!WAR.test(sentence)) continue;
      for (const m of sentence.matchAll(WAR_SPAN)) push(m, numberOf(m[2]!) + (m[3] ? 0.5 : 0), qualifierOf(m[1]), 'war');
      // "in its third year": more than two years.
      for (const m of sentence.matchAll(WAR_ORDINAL)) push(m, ORDINAL[m[1]!.toLowerCase()]! - 1, 'more', 'war');
    }
  }
  return out.filter((f) => Number.isFinite(f.value));
}
