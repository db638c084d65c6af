/** The normalise stage works on UTF-16 codes in reused buffers: what it returns must not depend on either. */
import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/lib/parse/normalise.ts';

describe('normalise on codes', () => {
  it('gives each call a text and map of its own, though the working buffers are reused', () => {
    const long = normalise('A longer first text, with "quotes".\nAnd a second line.');
    const before = [...long.map];
    const short = normalise('Hi');
    expect(short.text).toBe('Hi');
    expect([...short.map]).toEqual([0, 1, 2]);
    expect([...long.map]).toEqual(before);
    expect(long.text).toBe('A longer first text, with “quotes”.\nAnd a second line.');
  });

  it('keeps lone surrogates and characters beyond the BMP as they were', () => {
    const src = 'x \ud835 y 😀 z\udc00';
    expect(normalise(src).text).toBe(src);
  });

  it('replaces and removes the same characters as before, each mapped to its source', () => {
    const n = normalise('\ufeffA\u00a0\u2009b\t\tc\u200b\u00add\u0001e\u0085f \r\ng\u2028h\u000bi  \n');
    expect(n.text).toBe('A b cdef\ng\nh\ni');
    expect([...n.map]).toEqual([1, 2, 4, 5, 7, 10, 12, 14, 17, 18, 19, 20, 21, 22, 26]);
    expect(n.warnings.map((w) => w.code)).toEqual(['W_INVISIBLE_CHARACTERS', 'W_CONTROL_CHARACTERS']);
  });

  it('repairs mojibake, escapes, lost marks and missing spaces on codes', () => {
    expect(normalise('Ã©tÃ© A\u0303\u0080Â© â€œHiâ€\u009d â€™ Â\u00a0x').text).toBe('été é “Hi” ’ x');
    const n = normalise('He said \\"no\\".“Yes?\'Maybe\' ?Fine, he said.?');
    expect(n.text).toBe('He said “no”. “Yes?’Maybe’ ?Fine, he said.”');
    expect(n.map[14]).toBe(15);
    expect(n.warnings.map((w) => w.code)).toEqual(['W_ESCAPED_MARKS', 'W_STRAY_QUESTION_MARK', 'W_MISSING_SPACE']);
  });
});
