/**
 * The web app (`factbrief serve`): Hono on @hono/node-server, bound to 127.0.0.1 unless told otherwise; a non-loopback
 * bind needs an access token. Pages are server-rendered (they read without scripts); scripts are files under /static.
 */
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { WebData, type WebSources } from './data.js';
import { langOf } from './i18n.js';
import { messagePage } from './pages/layout.js';
import { apiRoutes } from './routes/api.js';
import { pageRoutes } from './routes/pages.js';
import { staticRoutes } from './routes/static.js';
import { bindRefusal, isLoopback, loopbackHostOnly, requireToken, securityHeaders } from './security.js';

export interface ServeOptions {
  host: string;
  port: number;
  /** Required for a non-loopback host; when set, every request must carry it. */
  token?: string;
}

export { bindRefusal } from './security.js';

/** The app without a socket (tests call `app.request(url)`). */
export function createApp(sources: WebSources, opts: { host: string; token?: string }): Hono {
  const data = new WebData(sources);
  const app = new Hono();
  app.use('*', securityHeaders);
  if (isLoopback(opts.host)) app.use('*', loopbackHostOnly());
  if (opts.token) app.use('*', requireToken(opts.token));
  app.route('/', staticRoutes(sources.out));
  app.route('/api', apiRoutes(data));
  app.route('/', pageRoutes(data));
  app.notFound((c) => c.html(messagePage(langOf(c.req.query('lang')), 'notFound', c.req.path), 404));
  app.onError((err, c) => {
    process.stderr.write(`[web] ${c.req.method} ${c.req.path}: ${err.message}\n`);
    return c.req.path.startsWith('/api/') ? c.json({ error: 'internal error' }, 500) : c.text('[web] internal error', 500);
  });
  return app;
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Starts listening, or throws (before opening any socket) when the bind is refused. */
export function startServer(sources: WebSources, opts: ServeOptions): Promise<RunningServer> {
  const refusal = bindRefusal(opts.host, opts.token);
  if (refusal) throw new Error(refusal);
  const app = createApp(sources, opts);
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: opts.host, port: opts.port }, (info) => {
      const host = info.address.includes(':') ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${host}:${info.port}/`,
        port: info.port,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
    server.once('error', reject);
  });
}
