/**
 * Knowledge's parts on a second core (docs/decisions/049): one worker thread builds the parts of the chunks of items it
 * is handed (`knowledgeParts`, packed as the stage keeps them: `packPart`) while the calling thread builds others and
 * files and writes them in order. A part depends on its item alone, so where it is built does not change it. A chunk
 * the worker cannot build (an error in it, or the worker gone) comes back as `null`: the calling thread builds it
 * again itself, item by item as it always has, so a failure never loses an item. `close` terminates the worker; an
 * idle worker never keeps the process alive.
 */
import type { Worker } from 'node:worker_threads';
import type { Gazetteer } from './extract/index.js';
import type { KnowledgeInput, PackedPart } from './knowledge/index.js';
import type { PartsReply, PartsRequest } from './pipeline-knowledge-protocol.js';
import { entryBeside, spawnModuleWorker } from './sandbox/spawn.js';

/** The worker's young generation, in MB (as the extraction pool's workers: decision 036). */
const WORKER_YOUNG_MB = 12;

export class KnowledgePartsPool {
  private worker: Worker | null = null;
  private isReady = false;
  private next = 1;
  /** Chunks sent and not answered, by job, in the order sent. */
  private readonly waiting = new Map<number, (parts: PackedPart[] | null) => void>();

  /** Starts the worker now, so its start-up overlaps the calling thread's first chunks. */
  constructor(
    gaz: Gazetteer,
    tolerance: number,
    workerMemoryMb: number,
    entry: URL = entryBeside(import.meta.url, 'pipeline-knowledge-worker'),
  ) {
    let worker: Worker;
    try {
      worker = spawnModuleWorker(entry, {
        execArgv: [],
        resourceLimits: { maxOldGenerationSizeMb: workerMemoryMb, maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
      });
    } catch {
      return; // No worker: the calling thread builds every chunk.
    }
    this.worker = worker;
    worker.unref();
    worker.postMessage({ op: 'setup', entries: gaz.entries, rules: gaz.rules, tolerance } satisfies PartsRequest);
    worker.on('message', (m: PartsReply) => {
      if ('ready' in m) {
        this.isReady = true;
        return;
      }
      const done = this.waiting.get(m.job);
      if (!done) return;
      this.waiting.delete(m.job);
      if (this.waiting.size === 0) worker.unref();
      done('parts' in m ? m.parts : null);
    });
    worker.on('error', () => {});
    worker.on('exit', () => this.gone());
  }

  /** Whether the worker has started and takes chunks (until then, and once it is gone, it takes none). */
  get ready(): boolean {
    return this.isReady && this.worker !== null;
  }

  /** Chunks the worker holds. */
  get inFlight(): number {
    return this.waiting.size;
  }

  /** The packed parts of a chunk (`knowledgeParts` order), or `null`: the caller builds the chunk itself. */
  parts(input: KnowledgeInput): Promise<PackedPart[] | null> {
    const worker = this.worker;
    if (!worker) return Promise.resolve(null);
    const job = this.next++;
    return new Promise((done) => {
      this.waiting.set(job, done);
      worker.ref();
      worker.postMessage({ op: 'parts', job, items: input.items, extractions: input.extractions } satisfies PartsRequest);
    });
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.gone();
    if (w) await w.terminate();
  }

  /** The worker is gone: what it held comes back to the caller. */
  private gone(): void {
    this.worker = null;
    this.isReady = false;
    const held = [...this.waiting.values()];
    this.waiting.clear();
    for (const done of held) done(null);
  }
}
