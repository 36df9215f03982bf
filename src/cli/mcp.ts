/** `factbrief mcp`: the Model Context Protocol server over stdio on a read-only store (stdout carries the protocol only). */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { loadGazetteer } from '../extract/index.js';
import { serveStdio } from '../mcp/index.js';
import { context, type GlobalFlags, withReadStore } from './context.js';

export function registerMcp(program: Command): void {
  program
    .command('mcp')
    .description('serve the Model Context Protocol over stdio: search, claims with sources, conflicts, flows and loops, a day’s digest')
    .action(async (_o, cmd: Command) => {
      const ctx = context(cmd.optsWithGlobals() as GlobalFlags);
      const db = join(ctx.data, 'factbrief.db');
      if (!existsSync(db)) throw new Error(`[mcp] no store at ${db}: run \`factbrief ingest\` first, or pass --data`);
      const gaz = loadGazetteer(ctx.config.extract.gazetteer);
      process.stderr.write(`factbrief mcp: serving ${db} (read-only) over stdio\n`);
      await withReadStore(ctx, (store) => serveStdio({ store, gaz, out: ctx.out }));
    });
}
