/** The config schema (zod): every option of factbrief, its default, and its meaning. */
import { z } from 'zod';

/** An absolute http(s) URL: `baseURL: localhost:11434` or `ftp://…` is refused at load, not tried on every call. */
export const httpUrl = z.string().refine(
  (s) => {
    try {
      const u = new URL(s);
      return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname !== '';
    } catch {
      return false;
    }
  },
  { message: 'must be an absolute http:// or https:// URL' },
);

export const configSchema = z
  .object({
    /** Time zone of the digest day window. */
    timeZone: z.string().default('Asia/Shanghai'),
    /** Sources `factbrief run` reads: file or folder paths, feed URLs, page URLs, OPML files. */
    sources: z.array(z.string()).default([]),
    ingest: z
      .object({
        maxBytes: z
          .number()
          .int()
          .positive()
          .default(20 * 1024 * 1024),
        timeoutMs: z.number().int().positive().default(15000),
        maxRedirects: z.number().int().min(0).default(5),
        userAgent: z.string().default('factbrief/0.1 (+https://github.com/factbrief/factbrief)'),
        /** Hosts or IPs allowed although private / loopback (e.g. a feed server on your LAN). */
        allowHosts: z.array(z.string()).default([]),
        /** Convert Traditional Chinese to Simplified on ingest. */
        toSimplified: z.boolean().default(true),
      })
      .strict()
      .default({}),
    /** Per-item limits: an item over one is quarantined (shown by `items`, in source health and the run report), never processed. */
    limits: z
      .object({
        /** Characters of text in one item. */
        maxItemChars: z.number().int().positive().default(2_000_000),
        /** Sentences in one item. */
        maxSentences: z.number().int().positive().default(50_000),
        /** Figures found in one item. */
        maxFigures: z.number().int().positive().default(20_000),
        /** Longest run without a sentence break before ingest inserts one (keeps per-sentence work bounded). */
        maxSentenceChars: z.number().int().min(200).default(2_000),
        /** CPU time for extracting one item, in ms: the extraction is stopped there, the item quarantined and not extracted again. */
        extractMs: z.number().int().positive().default(60_000),
        /** CPU time for parsing one source (decoding, HTML, feeds), in ms: the parse is stopped there and the same bytes not parsed again. */
        parseMs: z.number().int().positive().default(60_000),
        /** Heap cap in MB of the worker thread that parses and extracts: past it the source is refused or the item quarantined. */
        workerMemoryMb: z.number().int().min(64).default(2048),
        /**
         * Threads that extract a large batch at once (this one and the others as worker threads), at most the machine's
         * available parallelism; 1 extracts in the calling thread only. FACTBRIEF_EXTRACT_THREADS overrides it.
         */
        extractThreads: z.number().int().positive().default(4),
        /** Nesting depth of HTML kept before article extraction; deeper elements are unwrapped. */
        maxHtmlDepth: z.number().int().positive().default(64),
      })
      .strict()
      .default({}),
    extract: z
      .object({
        /** Extra gazetteer files (JSON array of entries or YAML) merged over data/gazetteer.json. */
        gazetteer: z.array(z.string()).default([]),
      })
      .strict()
      .default({}),
    cluster: z
      .object({ windowDays: z.number().int().positive().default(3) })
      .strict()
      .default({}),
    knowledge: z
      .object({ tolerance: z.number().min(0).max(1).default(0.02) })
      .strict()
      .default({}),
    digest: z
      .object({
        style: z.enum(['stories', 'sections']).default('stories'),
        maxTop: z.number().int().positive().default(6),
        maxMore: z.number().int().min(0).default(12),
        /** Entities or keywords to boost in ranking. */
        watch: z.array(z.string()).default([]),
        /** A sections file replacing data/sections.json. */
        sections: z.string().optional(),
        /** A footer template file (Markdown or HTML) appended verbatim. */
        footer: z.string().optional(),
        /** A cover image URL; else a generated card. */
        coverImage: z.string().optional(),
        category: z.string().default('AI 日报'),
        tags: z.array(z.string()).default(['AI', 'AI 日报']),
      })
      .strict()
      .default({}),
    /** Bilingual notes (`factbrief note`): the user termbase and the front-matter fields the user sets. */
    notes: z
      .object({
        /** The termbase file (YAML, under version control): settled term renderings shared by all notes. */
        termbase: z.string().optional(),
        /** Self-review and improve after translating (one more request pair per batch); off to save cost. */
        reflect: z.boolean().default(true),
        /** Units per translation request at most. */
        batchSize: z.number().int().positive().max(40).default(6),
        area: z.string().optional(),
        category: z.string().optional(),
        project: z.array(z.string()).default([]),
        series: z.string().optional(),
        layout: z.string().optional(),
        status: z.string().optional(),
        draft: z.boolean().optional(),
      })
      .strict()
      .default({}),
    engine: z.enum(['offline', 'llm']).default('offline'),
    llm: z
      .object({
        baseURL: httpUrl.default('https://api.openai.com/v1'),
        model: z.string().default('gpt-4o-mini'),
        /** Name of the environment variable holding the key (never put the key in the file). */
        apiKeyEnv: z.string().default('FACTBRIEF_LLM_API_KEY'),
        temperature: z.number().min(0).max(2).default(0.2),
        maxConcurrency: z.number().int().positive().default(4),
        maxRetries: z.number().int().min(0).default(3),
        timeoutMs: z.number().int().positive().default(60000),
        /** After this many consecutive failed calls to the endpoint, the rest of the run is offline (circuit breaker). */
        maxConsecutiveFailures: z.number().int().positive().default(5),
        /** Wall-clock budget for all LLM calls of one run, in ms; past it the offline engine finishes the run. */
        runDeadlineMs: z.number().int().positive().default(600_000),
        /** Longest `Retry-After` honoured, in ms; a longer one counts as a failure instead of a wait. */
        maxRetryAfterMs: z.number().int().min(0).default(30_000),
        /** A story whose guarded paragraphs keep fewer characters than this is rewritten by the offline engine. */
        minStoryChars: z.number().int().min(0).default(10),
        /** Stop calling the LLM in one run past this cost (USD); the offline engine finishes the run. */
        budgetUsd: z.number().positive().optional(),
        /** USD per million tokens, by model. */
        prices: z.record(z.string(), z.object({ input: z.number().min(0), output: z.number().min(0) }).strict()).default({}),
      })
      .strict()
      .default({}),
    publish: z
      .object({
        site: z
          .object({
            title: z.string().default('AI 日报'),
            url: z.string().default('http://127.0.0.1:8787/'),
            description: z.string().default('factbrief：每个数字都有出处的 AI 日报'),
            /** How many digests of out/digests the feeds and the site carry, newest first. */
            maxDigests: z.number().int().positive().default(30),
          })
          .strict()
          .default({}),
        telegram: z
          .object({
            baseURL: httpUrl.default('https://api.telegram.org'),
            tokenEnv: z.string().default('FACTBRIEF_TELEGRAM_TOKEN'),
            chatId: z.string(),
          })
          .strict()
          .optional(),
        webhook: z
          .object({ url: httpUrl, headers: z.record(z.string(), z.string()).default({}) })
          .strict()
          .optional(),
      })
      .strict()
      .default({}),
    /** `factbrief serve`: where it listens; a host beyond loopback needs `token` (or FACTBRIEF_TOKEN), 16+ characters. */
    web: z
      .object({
        host: z.string().default('127.0.0.1'),
        port: z.number().int().min(0).max(65535).default(8787),
        token: z.string().min(16).optional(),
      })
      .strict()
      .default({}),
    /** Cron expression for `factbrief run --cron` (in timeZone). */
    schedule: z.string().default('0 8 * * *'),
    /** Workers on the job queue (a PostgreSQL store only; docs/scaling.md). */
    workers: z
      .object({
        /** Jobs of each queue one worker process runs at once. */
        concurrency: z.number().int().positive().default(2),
        /** How often an idle worker asks the queue for work, in seconds (at least 0.5). */
        pollSeconds: z.number().min(0.5).default(2),
        /** Retries of a failed job before it goes to the dead-letter list (`factbrief jobs`). */
        retryLimit: z.number().int().min(0).default(3),
        /** Delay before the first retry, in seconds; it doubles each time (with jitter). */
        retryDelaySeconds: z.number().int().min(1).default(5),
        /** A fetch or extract job still active after this long is taken to belong to a dead worker and retried. */
        jobTimeoutSeconds: z.number().int().min(1).default(600),
        /** The same for cluster, knowledge, digest and publish jobs. */
        stageTimeoutSeconds: z.number().int().min(1).default(1800),
        /** How often the queue looks for expired jobs (the recovery of a killed worker), in seconds. */
        maintenanceSeconds: z.number().int().min(1).default(30),
        /** Items per extract job. */
        extractBatch: z.number().int().positive().default(200),
        /** Files per fetch job (feeds and URLs are one job each). */
        fetchBatch: z.number().int().positive().default(50),
        /** LLM requests a second to one endpoint, all workers together. */
        llmRequestsPerSecond: z.number().positive().default(2),
        /** LLM requests that may start at once after a quiet spell. */
        llmBurst: z.number().int().positive().default(1),
        /** The pg-boss schema holding the queue's tables. */
        queueSchema: z
          .string()
          .regex(/^[a-z_][a-z0-9_]{0,62}$/)
          .default('pgboss'),
      })
      .strict()
      .default({}),
  })
  .strict();

export type Config = z.infer<typeof configSchema>;
