/**
 * Fetching a page by URL for `add`: http(s) only, a time limit over the whole exchange, a size limit, a bounded
 * number of redirects, HTML content types only. Every failure is a ContentError with one line naming the URL
 * and what went wrong (DNS, refused, timeout, HTTP status, not HTML, too large).
 */
import { ContentError, ErrorCode } from '../errors.ts';

/** Limits of one fetch. */
export interface FetchLimits {
  /** Whole exchange, redirects and body included. */
  timeoutMs: number;
  /** Largest body accepted. */
  maxBytes: number;
  /** Redirects followed before giving up. */
  maxRedirects: number;
}

export const DEFAULT_LIMITS: FetchLimits = { timeoutMs: 15_000, maxBytes: 10 * 1024 * 1024, maxRedirects: 5 };

/** A fetched page. */
export interface FetchedPage {
  bytes: Uint8Array;
  /** The address after redirects. */
  url: string;
  contentType: string | null;
}

const HTML_TYPES = /^(?:text\/html|application\/xhtml\+xml)\b/i;

/** The URL as an absolute http(s) URL, or a ContentError. */
export function checkUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ContentError(ErrorCode.badUrl, raw, 'is not a URL or a file that exists');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new ContentError(ErrorCode.badUrl, raw, `uses ${url.protocol.replace(/:$/, '')}:, only http and https pages can be added`);
  return url;
}

/** Why a connection failed, in words, from Node's error codes. */
export function networkReason(error: unknown, url: URL): string {
  const cause = (error as { cause?: { code?: string } }).cause;
  switch (cause?.code) {
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `the host ${url.hostname} could not be found (DNS)`;
    case 'ECONNREFUSED':
      return `the connection to ${url.host} was refused`;
    case 'ECONNRESET':
      return `the connection to ${url.host} was reset`;
    case 'CERT_HAS_EXPIRED':
    case 'DEPTH_ZERO_SELF_SIGNED_CERT':
    case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE':
      return `the TLS certificate of ${url.host} is not valid (${cause.code})`;
    default:
      return `the request failed (${cause?.code ?? (error as Error).message})`;
  }
}

/** Fetch one page within the limits, or throw a ContentError naming the URL. */
export async function fetchPage(raw: string, limits: FetchLimits = DEFAULT_LIMITS): Promise<FetchedPage> {
  let url = checkUrl(raw);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), limits.timeoutMs);
  const fail = (code: ErrorCode, detail: string): never => {
    throw new ContentError(code, raw, detail);
  };
  try {
    for (let hops = 0; ; hops++) {
      let response: Response;
      try {
        response = await fetch(url, { redirect: 'manual', signal: controller.signal, headers: { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1' } });
      } catch (e) {
        if (controller.signal.aborted) fail(ErrorCode.fetchFailed, `no answer within ${limits.timeoutMs / 1000} s (timeout)`);
        fail(ErrorCode.fetchFailed, networkReason(e, url));
        throw e;
      }
      if (response.status >= 300 && response.status < 400 && response.headers.has('location')) {
        await response.body?.cancel();
        if (hops >= limits.maxRedirects) fail(ErrorCode.fetchFailed, `more than ${limits.maxRedirects} redirects`);
        url = checkUrl(new URL(response.headers.get('location')!, url).href);
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        fail(ErrorCode.fetchFailed, `the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
      }
      const contentType = response.headers.get('content-type');
      if (contentType && !HTML_TYPES.test(contentType)) {
        await response.body?.cancel();
        fail(ErrorCode.notHtml, `is not an HTML page (the server says ${contentType.split(';')[0]})`);
      }
      const declared = Number(response.headers.get('content-length') ?? NaN);
      if (declared > limits.maxBytes) {
        await response.body?.cancel();
        fail(ErrorCode.tooLarge, `is too large: ${declared.toLocaleString('en')} bytes, the limit is ${limits.maxBytes.toLocaleString('en')}`);
      }
      const bytes = await readLimited(response, limits.maxBytes, () =>
        fail(ErrorCode.tooLarge, `is too large: more than ${limits.maxBytes.toLocaleString('en')} bytes`),
      );
      return { bytes, url: url.href, contentType };
    }
  } catch (e) {
    if (controller.signal.aborted && !(e instanceof ContentError))
      fail(ErrorCode.fetchFailed, `no complete answer within ${limits.timeoutMs / 1000} s (timeout)`);
    throw e;
  } finally {
    clearTimeout(timer);
  }
}

/** Read a body, stopping as soon as it passes `max` bytes. */
async function readLimited(response: Response, max: number, tooLarge: () => never): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > max) {
      await reader.cancel();
      tooLarge();
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
