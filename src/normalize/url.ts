/** Canonical URLs: lower-case host, no fragment, no tracking parameters, sorted query. */

const TRACKING =
  /^(utm_[a-z_]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|yclid|spm|ref|ref_src|ref_url|cmpid|share|from|scene|srcid|_hsenc|_hsmi|mkt_tok|wt_mc|ncid|sr_share|cid|rss|at_medium|at_campaign)$/i;

/**
 * Canonicalise a URL for identity and display; returns the input unchanged if it does not parse.
 * @example canonicalUrl('HTTPS://Example.com/a/?utm_source=x&b=2#top') === 'https://example.com/a/?b=2'
 */
export function canonicalUrl(input: string): string {
  let u: URL;
  try {
    u = new URL(input.trim());
  } catch {
    return input.trim();
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return u.toString();
  u.hash = '';
  u.hostname = u.hostname.toLowerCase();
  if ((u.protocol === 'http:' && u.port === '80') || (u.protocol === 'https:' && u.port === '443')) u.port = '';
  const kept = [...u.searchParams.entries()].filter(([k]) => !TRACKING.test(k));
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  u.search = '';
  for (const [k, v] of kept) u.searchParams.append(k, v);
  return u.toString();
}

/** Host name without `www.` for display as an outlet: `https://www.reuters.com/x` → `reuters.com`. */
export function outletOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}
