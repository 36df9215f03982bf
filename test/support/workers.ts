/** Worker processes for the queue tests: `factbrief worker` on a test database, with its own config and log. */
import { type ChildProcess, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { root } from './cli.js';

export interface WorkerProcess {
  child: ChildProcess;
  /** Everything the worker wrote to stderr so far. */
  log(): string;
  /** Stops it (SIGTERM: finishes the jobs in hand) and waits for the exit. */
  stop(): Promise<void>;
  /** Kills it at once (SIGKILL), as a crash would. */
  kill9(): Promise<void>;
}

/** Writes a config file for the test. */
export function writeConfig(dir: string, config: Record<string, unknown>): string {
  const file = join(dir, 'factbrief.yaml');
  writeFileSync(file, stringify(config));
  return file;
}

/** Starts `factbrief worker` (from source, through tsx) on `storeUrl` with `configFile`. */
export function startWorkerProcess(storeUrl: string, configFile: string, out: string, env: Record<string, string> = {}): WorkerProcess {
  const cleanEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
  for (const k of Object.keys(cleanEnv)) if (k.startsWith('FACTBRIEF_') && !(k in env)) delete cleanEnv[k];
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(root, 'src/cli/main.ts'), '--store', storeUrl, '--config', configFile, '--out', out, 'worker'],
    { cwd: root, env: cleanEnv, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let text = '';
  child.stderr?.on('data', (b: Buffer) => {
    text += b.toString('utf8');
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    child,
    log: () => text,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      // A worker that does not stop within a minute is a bug the test should not hang on: killed, and the log says so.
      const t = setTimeout(() => {
        text += '\n[test] worker did not exit within 60 s of SIGTERM: killed\n';
        child.kill('SIGKILL');
      }, 60_000);
      await exited;
      clearTimeout(t);
    },
    async kill9() {
      child.kill('SIGKILL');
      await exited;
    },
  };
}

/** Polls `check` every `everyMs` (200 ms) until it returns true; fails after `timeoutMs` with `what`. */
export async function until(what: string, check: () => Promise<boolean>, timeoutMs = 240_000, everyMs = 200): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
