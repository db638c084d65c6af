/** Character sets: BOM, HTTP header, <meta charset>, http-equiv, and pages that declare nothing. */
import { describe, expect, it } from 'vitest';
import { charsetOf, decodeHtml } from '../../src/lib/ingest/charset.ts';

/** windows-1252 bytes of a string made of Latin-1 and the 0x80–0x9f punctuation. */
function cp1252(text: string): Uint8Array {
  const extra: Record<string, number> = { '€': 0x80, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97 };
  return Uint8Array.from([...text].map((c) => extra[c] ?? c.charCodeAt(0)));
}
const utf8 = (s: string) => new TextEncoder().encode(s);
const SAMPLE = '<p>“Café”, she said – it cost €5 and the naïve plan’s end.</p>';
const WANT = '“Café”, she said – it cost €5 and the naïve plan’s end.';

describe('decodeHtml', () => {
  it('windows-1252 declared by <meta charset>', () => {
    const d = decodeHtml(cp1252(`<html><head><meta charset="windows-1252"></head><body>${SAMPLE}</body></html>`));
    expect(d).toMatchObject({ encoding: 'windows-1252', from: 'page' });
    expect(d.text).toContain(WANT);
  });

  it('ISO-8859-1 declared by http-equiv reads as windows-1252, as browsers do', () => {
    const d = decodeHtml(cp1252(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"></head><body>${SAMPLE}</body></html>`));
    expect(d).toMatchObject({ encoding: 'windows-1252', from: 'page' });
    expect(d.text).toContain(WANT);
  });

  it('the HTTP header wins over the page', () => {
    const d = decodeHtml(cp1252(`<html><head><meta charset="utf-8"></head><body>${SAMPLE}</body></html>`), 'text/html; charset=iso-8859-1');
    expect(d).toMatchObject({ encoding: 'windows-1252', from: 'HTTP header' });
    expect(d.text).toContain(WANT);
  });

  it('a UTF-8 byte-order mark wins over everything and is dropped', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(`<html><head><meta charset="windows-1252"></head><body>${SAMPLE}</body></html>`)]);
    const d = decodeHtml(bytes, 'text/html; charset=windows-1252');
    expect(d).toMatchObject({ encoding: 'UTF-8', from: 'byte-order mark' });
    expect(d.text.startsWith('<html>')).toBe(true);
    expect(d.text).toContain(WANT);
  });

  it('nothing declared: valid UTF-8 is UTF-8, anything else windows-1252', () => {
    expect(decodeHtml(utf8(`<p>${WANT}</p>`))).toMatchObject({ encoding: 'UTF-8', from: 'guessed from the bytes' });
    const legacy = decodeHtml(cp1252(SAMPLE));
    expect(legacy).toMatchObject({ encoding: 'windows-1252', from: 'guessed from the bytes' });
    expect(legacy.text).toContain(WANT);
  });

  it('a page re-saved as UTF-8 whose <meta> still names a legacy charset reads as UTF-8', () => {
    const d = decodeHtml(utf8(`<html><head><meta charset="iso-8859-1"></head><body>${SAMPLE}</body></html>`));
    expect(d.encoding).toBe('UTF-8');
    expect(d.text).toContain(WANT);
  });

  it('charsetOf reads the header parameter', () => {
    expect(charsetOf('text/html; charset="Windows-1252"')).toBe('Windows-1252');
    expect(charsetOf('text/html')).toBeUndefined();
  });
});
