/** The digest's YAML front matter (SPEC §3.1), written by hand in the spec's exact key order and quoting. */
import { parse } from 'yaml';
import type { Digest } from '../types/index.js';
import { plainText } from './safe-text.js';

/** Characters YAML forbids raw even inside double quotes (outside c-printable), escaped as \uXXXX. */
const NON_PRINTABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f\ufeff\ufffe\uffff]/g;

/**
 * A YAML double-quoted scalar (JSON string syntax, which YAML 1.2 reads the same way).
 * @example yamlQuote('a "b"\nc') // → "a \"b\"\nc" (with the escapes)
 */
export function yamlQuote(s: string): string {
  return JSON.stringify(s).replace(NON_PRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const HAS_NON_PRINTABLE = new RegExp(NON_PRINTABLE.source);
const PLAIN_UNSAFE_START = /^[\s\-?:,[\]{}#&*!|>'"%@`]/;

/** A plain scalar when it reads back as the same string, else a quoted one (`title: OpenAI 完成 400 亿美元融资`). */
export function yamlScalar(s: string): string {
  if (s === '' || PLAIN_UNSAFE_START.test(s) || /\s$/.test(s) || /[\n\r\t]|: | #/.test(s) || s.endsWith(':') || HAS_NON_PRINTABLE.test(s)) {
    return yamlQuote(s);
  }
  try {
    if ((parse(`k: ${s}`) as { k?: unknown } | null)?.k === s) return s;
  } catch {
    // not readable as a plain scalar: quote it
  }
  return yamlQuote(s);
}

/** One line: newlines and runs of spaces collapsed (titles, summary lines). */
export function oneLine(s: string): string {
  return s.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

/** One line of plain text: front-matter values end up in templates (`{{ title | safe }}`), so no markup survives. */
function inert(s: string): string {
  return oneLine(plainText(s));
}

/** Flow sequence of double-quoted strings: `["AI", "AI 日报"]`. */
function flowList(xs: readonly string[]): string {
  return `[${xs.map((x) => yamlQuote(inert(x))).join(', ')}]`;
}

/** Where the generated cover card is referenced from when no cover URL is configured. */
export function defaultCoverPath(date: string, ext: 'png' | 'svg' = 'svg'): string {
  return `covers/${date}.${ext}`;
}

/**
 * The front matter block, `---` lines included.
 * @example renderFrontMatter(d) // → '---\ntitle: …\ndate: 2026-03-02\ncategory: AI 日报\ntags: ["AI", "AI 日报"]\n…\n---\n'
 */
export function renderFrontMatter(d: Digest): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(d.date)) throw new Error(`[render] [digest] date must be YYYY-MM-DD, got "${d.date}"`);
  const summary = d.summary.map((l) => `- ${inert(l).replace(/^-\s*/, '')}\n`).join('');
  const lines = [
    '---',
    `title: ${yamlScalar(inert(d.title))}`,
    `date: ${d.date}`,
    `category: ${yamlScalar(inert(d.category || 'AI 日报'))}`,
    `tags: ${flowList(d.tags.length > 0 ? d.tags : ['AI', 'AI 日报'])}`,
    `seo: ${flowList(d.seo)}`,
    `coverImage: ${yamlQuote(d.coverImage || defaultCoverPath(d.date))}`,
    `summary: ${yamlQuote(summary)}`,
    '---',
  ];
  return `${lines.join('\n')}\n`;
}
