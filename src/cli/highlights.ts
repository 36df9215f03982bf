/** `factbrief highlights <file>`: annotated highlights (SPEC §3.3) — one Chinese insight per quote, written under --out. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { writeHighlights } from '../pipeline-highlights.js';
import type { Figure } from '../types/index.js';
import { context, type GlobalFlags, withReadStore, withStore } from './context.js';
import { printJsonLines, printLines, stderrReporter } from './output.js';

/** A figure as `highlights --json` prints it (the `extract --json` fields a quote has). */
function figureJson(f: Figure): Record<string, unknown> {
  return {
    text: f.text,
    kind: f.kind,
    ...(f.value !== undefined ? { value: f.value } : { low: f.low, high: f.high }),
    ...(f.currency ? { currency: f.currency } : {}),
    ...(f.unit ? { unit: f.unit } : {}),
    qualifier: f.qualifier,
    ...(f.direction ? { direction: f.direction } : {}),
    ...(f.subject ? { subject: f.subject } : {}),
    ...(f.metric ? { metric: f.metric } : {}),
    ...(f.period ? { period: f.period } : {}),
  };
}

/** Today (YYYY-MM-DD) in a time zone. */
function today(timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

export function registerHighlights(program: Command, usage: (msg: string) => Error): void {
  program
    .command('highlights')
    .description('write annotated highlights: each quote followed by one Chinese insight grounded in its figures and the store')
    .argument('<file>', 'quote/note pairs (plain text), Kindle My Clippings.txt or a Readwise CSV')
    .option('--json', 'JSON Lines, one per pair: {"quote","insight","kinds","figures","note","title"}')
    .option('--engine <engine>', 'offline | llm (default: the config `engine`)')
    .action(async (file: string, o: { engine?: string }, cmd: Command) => {
      const flags = cmd.optsWithGlobals() as GlobalFlags;
      const ctx = context(flags);
      if (o.engine && o.engine !== 'offline' && o.engine !== 'llm') throw usage(`--engine must be offline or llm, got ${o.engine}`);
      const engine = (o.engine ?? ctx.config.engine) as 'offline' | 'llm';
      const rep = stderrReporter({ quiet: flags.json });
      const run = (store: Parameters<typeof writeHighlights>[1]) =>
        writeHighlights(file, store, ctx.config, { out: ctx.out, engine, today: today(ctx.config.timeZone) }, rep);
      // The offline engine only reads the store (and needs none); the LLM engine writes its cache and ledger there.
      const r =
        engine === 'llm'
          ? await withStore(ctx, run)
          : existsSync(join(ctx.data, 'factbrief.db'))
            ? await withReadStore(ctx, run)
            : await run(undefined);
      if (flags.json)
        printJsonLines(
          r.rows.map((x) => ({
            quote: x.quote,
            insight: x.insight,
            kinds: x.kinds,
            figures: x.figures.map(figureJson),
            note: x.note,
            title: x.title,
          })),
        );
      else printLines(r.rows.map((x) => `${x.quote}\n  ${x.insight}  [${x.kinds.join(', ')}]`));
      const llm = r.rows.filter((x) => x.engine === 'llm').length;
      process.stderr.write(
        `highlights: ${r.rows.length} pairs (${r.duplicates} duplicate${r.duplicates === 1 ? '' : 's'} dropped)` +
          (engine === 'llm' ? `, ${llm} by the LLM, ${r.rows.length - llm} offline, guard: ${r.guard.length} event(s)` : '') +
          '\n',
      );
      for (const f of r.files) process.stderr.write(`${f}\n`);
      for (const p of r.problems) process.stderr.write(`${p.file}:${p.line}: [${p.rule}] ${p.message}\n`);
      if (r.problems.length > 0) process.exitCode = 1;
    });
}
