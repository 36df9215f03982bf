/**
 * Source text made inert for each output: whatever a feed or page put in a title or sentence (`<script>`, `<img
 * onerror>`, `[x](javascript:…)`) is shown as text, never run, in Markdown, YAML, feeds, the site and chat messages.
 */

/** Blocks whose content is code, removed with their content. */
const CODE_BLOCKS = /<(script|style|iframe|object|embed|template|noscript)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
/** A complete tag, comment or declaration. */
const TAG = /<(?:[a-zA-Z][^<>]*|\/[a-zA-Z][^<>]*|!--[\s\S]*?--|![^<>]*|\?[^<>]*)>/g;
/** What is left that a renderer could still read as the start of markup: '<' before a letter, '/', '!' or '?'. */
const OPENER = /<(?=[a-zA-Z/!?])/g;

/**
 * Plain text for any target: code blocks and tags removed, a '<' that could still open markup turned into '＜'.
 * @example plainText('OpenAI <script>alert(1)</script>融资 <b>400</b> 亿') === 'OpenAI 融资 400 亿'
 */
export function plainText(s: string): string {
  if (!s.includes('<')) return s;
  return s.replace(CODE_BLOCKS, '').replace(TAG, '').replace(OPENER, '＜');
}

/**
 * Text for a Markdown body written by us: plain text, then backslash, brackets, '&' and '<' escaped so a source cannot
 * open a link, an image, an autolink or raw HTML. Bold (`**`) written by the engines is kept.
 * @example mdText('[x](javascript:alert(1))') === '\\[x\\](javascript:alert(1))'
 */
export function mdText(s: string): string {
  return plainText(s)
    .replace(/[\\[\]]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;');
}

/** Text for an HTML field (RSS description, Atom summary): plain text with `& < > "` as entities. */
export function htmlText(s: string): string {
  return plainText(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
