/** Markdown files: YAML front matter (yaml package) and Markdown → clean paragraphs (marked's lexer, markup dropped). */
import { marked, type Token, type Tokens } from 'marked';
import { parse as parseYaml } from 'yaml';
import type { Message } from '../types/index.js';
import { append } from '../util/arrays.js';
import { HAN } from '../util/han.js';
import { toIsoDate } from './dates.js';
import { baseTitle, makeDraft, type Parsed } from './draft.js';
import { flatFrontMatter, looseFrontMatter } from './front-matter.js';
import { htmlToText } from './html-text.js';
import type { SourceHint } from './options.js';
import { cleanParagraph, decodeEntities, joinParagraphs, normalizeNewlines } from './paragraphs.js';

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/;

export interface FrontMatterSplit {
  data: Record<string, unknown>;
  body: string;
  messages: Message[];
}

/** Splits YAML front matter from the body; invalid YAML becomes a warning and the record its `key: value` lines give. */
export function splitFrontMatter(text: string): FrontMatterSplit {
  const s = normalizeNewlines(text);
  const m = FRONT_MATTER.exec(s);
  if (!m) return { data: {}, body: s, messages: [] };
  const body = s.slice(m[0].length);
  try {
    const data: unknown = flatFrontMatter(m[1] ?? '') ?? parseYaml(m[1] ?? '');
    if (data && typeof data === 'object' && !Array.isArray(data)) return { data: data as Record<string, unknown>, body, messages: [] };
    return { data: {}, body, messages: [] };
  } catch (err) {
    // Not YAML (an unquoted colon in a title): its `key: value` lines still give the title, date and URL.
    const loose = looseFrontMatter(m[1] ?? '');
    const reason = `front matter is not valid YAML (${(err as Error).message.split('\n')[0]}); ${loose ? 'read line by line' : 'ignored'}`;
    return { data: loose ?? {}, body, messages: [{ origin: 'ingest:markdown', severity: 'warning', reason }] };
  }
}

function inline(tokens: Token[] | undefined, links: string[]): string {
  if (!tokens) return '';
  let out = '';
  for (const t of tokens) {
    switch (t.type) {
      case 'link':
        links.push((t as Tokens.Link).href);
        out += inline((t as Tokens.Link).tokens, links);
        break;
      case 'image':
        break;
      case 'br':
        out += '\n';
        break;
      case 'codespan':
        out += decodeEntities((t as Tokens.Codespan).text);
        break;
      case 'html':
        out += htmlToText((t as Tokens.HTML).text);
        break;
      case 'escape':
      case 'text':
        out += 'tokens' in t && t.tokens ? inline(t.tokens, links) : decodeEntities((t as Tokens.Text).text);
        break;
      default:
        out +=
          'tokens' in t && Array.isArray(t.tokens)
            ? inline(t.tokens as Token[], links)
            : decodeEntities(('text' in t ? String(t.text) : '') ?? '');
    }
  }
  return out;
}

function blocks(tokens: Token[], paras: string[], links: string[]): void {
  for (const t of tokens) {
    switch (t.type) {
      case 'space':
      case 'hr':
      case 'def':
        break;
      case 'heading':
      case 'paragraph':
        paras.push(inline((t as Tokens.Paragraph).tokens, links));
        break;
      case 'text':
        paras.push('tokens' in t && t.tokens ? inline(t.tokens, links) : decodeEntities((t as Tokens.Text).text));
        break;
      case 'code':
        paras.push((t as Tokens.Code).text);
        break;
      case 'blockquote':
        blocks((t as Tokens.Blockquote).tokens, paras, links);
        break;
      case 'list':
        for (const item of (t as Tokens.List).items) {
          const sub: string[] = [];
          blocks(item.tokens, sub, links);
          append(paras, sub);
        }
        break;
      case 'table': {
        const table = t as Tokens.Table;
        const sep = (cells: string[]) => cells.join(cells.some((c) => HAN.test(c)) ? '；' : '; ');
        paras.push(sep(table.header.map((c) => cleanParagraph(inline(c.tokens, links)))));
        for (const row of table.rows) paras.push(sep(row.map((c) => cleanParagraph(inline(c.tokens, links)))));
        break;
      }
      case 'html':
        paras.push(htmlToText((t as Tokens.HTML).text).replace(/\n\n/g, '\u2029'));
        break;
      default:
        if ('tokens' in t && Array.isArray(t.tokens)) blocks(t.tokens as Token[], paras, links);
        else if ('text' in t) paras.push(String(t.text));
    }
  }
}

/**
 * Markdown → plain text, one paragraph per block (list items and table rows are paragraphs), markup and HTML dropped.
 * @example markdownToText('# 标题\n\n英伟达 **2 万美元** [来源](https://x.com)') === '标题\n\n英伟达 2 万美元 来源'
 */
export function markdownToText(md: string, links: string[] = []): string {
  const paras: string[] = [];
  blocks(marked.lexer(normalizeNewlines(md)), paras, links);
  return joinParagraphs(paras.flatMap((p) => p.split('\u2029')));
}

/** First `# heading` of a Markdown body, without markup. */
export function firstHeading(body: string): string | null {
  const m = /^#{1,2}[ \t]+(.+?)[ \t#]*$/m.exec(body);
  return m?.[1] ? cleanParagraph(markdownToText(m[1])) : null;
}

function str(v: unknown): string | null {
  if (typeof v === 'string' && v.trim()) return v.trim();
  if (Array.isArray(v) && typeof v[0] === 'string') return v.map(String).join(', ');
  return null;
}

/** A Markdown file → one `article` draft; front matter goes to meta, title / date / author / url are taken from it. */
export function parseMarkdown(text: string, hint: SourceHint): Parsed {
  const { data, body, messages } = splitFrontMatter(text);
  const links: string[] = [];
  const clean = markdownToText(body, links);
  const title = str(data.title) ?? firstHeading(body) ?? baseTitle(hint.filename ?? hint.url);
  const item = makeDraft({
    kind: 'article',
    format: 'markdown',
    title: cleanParagraph(title),
    text: clean,
    raw: normalizeNewlines(text),
    url: str(data.source) ?? str(data.url) ?? str(data.link) ?? hint.url ?? null,
    date: toIsoDate(data.date ?? data.published ?? data.pubDate),
    author: str(data.author) ?? str(data.speaker),
    meta: data,
    links: links.filter((l) => /^https?:/i.test(l)),
    messages,
  });
  return { title: item.title, items: [item] };
}
