/**
 * A person called the founder of something by one outlet and a co-founder by others ("Orvale founder Ines Marlowe"
 * / "co-founder Ines Marlowe"): a title check of its own, as "founder" is no office (disagreements.ts leaves it
 * out). Both can be right (a co-founder is one of the founders), so the versions are marked compatible.
 */
import type { Disagreement, FactSource } from '../schema/analysis.ts';
import type { ArticleRecord } from '../schema/record.ts';
import { titleSource } from './names.ts';

const CO = /\bco-?founder\b/i;
const SOLE = /(?<!co-?)\bfounder\b/i;

/** People a founder in some outlets and a co-founder in others. */
export function founderDisagreements(records: readonly ArticleRecord[]): Disagreement[] {
  const byPerson = new Map<string, { name: string; sole: FactSource[]; co: FactSource[] }>();
  for (const r of records)
    for (const p of r.people)
      for (const title of p.titles) {
        // A long "title" is a clause the parser took for one: only a title of a few words counts.
        if (title.split(/\s+/).length > 6) continue;
        const side = CO.test(title) ? 'co' : SOLE.test(title) ? 'sole' : null;
        if (!side) continue;
        const e = byPerson.get(p.id) ?? byPerson.set(p.id, { name: p.name, sole: [], co: [] }).get(p.id)!;
        if (e[side].some((s) => s.article === r.id)) continue;
        e[side].push(titleSource(r, title));
      }
  return [...byPerson]
    .filter(([, e]) => e.sole.length > 0 && e.co.some((s) => !e.sole.some((x) => x.article === s.article)))
    .map(([id, e]) => ({
      id: `founder-${id}`,
      kind: 'title' as const,
      subject: `founder or co-founder: ${e.name}`,
      personId: id,
      versions: [
        { value: 'founder', sources: e.sole },
        { value: 'co-founder', sources: e.co },
      ],
      compatible: true,
    }));
}
