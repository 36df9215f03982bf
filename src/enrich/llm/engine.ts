/** The LLM engine: any OpenAI-compatible chat endpoint, JSON replies validated by zod, offline fallback per story. */
import type { KeyValueCache, Ledger } from '../../store/types.js';
import type { DigestStory, DigestStyle, StoryBundle } from '../../types/index.js';
import { type Engine, emptyUsage, type LlmOptions } from '../engine.js';
import type { Violation } from '../numeric-guard/index.js';
import { createOfflineEngine, type OfflineOptions, sourceRefs } from '../offline/engine.js';
import { pickKeyFigure } from '../offline/key-figure.js';
import { JsonChatClient } from './client.js';
import { LlmError } from './errors.js';
import type { LlmGate } from './gate.js';
import { rewriteMessages, storyMessages, titleMessages } from './prompt.js';
import { type StoryOutput, StoryOutputSchema, TitleOutputSchema } from './schema.js';

export interface LlmDeps {
  cache: KeyValueCache;
  ledger: Ledger;
  log?: (msg: string) => void;
  /** Workers: the request rate and budget shared through the database. */
  gate?: LlmGate;
  /** Options of the offline engine used for fallbacks. */
  offline?: OfflineOptions;
}

function toStory(out: StoryOutput, bundle: StoryBundle): DigestStory {
  return {
    storyId: bundle.story.id,
    headline: out.headline,
    section: bundle.section,
    sources: sourceRefs(bundle),
    paragraphs: out.paragraphs,
    blocks: out.blocks,
    insights: out.insights,
    impacts: out.impacts,
    oneLine: out.oneLine,
    keyFigure: pickKeyFigure(bundle),
    minor: bundle.minor,
  };
}

/**
 * The LLM engine. Each story is one request (cached by model + prompt); a story whose request fails after the retries,
 * or that comes after the budget is spent, is written by the offline engine and counted in `usage().offlineFallbacks`.
 */
export function createLlmEngine(opts: LlmOptions, deps: LlmDeps): Engine {
  const usage = emptyUsage();
  const log = deps.log ?? (() => {});
  const client = new JsonChatClient(opts, {
    cache: deps.cache,
    ledger: deps.ledger,
    log,
    usage,
    ...(deps.gate ? { gate: deps.gate } : {}),
  });
  const offline = createOfflineEngine(deps.offline);

  const fallback = (what: string, e: unknown) => {
    usage.offlineFallbacks++;
    const reason = e instanceof LlmError ? e.message.replace('[enrich] [llm] ', '') : String(e);
    log(`[enrich] [llm] ${what}: ${reason}; written by the offline engine`);
  };

  return {
    specificationVersion: 'v1',
    name: 'llm',
    async doWriteStory(bundle: StoryBundle, style: DigestStyle): Promise<DigestStory> {
      try {
        const out = await client.complete(storyMessages(bundle, style), StoryOutputSchema, `story:${bundle.story.id}`);
        return toStory(out, bundle);
      } catch (e) {
        fallback(`story ${bundle.story.id}`, e);
        return offline.doWriteStory(bundle, style);
      }
    },
    async doRewriteStory(bundle: StoryBundle, style: DigestStyle, previous: DigestStory, violations: Violation[]) {
      try {
        const msgs = rewriteMessages(bundle, style, previous, violations);
        const out = await client.complete(msgs, StoryOutputSchema, `rewrite:${bundle.story.id}`);
        return toStory(out, bundle);
      } catch (e) {
        // The guard then drops the offending sentences of the previous version.
        log(`[enrich] [llm] rewrite of ${bundle.story.id} failed: ${e instanceof Error ? e.message : String(e)}`);
        return previous;
      }
    },
    async doWriteTitle(stories: DigestStory[], date: string): Promise<string> {
      try {
        const out = await client.complete(titleMessages(stories, date), TitleOutputSchema, 'title');
        return out.title;
      } catch (e) {
        fallback('title', e);
        return offline.doWriteTitle(stories, date);
      }
    },
    usage: () => ({ ...usage, notes: [...usage.notes] }),
  };
}
