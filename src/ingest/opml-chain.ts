/**
 * OPML lists that point to OPML lists: who listed whom, so a chain is followed at most MAX_OPML_DEPTH lists deep and
 * a list that leads back to one of its own ancestors is named as a cycle instead of being read again.
 */
import { SourceError } from './errors.js';

/** OPML lists followed one inside another (the one the user gave is the first). */
export const MAX_OPML_DEPTH = 3;

export interface OpmlStep {
  /** Entries to read next, each remembered as listed by the OPML. */
  follow: string[];
  /** An OPML nested too deep: its entries are not read. */
  refused: SourceError[];
  /** Entries that lead back to an OPML of the chain: not read again. */
  cycles: string[];
}

export class OpmlChain {
  private readonly parent = new Map<string, string>();

  constructor(private readonly maxDepth = MAX_OPML_DEPTH) {}

  /** The OPML lists from the one the user gave down to `target`. */
  path(target: string): string[] {
    const out = [target];
    for (let p = this.parent.get(target); p !== undefined && !out.includes(p); p = this.parent.get(p)) out.unshift(p);
    return out;
  }

  /**
   * What to do with the entries `feeds` of the OPML `opml`: new ones are followed, ones already read (`seen`) skipped,
   * ancestors reported as a cycle, and nothing followed from an OPML nested deeper than the limit.
   */
  step(opml: string, feeds: string[], seen: ReadonlySet<string>): OpmlStep {
    const chain = this.path(opml);
    const out: OpmlStep = { follow: [], refused: [], cycles: [] };
    if (chain.length > this.maxDepth) {
      out.refused.push(
        new SourceError({
          source: opml,
          format: 'opml',
          code: 'unsupported',
          reason: `OPML nested ${chain.length} lists deep (${chain.join(' → ')}), more than the ${this.maxDepth} followed: its ${feeds.length} entries are not read`,
        }),
      );
      return out;
    }
    for (const f of feeds) {
      if (chain.includes(f))
        out.cycles.push(`[ingest] [opml] ${opml} : OPML cycle ${[...chain.slice(chain.indexOf(f)), f].join(' → ')}: not read again`);
      else if (!seen.has(f)) {
        this.parent.set(f, opml);
        out.follow.push(f);
      }
    }
    return out;
  }
}
