/**
 * One number, however an outlet writes it: `ten minutes` / `10 minutes`, `twenty-six trucks` / `26 trucks`, `40 per
 * cent` / `40%`, `12km` / `12 km`, `6:15pm` / `6:15 p.m.`. Outlets (and machine rewrites of one copy) switch
 * between these freely, so two wordings of one statement must not lose the number they share to its spelling.
 * Only what is compared changes: the words a unit is matched on, never the text a reader sees.
 */

const UNITS = 'one two three four five six seven eight nine'.split(' ');
const TEENS = 'ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(' ');
const TENS = 'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ');

/** The value of each number word from two to ninety-nine ("one" is left as it is: `no one`, `one of them`). */
const VALUES = new Map<string, number>([
  ...UNITS.slice(1).map((w, i): [string, number] => [w, i + 2]),
  ...TEENS.map((w, i): [string, number] => [w, i + 10]),
  ...TENS.map((w, i): [string, number] => [w, 20 + 10 * i]),
]);

/** A tens word with its unit (`twenty-six`, `forty one`), or a number word alone. */
const NUMBER_WORD = new RegExp(`\\b(?:(${TENS.join('|')})[- ](${UNITS.join('|')})|(${[...VALUES.keys()].join('|')}))\\b`, 'gi');
/** A share written with a sign or in two words: `40%`, `40 %`, `40 per cent`. */
const PERCENT = /(\d)\s?%|\bper\s+cent\b/gi;
/** A figure run together with its unit (`12km`, `6:15pm`, `3m`), never an ordinal (`7th`) or a decade (`1990s`). */
const GLUED = /\b(\d+(?:[.,]\d+)?)(km|m|cm|mm|kg|ft|mi|mph|kmh|am|pm|bn|mn|hrs?|mins?)\b/gi;

/** Speeds the common case: most sentences hold no number word, sign or glued unit at all. */
const ANY = /\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirt|fift|twenty|forty|sixty|seventy|eighty|ninety)|\bper\s+cent/i;

/** `text` with its numbers written one way (digits, `percent`, the unit apart), for matching only. */
export function numeralText(text: string): string {
  if (!ANY.test(text)) return text;
  return text
    .replace(NUMBER_WORD, (m, tens?: string, unit?: string, word?: string) =>
      word ? String(VALUES.get(word.toLowerCase()) ?? m) : String(VALUES.get(tens!.toLowerCase())! + UNITS.indexOf(unit!.toLowerCase()) + 1),
    )
    .replace(PERCENT, (_m, digit?: string) => (digit ? `${digit} percent` : 'percent'))
    .replace(GLUED, '$1 $2');
}
