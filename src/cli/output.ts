/** CLI output: results on stdout (JSON Lines with --json), progress and messages on stderr. */
import cliProgress from 'cli-progress';
import type { Progress, Reporter } from '../report.js';

/** One JSON object per line on stdout. */
export function printJsonLines(rows: Iterable<unknown>): void {
  const out: string[] = [];
  for (const r of rows) out.push(JSON.stringify(r));
  if (out.length > 0) process.stdout.write(`${out.join('\n')}\n`);
}

export function printLines(lines: string[]): void {
  if (lines.length > 0) process.stdout.write(`${lines.join('\n')}\n`);
}

/** A stderr reporter: progress bars on a TTY for stages with more than `minBar` units, one line per message. */
export function stderrReporter(opts: { quiet?: boolean; minBar?: number } = {}): Reporter {
  const tty = process.stderr.isTTY === true && !opts.quiet;
  const minBar = opts.minBar ?? 50;
  return {
    progress(stage: string, total: number): Progress {
      if (!tty || total < minBar) return { tick() {}, done() {} };
      const bar = new cliProgress.SingleBar(
        {
          format: `${stage.padEnd(8)} [{bar}] {value}/{total} {eta_formatted}`,
          stream: process.stderr,
          hideCursor: true,
          clearOnComplete: true,
        },
        cliProgress.Presets.shades_classic,
      );
      bar.start(total, 0);
      let finished = false;
      return {
        tick(n = 1) {
          bar.increment(n);
        },
        done() {
          if (!finished) bar.stop();
          finished = true;
        },
      };
    },
    info(message: string) {
      if (!opts.quiet) process.stderr.write(`${message}\n`);
    },
    warn(message: string) {
      process.stderr.write(`warning: ${message}\n`);
    },
  };
}
