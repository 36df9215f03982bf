/** `factbrief serve`: the web app over the store and out/, on 127.0.0.1 unless --host says otherwise (then a token is required). */
import { join } from 'node:path';
import type { Command } from 'commander';
import { loadGazetteer } from '../extract/index.js';
import { openStore } from '../store/index.js';
import { bindRefusal, startServer } from '../web/server.js';
import { UsageError } from './commands.js';
import { type Context, context, type GlobalFlags } from './context.js';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('the local web app: digests, stories, facts, charts, capital flows, search (JSON API under /api)')
    .option('--host <host>', 'address to listen on (default: config web.host, 127.0.0.1)')
    .option('--port <port>', 'port (default: config web.port, 8787; 0 picks a free one)')
    .action(async (o: { host?: string; port?: string }, cmd: Command) => {
      const ctx: Context = context(cmd.optsWithGlobals() as GlobalFlags);
      const host = o.host ?? ctx.config.web.host;
      const port = o.port !== undefined ? Number(o.port) : ctx.config.web.port;
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        throw new UsageError(`--port must be 0-65535, got ${o.port}`);
      }
      const token = process.env.FACTBRIEF_TOKEN || ctx.config.web.token;
      // Refuse before opening the store or a socket.
      const refusal = bindRefusal(host, token);
      if (refusal) {
        throw new UsageError(refusal);
      }
      const store = await openStore({ path: join(ctx.data, 'factbrief.db'), readonly: true });
      const server = await startServer(
        {
          store,
          out: ctx.out,
          gazetteer: loadGazetteer(ctx.config.extract.gazetteer),
          maxDigests: 365,
        },
        { host, port, ...(token ? { token } : {}) },
      );
      process.stderr.write(`factbrief serve: ${server.url}${token ? ' (access token required)' : ''}  Ctrl-C to stop\n`);
      const stop = () => {
        void server.close().then(() => store.close());
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
