/**
 * The build's disk cache: one JSON file per digest under node_modules/.cache/crosscheck (or $CROSSCHECK_CACHE).
 * Records are keyed by a digest of the article's bytes, metadata, the editor's aliases and the library's own
 * source; story analyses by a digest of the story's merged records. Whatever is read back is validated with
 * the zod schema before it enters the build, so a stale or damaged file is parsed again, never trusted.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ZodType } from 'zod';

/** The cache folder. */
export function cacheDir(): string {
  return resolve(process.env.CROSSCHECK_CACHE || join('node_modules', '.cache', 'crosscheck'));
}

/** A hex sha256 of the parts, separated by NUL. */
export function digestOf(...parts: string[]): string {
  const hash = createHash('sha256');
  for (const p of parts) hash.update(p).update('\0');
  return hash.digest('hex');
}

let fingerprint: string | null = null;

/** Parts of src/lib that make no record and no analysis (pages, search, API files): editing them keeps the cache. */
const NOT_IN_RECORDS = new Set(['views', 'search', 'api-files.ts']);

/**
 * A digest of the .ts files of src/lib that records and analyses come from: a changed parser or analysis never
 * reuses what the old one cached. Read once per process (the library is a few hundred kilobytes).
 */
export function libraryFingerprint(): string {
  if (fingerprint) return fingerprint;
  const hash = createHash('sha256');
  const root = resolve('src', 'lib');
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      if (dir === root && NOT_IN_RECORDS.has(name)) continue;
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.ts')) hash.update(name).update(readFileSync(path));
    }
  };
  if (existsSync(root)) walk(root);
  fingerprint = hash.digest('hex').slice(0, 16);
  return fingerprint;
}

/** A typed cache of JSON values in one sub-folder. */
export class DiskCache<T> {
  private readonly dir: string;
  private readonly schema: ZodType<T>;
  constructor(kind: string, schema: ZodType<T>) {
    this.dir = join(cacheDir(), kind);
    this.schema = schema;
  }
  private path(digest: string): string {
    return join(this.dir, digest.slice(0, 2), `${digest}.json`);
  }
  /** The value stored under `digest`, or undefined when there is none or it no longer fits the schema. */
  get(digest: string): T | undefined {
    let text: string;
    try {
      text = readFileSync(this.path(digest), 'utf8');
    } catch {
      return undefined;
    }
    try {
      const parsed = this.schema.safeParse(JSON.parse(text));
      return parsed.success ? parsed.data : undefined;
    } catch {
      return undefined;
    }
  }
  /** Store `value` under `digest` (best effort: a read-only disk only costs the next build time). */
  set(digest: string, value: T): void {
    try {
      mkdirSync(join(this.dir, digest.slice(0, 2)), { recursive: true });
      writeFileSync(this.path(digest), JSON.stringify(value));
    } catch {
      /* a cache that cannot be written is a slower build, not a failure */
    }
  }
}
