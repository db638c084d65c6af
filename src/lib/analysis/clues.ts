/**
 * Origin clues in the text: credit and wire lines, the outlet a reporter works for ("Al Jazeera’s Katrina Yu",
 * "told Al Jazeera"), a republisher's footer ("Source link"), and the media a text cites ("state-run CGTN",
 * "the South China Morning Post reported"). Shown beside the metadata's outlet and origin.
 */
import { isPlace } from '../gazetteer.ts';
import type { OriginClue } from '../schema/analysis.ts';
import type { ArticleRecord } from '../schema/record.ts';

const NAME = "((?:The |the )?[A-Z][\\w’'&]*(?:-[A-Z][\\w’'&]*)*(?: [A-Z][\\w’'&]*(?:-[A-Z][\\w’'&]*)*){0,4})";
const AGENCY =
  /\b(Reuters|AP|Associated Press|AFP|Agence France-Presse|PTI|Press Trust of India|IANS|ANI|Xinhua|Bloomberg|dpa|UPI|EFE|ANSA|Kyodo|Yonhap|TASS)\b/;
const REPORTER_OF = new RegExp(`${NAME}[’']s (?:[a-z]+ )?(?:correspondent|reporter|editor|bureau chief|[A-Z][\\w-]+ [A-Z][\\w-]+)`, 'g');
const TOLD = new RegExp(
  `\\b(?:told|in an interview with|speaking to|said to) ${NAME}(?=\\s+(?:that|on|in|at|about|last|this|after|before|when)\\b|[,.;:]|$)`,
  'g',
);
const CITED = new RegExp(
  `(?:(?:state-run|state-owned|state|news agency|newspaper|broadcaster|news site|daily|-based(?: news site| newspaper| daily)?)\\s+${NAME}|${NAME}\\s+(?:reported|quoted|said in a report|newspaper reported))`,
  'g',
);

/** The clues of one record. */
export function findClues(r: ArticleRecord): OriginClue[] {
  const clues: OriginClue[] = [];
  const seen = new Set<string>();
  const add = (kind: OriginClue['kind'], names: string | null, text: string) => {
    const key = `${kind}:${names ?? text}`;
    if (seen.has(key)) return;
    seen.add(key);
    clues.push({ article: r.id, kind, names, text });
  };
  const people = new Set(r.people.flatMap((p) => [p.name, ...p.aliases]));
  const isOrg = (name: string) => !people.has(name) && !isPlace(name.replace(/^the /i, '')) && !/^(The|the)$/.test(name);

  for (const credit of r.source.credits) add('credit', AGENCY.exec(credit)?.[1] ?? null, credit);
  for (const x of r.removed) if (x.reason === 'republisher-footer') add('footer', null, x.text);
  for (const m of r.text.matchAll(REPORTER_OF)) if (isOrg(m[1]!)) add('outlet-named', m[1]!, m[0]);
  for (const m of r.text.matchAll(TOLD)) if (isOrg(m[1]!) && !/^(?:reporters|the press)$/i.test(m[1]!)) add('outlet-named', m[1]!, m[0]);
  for (const m of r.text.matchAll(CITED)) {
    const name = (m[1] ?? m[2])!.replace(/^the /, 'the ');
    if (isOrg(name) && !/^(?:He|She|They|It|This|That)$/.test(name)) add('cited-media', name.replace(/^the /, ''), m[0]);
  }
  for (const q of r.quotes)
    if (q.via && !clues.some((c) => c.kind === 'cited-media' && (q.via!.includes(c.names ?? c.text) || c.text.includes(q.via!))))
      add('cited-media', null, q.via);
  return clues;
}
