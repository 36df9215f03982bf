/**
 * The digests already written (out/digests/*.md) read back for the feeds and the static site, so both carry every
 * digest, newest first, not only the one just written.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Digest } from '../types/index.js';

/** A digest file read back: the record feeds and the site need, its Markdown and its page slug. */
export interface ArchivedDigest {
  digest: Digest;
  markdown: string;
  slug: string;
}

const FILE = /^(\d{4}-\d{2}-\d{2})\.md$/;

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

/**
 * A digest file's front matter as a Digest record (stories are not read back: feeds and the site render the
 * Markdown). Null when the file has no front matter or no valid date.
 */
export function digestFromMarkdown(markdown: string, fallbackDate: string, footer: string | null = null): Digest | null {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(markdown);
  if (!m) return null;
  let fm: Record<string, unknown>;
  try {
    fm = (parseYaml(m[1] as string) ?? {}) as Record<string, unknown>;
  } catch {
    return null;
  }
  const rawDate = fm.date instanceof Date ? fm.date.toISOString().slice(0, 10) : String(fm.date ?? fallbackDate);
  const date = /^\d{4}-\d{2}-\d{2}$/.test(rawDate) ? rawDate : fallbackDate;
  const summary =
    typeof fm.summary === 'string'
      ? fm.summary
          .split('\n')
          .map((l) => l.replace(/^-\s*/, '').trim())
          .filter((l) => l !== '')
      : [];
  return {
    date,
    title: typeof fm.title === 'string' ? fm.title : date,
    category: typeof fm.category === 'string' ? fm.category : 'AI 日报',
    tags: strings(fm.tags),
    seo: strings(fm.seo),
    coverImage: typeof fm.coverImage === 'string' ? fm.coverImage : '',
    summary,
    style: /^### /m.test(markdown) ? 'sections' : 'stories',
    stories: [],
    more: [],
    footer,
    engine: 'archive',
    guard: [],
  };
}

/**
 * Every digest in `dir` (files named YYYY-MM-DD.md), newest first, at most `max`. A file that cannot be read as a
 * digest is skipped and named in `skipped`.
 * @example readDigestArchive('out/digests', { max: 30 }).digests[0]?.slug // → '2026-11-22'
 */
export function readDigestArchive(
  dir: string,
  opts: { max: number; footer?: string | null },
): { digests: ArchivedDigest[]; skipped: string[] } {
  if (!existsSync(dir)) return { digests: [], skipped: [] };
  const names = readdirSync(dir)
    .filter((n) => FILE.test(n))
    .sort()
    .reverse();
  const digests: ArchivedDigest[] = [];
  const skipped: string[] = [];
  for (const name of names) {
    if (digests.length >= opts.max) break;
    const path = join(dir, name);
    const markdown = readFileSync(path, 'utf8');
    const slug = (FILE.exec(name) as RegExpExecArray)[1] as string;
    const digest = digestFromMarkdown(markdown, slug, opts.footer ?? null);
    if (digest) digests.push({ digest, markdown, slug });
    else skipped.push(path);
  }
  return { digests, skipped };
}
