/** HTML escaping for text and attribute values (site pages, feed content, the cover SVG). */

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML / XML content and double- or single-quoted attributes. @example escapeHtml('<a & "b">') // → '&lt;a &amp; &quot;b&quot;&gt;' */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ENTITIES[c] as string);
}
