/**
 * The LLM translator of a note: id-keyed JSON batches with neighbouring units and the batch's settled terms as
 * context; translate → self-review (suggestions) → improve, the reflection switchable off; a batch that comes back
 * with missing, extra, empty or merged units is halved, then sent one unit at a time — a unit is never silently left
 * in English. A unit that fails QA is retranslated once naming its problems, then flagged. Finished units are cached
 * by unit id, prompt version, model and glossary, so an interrupted note resumes without paying for them again.
 */
import { createHash } from 'node:crypto';
import pLimit from 'p-limit';
import { z } from 'zod';
import type { JsonChatClient } from '../enrich/llm/client.js';
import { LlmError } from '../enrich/llm/index.js';
import type { KeyValueCache, Ledger } from '../store/types.js';
import {
  type BatchContext,
  fixMessages,
  improveMessages,
  NOTE_PROMPT_VERSION,
  type PromptName,
  type PromptUnit,
  reviewMessages,
  translateMessages,
} from './prompt.js';
import type { QaIssue, SourceUnit, Term } from './types.js';

/** Cache namespace of finished unit translations. */
export const UNIT_CACHE = 'note-unit';

export interface TranslateInput {
  unit: SourceUnit;
  /** Glossary terms the unit contains, with their settled renderings. */
  terms: readonly Term[];
  names: readonly PromptName[];
  /** The unit opens a section: the model proposes its heading. */
  heading: boolean;
}

export interface UnitTranslation {
  zh: string;
  heading?: string;
  status: 'translated' | 'flagged' | 'failed';
  issues: QaIssue[];
  /** Came from the cache of an earlier run. */
  cached: boolean;
}

export interface TranslatorOptions {
  client: JsonChatClient;
  cache: KeyValueCache;
  ledger: Ledger;
  model: string;
  /** Self-review and improve after the first translation (default true). */
  reflect: boolean;
  /** Units per request at most (default 6). */
  batchSize: number;
  /**
   * Batches in progress at once (default 2): each goes through translate, review, improve and QA before another
   * starts, so units finish (and are cached) steadily rather than all at the end.
   */
  concurrency?: number;
  /** QA of one translation (pure). */
  qa: (input: TranslateInput, zh: string) => QaIssue[];
  log?: (msg: string) => void;
}

const UnitsReply = z.object({
  units: z.array(z.object({ id: z.string(), zh: z.string(), heading: z.string().optional() })),
});
const ReviewReply = z.object({ reviews: z.array(z.object({ id: z.string(), suggestion: z.string() })).default([]) });

type Reply = z.output<typeof UnitsReply>['units'];

/** Why a batch reply cannot be used as is (then the batch is halved). */
export class BatchShapeError extends Error {}

/** The cache key of a unit's translation: unit, prompt version, model, reflection, its terms and names. */
export function unitCacheKey(input: TranslateInput, model: string, reflect: boolean): string {
  const terms = [...input.terms].map((t) => [t.term, t.zh, t.en ?? '']).sort();
  const names = [...input.names].map((n) => [n.written, n.zh]).sort();
  return createHash('sha256')
    .update(JSON.stringify([NOTE_PROMPT_VERSION, model, reflect, input.unit.id, input.unit.en, input.heading, terms, names]))
    .digest('hex');
}

/**
 * Checks a batch reply against the batch: every id once, in order, none extra, none empty, none merged into its
 * neighbour (one unit's Chinese far longer than its English warrants while the next is near empty).
 */
export function checkShape(batch: readonly TranslateInput[], reply: Reply): Map<string, Reply[number]> {
  const want = batch.map((b) => b.unit.id);
  const got = reply.map((r) => r.id);
  const missing = want.filter((id) => !got.includes(id));
  const extra = got.filter((id) => !want.includes(id));
  if (missing.length || extra.length)
    throw new BatchShapeError(
      `reply ${missing.length ? `misses ${missing.join(', ')}` : ''}${missing.length && extra.length ? ' and ' : ''}${extra.length ? `has extra ${extra.join(', ')}` : ''}`,
    );
  if (new Set(got).size !== got.length) throw new BatchShapeError('reply repeats a unit');
  const byId = new Map(reply.map((r) => [r.id, r]));
  const empty = want.filter((id) => (byId.get(id)?.zh.trim() ?? '') === '');
  if (empty.length) throw new BatchShapeError(`reply leaves ${empty.join(', ')} empty`);
  const ratios = batch.map((b) => (byId.get(b.unit.id)?.zh.length ?? 0) / Math.max(1, b.unit.en.length));
  const sorted = [...ratios].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  if (batch.length > 1 && median > 0) {
    for (let i = 0; i + 1 < ratios.length; i++) {
      const a = ratios[i] as number;
      const b = ratios[i + 1] as number;
      if ((a > median * 2.5 && b < median / 3) || (b > median * 2.5 && a < median / 3))
        throw new BatchShapeError(`reply merges units ${batch[i]?.unit.id} and ${batch[i + 1]?.unit.id}`);
    }
  }
  return byId;
}

function problemsOf(issues: readonly QaIssue[]): string[] {
  return issues.map((i) => `${i.rule}: ${i.message}`);
}

/** Translates units; returns one result per unit id. Never throws for a bad reply or a failed endpoint. */
export async function translateUnits(inputs: readonly TranslateInput[], opts: TranslatorOptions): Promise<Map<string, UnitTranslation>> {
  const log = opts.log ?? (() => {});
  const out = new Map<string, UnitTranslation>();
  const index = new Map(inputs.map((x, i) => [x.unit.id, i]));
  const ctxOf = (batch: readonly TranslateInput[]): BatchContext => {
    const first = index.get(batch[0]?.unit.id ?? '') ?? 0;
    const last = index.get(batch[batch.length - 1]?.unit.id ?? '') ?? 0;
    const terms = new Map<string, Term>();
    const names = new Map<string, PromptName>();
    for (const b of batch) {
      for (const t of b.terms) terms.set(t.term, t);
      for (const n of b.names) names.set(n.written, n);
    }
    const clip = (s: string | undefined) => (s === undefined ? null : s.length > 400 ? `${s.slice(0, 400)}…` : s);
    return {
      before: clip(inputs[first - 1]?.unit.en),
      after: clip(inputs[last + 1]?.unit.en),
      terms: [...terms.values()],
      names: [...names.values()],
    };
  };
  const prompt = (b: TranslateInput): PromptUnit => ({ id: b.unit.id, en: b.unit.en, ...(b.heading ? { heading: true } : {}) });

  // Finished units from earlier runs.
  const todo: TranslateInput[] = [];
  for (const x of inputs) {
    const hit = await opts.cache.get(UNIT_CACHE, unitCacheKey(x, opts.model, opts.reflect));
    if (hit === undefined) {
      todo.push(x);
      continue;
    }
    const v = JSON.parse(hit) as { zh: string; heading?: string };
    // Cached only after passing QA; checked again in case the rules changed since.
    const issues = opts.qa(x, v.zh);
    out.set(x.unit.id, {
      zh: v.zh,
      ...(v.heading ? { heading: v.heading } : {}),
      status: issues.length ? 'flagged' : 'translated',
      issues,
      cached: true,
    });
    await opts.ledger.add({
      at: new Date().toISOString(),
      model: opts.model,
      promptTokens: 0,
      completionTokens: 0,
      cost: 0,
      cached: true,
      purpose: `note-unit:${x.unit.id}`,
    });
  }

  const finish = async (x: TranslateInput, zh: string, heading: string | undefined, ctx: BatchContext) => {
    let text = zh;
    let issues = opts.qa(x, text);
    if (issues.length > 0) {
      log(`[notes] unit ${x.unit.id}: ${problemsOf(issues).join('; ')}; retranslating once`);
      try {
        const r = await opts.client.complete(fixMessages(prompt(x), text, problemsOf(issues), ctx), UnitsReply, `note-fix:${x.unit.id}`);
        const fixed = checkShape([x], r.units).get(x.unit.id)?.zh ?? text;
        const again = opts.qa(x, fixed);
        if (again.length <= issues.length) {
          text = fixed;
          issues = again;
        }
      } catch (e) {
        log(`[notes] retry of ${x.unit.id} failed: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    const result: UnitTranslation = {
      zh: text,
      ...(heading ? { heading } : {}),
      status: issues.length ? 'flagged' : 'translated',
      issues,
      cached: false,
    };
    out.set(x.unit.id, result);
    if (issues.length === 0)
      await opts.cache.put(
        UNIT_CACHE,
        unitCacheKey(x, opts.model, opts.reflect),
        JSON.stringify({ zh: text, ...(heading ? { heading } : {}) }),
      );
  };

  const attempt = async (batch: readonly TranslateInput[]): Promise<void> => {
    const ctx = ctxOf(batch);
    const tag = batch.length === 1 ? (batch[0]?.unit.id ?? '') : `${batch[0]?.unit.id}+${batch.length - 1}`;
    const first = checkShape(
      batch,
      (await opts.client.complete(translateMessages(batch.map(prompt), ctx), UnitsReply, `note:${tag}`)).units,
    );
    let best = first;
    if (opts.reflect) {
      try {
        const withZh = batch.map((b) => ({ ...prompt(b), zh: first.get(b.unit.id)?.zh ?? '' }));
        const review = await opts.client.complete(reviewMessages(withZh, ctx), ReviewReply, `note-review:${tag}`);
        const tips = new Map(review.reviews.map((r) => [r.id, r.suggestion]));
        const improved = await opts.client.complete(
          improveMessages(
            withZh.map((u) => ({ ...u, suggestion: tips.get(u.id) ?? 'ok' })),
            ctx,
          ),
          UnitsReply,
          `note-improve:${tag}`,
        );
        best = checkShape(batch, improved.units);
      } catch (e) {
        // The first translation stands; reflection is an improvement, not a condition.
        log(`[notes] reflection on ${tag} skipped: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    for (const b of batch) {
      const r = best.get(b.unit.id);
      await finish(b, r?.zh ?? '', first.get(b.unit.id)?.heading ?? r?.heading, ctx);
    }
  };

  const fail = (batch: readonly TranslateInput[], why: string) => {
    for (const b of batch) out.set(b.unit.id, { zh: '', status: 'failed', issues: [{ rule: 'failed', message: why }], cached: false });
  };

  const run = async (batch: readonly TranslateInput[]): Promise<void> => {
    try {
      await attempt(batch);
    } catch (e) {
      const shape = e instanceof BatchShapeError || (e instanceof LlmError && (e.reason === 'schema' || e.reason === 'malformed'));
      const why = e instanceof Error ? e.message.replace('[enrich] [llm] ', '') : String(e);
      if (shape && batch.length > 1) {
        log(`[notes] batch of ${batch.length} units: ${why}; halving`);
        const mid = Math.ceil(batch.length / 2);
        await run(batch.slice(0, mid));
        await run(batch.slice(mid));
        return;
      }
      log(
        `[notes] ${batch.length === 1 ? `unit ${batch[0]?.unit.id}` : `batch of ${batch.length} units`}: ${why}; left untranslated and reported`,
      );
      fail(batch, why);
    }
  };

  const size = Math.max(1, opts.batchSize);
  const batches: TranslateInput[][] = [];
  for (let i = 0; i < todo.length; i += size) batches.push(todo.slice(i, i + size));
  const limit = pLimit(Math.max(1, opts.concurrency ?? 2));
  await Promise.all(batches.map((b) => limit(() => run(b))));
  return out;
}
