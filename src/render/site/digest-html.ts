/** A rendered digest's body as HTML (for the site and feeds): front matter and the `# title` line dropped, footer kept as trusted HTML. */
import type { Digest } from '../../types/index.js';
import { markdownToHtml, splitFrontMatter } from './markdown-html.js';

/**
 * Body HTML of a digest file. Everything from the sources is rendered with raw HTML escaped; the configured
 * footer (the user's own template, appended verbatim by renderDigest) is the only raw HTML let through.
 */
export function digestBodyHtml(digest: Digest, markdown: string): string {
  let body = splitFrontMatter(markdown).body.replace(/^\s*# [^\n]*\n/, '');
  let footerHtml = '';
  const footer = digest.footer?.trim();
  if (footer && body.trimEnd().endsWith(footer)) {
    body = body.trimEnd().slice(0, -footer.length);
    footerHtml = `<footer class="digest-footer">\n${markdownToHtml(footer, { trustedHtml: true })}</footer>\n`;
  }
  return markdownToHtml(body) + footerHtml;
}
