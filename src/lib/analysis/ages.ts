/**
 * A person's age as an outlet states it: "Rubiales, 46,", "Ilse Varga (52)", "Rubiales, de 46 años", "45-year-old Rubiales", and "the
 * 46-year-old" at the end of a clause in a sentence that names one person before it. Two outlets giving one person
 * different ages disagree; a year apart both can be right (a birthday between the two), as a span of years is
 * counted whole (values.ts). A "6-year-old witness" or "the 33-year-old striker" names nobody: no age.
 */
import type { ArticleRecord } from '../schema/record.ts';
import { sentences } from '../tokens.ts';
import type { Fact } from './facts.ts';
import { spansOf } from './spans.ts';

/**
 * Right after a name: ", 46," or ", aged 46," or " (46)"; a list of the dead may put a colon after it ("Ada Brel,
 * 31: a nurse who …"); Spanish copies write ", de 46 años,".
 */
const AFTER = /^(?:,\s+(?:aged\s+)?(\d{1,3})(?=[,;:])|\s+\((\d{1,3})\)|,\s+de\s+(\d{1,3})\s+años(?=[,;:]))/;
/** Right before a name: "45-year-old " (nothing else between). */
const BEFORE = /\b(\d{1,3})-year-old\s+$/;
/** "the 46-year-old" closing a clause: a person named before, not a noun after ("the 33-year-old striker"). */
const BARE = /\bthe\s+(\d{1,3})-year-old(?=\s*(?:[.,;:]|$))/g;

/** People live to about this age: a larger number is no age. */
const OLDEST = 120;

/** Every stated age of a named person in a record (unit years, event `age`, the person in `people`). */
export function findAges(r: ArticleRecord): Fact[] {
  const out: Fact[] = [];
  const at = (start: number, text: string, value: number, person: string) => {
    if (value < 1 || value > OLDEST) return;
    const sentence = sentenceAround(r, start);
    if (!sentence) return;
    out.push({
      article: r.id,
      outlet: r.source.outlet,
      unit: 'years',
      value,
      total: false,
      qualifier: 'exact',
      text,
      start,
      end: start + text.length,
      sentence: sentence.text,
      event: 'age',
      people: [person],
      day: null,
    });
  };
  for (const p of r.people)
    for (const [s, e] of p.mentions.offsets) {
      const after = AFTER.exec(r.text.slice(e, e + 16));
      if (after) at(s, r.text.slice(s, e + after[0].replace(/,$/, '').length), Number(after[1] ?? after[2] ?? after[3]), p.id);
      const before = BEFORE.exec(r.text.slice(Math.max(0, s - 20), s));
      if (before) at(s - before[0].length, r.text.slice(s - before[0].length, e), Number(before[1]), p.id);
    }
  // "the 46-year-old": the one person the sentence names before it (two named: no telling which).
  for (const b of r.blocks) {
    if ((b.type !== 'paragraph' && b.type !== 'headline') || !b.text.includes('-year-old')) continue;
    for (const [s, e] of sentences(b.text)) {
      const text = b.text.slice(s, e);
      for (const m of text.matchAll(BARE)) {
        const from = b.start + s;
        const named = spansOf(r).peopleIn(from, b.start + e);
        if (named.length !== 1 || spansOf(r).peopleIn(from, from + m.index).length !== 1) continue;
        at(from + m.index, m[0], Number(m[1]), named[0]!);
      }
    }
  }
  // One age per person and sentence (a name written twice with its age in one sentence).
  const seen = new Set<string>();
  return out.filter((f) => {
    const key = `${f.people[0]}:${f.sentence}:${f.value}`;
    return !seen.has(key) && seen.add(key);
  });
}

/** The sentence of `r` holding offset `at`. */
function sentenceAround(r: ArticleRecord, at: number): { text: string } | null {
  const b = r.blocks.find((x) => x.start <= at && at < x.start + x.text.length);
  if (!b) return null;
  const hit = sentences(b.text).find(([s, e]) => b.start + s <= at && at < b.start + e);
  return hit ? { text: b.text.slice(hit[0], hit[1]) } : null;
}
