/** Runs the CLI from source (node --import tsx src/cli/main.ts) on loopback-only test data, without blocking the event loop. */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const root = resolve(new URL('../..', import.meta.url).pathname);

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
}

export function temp(prefix = 'factbrief-attack-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** `factbrief ...args` with a clean FACTBRIEF_* environment plus `env`; `as` runs it as another user (needs root). */
export function cli(args: string[], env: Record<string, string> = {}, as?: { uid: number; gid: number }): Promise<Run> {
  const full: NodeJS.ProcessEnv = { ...process.env, ...env };
  for (const k of Object.keys(full)) if (k.startsWith('FACTBRIEF_') && !(k in env)) delete full[k];
  const t0 = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'src/cli/main.ts'), ...args], {
    cwd: root,
    env: full,
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(as ?? {}),
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  return new Promise((done) => child.on('close', (code) => done({ code: code ?? -1, stdout, stderr, ms: performance.now() - t0 })));
}

/** Every file under `dir` with its text. */
export function readTree(dir: string): { path: string; text: string }[] {
  const out: { path: string; text: string }[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push({ path: p, text: readFileSync(p, 'utf8') });
    }
  };
  walk(dir);
  return out;
}
