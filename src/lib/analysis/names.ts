/**
 * Proper names other than people's spelt two ways across outlets ("Kelvedon" / "Kelvdon" estate): a capitalised
 * word of five letters or more that another outlet writes with one letter more or less. A word and its
 * longer forms ("Korea" / "Korean", "Dupont" / "Duponts") are not a misspelling; people's names are checked
 * with the people (disagreements.ts).
 */
import type { Disagreement, FactSource } from '../schema/analysis.ts';
import type { ArticleRecord } from '../schema/record.ts';
import { sentences } from '../tokens.ts';

/** The sentence around an offset of a record's text. */
export function sentenceAt(r: ArticleRecord, at: number): string {
  const b = r.blocks.find((x) => at >= x.start && at < x.end);
  if (!b) return '';
  const span = sentences(b.text).find(([s, e]) => at - b.start >= s && at - b.start < e);
  return span ? b.text.slice(span[0], span[1]) : b.text;
}

/** True when `short` is `long` with one letter left out (not at the end: that is another form of the word). */
function oneLetterOut(short: string, long: string): boolean {
  if (long.length !== short.length + 1 || long.startsWith(short)) return false;
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  return short.slice(i) === long.slice(i + 1);
}

/** Capitalised words spelt two ways, each way in its own outlets. */
export function placeSpellings(records: readonly ArticleRecord[]): Disagreement[] {
  const personWords = new Set(records.flatMap((r) => r.people.flatMap((p) => [p.name, ...p.aliases].flatMap((n) => n.split(/\s+/)))));
  const forms = new Map<string, FactSource[]>();
  for (const r of records)
    for (const b of r.blocks) {
      if (b.type !== 'paragraph') continue;
      for (const m of b.text.matchAll(/(?<=[\p{Ll},;:]\s+|\bthe\s+)\p{Lu}\p{Ll}{4,}\b/gu)) {
        const word = m[0];
        if (personWords.has(word)) continue;
        const list = forms.get(word) ?? forms.set(word, []).get(word)!;
        if (list.some((s) => s.article === r.id)) continue;
        const at = b.start + m.index;
        list.push({ article: r.id, outlet: r.source.outlet, sentence: sentenceAt(r, at), text: word, start: at, end: at + word.length });
      }
    }
  // Words by length, so each word is compared only with words one letter longer.
  const byLength = new Map<number, string[]>();
  for (const w of forms.keys()) (byLength.get(w.length) ?? byLength.set(w.length, []).get(w.length)!).push(w);
  const out: Disagreement[] = [];
  for (const [length, words] of byLength)
    for (const short of words)
      for (const long of byLength.get(length + 1) ?? []) {
        if (short[0] !== long[0] || !oneLetterOut(short, long)) continue;
        const [a, b] = [forms.get(short)!, forms.get(long)!];
        // The same outlet using both is a word and its relative, not two spellings of one name.
        if (a.some((s) => b.some((t) => t.article === s.article))) continue;
        const [common, rare] = a.length >= b.length ? [short, long] : [long, short];
        out.push({
          id: `spelling-${common.toLowerCase()}`,
          kind: 'spelling',
          subject: `spelling of ${common}`,
          personId: null,
          versions: [common, rare].map((w) => ({ value: w, sources: forms.get(w)! })),
          compatible: false,
        });
      }
  return out;
}
