#!/usr/bin/env node
// Runs bench/pipeline-child.ts on the built code with plain `node`, no tsx loader in the process: the child is bundled
// by esbuild (it imports only node: modules and bench/generate.ts; the stages are loaded from dist/ at run time), so
// its RSS is what `factbrief` itself would use (~50 MB less than under tsx, decision 021). Build dist first
// (`npm run build`). Arguments are passed on: `node bench/pipeline-built.mjs --n 10000 --hash`.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// Beside dist/, so that the child's `new URL('../dist/…', import.meta.url)` finds the built stages.
const out = join(root, '.bench-built', 'pipeline-child.mjs');
mkdirSync(dirname(out), { recursive: true });
await build({
  entryPoints: [join(root, 'bench', 'pipeline-child.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile: out,
  logLevel: 'warning',
});
// Imported from `-e`, not run as the entry point: generate.ts runs its own command line when it is the entry.
const child = [...process.execArgv, '--input-type=module', '-e', `await import(${JSON.stringify(pathToFileURL(out).href)})`];
const r = spawnSync(process.execPath, [...child, '--', '--dist', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(r.status ?? 1);
