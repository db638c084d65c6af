/**
 * What the comparison's controls show when folded, and when the desktop grid gives way to cards. Used by the
 * page (server) and by the picker script (browser), so both say the same thing; it imports nothing, to keep the
 * script small.
 */

/** More outlets than this and the desktop grid's columns get too narrow to read: the page shows cards. */
export const MAX_GRID_COLUMNS = 8;
/** Narrower than this (px) and a column is too narrow to read (about 18 characters of body text). */
export const MIN_COLUMN_PX = 128;

/** The folded controls' one line: "5 of 5 outlets · compared with The Hindu · all speakers". */
export function controlsLine(shown: number, total: number, refName: string, speakerName: string | null): string {
  return `${shown === total ? `all ${total}` : `${shown} of ${total}`} outlets · compared with ${refName} · ${speakerName ?? 'all speakers'}`;
}

/** Grid or cards, from how many outlets show and how wide the comparison is (px; null when unknown, as on the server). */
export function compareLayout(shown: number, width: number | null): 'grid' | 'cards' {
  if (shown > MAX_GRID_COLUMNS) return 'cards';
  return width === null || width / shown >= MIN_COLUMN_PX ? 'grid' : 'cards';
}
