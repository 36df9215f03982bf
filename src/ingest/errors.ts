/** SourceError: the one typed error of the ingest stage, naming the source, the format and an actionable reason. */

/** Machine-readable family of a source failure (the message carries the human reason). */
export type SourceErrorCode =
  | 'not-found'
  | 'too-large'
  | 'binary'
  | 'empty'
  | 'malformed'
  | 'not-a-feed'
  | 'unsupported'
  | 'blocked-address'
  | 'bad-url'
  | 'timeout'
  | 'too-many-redirects'
  | 'http-status'
  | 'network'
  | 'no-text'
  /** Parsing went over its CPU or memory budget (or the same bytes did before): stopped, not retried until they change. */
  | 'budget';

/**
 * A source that could not be read. Message form: `[ingest] [rss] https://… : not a feed (got text/html)`.
 * @example new SourceError({ source: 'https://a.example/feed', format: 'rss', code: 'not-a-feed', reason: 'not a feed (got text/html)' })
 */
export class SourceError extends Error {
  override readonly name = 'SourceError';
  /** File path or URL the failure belongs to. */
  readonly source: string;
  /** Where in ingest it failed: a format (`rss`, `html`…) or a layer (`file`, `http`, `guard`, `encoding`). */
  readonly format: string;
  readonly code: SourceErrorCode;
  /** What went wrong and, where it helps, what to do about it. */
  readonly reason: string;
  /** For a `budget` failure: the key of the bytes and limits refused (`Parser.refusalKey`), so they are not parsed again. */
  readonly refusedKey: string | undefined;

  constructor(init: {
    source: string;
    format: string;
    code: SourceErrorCode;
    reason: string;
    cause?: unknown;
    refusedKey?: string;
  }) {
    super(`[ingest] [${init.format}] ${init.source} : ${init.reason}`, init.cause === undefined ? undefined : { cause: init.cause });
    this.source = init.source;
    this.format = init.format;
    this.code = init.code;
    this.reason = init.reason;
    this.refusedKey = init.refusedKey;
  }
}

/** Human size: 52428800 → "50.0 MB". */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}

/** The error for a source over `ingest.maxBytes`. */
export function tooLarge(source: string, format: string, size: number | null, cap: number): SourceError {
  const got = size === null ? `more than ${formatBytes(cap)}` : formatBytes(size);
  return new SourceError({
    source,
    format,
    code: 'too-large',
    reason: `too large: ${got} exceeds the cap of ${formatBytes(cap)} (${cap} bytes); raise ingest.maxBytes to read it`,
  });
}
