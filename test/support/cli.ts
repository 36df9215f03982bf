/** Runs the real factbrief binary (bin/factbrief.js → dist/) on a temp data directory. */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const root = resolve(new URL('../..', import.meta.url).pathname);
export const bin = join(root, 'bin', 'factbrief.js');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function tempDir(prefix = 'factbrief-e2e-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Runs `factbrief ...args` synchronously with a clean FACTBRIEF_* environment. */
export function runCli(args: string[], opts: { cwd?: string; env?: Record<string, string> } = {}): CliResult {
  const env = { ...process.env, ...opts.env };
  for (const k of Object.keys(env)) if (k.startsWith('FACTBRIEF_') && !(opts.env && k in opts.env)) delete env[k];
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: opts.cwd ?? root, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Starts `factbrief ...args` without waiting (for kill tests). */
export function startCli(args: string[], opts: { cwd?: string } = {}) {
  return spawn(process.execPath, [bin, ...args], { cwd: opts.cwd ?? root, stdio: ['ignore', 'pipe', 'pipe'] });
}

export function jsonLines<T = Record<string, unknown>>(stdout: string): T[] {
  return stdout
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);
}

/** Runs `factbrief ...args` without blocking the event loop (needed when the test also runs a server). */
export function runCliAsync(args: string[], opts: { cwd?: string; env?: Record<string, string> } = {}): Promise<CliResult> {
  const env = { ...process.env, ...opts.env };
  for (const k of Object.keys(env)) if (k.startsWith('FACTBRIEF_') && !(opts.env && k in opts.env)) delete env[k];
  const child = spawn(process.execPath, [bin, ...args], { cwd: opts.cwd ?? root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  return new Promise((resolvePromise) => child.on('close', (code) => resolvePromise({ code: code ?? -1, stdout, stderr })));
}
