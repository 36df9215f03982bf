/** The daily digest (SPEC §3.1): front matter plus the `stories` or `sections` body, footer appended verbatim. */

import { emptyText, moreLine } from '../enrich/assemble/tidy.js';
import type { Digest, DigestStory, SourceRef } from '../types/index.js';
import { oneLine, renderFrontMatter } from './front-matter.js';
import { mdText, plainText } from './safe-text.js';
import { escapeHtml } from './site/html-escape.js';

/** The URL when it is http(s), with characters that would end a Markdown link destination percent-encoded; else null. */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  return u.href.replace(/[()<> ]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Text safe inside `[...]`: tags removed, brackets, backslashes and '<' escaped, one line. */
export function linkText(s: string): string {
  return mdText(s.replace(/\s*[\r\n]+\s*/g, ' ')).trim();
}

/**
 * A source as a link, or its outlet name when it has no web URL.
 * @example sourceLink({ outlet: '36氪', url: 'https://36kr.com/p/1', ... }) // → '[36氪](https://36kr.com/p/1)'
 */
export function sourceLink(s: SourceRef): string {
  const href = safeHref(s.url);
  const text = linkText(s.outlet || s.title || 'source');
  return href ? `[${text}](${href})` : text;
}

/** All sources of a story: `[36氪](…)、[TechWire](…)`. */
export function sourceLinks(sources: readonly SourceRef[]): string {
  return sources.map(sourceLink).join('、');
}

/** The default section order (data/sections.json ships the same list; the pipeline passes the configured one). */
export const DEFAULT_SECTION_ORDER = [
  '资本与市场',
  '技术突破与产品创新',
  '应用落地与商业化',
  '开源生态与产业趋势',
  '企业战略与行业动态',
  '更多动态',
] as const;

/** The heading minor items stand under, in both styles. */
export const MORE_HEADING = '更多动态';

export interface RenderDigestOptions {
  /** Section names in configured order (sections style). Sections not listed follow in order of appearance. */
  sections?: readonly string[];
}

/**
 * Bolds the story's key figure on its first occurrence when the engine bolded nothing,
 * so every story shows its key figure in bold.
 * @example emphasize(['融资 400 亿美元。'], '400 亿美元') // → ['融资 **400 亿美元**。']
 */
function emphasize(paragraphs: readonly string[], figure: string | undefined): string[] {
  const out = [...paragraphs];
  if (!figure || out.some((p) => p.includes('**'))) return out;
  const i = out.findIndex((p) => p.includes(figure));
  if (i >= 0) out[i] = (out[i] as string).replace(figure, `**${figure}**`);
  return out;
}

/** The summary line of the fold holding an English original. */
export const FOLD_SUMMARY = '英文原文';

/**
 * The English original of a story, folded so it never stands in the digest body: one HTML block (no blank line inside,
 * so Markdown renderers pass it through), the text HTML-escaped.
 * @example englishFold('Amazon will invest $5 billion.') // → '<details>\n<summary>英文原文</summary>\n<p class="english-text">Amazon will invest $5 billion.</p>\n</details>'
 */
export function englishFold(text: string): string {
  return `<details>\n<summary>${FOLD_SUMMARY}</summary>\n<p class="english-text">${escapeHtml(oneLine(plainText(text)))}</p>\n</details>`;
}

function fold(text: string | undefined): string | null {
  return text?.trim() ? englishFold(text) : null;
}

function blocks(...parts: (string | null | undefined | false)[]): string {
  return parts.filter((p): p is string => typeof p === 'string' && p.trim() !== '').join('\n\n');
}

function bulletList(bullets: readonly string[]): string {
  return bullets.map((b) => `- ${oneLine(b)}`).join('\n');
}

/** `- **<short title>**：<one line>（来源：…）` for 更多动态. */
function moreBullet(s: DigestStory): string {
  const src = s.sources.length > 0 ? `（来源：${sourceLinks(s.sources)}）` : '';
  // A line that only restates the headline is not printed twice: `- **CoreWeave在手订单增至1300亿美元**（来源：CNBC）`.
  // …nor cites the outlet its 来源 names (`据36氪报道，…（来源：36氪）`).
  // A line that only says its headline again takes the body's next sentence that says more; one with nothing more is
  // one plain sentence (no bold title: the title would be said twice).
  // An English story whose lead figure is not sure names its event in words, never the figure.
  if (s.eventLine) return `- ${oneLine(s.eventLine)}${src}`;
  const { head, text } = moreLine(
    s.oneLine,
    s.headline,
    s.paragraphs,
    s.sources.map((x) => x.outlet),
  );
  if (head === '') return `- ${oneLine(text)}${src}`;
  return `- **${oneLine(head)}**${emptyText(text) ? '' : `：${oneLine(text)}`}${src}`;
}

/** The 更多动态 lines: a story with no sure event to name (its deal's parties the other way round, its one figure unsure) has none. */
function moreBullets(more: readonly DigestStory[]): string[] {
  return more.filter((s) => s.eventLine !== '').map(moreBullet);
}

function moreBlock(more: readonly DigestStory[]): string | null {
  const lines = moreBullets(more);
  return lines.length > 0 ? `## ${MORE_HEADING}\n\n${lines.join('\n')}` : null;
}

/**
 * One story in the `stories` style: `## headline`, paragraphs, sources. The copy a Chinese site publishes as is: no
 * English original, not even folded (decision 076; the `sections` style, the working view, keeps the fold).
 */
function storyBlock(s: DigestStory): string {
  return blocks(
    `## ${oneLine(s.headline)}`,
    ...emphasize(s.paragraphs, s.keyFigure?.text),
    s.sources.length > 0 ? `来源：${sourceLinks(s.sources)}` : null,
  );
}

function labelled(label: string, bullets: readonly string[]): string | null {
  if (bullets.length === 0) return null;
  return `**${label.replace(/[：:]\s*$/, '')}：**\n\n${bulletList(bullets)}`;
}

/** One story in the `sections` style: `### [headline](first source)`, other sources, lead, labelled blocks, insights, impacts. */
function sectionStory(s: DigestStory): string {
  const [first, ...rest] = s.sources;
  const href = safeHref(first?.url);
  const heading = href ? `### [${linkText(oneLine(s.headline))}](${href})` : `### ${oneLine(s.headline)}`;
  const others = href ? rest : s.sources;
  return blocks(
    heading,
    others.length > 0 ? `${href ? '其他来源' : '来源'}：${sourceLinks(others)}` : null,
    ...emphasize(s.paragraphs, s.keyFigure?.text),
    fold(s.original),
    ...s.blocks.map((b) => labelled(b.label, b.bullets)),
    labelled('深度解读 & 洞察', s.insights),
    labelled('影响', s.impacts),
  );
}

function storiesBody(d: Digest): string {
  return blocks(d.stories.map(storyBlock).join('\n\n---\n\n'), moreBlock(d.more));
}

function sectionsBody(d: Digest, order: readonly string[]): string {
  // Sections the configuration does not list go after the listed ones but before 更多动态.
  const unlisted = [...new Set(d.stories.map((s) => s.section))].filter((n) => !order.includes(n));
  const moreAt = order.indexOf(MORE_HEADING);
  const names = moreAt >= 0 ? [...order.slice(0, moreAt), ...unlisted, ...order.slice(moreAt)] : [...order, ...unlisted];
  const out: string[] = [];
  for (const name of names) {
    const stories = d.stories.filter((s) => s.section === name);
    const minor = name === MORE_HEADING ? moreBullets(d.more) : [];
    if (stories.length === 0 && minor.length === 0) continue;
    out.push(blocks(`## ${name}`, ...stories.map(sectionStory), minor.join('\n')));
  }
  if (!names.includes(MORE_HEADING)) out.push(moreBlock(d.more) ?? '');
  return blocks(...out);
}

/**
 * Renders a digest to Markdown with YAML front matter, in the digest's style.
 * @example renderDigest(digest) // → '---\ntitle: …\n---\n\n# …\n\n## …'
 */
export function renderDigest(raw: Digest, opts: RenderDigestOptions = {}): string {
  const d = inertDigest(raw);
  const empty = d.stories.length === 0 && d.more.length === 0 ? '今日没有入选的动态。' : null;
  const body = d.style === 'sections' ? sectionsBody(d, opts.sections ?? DEFAULT_SECTION_ORDER) : storiesBody(d);
  const main = blocks(`# ${oneLine(d.title)}`, empty, body);
  const md = `${renderFrontMatter(raw)}\n${main}\n`;
  if (!d.footer || d.footer.trim() === '') return md;
  return `${md}\n${d.footer}${d.footer.endsWith('\n') ? '' : '\n'}`;
}

/** Every text of a story escaped for the Markdown body (the footer, the user's own template, is left as is). */
function inertStory(s: DigestStory): DigestStory {
  return {
    ...s,
    headline: mdText(s.headline),
    oneLine: mdText(s.oneLine),
    paragraphs: s.paragraphs.map(mdText),
    blocks: s.blocks.map((b) => ({ ...b, label: mdText(b.label), bullets: b.bullets.map(mdText) })),
    insights: s.insights.map(mdText),
    impacts: s.impacts.map(mdText),
    section: mdText(s.section),
    ...(s.keyFigure ? { keyFigure: { ...s.keyFigure, text: mdText(s.keyFigure.text) } } : {}),
  };
}

function inertDigest(d: Digest): Digest {
  return { ...d, title: mdText(d.title), stories: d.stories.map(inertStory), more: d.more.map(inertStory) };
}
