/**
 * How deep something lies: "a trench 3 km deep", "to a depth of more than three miles", "a depth of about 9,800 feet",
 * "at a depth of 10 km" (a quake's focus). Kilometres, miles, metres and feet are compared in metres, as sizes are
 * (sizes.ts: close values, within a fifth, are of one thing); a conversion in brackets right after a depth ("three miles
 * (nearly five kilometres)") is the same depth written again, not a second one.
 */
import type { ArticleRecord } from '../schema/record.ts';
import { sentences } from '../tokens.ts';
import { qualifierOf, statedFact, type Fact } from './facts.ts';

const QUALIFIER = '(roughly|about|around|approximately|nearly|almost|some|over|more than|less than|under|at least|up to)?';
const WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const NUMBER = `(\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?|${Object.keys(WORDS).join('|')})`;
const UNIT = '(km|kilomet(?:re|er)s?|miles?|m|metres?|meters?|ft|feet|foot)';
/** "a depth of more than three miles", "at a depth of 12 km". */
const DEPTH_OF = new RegExp(`\\bdepth\\s+of\\s+${QUALIFIER}\\s*${NUMBER}[\\s-]?${UNIT}\\b`, 'gi');
/** "a trench 3 km deep", "about 2,900 metres deep". */
const DEEP = new RegExp(`\\b${QUALIFIER}\\s*${NUMBER}[\\s-]?${UNIT}[\\s-]deep\\b`, 'gi');
const METRES: Record<string, number> = {
  km: 1000,
  kilometre: 1000,
  kilometer: 1000,
  mile: 1609,
  m: 1,
  metre: 1,
  meter: 1,
  ft: 0.3048,
  feet: 0.3048,
  foot: 0.3048,
};

/** Every depth a record states (unit `length`, in metres; event `depth`). */
export function findDepths(r: ArticleRecord): Fact[] {
  const out: Fact[] = [];
  for (const b of r.blocks) {
    // Most paragraphs give no depth: one cheap test spares them the sentence split.
    if ((b.type !== 'paragraph' && b.type !== 'headline') || !/\bdeep\b|\bdepth\b/i.test(b.text)) continue;
    for (const [s, e] of sentences(b.text)) {
      const sentence = b.text.slice(s, e);
      for (const m of [...sentence.matchAll(DEPTH_OF), ...sentence.matchAll(DEEP)]) {
        // "three miles (nearly five kilometres)": the bracketed conversion is the depth before it.
        if (/\(\s*$/.test(sentence.slice(0, m.index + (m[0].length - m[0].trimStart().length)))) continue;
        const n = WORDS[m[2]!.toLowerCase()] ?? Number(m[2]!.replace(/,/g, ''));
        const unit = m[3]!.toLowerCase().replace(/s$/, '');
        out.push(
          statedFact(r, sentence, b.start + s, m, m[0].trim(), {
            unit: 'length',
            value: Math.round(n * METRES[unit]! * 10) / 10,
            qualifier: qualifierOf(m[1]),
            event: 'depth',
            noun: 'depth',
            label: 'depth',
          }),
        );
      }
    }
  }
  return out;
}
