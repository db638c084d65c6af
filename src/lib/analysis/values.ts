/** How a stated number reads, and the range of values it allows ("more than 7 hours" → [420, ∞)). */
import type { FactSource } from '../schema/analysis.ts';
import type { Fact } from './facts.ts';
import { showClock } from './clock.ts';

/** The values a stated number allows, in its unit. */
export function interval(f: Fact): [number, number] {
  // Years of a time in office or of a war are counted whole: "three years" is three to four, "two and a half" about that.
  if (f.unit === 'years' && f.event !== 'absence' && f.qualifier === 'exact') return f.value % 1 ? [f.value - 0.25, f.value + 0.25] : [f.value, f.value + 1];
  // A size given to the foot or metre allows its rounding and the conversion between the two.
  if (f.unit === 'length' && f.qualifier === 'exact') return [f.value * 0.99, f.value * 1.01];
  // "billions of dollars": from two billion to below a trillion.
  if (f.unit === 'money' && f.qualifier === 'more' && !/\d/.test(f.text)) return [f.value, f.value * 500];
  // A time of day: "around" a quarter of an hour either way, "just after" or "before" within half an hour.
  if (f.unit === 'clock') {
    const [before, after] = { exact: [0, 0], about: [15, 15], more: [0, 30], less: [30, 0] }[f.qualifier];
    return [f.value - before!, f.value + after!];
  }
  // "three weeks" in hospital is a round figure: half a week either way (23 days fits it); so for months.
  if (f.unit === 'minutes' && f.qualifier === 'exact' && /\b(?:weeks?|months?)\b/i.test(f.text)) {
    const half = /\bweeks?\b/i.test(f.text) ? 3.5 * 1440 : 15 * 1440;
    return [f.value - half, f.value + half];
  }
  // Days in a post are counted with or without the day it was taken up: 61 days and 62 days may both be right.
  if (f.unit === 'minutes' && f.event === 'office' && f.qualifier === 'exact' && /\bdays?\b/i.test(f.text)) return [f.value, f.value + 1440];
  if (f.qualifier === 'more') return [f.value, Infinity];
  if (f.qualifier === 'less') return [0, f.value];
  if (f.qualifier === 'about') return [f.value * 0.85, f.value * 1.15];
  return [f.value, f.value];
}

/** The number as a reader says it ("more than 7.5 hours", "30 miles"). */
export function show(f: Pick<Fact, 'unit' | 'qualifier' | 'value' | 'text' | 'label' | 'noun'>): string {
  // A count keeps "at least" apart from "more than" (one more), without the modifiers before its noun.
  if (f.unit === 'count') {
    const stated = /^at least/i.test(f.text) ? 'at least ' : { exact: '', about: 'about ', more: 'more than ', less: 'up to ' }[f.qualifier];
    return `${stated}${f.value.toLocaleString('en-US')} ${f.label!.split(' ')[0]}`;
  }
  // A time in a named zone says so ("3:40 am EST"), as outlets may give one event's time in two zones.
  if (f.unit === 'clock') return `${showClock(f)}${f.noun && f.noun !== 'local' ? ` ${f.noun}` : ''}`;
  const q = { exact: '', about: 'about ', more: 'more than ', less: 'less than ' }[f.qualifier];
  if (f.unit === 'years') return `${q}${f.value} year${f.value === 1 ? '' : 's'}`;
  if (f.unit === 'money') return f.text.charAt(0).toLowerCase() + f.text.slice(1);
  if (f.unit === 'length') return (/^.*?\d-(?:foot|feet|ft|metre|meter)/i.exec(f.text)?.[0] ?? f.text).toLowerCase();
  if (f.unit === 'km') return f.text.replace(/\s+(?:[a-z]+\s+){0,2}?(?:of|from)\s.*$/, '').toLowerCase();
  const [n, unit] = f.value >= 1440 && f.value % 1440 === 0 ? [f.value / 1440, 'day'] : f.value >= 60 ? [f.value / 60, 'hour'] : [f.value, 'minute'];
  return `${q}${Number(n.toFixed(2))} ${unit}${n === 1 ? '' : 's'}`;
}

/** Where a fact is stated. */
export const source = (f: Fact): FactSource => ({ article: f.article, outlet: f.outlet, sentence: f.sentence, text: f.text, start: f.start, end: f.end });
