/**
 * The header and footer lines plain-text news files carry instead of front matter: `By X, Outlet`, `Published: …`,
 * `Source: https://…`, `财联社 2026年11月22日电`, `来源：https://…`. Read for metadata; the text itself is left as is.
 */
import { toIsoDate } from './dates.js';

export interface TextHeader {
  date?: string;
  url?: string;
  author?: string;
  outlet?: string;
}

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

const URL_LINE = /^(?:Source|Original|Link|URL|Canonical|来源|原文链接|原文地址|原文|链接)\s*[:：]\s*(https?:\/\/\S+)\s*$/i;
const DATE_LINE = /^(?:Published|Updated|Posted|Date|Dateline|发布时间|发布日期|时间|日期)\s*[:：]\s*(.+)$/i;
const BYLINE = /^By\s+([^,]{2,60})(?:,\s*(.{2,60}))?$/;
const ZH_DATE = /(\d{4})年(\d{1,2})月(\d{1,2})日/;
const EN_DATE = /\b([A-Z][a-z]{2,8})\.?\s+(\d{1,2}),\s*(\d{4})\b/;

/** A date as English or Chinese news headers write it → ISO date. `Nov. 21, 2026 at 9:12 a.m. ET` → `2026-11-21`. */
export function headerDate(s: string): string | undefined {
  const zh = ZH_DATE.exec(s);
  if (zh) return ymd(Number(zh[1]), Number(zh[2]), Number(zh[3]));
  const en = EN_DATE.exec(s);
  const month = en ? MONTHS[(en[1] as string).toLowerCase().slice(0, en[1]?.toLowerCase().startsWith('sept') ? 4 : 3)] : undefined;
  if (en && month) return ymd(Number(en[3]), month, Number(en[2]));
  return toIsoDate(s.trim()) ?? undefined;
}

function ymd(y: number, m: number, d: number): string | undefined {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2200) return undefined;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** `MarketWatch (sample)` → `MarketWatch`; `新浪科技（示例）` → `新浪科技`; `新浪科技讯` → `新浪科技`. */
function cleanOutlet(s: string): string {
  return s
    .replace(/\s*[（(](?:sample|示例|样例)[)）]\s*$/i, '')
    .replace(/讯$/, '')
    .trim();
}

/**
 * Metadata from the short lines right under the title (the first eight non-empty lines of at most 200 characters)
 * and the last three lines (a closing `来源：URL`). A Chinese dateline (`财联社 2026年11月22日电`,
 * `新浪科技讯 2026年11月22日 12:06`) gives the date and the outlet.
 * @example readTextHeader(['By Ann Lee, MarketWatch', 'Published: Nov. 21, 2026']) // → { author: 'Ann Lee', outlet: 'MarketWatch', date: '2026-11-21' }
 */
export function readTextHeader(lines: readonly string[]): TextHeader {
  const out: TextHeader = {};
  const all = lines.map((l) => l.trim()).filter(Boolean);
  const head = all.slice(0, 8).filter((l) => l.length <= 200);
  const tail = all.slice(-3).filter((l) => l.length <= 300);
  for (const line of [...head, ...tail]) {
    const url = URL_LINE.exec(line);
    if (url) {
      out.url ??= url[1];
      continue;
    }
    if (!head.includes(line)) continue;
    const date = DATE_LINE.exec(line);
    if (date) {
      out.date ??= headerDate(date[1] as string);
      continue;
    }
    const by = BYLINE.exec(line);
    if (by) {
      out.author ??= by[1]?.trim();
      if (by[2]) out.outlet ??= cleanOutlet(by[2]);
      continue;
    }
    const dateline = /^(\S.{0,16}?)\s*(\d{4}年\d{1,2}月\d{1,2}日)(?:电|讯|\s|$)/.exec(line);
    if (dateline && line.length <= 40) {
      out.date ??= headerDate(dateline[2] as string);
      const outlet = cleanOutlet(dateline[1] as string);
      if (outlet) out.outlet ??= outlet;
    }
  }
  return out;
}
