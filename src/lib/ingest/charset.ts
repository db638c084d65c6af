/**
 * Page bytes to text. The character set comes, in the HTML Standard's order, from a byte-order mark, the HTTP
 * `Content-Type` header, or the page's own `<meta charset>` / `http-equiv` declaration (html-encoding-sniffer
 * implements that algorithm). A page that declares nothing is read as UTF-8 when its bytes are valid UTF-8, else as
 * windows-1252 (the standard's default for English pages, which also covers ISO-8859-1).
 */
import sniffHTMLEncoding from 'html-encoding-sniffer';
import { firstInvalidUtf8 } from '../decode.ts';

/** Where the character set was found. */
export type CharsetSource = 'byte-order mark' | 'HTTP header' | 'page' | 'guessed from the bytes';

/** Decoded page text and how its character set was settled. */
export interface DecodedPage {
  text: string;
  /** WHATWG encoding name (UTF-8, windows-1252, …). */
  encoding: string;
  from: CharsetSource;
}

/** The charset parameter of a Content-Type header value, or undefined. */
export function charsetOf(contentType: string | null | undefined): string | undefined {
  const m = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '');
  return m?.[1];
}

/** True when the bytes hold a byte-order mark (UTF-8, UTF-16 LE or BE). */
function hasBom(b: Uint8Array): boolean {
  return (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) || (b[0] === 0xfe && b[1] === 0xff) || (b[0] === 0xff && b[1] === 0xfe);
}

/** The encoding a label names (lower case), or undefined for a label no browser knows. */
function canonicalEncoding(label: string | undefined): string | undefined {
  if (!label) return undefined;
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return undefined;
  }
}

/** True when the bytes hold a multi-byte UTF-8 sequence and no invalid one. */
function isUtf8WithMultibyte(bytes: Uint8Array): boolean {
  return bytes.some((b) => b >= 0x80) && firstInvalidUtf8(bytes) === -1;
}

/** Decode an HTML page; `contentType` is the HTTP header value when the page was fetched. */
export function decodeHtml(bytes: Uint8Array, contentType?: string | null): DecodedPage {
  const label = charsetOf(contentType);
  const labelled = canonicalEncoding(label);
  // Sniff twice with two different defaults: where the answers agree, the page (or header, or BOM) declared it.
  const a = sniffHTMLEncoding(bytes, { transportLayerEncodingLabel: label, defaultEncoding: 'UTF-8' });
  const b = sniffHTMLEncoding(bytes, { transportLayerEncodingLabel: label, defaultEncoding: 'windows-1252' });
  let encoding: string;
  let from: CharsetSource;
  if (a !== b) {
    encoding = isUtf8WithMultibyte(bytes) || firstInvalidUtf8(bytes) === -1 ? 'UTF-8' : 'windows-1252';
    from = 'guessed from the bytes';
  } else if (hasBom(bytes)) {
    encoding = a;
    from = 'byte-order mark';
  } else if (labelled === a.toLowerCase()) {
    encoding = a;
    from = 'HTTP header';
  } else if (a !== 'UTF-8' && isUtf8WithMultibyte(bytes)) {
    // A page saved from the browser is often re-encoded as UTF-8 while its <meta> still names the old charset;
    // legacy-encoded text almost never forms valid multi-byte UTF-8 by chance.
    encoding = 'UTF-8';
    from = 'guessed from the bytes';
  } else {
    encoding = a;
    from = 'page';
  }
  // TextDecoder drops a BOM that matches the encoding, which is what a browser shows.
  return { text: new TextDecoder(encoding).decode(bytes), encoding, from };
}
