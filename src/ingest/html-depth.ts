/**
 * HTML nesting depth bounded before any DOM work: elements nested deeper than a limit are unwrapped (their tags
 * dropped, their content kept), in one linear pass over the markup. Article extraction (Readability on linkedom) is
 * roughly cubic in depth and recursive: 2,000 nested <div>s took minutes, 5,000 overflowed the stack.
 */

/** Depth kept; real pages nest a few dozen levels. */
export const MAX_HTML_DEPTH = 128;

const VOID = new Set('area base br col embed hr img input link meta param source track wbr keygen command'.split(' '));
/** Elements a new sibling of the same name closes implicitly (`<li>a<li>b`). */
const SELF_CLOSING_SIBLINGS = new Set(['p', 'li', 'dt', 'dd', 'option', 'tr', 'td', 'th']);
/** Elements whose content is not markup: copied verbatim up to their end tag. */
const RAW = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript', 'template']);
/** How far up the stack an end tag looks for its start tag (bounds the work on unbalanced markup). */
const LOOKBACK = 64;

/**
 * `html` with every element deeper than `maxDepth` unwrapped; the input itself when nothing is that deep.
 * @example flattenDeepHtml('<div><div><p>x</p></div></div>', 2) === '<div><div>x</div></div>'
 */
export function flattenDeepHtml(html: string, maxDepth = MAX_HTML_DEPTH): string {
  const parts: string[] = [];
  const stack: { name: string; kept: boolean }[] = [];
  // Attribute text and quoted values are bounded so a '<' with no '>' after it costs O(1), not a scan to the end.
  const tag =
    /<(\/?)([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]{0,4096}"|'[^']{0,4096}'){0,4096})>|<!--[\s\S]*?(?:-->|$)|<![^>]{0,4096}>|<\?[^>]{0,4096}>/g;
  let from = 0;
  let dropped = 0;
  for (let m = tag.exec(html); m !== null; m = tag.exec(html)) {
    const name = m[2]?.toLowerCase();
    if (!name) continue; // comment, doctype, processing instruction: kept as is
    if (m[1] === '/') {
      let k = stack.length - 1;
      while (k >= 0 && stack.length - k <= LOOKBACK && stack[k]?.name !== name) k--;
      if (k < 0 || stack[k]?.name !== name) continue; // stray end tag: kept as is
      const entry = stack[k] as { kept: boolean };
      stack.length = k;
      if (!entry.kept) {
        parts.push(html.slice(from, m.index));
        from = m.index + m[0].length;
        dropped++;
      }
      continue;
    }
    if (SELF_CLOSING_SIBLINGS.has(name) && stack.at(-1)?.name === name) stack.pop();
    const selfClosing = VOID.has(name) || /\/\s*$/.test(m[3] ?? '');
    if (RAW.has(name)) {
      const close = new RegExp(`</${name}`, 'ig');
      close.lastIndex = tag.lastIndex;
      const end = close.exec(html);
      tag.lastIndex = end ? end.index : html.length;
      continue;
    }
    if (selfClosing) continue;
    const kept = stack.length < maxDepth;
    stack.push({ name, kept });
    if (!kept) {
      parts.push(html.slice(from, m.index));
      from = m.index + m[0].length;
      dropped++;
    }
  }
  if (dropped === 0) return html;
  parts.push(html.slice(from));
  return parts.join('');
}
