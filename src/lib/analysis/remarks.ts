/**
 * A quotation of two remarks whose second only reports carry: one outlet quotes two sentences together (`The pier
 * will reopen in March. Two more crews will be hired for the winter`), other outlets quote the first sentence and
 * only report the second (`Dalca said two more crews would be hired`). The reports joined the quotation's row
 * through its second sentence and made one row of two statements; that sentence and the reports of it are a
 * statement of their own.
 */
import { isRunInside } from './match.ts';
import { fields } from './parts.ts';
import { covers, ordinaryShared } from './reported.ts';
import { makeUnit, type Unit } from './units.ts';

/** Words besides names and titles (written with a capital) a report must share with the sentences it carries. */
const ORDINARY = 3;

/** One unit standing for consecutive parts of a quote: the part itself, or the run of them joined. */
function piece(q: Unit, ps: readonly Unit[], next: () => number): Unit | null {
  if (ps.length === 1) return { ...ps[0]!, index: next() };
  const quote = q.quote!;
  const [start, end] = [ps[0]!.start, ps.at(-1)!.end];
  const u = makeUnit({ ...fields(q), text: quote.text.slice(start - quote.start, end - quote.start), start, end }, next());
  return u && { ...u, parts: [...ps] };
}

/**
 * Split, in place, each quotation of several sentences whose first or last sentences no other wording of its row
 * quotes, while reports in the row (one of another article at least) carry those sentences and nothing else the row
 * quotes; the sentences and those reports are returned as new rows. `score` is the quotes' pair score.
 */
export function splitReportedRemarks(groups: Unit[][], score: (a: Unit, b: Unit) => number, next: () => number): Unit[][] {
  const out: Unit[][] = [];
  for (const g of groups) {
    for (const q of [...g]) {
      if (q.kind === 'reported' || !q.quote || !q.parts || q.parts.length < 2) continue;
      const parts = q.parts;
      const others = g.filter((w) => w !== q && w.kind !== 'reported');
      if (!others.length) continue;
      // Reports of another article that could carry the first or the last sentence: most quotations have none (cheap first).
      const outside = g.filter((r) => r.kind === 'reported' && r.article !== q.article && !r.carries);
      const carries = (p: Unit) => outside.some((r) => covers(r, p) > 0);
      if (!outside.length || !(carries(parts[0]!) || carries(parts.at(-1)!))) continue;
      // A sentence another wording of the row quotes, whole, in part or inside a longer quotation (each asked once).
      const known: Array<boolean | undefined> = [];
      const quotedElsewhere = (p: Unit) =>
        others.some((w) => isRunInside(w, p) || isRunInside(p, w) || score(p, w) > 0 || (w.parts?.some((x) => score(p, x) > 0) ?? false));
      const quoted = (i: number) => (known[i] ??= quotedElsewhere(parts[i]!));
      // The sentences not quoted elsewhere: a run at the start or at the end of the quotation, never all of it.
      let run: Unit[];
      if (quoted(0)) {
        let k = parts.length - 1;
        while (k > 0 && !quoted(k)) k--;
        run = parts.slice(k + 1);
      } else {
        let k = 1;
        while (k < parts.length && !quoted(k)) k++;
        run = k < parts.length ? parts.slice(0, k) : [];
      }
      if (!run.length) continue;
      const rest = parts.filter((p) => !run.includes(p));
      // Reports of those sentences only (in more words than the names they share): none of the rest of the quotation,
      // none of another quoted wording of the row. A report holding a partial quote stays with its quote.
      const reports = g.filter((w) => w.kind === 'reported');
      const carried = reports.filter(
        (r) =>
          !r.carries &&
          run.some((p) => covers(r, p) > 0 && ordinaryShared(r, p) >= ORDINARY) &&
          !rest.some((p) => covers(r, p) > 0) &&
          !others.some((w) => covers(r, w) > 0),
      );
      if (!carried.some((r) => r.article !== q.article)) continue;
      const [remark, kept] = [piece(q, run, next), piece(q, rest, next)];
      if (!remark || !kept) continue;
      g.splice(g.indexOf(q), 1, kept);
      for (const r of carried) g.splice(g.indexOf(r), 1);
      out.push([remark, ...carried]);
    }
  }
  return out;
}
