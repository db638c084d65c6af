/**
 * Words for matching across outlets: lower case, American spelling, one form for the United States and for
 * China–US compounds, and the measures built on them (token-set overlap and character-trigram Dice).
 */

const STOPWORDS = new Set(
  'a an the and or but of to in on at by for with from as is are was were be been being has have had do does did it its this that these those there their they them he she his her we our us i you your my me not no so if than then also very just into over about up out who which what when where while will would can could should may might must shall'.split(
    ' ',
  ),
);

/** British → American spellings by rule (stabilise → stabilize, centre → center, defence → defense). */
function americanise(w: string): string {
  return w
    .replace(/isation(s?)$/, 'ization$1')
    .replace(/ise([ds]?)$/, (m, s: string, offset: number) => (offset >= 3 ? `ize${s}` : m))
    .replace(/ising$/, 'izing')
    .replace(/yse([ds]?)$/, 'yze$1')
    .replace(/our(s?|ed|ing|able)$/, (m, s: string, offset: number) => (offset >= 3 ? `or${s}` : m))
    .replace(/^(cent|theat|met|lit)re(s?)$/, '$1er$2')
    .replace(/ence$/, (m, offset: number) => (/^(def|off|lic|pret)$/.test(w.slice(0, offset)) ? 'ense' : m))
    .replace(/^programme(s?)$/, 'program$1')
    .replace(/ll(ed|ing)$/, (m, s: string, offset: number) => (offset > 4 ? `l${s}` : m));
}

/** Spellings of the United States and of China–US pairs, reduced to words ("Sino-US" → china us). */
function unify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/\bu\.s\.a?\.?|\bunited states(?: of america)?\b|\busa\b/g, ' us ')
    .replace(/\bsino\b/g, 'china')
    .replace(/\bu\.k\.?|\bunited kingdom\b/g, ' uk ');
}

const spelled = new Map<string, string>();
/** americanise, remembered: the same words come back thousands of times in a collection. */
function american(w: string): string {
  let a = spelled.get(w);
  if (a === undefined) {
    a = americanise(w);
    if (spelled.size < 200_000) spelled.set(w, a);
  }
  return a;
}

/** Every word, normalised for matching (stopwords kept): used for diffs and run matching. */
export function matchWords(text: string): string[] {
  return (unify(text).match(/[\p{L}\p{N}]+/gu) ?? []).map(american);
}

/** Content words only, normalised: used for similarity. */
export function contentWords(text: string): string[] {
  return matchWords(text).filter((w) => !STOPWORDS.has(w));
}

/** Token-set similarity: overlap over the union (Jaccard) and over the smaller set (containment). */
export function tokenSet(a: ReadonlySet<string>, b: ReadonlySet<string>): { jaccard: number; containment: number } {
  if (a.size === 0 || b.size === 0) return { jaccard: 0, containment: 0 };
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return { jaccard: shared / (a.size + b.size - shared), containment: shared / Math.min(a.size, b.size) };
}

/** Character trigrams of the normalised words (with word-boundary padding). */
export function trigrams(words: readonly string[]): Map<string, number> {
  const grams = new Map<string, number>();
  const s = ` ${words.join(' ')} `;
  for (let i = 0; i + 3 <= s.length; i++) {
    const g = s.slice(i, i + 3);
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  return grams;
}

/** Sørensen–Dice coefficient over character-trigram multisets, 0–1. */
export function dice(a: Map<string, number>, b: Map<string, number>): number {
  let shared = 0;
  let total = 0;
  for (const [g, n] of a) {
    total += n;
    const m = b.get(g);
    if (m) shared += Math.min(n, m);
  }
  for (const n of b.values()) total += n;
  return total === 0 ? 0 : (2 * shared) / total;
}
