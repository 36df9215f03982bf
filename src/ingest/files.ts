/** Local files: recursive folder walk (hidden files and node_modules skipped, sorted) and size-capped reading. */
import { closeSync, createReadStream, type Dirent, openSync, readSync, type Stats, statSync } from 'node:fs';
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

/** Why a path could not be read, from its error code. */
function errnoReason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'symbolic link loop';
    case 'ENAMETOOLONG':
      return 'path too long for the system';
    default:
      return `cannot read (${code ?? (err as Error).message})`;
  }
}

function notFound(path: string, err: unknown): SourceError {
  return new SourceError({ source: path, format: 'file', code: 'not-found', reason: errnoReason(err), cause: err });
}

/** A path inside a folder that a walk could not read: reported, and the rest of the folder is read. */
function skipped(path: string, what: string, cause?: unknown): SourceError {
  return new SourceError({
    source: path,
    format: 'file',
    code: 'not-found',
    reason: `${what}; skipped, the rest of the folder is read`,
    ...(cause === undefined ? {} : { cause }),
  });
}

/** What a special file is, for a message. */
function specialKind(e: { isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }) {
  if (e.isFIFO()) return 'a named pipe (FIFO)';
  if (e.isSocket()) return 'a socket';
  if (e.isCharacterDevice() || e.isBlockDevice()) return 'a device';
  return null;
}

/**
 * Files under a folder, recursively: hidden entries and node_modules skipped, symlinked folders not followed,
 * only known text extensions, sorted by path (code point order) so every run sees the same order. A subfolder that
 * cannot be read, a symbolic link that leads nowhere (or in a loop) and a pipe, socket or device with a text extension
 * (reading one could wait forever) are pushed to `problems` and the walk goes on; only an unreadable `dir` itself throws.
 */
export async function walkFiles(dir: string, problems: SourceError[] = []): Promise<string[]> {
  const out: string[] = [];
  const seen = new Set<string>();
  const visit = async (d: string) => {
    let entries: Dirent[];
    try {
      const real = await realpath(d);
      if (seen.has(real)) return;
      seen.add(real);
      entries = await readdir(d, { withFileTypes: true });
    } catch (err) {
      if (d === dir) throw notFound(d, err);
      problems.push(skipped(d, `folder not readable: ${errnoReason(err)}`, err));
      return;
    }
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const p = join(d, e.name);
      if (e.isDirectory()) {
        await visit(p);
        continue;
      }
      const wanted = INGEST_EXTENSIONS.has(extOf(e.name));
      if (e.isFile()) {
        if (wanted) out.push(p);
      } else if (e.isSymbolicLink()) {
        let target: Stats;
        try {
          target = await stat(p);
        } catch (err) {
          problems.push(skipped(p, `symbolic link that cannot be followed: ${errnoReason(err)}`, err));
          continue;
        }
        const special = specialKind(target);
        if (wanted && target.isFile()) out.push(p);
        else if (wanted && special) problems.push(skipped(p, `links to ${special}, not a regular file (reading it could wait forever)`));
      } else if (wanted) {
        const special = specialKind(e);
        if (special) problems.push(skipped(p, `${special}, not a regular file (reading it could wait forever)`));
      }
    }
  };
  await visit(dir);
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Regular files up to this size are read in one synchronous call (a folder of news articles is thousands of files of a
 * few KB, and a read stream's many round trips cost more than the file's parsing); larger ones are streamed, so a
 * server using the store is never blocked on a large file.
 */
const SYNC_READ_BYTES = 1024 * 1024;

/** A regular file of `size` bytes, or null when it grew meanwhile (the caller then streams it under the cap). */
function readWhole(abs: string, size: number): Uint8Array | null {
  let fd: number;
  try {
    fd = openSync(abs, 'r');
  } catch (err) {
    throw notFound(abs, err);
  }
  try {
    const buf = new Uint8Array(size);
    let n = 0;
    while (n < size) {
      const r = readSync(fd, buf, n, size - n, null);
      if (r === 0) return buf.slice(0, n);
      n += r;
    }
    return readSync(fd, new Uint8Array(1), 0, 1, null) === 0 ? buf : null;
  } catch (err) {
    throw notFound(abs, err);
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads a file, refusing one over `maxBytes`: a regular file is refused from its size (stat) before any byte is read,
 * anything else (pipes, growing files) is streamed and abandoned as soon as it passes the cap.
 */
export async function readFileCapped(path: string, maxBytes: number): Promise<Uint8Array> {
  const abs = resolve(path);
  let info: Stats;
  try {
    // One synchronous stat: never blocks on a pipe or device (only opening one can), and costs a tenth of the promise.
    info = statSync(abs);
  } catch (err) {
    throw notFound(abs, err);
  }
  if (info.isDirectory())
    throw new SourceError({ source: abs, format: 'file', code: 'unsupported', reason: 'is a folder (expand it with expandTargets first)' });
  if (info.isFile() && info.size > maxBytes) throw tooLarge(abs, 'file', info.size, maxBytes);
  if (info.isFile() && info.size <= SYNC_READ_BYTES) {
    const bytes = readWhole(abs, info.size);
    if (bytes) return bytes;
  }
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
 * Folders → their files (recursive), files → absolute paths, URLs unchanged; a missing path is a SourceError. What a
 * folder walk could not read inside a folder is pushed to `problems` (see walkFiles).
 * @example await expandTargets(['notes/', 'https://example.com/feed.xml']) → ['/abs/notes/a.md', …, 'https://example.com/feed.xml']
 */
export async function expandTargets(targets: string[], problems: SourceError[] = []): Promise<string[]> {
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
    if (info.isDirectory()) append(out, await walkFiles(abs, problems));
    else out.push(abs);
  }
  return out;
}
