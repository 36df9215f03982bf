/** The JSON the model must return, as zod schemas, and the parser that turns a reply into validated data or an LlmError. */
import { z } from 'zod';
import { LlmError } from './errors.js';

const IMPACT_PREFIX = /^(?:利好|利空|投资启示)：/;

export const StoryOutputSchema = z.object({
  headline: z.string().trim().min(1).max(80),
  paragraphs: z.array(z.string().trim().min(1)).min(1).max(3),
  blocks: z
    .array(z.object({ label: z.string().trim().min(1).max(12), bullets: z.array(z.string().trim().min(1)).min(1).max(6) }))
    .max(6)
    .default([]),
  insights: z.array(z.string().trim().min(1)).max(6).default([]),
  impacts: z.array(z.string().trim().regex(IMPACT_PREFIX, 'must start with 利好：, 利空： or 投资启示：')).max(4).default([]),
  oneLine: z.string().trim().min(1).max(200),
});
export type StoryOutput = z.infer<typeof StoryOutputSchema>;

export const TitleOutputSchema = z.object({ title: z.string().trim().min(1).max(80) });
export type TitleOutput = z.infer<typeof TitleOutputSchema>;

/** The schema as shown to the model in the system prompt. */
export const STORY_SCHEMA_TEXT = `{
  "headline": "string, Chinese, ≤ 40 characters, led by the key figure",
  "paragraphs": ["1 to 3 Chinese paragraphs, key figures in **bold**"],
  "blocks": [{ "label": "关键数据 | 核心突破 | 商业模式 | 合作与交易 | 风险与争议", "bullets": ["string"] }],
  "insights": ["深度解读 & 洞察 bullets: conflicts with both values and sources, totals, ratios, growth"],
  "impacts": ["each starts with 利好：, 利空： or 投资启示："],
  "oneLine": "one Chinese line for the summary"
}`;

export const TITLE_SCHEMA_TEXT = '{ "title": "string, Chinese, ≤ 40 characters, led by the top story\'s key figure" }';

/** Strings that must never appear in a reply (the API key, the endpoint). */
export interface LeakGuard {
  secrets: string[];
}

/**
 * Parses and validates a reply: JSON (a ```json fence around it is tolerated), then the zod schema, then no secret
 * inside. Throws LlmError('malformed' | 'schema' | 'leak') carrying the raw text.
 */
export function parseReply<T>(raw: string, schema: z.ZodType<T, z.ZodTypeDef, unknown>, leak: LeakGuard): T {
  const text = raw.trim().replace(/^```(?:json)?\s*([\s\S]*?)\s*```$/i, '$1');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw new LlmError('malformed', 'reply is not JSON', { raw, cause });
  }
  const r = schema.safeParse(json);
  if (!r.success)
    throw new LlmError(
      'schema',
      `reply does not match the schema: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      { raw },
    );
  const flat = JSON.stringify(r.data);
  for (const s of leak.secrets) {
    if (s.length >= 6 && flat.includes(s)) throw new LlmError('leak', 'reply contains configuration it must not reveal', { raw });
  }
  return r.data;
}
