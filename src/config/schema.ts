/** The config schema (zod): every option of factbrief, its default, and its meaning. */
import { z } from 'zod';

export const configSchema = z.object({
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
    .default({}),
  extract: z
    .object({
      /** Extra gazetteer files (JSON array of entries or YAML) merged over data/gazetteer.json. */
      gazetteer: z.array(z.string()).default([]),
    })
    .default({}),
  cluster: z.object({ windowDays: z.number().int().positive().default(3) }).default({}),
  knowledge: z.object({ tolerance: z.number().min(0).max(1).default(0.02) }).default({}),
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
    .default({}),
  engine: z.enum(['offline', 'llm']).default('offline'),
  llm: z
    .object({
      baseURL: z.string().default('https://api.openai.com/v1'),
      model: z.string().default('gpt-4o-mini'),
      /** Name of the environment variable holding the key (never put the key in the file). */
      apiKeyEnv: z.string().default('FACTBRIEF_LLM_API_KEY'),
      temperature: z.number().min(0).max(2).default(0.2),
      maxConcurrency: z.number().int().positive().default(4),
      maxRetries: z.number().int().min(0).default(3),
      timeoutMs: z.number().int().positive().default(60000),
      /** Stop calling the LLM in one run past this cost (USD); the offline engine finishes the run. */
      budgetUsd: z.number().positive().optional(),
      /** USD per million tokens, by model. */
      prices: z.record(z.string(), z.object({ input: z.number().min(0), output: z.number().min(0) })).default({}),
    })
    .default({}),
  publish: z
    .object({
      site: z
        .object({
          title: z.string().default('AI 日报'),
          url: z.string().default('http://127.0.0.1:8787/'),
          description: z.string().default('factbrief：每个数字都有出处的 AI 日报'),
        })
        .default({}),
      telegram: z
        .object({
          baseURL: z.string().default('https://api.telegram.org'),
          tokenEnv: z.string().default('FACTBRIEF_TELEGRAM_TOKEN'),
          chatId: z.string(),
        })
        .optional(),
      webhook: z.object({ url: z.string(), headers: z.record(z.string(), z.string()).default({}) }).optional(),
    })
    .default({}),
  /** Cron expression for `factbrief run --cron` (in timeZone). */
  schedule: z.string().default('0 8 * * *'),
});

export type Config = z.infer<typeof configSchema>;
