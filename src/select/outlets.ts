/**
 * Outlets as Chinese readers know them (data/outlets.json): an item's own outlet field first, then its URL's domain,
 * then an outlet named at the end of its title; never a file name or a bare domain.
 */
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { isTraditional, simplifyLeftovers, toSimplified } from '../ingest/index.js';
import type { ItemRecord, OutletRegion, SourceRef } from '../types/index.js';
import { loadDataTable, readTable } from '../util/data-table.js';

/** The outlets file shipped with factbrief. */
export const DEFAULT_OUTLETS_FILE = fileURLToPath(new URL('../../data/outlets.json', import.meta.url));

const rowSchema = z
  .object({
    zh: z.string().min(1),
    names: z.array(z.string()),
    domains: z.array(z.string()),
    /** A Hong Kong or Taiwan outlet: its bare 元 is its own dollar. */
    region: z.enum(['hk', 'tw']).optional(),
  })
  .strict();
const descriptorSchema = z
  .object({
    $comment: z.string().optional(),
    pattern: z.string().min(1),
    zh: z.string().min(1),
    /** Words dropped from the end of the field before it fills {name} ('Northbridge Securities equity research'). */
    strip: z.string().min(1).optional(),
  })
  .strict();
const fileSchema = z
  .object({ $comment: z.string().optional(), descriptors: z.array(descriptorSchema).optional(), outlets: z.array(rowSchema).min(1) })
  .strict();

/**
 * data/company-names-zh.json: the Chinese names media use for well-known companies, brokers, banks and research houses
 * the gazetteer gives none ('Goldman Sachs' → 高盛, 'Sumitomo Corp.' → 住友商事). A name not listed keeps its Latin
 * letters: never a made-up transliteration.
 */
const companyNamesSchema = z.object({ zh: z.record(z.string(), z.string()) }).passthrough();

/** The Chinese name media use for a well-known company, broker or bank (data/company-names-zh.json), when listed. */
export function companyNameZh(name: string): string | undefined {
  const table = loadDataTable('company-names-zh.json', companyNamesSchema).zh;
  return Object.hasOwn(table, name) ? table[name] : undefined;
}

/** A firm's kind-of-business words after its name (`Securities`, `Capital Markets`, `Research`, `Group`, `Inc.`). */
const FIRM_SUFFIX =
  /(?:\s*,?\s+(?:Securities|Capital\s+Markets|Capital|Research|Global\s+Research|Investment\s+Bank(?:ing)?|Bank|Group|Holdings|Co\.?|Inc\.?|Ltd\.?|Limited|LLC|plc|AG|SA|&\s*Co\.?))+$/iu;

/** A firm's name without its kind-of-business words, lower-cased (`Daiwa Capital Markets` → `daiwa`). */
function firmCore(name: string): string {
  return name.replace(FIRM_SUFFIX, '').trim().toLowerCase();
}

let firmCores: Map<string, string | null> | undefined;

/**
 * The Chinese name of a broker or research house as a note's outlet field gives it: the table's name (company-names-zh)
 * as written, else the one Chinese name every listed firm of the same core name has (`Daiwa Capital Markets` → 大和证券
 * by `Daiwa Securities`); a core two listed firms share with different Chinese names (China Merchants Securities /
 * Bank) names neither.
 * @example brokerNameZh('Daiwa Capital Markets') // → '大和证券'
 */
export function brokerNameZh(name: string): string | undefined {
  const exact = companyNameZh(name);
  if (exact) return exact;
  if (!firmCores) {
    firmCores = new Map();
    for (const [en, zh] of Object.entries(loadDataTable('company-names-zh.json', companyNamesSchema).zh)) {
      const core = firmCore(en);
      if (core === '') continue;
      const had = firmCores.get(core);
      firmCores.set(core, had === undefined || had === zh ? zh : null);
    }
  }
  const core = firmCore(name);
  return (core !== '' && firmCores.get(core)) || undefined;
}

/** Lookup of outlet names. */
export interface OutletTable {
  /** Chinese name of an outlet from its name or an alias (`Reuters` → `路透社`, `Yahoo Finance (AP)` → `雅虎财经`). */
  byName(name: string): string | undefined;
  /** Chinese name of an outlet from a URL's host (`https://www.reuters.com/x` → `路透社`). */
  byUrl(url: string | null | undefined): string | undefined;
  /**
   * Chinese name of an outlet field that describes a kind of record, not a publication (`Earnings call transcript` →
   * `业绩电话会实录`, `Compute Hour (podcast)` → `播客《Compute Hour》`).
   */
  byKind(name: string): string | undefined;
  /**
   * Where the outlet a Chinese name (as `byName` gives it) writes for: `hk` / `tw` for a Hong Kong or Taiwan outlet,
   * `elsewhere` for any other listed outlet, undefined for a name the table does not list.
   * @example regionOf('香港《信报》') // → 'hk'; regionOf('财联社') // → 'elsewhere'
   */
  regionOf(zh: string): OutletRegion | undefined;
}

/** Whether a source's Chinese name is a record (a call transcript, a broker's note), cited as 据…, not 据…报道. */
export function isRecordOutlet(zh: string): boolean {
  return /(?:实录|研报)$/u.test(zh);
}

/** Name key: lower case, NFKC, inner spaces collapsed. */
function key(s: string): string {
  return s.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Drops a parenthesised tail and title marks: `Yahoo Finance (AP)` → `Yahoo Finance`, `《财经》` → `财经`. */
function bare(s: string): string {
  return s
    .replace(/\s*[(（][^()（）]*[)）]\s*$/u, '')
    .replace(/^《(.+)》$/u, '$1')
    .trim();
}

/** Builds the table from rows (as in data/outlets.json). */
export function outletTable(
  rows: readonly z.infer<typeof rowSchema>[],
  descriptors: readonly z.infer<typeof descriptorSchema>[] = [],
): OutletTable {
  const kinds = descriptors.map((d) => ({
    re: new RegExp(d.pattern, 'iu'),
    zh: d.zh,
    strip: d.strip ? new RegExp(`\\s*(?:${d.strip})\\s*$`, 'iu') : undefined,
  }));
  const names = new Map<string, string>();
  const domains = new Map<string, string>();
  const regions = new Map<string, OutletRegion>();
  for (const r of rows) {
    if (!regions.has(r.zh)) regions.set(r.zh, r.region ?? 'elsewhere');
    for (const n of [r.zh, ...r.names]) if (!names.has(key(n))) names.set(key(n), r.zh);
    for (const d of r.domains) if (!domains.has(d.toLowerCase())) domains.set(d.toLowerCase(), r.zh);
  }
  return {
    byName(name) {
      return names.get(key(name)) ?? names.get(key(bare(name)));
    },
    regionOf(zh) {
      return regions.get(zh);
    },
    byUrl(url) {
      if (!url) return undefined;
      let host: string;
      try {
        host = new URL(url).hostname.toLowerCase().replace(/^www\./, '');
      } catch {
        return undefined;
      }
      // The most specific domain first: finance.sina.com.cn before sina.com.cn.
      for (let h = host; h.includes('.'); h = h.slice(h.indexOf('.') + 1)) {
        const hit = domains.get(h);
        if (hit) return hit;
      }
      return undefined;
    },
    byKind(name) {
      const k = kinds.find((d) => d.re.test(name));
      if (!k) return undefined;
      const n = bare(name);
      const own = (k.strip ? n.replace(k.strip, '') : n) || n;
      // A broker or research house media name in Chinese (高盛研报); an unknown Latin name stays as written, joined
      // to the Chinese word after it by 的 (`Northwind Securities的研报`), never glued to it.
      const named = brokerNameZh(own) ?? own;
      const at = k.zh.indexOf('{name}');
      const after = k.zh.slice(at + '{name}'.length);
      const join = /[A-Za-z.]$/.test(named) && /^\p{Script=Han}/u.test(after) && !/^的/.test(after) ? '的' : '';
      return at < 0 ? k.zh : `${k.zh.slice(0, at)}${named}${join}${after}`;
    },
  };
}

/** Reads and validates an outlets file (through the one table loader; an error names the file). */
export function loadOutlets(file: string = DEFAULT_OUTLETS_FILE): OutletTable {
  const t = readTable(file, fileSchema);
  return outletTable(t.outlets, t.descriptors);
}

let cached: OutletTable | undefined;
/** The shipped table (data/outlets.json), read once. */
export function defaultOutlets(): OutletTable {
  if (!cached) {
    const t = loadDataTable('outlets.json', fileSchema);
    cached = outletTable(t.outlets, t.descriptors);
  }
  return cached;
}

const FILE_NAME = /\.(?:md|markdown|txt|html?|srt|vtt|csv|json|pdf|docx?)$/i;
const DOMAIN = /^(?:https?:\/\/)?(?:[a-z0-9-]+\.)+[a-z]{2,}(?:\/\S*)?$/i;

/** Whether a string is a file name, a path or a bare domain: never shown as a source's name. */
export function notAName(s: string): boolean {
  const t = s.trim();
  return t === '' || FILE_NAME.test(t) || DOMAIN.test(t) || /[\\/]/.test(t);
}

/** The outlet named at the end of a page title: `… | ZDNET`, `…｜新浪财经`, `… - Business Insider (sample)`. */
function titleOutlet(title: string, table: OutletTable): string | undefined {
  const m = /(?:\s[|｜\-–—]\s|｜|_)\s*([^|｜_]{2,40})$/u.exec(title.trim());
  return m?.[1] ? table.byName(m[1]) : undefined;
}

/**
 * How to name an item's outlet: its metadata (`outlet`, `siteName`, `publisher`) in the table's Chinese name or as
 * written (in Simplified characters); else its URL's domain through the table; else an outlet named at the end of its title; else null (the
 * caller links the article as 原文 or leaves it out). Never a file name or a bare domain.
 * @example itemOutlet({ meta: { outlet: 'Financial Times' }, url: null, title: 'x' }, table) // → '金融时报'
 */
export function itemOutlet(
  item: Pick<ItemRecord, 'meta' | 'url' | 'title'> & Partial<Pick<ItemRecord, 'kind'>>,
  table: OutletTable = defaultOutlets(),
): string | null {
  for (const k of ['outlet', 'siteName', 'site_name', 'publisher']) {
    const raw = item.meta[k];
    if (typeof raw !== 'string' || !raw.trim() || raw.length > 120) continue;
    // A Hong Kong or Taiwan outlet written in Traditional characters is named in Simplified, as the digest is written.
    const v = isTraditional(raw) ? toSimplified(raw) : raw;
    const known = table.byName(raw) ?? table.byName(v) ?? table.byKind(v);
    if (v.length > 40 && !known) continue;
    if (known) return known;
    if (!notAName(v)) return simplifyLeftovers(v.trim());
  }
  // A call transcript no outlet field or address names is cited as what it is (业绩电话会实录), never as a bare link.
  const record = item.kind === 'transcript' ? table.byKind('earnings call transcript') : undefined;
  return table.byUrl(item.url) ?? titleOutlet(item.title, table) ?? record ?? null;
}

/**
 * Where an item's outlet writes for (`regionOf` of its `itemOutlet`): a Hong Kong or Taiwan outlet's bare 元 is its
 * dollar and its 财政部 its own region's; undefined when the outlet is not listed.
 */
export function itemRegion(
  item: Pick<ItemRecord, 'meta' | 'url' | 'title'> & Partial<Pick<ItemRecord, 'kind'>>,
  table: OutletTable = defaultOutlets(),
): OutletRegion | undefined {
  const name = itemOutlet(item, table);
  return name ? table.regionOf(name) : undefined;
}

/** The link text of a source with a URL but no outlet name. */
export const UNNAMED_LINK = '原文链接';

/** `[name](url)` pairs in Markdown: a story of an imported digest names its sources this way. */
function markdownLinks(md: string): { text: string; url: string }[] {
  const out: { text: string; url: string }[] = [];
  for (const m of md.matchAll(/\[([^\]\n]{1,80})\]\(\s*<?(https?:\/\/[^)\s>]+)>?[^)]*\)/g)) {
    out.push({ text: (m[1] as string).replace(/\*\*/g, '').trim(), url: m[2] as string });
  }
  return out;
}

/**
 * The sources an item stands for. An article is its own source. A story imported from an archive of digests stands
 * for the sources it links (`来源：[Reuters](https://…)`), each named through the table, never for the archive file.
 */
export function itemSources(item: ItemRecord, table: OutletTable = defaultOutlets()): SourceRef[] {
  if (item.kind === 'digest-story') {
    const links = markdownLinks(item.raw);
    const refs: SourceRef[] = [];
    for (const l of links) {
      if (refs.some((r) => r.url === l.url)) continue;
      const named = table.byName(l.text) ?? table.byUrl(l.url) ?? (notAName(l.text) ? undefined : simplifyLeftovers(l.text));
      // A link whose text is the story's headline names no outlet: the domain table may, else it is the original.
      const outlet = named && named !== item.title ? named : (table.byUrl(l.url) ?? UNNAMED_LINK);
      refs.push({ title: item.title, url: l.url, outlet, itemId: item.id });
    }
    for (const url of item.links) {
      if (!refs.some((r) => r.url === url))
        refs.push({ title: item.title, url, outlet: table.byUrl(url) ?? UNNAMED_LINK, itemId: item.id });
    }
    if (refs.length > 0) return refs;
  }
  const outlet = itemOutlet(item, table);
  if (!outlet && !item.url) return [];
  return [{ title: item.title, url: item.url, outlet: outlet ?? UNNAMED_LINK, itemId: item.id }];
}
