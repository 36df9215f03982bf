/** Messages carried with a record through the stages (vfile-style): warnings about one item or source. */
export type Severity = 'warning' | 'error';

export interface Message {
  /** Where it comes from, e.g. `ingest:rss`, `extract:figures`. */
  origin: string;
  severity: Severity;
  reason: string;
}
