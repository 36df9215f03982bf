/** factbrief's own output formats read back (spec §3): a digest → `digest-story` drafts, a bilingual note → one `note` with zh-en pairs. */
import type { ItemDraft, Message, UnitPair } from '../types/index.js';
import { append } from '../util/arrays.js';
import { toIsoDate } from './dates.js';
import { baseTitle, makeDraft, type Parsed } from './draft.js';
import { htmlToText } from './html-text.js';
import { markdownToText, splitFrontMatter } from './markdown.js';
import type { SourceHint } from './options.js';
import { cleanParagraph, decodeEntities, joinParagraphs, normalizeNewlines } from './paragraphs.js';

const MORE = '更多动态';

interface StoryBuf {
  headline: string;
  url: string | null;
  section: string | null;
  minor: boolean;
  lines: string[];
  /** 1-based line in the digest file of the story's first non-blank line (provenance). */
  firstLine?: number;
}

/** `[headline](url)` or `**headline**` → plain headline and its link. */
function splitHeadline(s: string): { text: string; url: string | null } {
  const link = /\[([^\]]+)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/.exec(s);
  return { text: cleanParagraph(markdownToText(s)), url: link?.[2] ?? null };
}

function httpLinks(links: string[]): string[] {
  return [...new Set(links.filter((l) => /^https?:\/\//i.test(l)))];
}

/**
 * A digest (either style) → one `digest-story` draft per story; `## 更多动态` bullets become minor stories.
 * `stories` style: `## headline` blocks separated by `---`; `sections` style: `## section` then `### [headline](url)`.
 */
export function parseDigest(text: string, hint: SourceHint): Parsed {
  const { data, body, messages } = splitFrontMatter(text);
  const lines = body.split('\n');
  // Lines of the file before the body (front matter): story lines are numbered in the file.
  const bodyLine = normalizeNewlines(text)
    .slice(0, normalizeNewlines(text).length - body.length)
    .split('\n').length;
  const style = lines.some((l) => /^###\s+\S/.test(l)) ? 'sections' : 'stories';
  let digestTitle = typeof data.title === 'string' ? data.title : null;
  const date = toIsoDate(data.date);
  const stories: StoryBuf[] = [];
  let cur: StoryBuf | null = null;
  let section: string | null = null;
  let inMore = false;
  let inFence = false;
  const open = (headline: string): StoryBuf => {
    const h = splitHeadline(headline);
    const s: StoryBuf = { headline: h.text, url: h.url, section, minor: inMore, lines: [] };
    stories.push(s);
    return s;
  };
  for (const [li, line] of lines.entries()) {
    if (cur && cur.firstLine === undefined && line.trim()) cur.firstLine = bodyLine + li;
    if (/^```/.test(line)) inFence = !inFence;
    if (!inFence) {
      const h1 = /^#\s+(.+?)\s*$/.exec(line);
      const h2 = /^##\s+(.+?)\s*$/.exec(line);
      const h3 = /^###\s+(.+?)\s*$/.exec(line);
      if (h1?.[1]) {
        digestTitle ??= cleanParagraph(markdownToText(h1[1]));
        cur = null;
        continue;
      }
      if (h2?.[1]) {
        const name = cleanParagraph(markdownToText(h2[1]));
        inMore = name === MORE;
        if (style === 'sections' || inMore) {
          section = name;
          cur = null;
        } else cur = open(h2[1]);
        continue;
      }
      if (h3?.[1]) {
        cur = open(h3[1]);
        continue;
      }
      if (/^\s*(?:-{3,}|\*{3,}|_{3,})\s*$/.test(line)) {
        cur = null;
        continue;
      }
      const bullet = /^\s*[-*+]\s+(.+)$/.exec(line);
      if (inMore && !cur && bullet?.[1]) {
        const b = bullet[1];
        const bold = /^\*\*(.+?)\*\*\s*[：:]?\s*(.*)$/.exec(b);
        const s = open(bold?.[1] ?? b);
        s.minor = true;
        s.section = MORE;
        s.firstLine = bodyLine + li;
        s.lines.push(bold ? (bold[2] ?? '') : b);
        if (!bold) s.headline = cleanParagraph(markdownToText(b)).slice(0, 80);
        continue;
      }
    }
    // A footer appended verbatim (HTML) after the stories is not part of any story.
    if (!inFence && /^<(div|section|aside|footer)\b/i.test(line)) cur = null;
    else if (cur) cur.lines.push(line);
  }
  const items: ItemDraft[] = stories.map((s, index) => {
    const links: string[] = [];
    if (s.url) links.push(s.url);
    const textBody = markdownToText(s.lines.join('\n'), links);
    const all = httpLinks(links);
    return makeDraft({
      kind: 'digest-story',
      format: 'digest',
      title: s.headline,
      text: textBody || s.headline,
      raw: s.lines.join('\n').trim(),
      url: s.url ?? all[0] ?? null,
      date,
      links: all,
      meta: {
        section: s.section,
        minor: s.minor,
        digestTitle: digestTitle ?? null,
        style,
        index,
        ...(s.firstLine ? { line: s.firstLine } : {}),
      },
    });
  });
  const title = digestTitle ?? baseTitle(hint.filename ?? hint.url);
  if (items[0] && messages.length) append(items[0].messages, messages);
  return { title, items };
}

/** The English original inside a `<details>` block: the `english-text` paragraph, else the block's text minus its summary. */
function englishOf(details: string): string {
  const p = /<p[^>]*class=["'][^"']*english-text[^"']*["'][^>]*>([\s\S]*?)<\/p>/i.exec(details);
  if (p?.[1] !== undefined) return cleanParagraph(decodeEntities(p[1].replace(/<[^>]+>/g, '')));
  return cleanParagraph(htmlToText(details.replace(/<summary>[\s\S]*?<\/summary>/i, '')));
}

/**
 * A bilingual note → one `note` draft: each Chinese paragraph (group) and the `<details>` block after it form a `zh-en` pair;
 * `### heading` lines name the section of the pairs under them. `text` holds the Chinese paragraphs.
 */
export function parseNote(text: string, hint: SourceHint): Parsed {
  const { data, body, messages } = splitFrontMatter(text);
  const notes: Message[] = [...messages];
  const pairs: UnitPair[] = [];
  const sections: string[] = [];
  let section: string | undefined;
  let zh: string[] = [];
  let h1: string | null = null;
  let orphans = 0;
  const re = /<details>[\s\S]*?<\/details>/gi;
  let last = 0;
  const takeZh = (chunk: string) => {
    for (const line of chunk.split('\n')) {
      const h = /^(#{1,6})\s+(.+?)\s*$/.exec(line);
      if (h?.[2]) {
        if (zh.join('').trim()) orphans++;
        zh = [];
        const name = cleanParagraph(markdownToText(h[2]));
        if (h[1] === '#') h1 ??= name;
        else {
          section = name;
          sections.push(name);
        }
      } else zh.push(line);
    }
  };
  for (let m = re.exec(body); m; m = re.exec(body)) {
    takeZh(body.slice(last, m.index));
    last = m.index + m[0].length;
    const a = markdownToText(zh.join('\n')).replace(/\n\n/g, '\n');
    zh = [];
    const b = englishOf(m[0]);
    if (!a && !b) continue;
    pairs.push({ kind: 'zh-en', a: cleanParagraph(a), b, ...(section ? { section } : {}) });
  }
  takeZh(body.slice(last));
  if (zh.join('').trim()) orphans++;
  if (orphans)
    notes.push({
      origin: 'ingest:note',
      severity: 'warning',
      reason: `${orphans} Chinese block(s) without an English original were left out of the pairs`,
    });
  const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);
  const title = str(data.title) ?? h1 ?? baseTitle(hint.filename ?? hint.url);
  const item = makeDraft({
    kind: 'note',
    format: 'note',
    title,
    text: joinParagraphs(pairs.map((p) => p.a)),
    raw: normalizeNewlines(text),
    url: str(data.source) ?? hint.url ?? null,
    date: toIsoDate(data.date),
    author: str(data.speaker),
    pairs,
    links: str(data.source) ? [str(data.source) as string] : [],
    meta: { ...data, sections },
    messages: notes,
  });
  return { title, items: [item] };
}
