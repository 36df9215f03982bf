/**
 * Starting a worker thread on one of our modules, from the sources (through tsx) or from the build (`dist/`): a worker
 * does not inherit tsx's loader, so from the sources it registers the loader before importing its entry.
 */
import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * The module `name` (without extension) beside `base` (a module's `import.meta.url`): the `.ts` source when `base` is
 * one (running through tsx), the built `.js` otherwise.
 * @example entryBeside('file:///app/dist/sandbox/pool.js', 'pool-worker') → file:///app/dist/sandbox/pool-worker.js
 */
export function entryBeside(base: string, name: string): URL {
  return new URL(`./${name}${base.endsWith('.ts') ? '.ts' : '.js'}`, base);
}

/** A worker running the module at `entry` (a `.ts` file through tsx's loader, anything else as it is). */
export function spawnModuleWorker(entry: URL, options: Omit<WorkerOptions, 'eval'> = {}): Worker {
  if (entry.pathname.endsWith('.ts')) {
    const api = import.meta.resolve('tsx/esm/api');
    const boot = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(entry.href)}); })`;
    return new Worker(boot, { ...options, eval: true });
  }
  return new Worker(entry, options);
}
