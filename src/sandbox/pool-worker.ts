/**
 * A worker of the extraction pool (pool.ts): extracts the items it is sent, one at a time in the order sent, each as
 * the calling thread would (`extractInThisThread`: the same limits, the same watchdog), and answers each in order.
 */
import { parentPort } from 'node:worker_threads';
import { buildGazetteer, type Gazetteer } from '../extract/index.js';
import { extractInThisThread, type SandboxLimits } from './index.js';
import type { PoolReply, PoolRequest } from './pool-protocol.js';

let gaz: Gazetteer | null = null;
let limits: SandboxLimits | null = null;
let names: { id: number; list: readonly string[] } = { id: 0, list: [] };

function answer(m: Extract<PoolRequest, { op: 'extract' }>): PoolReply {
  if (!gaz || !limits) return { job: m.job, error: 'the extraction worker was not set up' };
  if (m.names !== names.id) return { job: m.job, error: `known names ${m.names} were not sent to the extraction worker` };
  // As the pipeline composes it: the known names only when there are some.
  const ctx = names.list.length > 0 ? { ...m.ctx, known: names.list } : m.ctx;
  const { result, tainted } = extractInThisThread(m.text, m.sentences, ctx, gaz, limits);
  return { job: m.job, result, tainted };
}

const port = parentPort;
if (!port) throw new Error('src/sandbox/pool-worker.ts runs only as a worker thread');
port.on('message', (m: PoolRequest) => {
  if (m.op === 'setup') {
    gaz = buildGazetteer(m.entries, m.rules);
    limits = m.limits;
  } else if (m.op === 'names') names = { id: m.id, list: m.names };
  else port.postMessage(answer(m));
});
port.postMessage({ ready: true } satisfies PoolReply);
