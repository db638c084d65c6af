/**
 * Sums of money given to one thing: "$350 billion in aid" / "billions of dollars in aid" / "$60 billion aid
 * package". Two sums are of one thing when the words that follow them share a content word (`aid`); a sum in
 * words only ("billions of dollars") allows any value of that order, so it fits a stated one of the same order.
 */
import type { ArticleRecord } from '../schema/record.ts';
import { sentences } from '../tokens.ts';
import { contentWords } from '../words.ts';
import { qualifierOf, statedFact, type Fact } from './facts.ts';
import { stem } from './text.ts';

const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, m: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12 };
const QUALIFIER = '(roughly|about|around|approximately|nearly|almost|some|over|more than|less than|under|at least|up to)?';
/** "$350 billion aid and military equipment", "more than $2.5m in damages". */
const STATED = new RegExp(
  `\\b${QUALIFIER}\\s*\\$(\\d[\\d,]*(?:\\.\\d+)?)(?:\\s*(thousand|million|billion|trillion|bn|m)\\b)?((?:\\s+[\\p{L}.’'-]+){1,4})`,
  'gu',
);
/** "billions of dollars in U.S. aid". */
const VAGUE = /\b(thousands|millions|billions|trillions) of dollars((?:\s+[\p{L}.’'-]+){1,4})/gu;
/** The words after a sum stop at a verb or clause word: what follows is no longer the thing paid for. */
const STOP = /^(?:was|were|is|are|had|has|have|provided|given|spent|that|which|who|to|by|from|and|but|for)$/i;

/** Words of the sum itself, never of its thing: "$7 billion, two people … said" leaves "billion" after the digits. */
const SUM_WORD = /^(?:thousand|million|billion|trillion|bn|m|dollars?)$/i;

/** The stems of the words naming what a sum is for ("in U.S. aid" → us, aid), up to the first word that ends it. */
function thingOf(words: string): string[] {
  const list = words.trim().split(/\s+/);
  const cut = list.findIndex((w, i) => i > 0 && STOP.test(w));
  return contentWords((cut < 0 ? list : list.slice(0, cut)).join(' '))
    .filter((w) => !SUM_WORD.test(w))
    .map(stem);
}

/** Every sum of money a record gives to something (unit `money`, in dollars; noun: the stems naming the thing). */
export function findSums(r: ArticleRecord): Fact[] {
  const out: Fact[] = [];
  for (const b of r.blocks) {
    if ((b.type !== 'paragraph' && b.type !== 'headline') || !/\$|of dollars/.test(b.text)) continue;
    for (const [s, e] of sentences(b.text)) {
      const sentence = b.text.slice(s, e);
      const push = (m: RegExpMatchArray, text: string, value: number, qualifier: Fact['qualifier'], thing: string[]) => {
        if (!thing.length) return;
        out.push(
          statedFact(r, sentence, b.start + s, m, text, { unit: 'money', value, qualifier, event: 'money', noun: thing.join(' '), label: thing.at(-1)! }),
        );
      };
      for (const m of sentence.matchAll(STATED)) {
        const text = m[0].slice(0, m[0].length - m[4]!.length).trim();
        push(m, text, Number(m[2]!.replace(/,/g, '')) * (m[3] ? SCALE[m[3].toLowerCase()]! : 1), qualifierOf(m[1]), thingOf(m[4]!));
      }
      // "billions of dollars": two billion at least, less than the next order.
      for (const m of sentence.matchAll(VAGUE))
        push(m, m[0].slice(0, m[0].length - m[2]!.length), 2 * SCALE[m[1]!.slice(0, -1).toLowerCase()]!, 'more', thingOf(m[2]!));
    }
  }
  return out;
}

/** A sum in words only ("billions of dollars"). */
const vague = (f: Fact) => !/\d/.test(f.text);

/** Two sums given to one thing, in two articles: a shared word naming it, values within ten times each other (or one in words). */
export function sameSum(a: Fact, b: Fact): boolean {
  if (a.article === b.article) return false;
  if (!vague(a) && !vague(b) && Math.max(a.value, b.value) > 10 * Math.min(a.value, b.value)) return false;
  const words = new Set(a.noun!.split(' '));
  return b.noun!.split(' ').some((w) => words.has(w));
}
