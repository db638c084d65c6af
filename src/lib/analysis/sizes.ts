/**
 * The size of one thing: "the 312-foot Marisol", "a 321-foot cargo ship", "a 95-metre tower". Two sizes are of one
 * thing when they are close (within a fifth: sizes of different things rarely are) and name it alike (a word in
 * common) or by its own name on one side (a capitalised word: the ship's name against "cargo ship"). Feet and
 * metres are compared in metres.
 */
import type { ArticleRecord } from '../schema/record.ts';
import { sentences } from '../tokens.ts';
import { qualifierOf, statedFact, type Fact } from './facts.ts';
import { stem } from './text.ts';

const QUALIFIER = '(roughly|about|around|approximately|nearly|almost|some|over|more than|less than|under|at least|up to)?';
/** "948-foot Marisol", "a 95-metre tall tower", "120 feet long" is left out (no thing named after it). */
const SIZE = new RegExp(
  `\\b${QUALIFIER}\\s*(\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?)-(foot|feet|ft|metre|meter)(?:-(?:long|tall|high|wide))?\\s+((?:[\\p{L}’'-]+\\s+){0,2}[\\p{L}’'-]+)`,
  'gu',
);
const METRES: Record<string, number> = { foot: 0.3048, feet: 0.3048, ft: 0.3048, metre: 1, meter: 1, metres: 1, meters: 1, mètres: 1, metros: 1 };
/** "1,000" and "2.000" are thousands; "2,6" is a decimal comma. */
const toNumber = (n: string) => Number(/^\d{1,3}(?:[,.]\d{3})+$/.test(n) ? n.replace(/[,.]/g, '') : n.replace(',', '.'));
/** A size ends at the first word of its sentence that is no part of the thing's name. */
const STOP = /^(?:hit|that|which|who|was|is|had|has|struck|crashed|collided|named|called|and|or|in|on|at|of|to|from|with|by|for|as)$/i;
/**
 * A size stated after the thing: "the barge … is almost 240 feet long", in French "un navire de 300 mètres de
 * long", in Spanish "un puente de 2.000 metros de longitud".
 */
const LONG = new RegExp(
  `\\b${QUALIFIER}\\s*(\\d{1,3}(?:[,.]\\d{3})*(?:[.,]\\d+)?)\\s+(feet|foot|ft|metres|meters|mètres|metros)\\s+(?:long|tall|high|de long|de largo|de longitud|de longueur|de haut|de alto)\\b`,
  'gu',
);
/** Things whose size is told after them, and the word they are compared under (a French "navire" is a ship). */
const THINGS: Record<string, string> = {
  ship: 'ship',
  vessel: 'ship',
  freighter: 'ship',
  tanker: 'ship',
  boat: 'ship',
  navire: 'ship',
  bateau: 'ship',
  barco: 'ship',
  buque: 'ship',
  schiff: 'ship',
  ferry: 'ferry',
  bridge: 'bridge',
  pont: 'bridge',
  puente: 'bridge',
  tower: 'tower',
  torre: 'tower',
  dam: 'dam',
  tunnel: 'tunnel',
};
/** The thing a size after it is of: the last thing word in the 80 characters before it. */
const THING_BEFORE = new RegExp(`(?<!\\p{L})(${Object.keys(THINGS).join('|')})(?!\\p{L})(?!.*(?<!\\p{L})(?:${Object.keys(THINGS).join('|')})(?!\\p{L}))`, 'iu');

/** Every size of a named or described thing in a record (unit `length`, in metres; noun: the words naming it). */
export function findSizes(r: ArticleRecord): Fact[] {
  const out: Fact[] = [];
  for (const b of r.blocks) {
    // Most paragraphs hold nothing of the kind: one cheap test spares them the sentence split.
    if ((b.type !== 'paragraph' && b.type !== 'headline') || !/\d[-\s](?:f|m)/.test(b.text)) continue;
    for (const [s, e] of sentences(b.text)) {
      const sentence = b.text.slice(s, e);
      if (!/\d[-\s](?:f|m)/.test(sentence)) continue;
      for (const m of sentence.matchAll(LONG)) {
        const thing = THING_BEFORE.exec(sentence.slice(Math.max(0, m.index - 80), m.index))?.[1]?.toLowerCase();
        if (!thing) continue;
        out.push(
          statedFact(r, sentence, b.start + s, m, m[0].trim(), {
            unit: 'length',
            value: Math.round(toNumber(m[2]!) * METRES[m[3]!.toLowerCase()]! * 10) / 10,
            qualifier: qualifierOf(m[1]),
            event: 'size',
            noun: THINGS[thing]!,
            label: THINGS[thing]!,
          }),
        );
      }
      for (const m of sentence.matchAll(SIZE)) {
        const words = m[4]!.split(/\s+/);
        const cut = words.findIndex((w) => STOP.test(w));
        const thing = (cut < 0 ? words : words.slice(0, cut)).map((w) => w.replace(/[’']s$/, ''));
        if (!thing.length) continue;
        const text = `${m[0].slice(0, m[0].length - m[4]!.length)}${thing.join(' ')}`.trim();
        out.push(
          statedFact(r, sentence, b.start + s, m, text, {
            unit: 'length',
            value: Math.round(Number(m[2]!.replace(/,/g, '')) * METRES[m[3]!]! * 10) / 10,
            qualifier: qualifierOf(m[1]),
            event: 'size',
            noun: thing.join(' '),
            label: thing.at(-1)!,
          }),
        );
      }
    }
  }
  return out;
}

/** Two sizes of one thing, in two articles. */
export function sameSize(a: Fact, b: Fact): boolean {
  if (a.article === b.article || Math.max(a.value, b.value) > 1.2 * Math.min(a.value, b.value)) return false;
  const [x, y] = [a.noun!.split(' '), b.noun!.split(' ')];
  const named = (ws: string[]) => /^\p{Lu}/u.test(ws[0]!);
  return named(x) || named(y) || x.some((w) => y.some((v) => stem(w.toLowerCase()) === stem(v.toLowerCase())));
}
