/** Local files: recursive folder walk (hidden files and node_modules skipped, sorted) and size-capped reading. */
import { createReadStream } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { append } from '../util/arrays.js';
import { SourceError, tooLarge } from './errors.js';

/** Extensions a folder walk picks up (a file named explicitly is read whatever its extension). */
export const INGEST_EXTENSIONS = new Set([
  'md',
  'markdown',
  'txt',
  'text',
  'html',
  'htm',
  'xhtml',
  'vtt',
  'srt',
  'csv',
  'xml',
  'rss',
  'atom',
  'rdf',
  'json',
  'opml',
]);

function extOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

function notFound(path: string, err: unknown): SourceError {
  const code = (err as NodeJS.ErrnoException).code;
  const reason =
    code === 'ENOENT'
      ? 'no such file or directory'
      : code === 'EACCES'
        ? 'permission denied'
        : `cannot read (${code ?? (err as Error).message})`;
  return new SourceError({ source: path, format: 'file', code: 'not-found', reason, cause: err });
}

/**
 * Files under a folder, recursively: hidden entries and node_modules skipped, symlinked folders not followed,
 * only known text extensions, sorted by path (code point order) so every run sees the same order.
 */
export async function walkFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const seen = new Set<string>();
  const visit = async (d: string) => {
    const real = await realpath(d);
    if (seen.has(real)) return;
    seen.add(real);
    const entries = await readdir(d, { withFileTypes: true });
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const p = join(d, e.name);
      if (e.isDirectory()) await visit(p);
      else if ((e.isFile() || e.isSymbolicLink()) && INGEST_EXTENSIONS.has(extOf(e.name))) {
        if (e.isSymbolicLink() && !(await stat(p).catch(() => null))?.isFile()) continue;
        out.push(p);
      }
    }
  };
  await visit(dir);
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Reads a file, refusing one over `maxBytes`: a regular file is refused from its size (stat) before any byte is read,
 * anything else (pipes, growing files) is streamed and abandoned as soon as it passes the cap.
 */
export async function readFileCapped(path: string, maxBytes: number): Promise<Uint8Array> {
  const abs = resolve(path);
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(abs);
  } catch (err) {
    throw notFound(abs, err);
  }
  if (info.isDirectory())
    throw new SourceError({ source: abs, format: 'file', code: 'unsupported', reason: 'is a folder (expand it with expandTargets first)' });
  if (info.isFile() && info.size > maxBytes) throw tooLarge(abs, 'file', info.size, maxBytes);
  return new Promise((ok, fail) => {
    const chunks: Buffer[] = [];
    let total = 0;
    const stream = createReadStream(abs, { highWaterMark: 64 * 1024 });
    stream.on('data', (chunk) => {
      const b = chunk as Buffer;
      total += b.length;
      if (total > maxBytes) {
        stream.destroy();
        fail(tooLarge(abs, 'file', null, maxBytes));
        return;
      }
      chunks.push(b);
    });
    stream.on('error', (err) => fail(notFound(abs, err)));
    stream.on('end', () => ok(new Uint8Array(Buffer.concat(chunks))));
  });
}

/** True for strings that are http(s) URLs rather than paths. */
export function isUrl(target: string): boolean {
  return /^https?:\/\//i.test(target.trim());
}

/**
 * Folders → their files (recursive), files → absolute paths, URLs unchanged; a missing path is a SourceError.
 * @example await expandTargets(['notes/', 'https://example.com/feed.xml']) → ['/abs/notes/a.md', …, 'https://example.com/feed.xml']
 */
export async function expandTargets(targets: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const t of targets) {
    if (isUrl(t) || /^[a-z][a-z0-9+.-]*:\/\//i.test(t)) {
      out.push(t.trim());
      continue;
    }
    const abs = resolve(t);
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(abs);
    } catch (err) {
      throw notFound(abs, err);
    }
    if (info.isDirectory()) append(out, await walkFiles(abs));
    else out.push(abs);
  }
  return out;
}
