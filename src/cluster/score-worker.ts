/**
 * The second thread of a clustering run (score-pool.ts): scores the candidate pairs of the range of items it is sent,
 * exactly as the calling thread scores its own (`scoreCandidates`), answers once and is done.
 */
import { parentPort } from 'node:worker_threads';
import { scoreCandidates } from './cluster.js';
import type { ScoreReply, ScoreRequest } from './score-protocol.js';

const port = parentPort;
if (!port) throw new Error('src/cluster/score-worker.ts runs only as a worker thread');
port.once('message', (m: ScoreRequest) => {
  let reply: ScoreReply;
  try {
    reply = { ok: true, scores: scoreCandidates(m.feats, m.from, m.table, m.windowDays, m.threshold, m.from, m.to) };
  } catch (e) {
    reply = { ok: false, error: (e as Error).message };
  }
  port.postMessage(reply);
});
