/** The XML reader shared by RSS, Atom, RDF and OPML: strict validation first (a truncated feed is an error, not half a feed), then fast-xml-parser. */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { SourceError } from '../errors.js';
import { decodeEntities } from '../paragraphs.js';

/** Elements kept as raw markup so their HTML / XHTML survives untouched. */
const STOP_NODES = ['*.description', '*.content', '*.summary', '*.content:encoded', '*.content_html'];
const ARRAYS = new Set(['item', 'entry', 'link', 'category', 'author', 'outline', 'enclosure', 'dc:subject', 'dc:creator', 'contributor']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  htmlEntities: true,
  processEntities: true,
  stopNodes: STOP_NODES,
  isArray: (name) => ARRAYS.has(name),
});

/** A parsed XML object node. */
export type XmlNode = Record<string, unknown>;

/**
 * Validates and parses an XML document. Bare `&` (a frequent publisher mistake) is escaped first;
 * DTD entity declarations are refused; any other well-formedness error is a SourceError naming line and column.
 */
export function parseXml(text: string, source: string, format: string): XmlNode {
  if (/<!ENTITY/i.test(text.slice(0, 65536))) {
    throw new SourceError({
      source,
      format,
      code: 'unsupported',
      reason: 'XML with <!ENTITY> declarations is refused (entity expansion is unsafe)',
    });
  }
  const fixed = text.replace(/&(?!#\d+;|#x[0-9a-f]+;|[a-z][\w.-]*;)/gi, '&amp;');
  const v = XMLValidator.validate(fixed);
  if (v !== true) {
    const { line, col, msg } = v.err;
    const truncated = /Invalid '\[|not closed|Unclosed|doesn't have proper closing|unexpected end/i.test(msg);
    const reason = truncated
      ? `malformed XML: the document ends before its elements are closed (line ${line}, column ${col}); the feed looks truncated — nothing was read from it`
      : `malformed XML at line ${line}, column ${col}: ${msg}; nothing was read from it`;
    throw new SourceError({ source, format, code: 'malformed', reason });
  }
  return parser.parse(fixed) as XmlNode;
}

/** Text of a node: a string, the `#text` of an element with attributes, or the first of a list. */
export function textOf(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return textOf(v[0]);
  if (typeof v === 'object') return textOf((v as XmlNode)['#text']);
  return '';
}

/** Attribute of an element node. */
export function attr(v: unknown, name: string): string | null {
  if (Array.isArray(v)) return attr(v[0], name);
  if (v && typeof v === 'object') {
    const a = (v as XmlNode)[`@_${name}`];
    return typeof a === 'string' ? a : null;
  }
  return null;
}

/** Always a list. */
export function list(v: unknown): unknown[] {
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v : [v];
}

/** A child object, or an empty one. */
export function child(v: unknown, name: string): XmlNode {
  const c = v && typeof v === 'object' && !Array.isArray(v) ? (v as XmlNode)[name] : undefined;
  const one = Array.isArray(c) ? c[0] : c;
  return one && typeof one === 'object' ? (one as XmlNode) : {};
}

/**
 * The markup of a raw (stop-node) element: CDATA sections are unwrapped as is, the rest has its XML entities decoded,
 * so escaped HTML (`&lt;p&gt;`) and CDATA HTML both come out as HTML. XHTML content (`decode: false`) is kept as markup.
 */
export function rawMarkup(v: unknown, decode = true): string {
  const raw = textOf(v);
  if (!raw) return '';
  let out = '';
  let last = 0;
  const re = /<!\[CDATA\[([\s\S]*?)\]\]>/g;
  for (let m = re.exec(raw); m; m = re.exec(raw)) {
    const before = raw.slice(last, m.index);
    out += decode ? decodeEntities(before) : before;
    out += m[1] ?? '';
    last = m.index + m[0].length;
  }
  const rest = raw.slice(last);
  return (out + (decode ? decodeEntities(rest) : rest)).trim();
}
