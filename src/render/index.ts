/** The render stage: text out of records — the digest Markdown, feeds, the static site and the cover card. */

export {
  type CheckOptions,
  type CheckProblem,
  type CheckRule,
  checkContext,
  checkDigest,
  checkHighlights,
  checkNote,
  earlierDigests,
  earlierHeadlines,
} from './check/index.js';
export { formatClaims } from './claims.js';
export { COVER_HEIGHT, COVER_WIDTH, renderCover, renderCoverSvg, wrapText } from './cover.js';
export {
  DEFAULT_SECTION_ORDER,
  MORE_HEADING,
  type RenderDigestOptions,
  renderDigest,
  safeHref,
  sourceLink,
  sourceLinks,
} from './digest.js';
export { type FeedEntry, renderFeeds, type SiteInfo } from './feeds.js';
export { defaultCoverPath, renderFrontMatter, yamlQuote, yamlScalar } from './front-matter.js';
export { formatGraph } from './graph.js';
export { type HighlightsDoc, renderHighlights, slugify } from './highlights.js';
export {
  PRINTED_FIGURE_DIGESTS,
  printedFigures,
  printedHalf,
  printedItemFigures,
  printedItems,
  printedLinks,
  storyBlocks,
} from './printed.js';
export { digestBodyHtml, escapeHtml, markdownToHtml, renderSite, type SiteEntry, splitFrontMatter } from './site/index.js';
