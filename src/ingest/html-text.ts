/** HTML → clean plain text with paragraphs; script, style and other non-content elements are dropped, never run. */
import { parseHTML } from 'linkedom';
import { flattenDeepHtml } from './html-depth.js';
import { decodeEntities, joinParagraphs } from './paragraphs.js';

/** Elements whose content is never text. */
export const DROPPED_TAGS = [
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'canvas',
  'video',
  'audio',
  'select',
  'button',
  'textarea',
  'input',
  'form',
  'head',
];
const DROPPED = new Set(DROPPED_TAGS.map((t) => t.toUpperCase()));

const BLOCK = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE BR DD DETAILS DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TBODY THEAD TFOOT TR UL'.split(
    ' ',
  ),
);

/** Minimal DOM node shape we walk (linkedom nodes). */
interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  firstChild: DomNode | null;
  nextSibling: DomNode | null;
}

/**
 * Plain-text paragraphs of a DOM subtree. Children are walked by firstChild / nextSibling: linkedom builds a fresh
 * `childNodes` list on every access, so indexing it made a page of 8,000 paragraphs cost minutes (quadratic).
 */
export function domToText(root: DomNode): string {
  const paras: string[] = [];
  let cur: string[] = [];
  const flush = () => {
    const p = cur.join('');
    if (p.trim()) paras.push(p);
    cur = [];
  };
  const walk = (node: DomNode) => {
    if (node.nodeType === 3) {
      cur.push((node.textContent ?? '').replace(/\s+/g, ' '));
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const tag = node.nodeName.toUpperCase();
    if (DROPPED.has(tag)) return;
    if (tag === 'TD' || tag === 'TH') cur.push(' ');
    const block = BLOCK.has(tag);
    if (block) flush();
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c);
    if (block) flush();
  };
  walk(root);
  flush();
  return joinParagraphs(paras);
}

/**
 * Converts an HTML string (document or fragment) to plain text paragraphs.
 * @example htmlToText('<p>Nvidia <b>rose</b> 5%</p><script>x()</script><p>第二段</p>') === 'Nvidia rose 5%\n\n第二段'
 */
export function htmlToText(input: string): string {
  if (!/[<&]/.test(input)) return joinParagraphs(input.split(/\n\s*\n/));
  if (!/<[a-z!/]/i.test(input)) return joinParagraphs(decodeEntities(input).split(/\n\s*\n/));
  const html = flattenDeepHtml(input);
  const whole = /<html[\s>]/i.test(html.slice(0, 4096));
  const { document } = parseHTML(whole ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`);
  return domToText(document.body as unknown as DomNode);
}
