/**
 * Static files: a fixed table of names to files (the app's stylesheet and scripts, ECharts and Cytoscape.js from
 * node_modules), read once; a name not in the table is a 404, so no request path ever reaches the file system.
 * Covers come from out/covers under a strict name pattern.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';
import { coverFontFiles } from '../../render/cover-font.js';

const require = createRequire(import.meta.url);
/** src/web/client from src/web/routes and from dist/web/routes alike (both three levels below the package root). */
const clientDir = fileURLToPath(new URL('../../../src/web/client/', import.meta.url));

const TYPES: Record<string, string> = {
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  png: 'image/png',
  svg: 'image/svg+xml',
};

const FILES: Record<string, () => string> = {
  'app.css': () => join(clientDir, 'app.css'),
  'facts.js': () => join(clientDir, 'facts.js'),
  'chart.js': () => join(clientDir, 'chart.js'),
  'graph.js': () => join(clientDir, 'graph.js'),
  'reader.js': () => join(clientDir, 'reader.js'),
  'vendor/echarts.min.js': () => require.resolve('echarts/dist/echarts.min.js'),
  'vendor/cytoscape.min.js': () => require.resolve('cytoscape/dist/cytoscape.min.js'),
  // Noto Sans SC (the cover's font, @embedpdf/fonts-sc): the last fallback for Chinese when the system has no CJK font.
  'fonts/sc-regular.otf': () => coverFontFiles()?.regular ?? '',
  'fonts/sc-bold.otf': () => coverFontFiles()?.bold ?? '',
};

const COVER = /^(\d{4}-\d{2}-\d{2})\.(png|svg)$/;

function typeOf(name: string): string {
  return TYPES[name.split('.').pop() ?? ''] ?? 'application/octet-stream';
}

export function staticRoutes(out: string): Hono {
  const cache = new Map<string, Buffer>();
  const app = new Hono();
  app.get('/static/*', (c) => {
    const name = c.req.path.slice('/static/'.length);
    const locate = Object.hasOwn(FILES, name) ? FILES[name] : undefined;
    if (!locate) return c.notFound();
    let body = cache.get(name);
    if (!body) {
      const file = locate();
      if (!file) return c.notFound();
      cache.set(name, (body = readFileSync(file)));
    }
    const cacheControl = name.startsWith('fonts/') || name.startsWith('vendor/') ? 'public, max-age=86400' : 'no-cache';
    return c.body(new Uint8Array(body), 200, { 'Content-Type': typeOf(name), 'Cache-Control': cacheControl });
  });
  app.get('/favicon.ico', (c) => c.body(null, 204));
  app.get('/covers/:file', (c) => {
    const file = c.req.param('file');
    if (!COVER.test(file)) return c.notFound();
    try {
      return c.body(new Uint8Array(readFileSync(join(out, 'covers', file))), 200, { 'Content-Type': typeOf(file) });
    } catch {
      return c.notFound();
    }
  });
  return app;
}
