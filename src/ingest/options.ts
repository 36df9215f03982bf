/** Ingest options and their defaults (the config keys under `ingest.*`). */

export interface IngestOptions {
  /** Cap per source in bytes, default 20 MiB; a bigger source is refused with a SourceError (`ingest.maxBytes`). */
  maxBytes: number;
  /** Whole-request timeout in ms, including a server that hangs after the headers. */
  timeoutMs: number;
  maxRedirects: number;
  userAgent: string;
  /** Hosts or IPs allowed even though private / loopback. */
  allowHosts: string[];
  /** Convert Traditional Chinese to Simplified. */
  toSimplified: boolean;
}

export const defaultIngestOptions: IngestOptions = {
  maxBytes: 20 * 1024 * 1024,
  timeoutMs: 15000,
  maxRedirects: 5,
  userAgent: 'factbrief/0.1 (+https://github.com/factbrief/factbrief)',
  allowHosts: [],
  toSimplified: false,
};

/** What a parser gets to know about where bytes came from. */
export interface SourceHint {
  filename?: string;
  contentType?: string;
  url?: string;
}

/** The name a parser uses for the source in errors and default titles. */
export function sourceName(hint: SourceHint): string {
  return hint.url ?? hint.filename ?? '<bytes>';
}
