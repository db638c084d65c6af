/**
 * The search's word normaliser, kept behind this one export so that moving it into the module the analysis
 * shares is a one-line change in `words.ts`.
 */

/** One word for matching: lower case, no accents or inner marks, American spelling, one form for US and Sino/China. */
export function normaliseWord(w: string): string {
  const x = w
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[’'.]/g, '');
  if (x === 'usa' || x === 'us') return 'us';
  if (x === 'sino') return 'china';
  return x.replace(/^([a-z]{3,})is(e|es|ed|ing|ation)$/, '$1iz$2').replace(/^([a-z]{2,})our$/, '$1or');
}
