/** Telegram MarkdownV2: escaping, and a converter from digest Markdown (headings, bold, links, bullets) to it. */

/** Characters MarkdownV2 requires escaped in ordinary text. */
const SPECIAL = /[_*[\]()~`>#+\-=|{}.!\\]/g;

/** Escapes text so Telegram shows it literally. @example escapeMarkdownV2('1.5 (B)') // → '1\\.5 \\(B\\)' */
export function escapeMarkdownV2(s: string): string {
  return s.replace(SPECIAL, '\\$&');
}

/** Escapes a link target inside `(...)`: only `)` and `\` need it. */
function escapeUrl(url: string): string {
  return url.replace(/[)\\]/g, '\\$&');
}

const INLINE = /\*\*([^*\n]+?)\*\*|\[([^\]\n]+)\]\((https?:\/\/(?:[^()\s]|\([^()\s]*\))+)\)/g;

/** Markdown backslash escapes (`\\[`, `\\]`, `\\\\`) undone, so chat shows the character once. */
const unescapeMd = (s: string): string => s.replace(/\\([[\]\\])/g, '$1');

/** Converts one line's inline Markdown: **bold** → *bold*, [text](http…) → link; everything else escaped. */
function inline(line: string): string {
  let out = '';
  let last = 0;
  for (const m of line.matchAll(INLINE)) {
    out += escapeMarkdownV2(unescapeMd(line.slice(last, m.index)));
    if (m[1] !== undefined) out += `*${escapeMarkdownV2(m[1])}*`;
    else out += `[${escapeMarkdownV2((m[2] as string).replace(/\\([[\]\\])/g, '$1'))}](${escapeUrl(m[3] as string)})`;
    last = m.index + m[0].length;
  }
  return out + escapeMarkdownV2(unescapeMd(line.slice(last)));
}

/**
 * Converts digest Markdown to MarkdownV2, line by line (so a part cut at any line boundary stays valid):
 * headings become bold lines, `- ` bullets become `• `, `---` a rule of dashes. Unmatched markup is escaped.
 * @example toMarkdownV2('## 标题\n- **400 亿美元**。') // → '*标题*\n• *400 亿美元*。'
 */
export function toMarkdownV2(md: string): string {
  return md
    .split('\n')
    .map((line) => {
      const h = /^#{1,6}\s+(.*)$/.exec(line);
      if (h) return `*${escapeMarkdownV2((h[1] as string).replace(/\*\*/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1'))}*`;
      if (/^\s*(-{3,}|\*{3,})\s*$/.test(line)) return '——————';
      const b = /^(\s*)[-*]\s+(.*)$/.exec(line);
      if (b) return `${b[1]}• ${inline(b[2] as string)}`;
      return inline(line);
    })
    .join('\n');
}

/**
 * The chat version of a digest file: front matter removed, HTML links turned into Markdown links,
 * other HTML tags removed, runs of blank lines collapsed.
 */
export function chatText(markdown: string): string {
  return (
    markdown
      .replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '')
      .split('\n')
      .map((line) => {
        if (!/<\/?[a-z][^>]*>/i.test(line)) return line;
        return line
          .replace(
            /<a\s[^>]*href="(https?:\/\/[^"]+)"[^>]*>(.*?)<\/a>/gi,
            (_, href: string, text: string) => `[${text.replace(/<[^>]+>/g, '').trim()}](${href})`,
          )
          .replace(/<\/?[a-z][^>]*>/gi, '')
          .trim();
      })
      .join('\n')
      // The Markdown body escapes '<' and '&' from sources as entities; chat shows text, so they are turned back.
      .replace(/&lt;/g, '<')
      .replace(/&amp;/g, '&')
      .replace(/[ \t]+\n/g, '\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
  );
}
