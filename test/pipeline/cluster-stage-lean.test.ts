/**
 * The clustering stage is a module of its own (src/cluster-stage.ts, decision 084): a thread that runs only clustering
 * imports it and must not load the rest of the pipeline (extraction, knowledge, the engines, rendering: ~28 MB of heap).
 * Walks the module's runtime imports (type-only imports are erased) and checks none reaches those folders.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../../src');
const HEAVY = ['pipeline.ts', 'extract/', 'knowledge/', 'enrich/', 'render/', 'select/', 'sandbox/', 'ingest/', 'publish/'];

/** Relative runtime imports of a source file (not `import type`, not `export type`), as source paths. */
function runtimeImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/^(?:import|export)\s+(?!type\s)[^;]*?from\s+'(\.[^']+)'/gms)) {
    const spec = m[1] as string;
    const ts = resolve(dirname(file), spec.replace(/\.js$/, '.ts'));
    out.push(existsSync(ts) ? ts : resolve(dirname(file), spec));
  }
  for (const m of text.matchAll(/^import\s+'(\.[^']+)'/gm)) out.push(resolve(dirname(file), (m[1] as string).replace(/\.js$/, '.ts')));
  return out;
}

function reach(entry: string): Set<string> {
  const seen = new Set<string>();
  const todo = [entry];
  while (todo.length > 0) {
    const f = todo.pop() as string;
    if (seen.has(f) || !existsSync(f)) continue;
    seen.add(f);
    todo.push(...runtimeImports(f));
  }
  return seen;
}

test('the clustering stage loads none of the other stages', () => {
  const files = [...reach(join(SRC, 'cluster-stage.ts'))].map((f) => relative(SRC, f));
  assert.ok(
    files.some((f) => f.startsWith('cluster/')),
    'it reaches the clustering code',
  );
  const heavy = files.filter((f) => HEAVY.some((h) => (h.endsWith('/') ? f.startsWith(h) : f === h)));
  assert.deepEqual(heavy, []);
});

test('the pipeline still runs clustering from that module', () => {
  const files = [...reach(join(SRC, 'pipeline.ts'))].map((f) => relative(SRC, f));
  assert.ok(files.includes('cluster-stage.ts'));
});
