/** Chinese names and tags of entities for generated text: from the story's Chinese mentions, else the gazetteer. */

import { z } from 'zod';
import { governmentNameZh } from '../../extract/attribution/government.js';
import { companyNameZh as companyNameOf } from '../../select/index.js';
import type { GazetteerEntry, StoryBundle } from '../../types/index.js';
import { loadDataTable } from '../../util/data-table.js';
import { HAN, HAN_RANGES } from '../../util/han.js';

const ONLY_CJK_SHORT = new RegExp(`^[${HAN_RANGES}]{2,5}$`);

/** Lookup of Chinese names and tags built from gazetteer entries. */
export interface EntityDirectory {
  zh(name: string): string | undefined;
  tags(name: string): string[];
}

/** Builds the directory: a short all-Chinese alias is a subject's Chinese name (英伟达, 微软, 四巨头). */
export function entityDirectory(entries: GazetteerEntry[]): EntityDirectory {
  const zh = new Map<string, string>();
  const tags = new Map<string, string[]>();
  for (const e of entries) {
    const alias = e.zh ?? e.aliases.find((a) => ONLY_CJK_SHORT.test(a));
    if (alias && !zh.has(e.name)) zh.set(e.name, alias);
    if (e.tags) tags.set(e.name, e.tags);
  }
  // A '<City> government' subject (a subsidy's grantor) is named as Chinese media name it: 上海市政府.
  return { zh: (n) => zh.get(n) ?? governmentNameZh(n), tags: (n) => tags.get(n) ?? [] };
}

/** data/role-names.json: Chinese names of parties named by their role ('bond investors' → 债券投资者). */
const roleNamesSchema = z.object({ zh: z.record(z.string(), z.string()) }).passthrough();
const roleNames = (): Record<string, string> => loadDataTable('role-names.json', roleNamesSchema).zh;

/** The Chinese name media use for a well-known company (data/company-names-zh.json, read by the select stage). */
export function companyNameZh(name: string): string | undefined {
  return companyNameOf(name);
}

/**
 * The name to write for an entity in Chinese text: how the story's Chinese sources most often write it (英伟达, Meta),
 * else the gazetteer's short Chinese alias, else the name media use for a well-known company (住友商事), else a role's
 * name (债券投资者), else the canonical name (OpenAI stays OpenAI).
 */
export function zhName(name: string, bundle: StoryBundle, dir: EntityDirectory): string {
  // A joint subject ('Amazon + Google + Meta', from attribution) is written as a Chinese list: 亚马逊、谷歌和Meta.
  if (name.includes(' + ')) {
    const parts = name.split(' + ').map((p) => zhName(p, bundle, dir));
    return parts.length > 1 ? `${parts.slice(0, -1).join('、')}和${parts[parts.length - 1]}` : (parts[0] ?? name);
  }
  const counts = new Map<string, number>();
  for (const item of bundle.items) {
    if (item.lang === 'en') continue;
    // Every surface form counts, Latin ones too: Chinese media write Meta and OpenAI, not 脸书.
    for (const m of bundle.entities[item.id] ?? []) {
      if (m.name === name) counts.set(m.text, (counts.get(m.text) ?? 0) + 1);
    }
  }
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  if (best) return wholeName(best[0], [...counts.keys(), name]);
  if (HAN.test(name)) return name;
  return glossedName(name, bundle) ?? dir.zh(name) ?? companyNameOf(name) ?? roleNames()[name] ?? bundle.dayNames?.[name] ?? name;
}

/**
 * An entity's Chinese name in full, for its first mention in a head: the longest Chinese form its Chinese sources write
 * that starts with the form `zhName` picks (`星衡` → `星衡智算`); that form when none does.
 * @example fullZhName('Xingheng Compute', bundle, dir) // → '星衡智算' (sources write 星衡智算 once, 星衡 after)
 */
export function fullZhName(name: string, bundle: StoryBundle, dir: EntityDirectory): string {
  const short = zhName(name, bundle, dir);
  if (!HAN.test(short)) return short;
  const forms = bundle.items
    .filter((i) => i.lang !== 'en')
    .flatMap((i) => (bundle.entities[i.id] ?? []).filter((m) => m.name === name).map((m) => m.text))
    .filter((t) => /^\p{Script=Han}+$/u.test(t) && t.startsWith(short));
  return forms.reduce((a, b) => ([...b].length > [...a].length ? b : a), short);
}

/**
 * A name as a reader knows it whole: a one-word Latin form a source shortens a longer name to after its first mention
 * (`Meridian` for `Meridian Infrastructure Trust`) is that name, the shortest longer form the story writes (or the
 * canonical one) that starts with the word and adds more than a legal form (`Nvidia Corp.` stays `Nvidia`).
 * @example wholeName('Meridian', ['Meridian', 'Meridian Infrastructure Trust']) // → 'Meridian Infrastructure Trust'
 * @example wholeName('Nvidia', ['Nvidia', 'Nvidia Corp.']) // → 'Nvidia'
 */
export function wholeName(form: string, forms: readonly string[]): string {
  if (!/^[A-Za-z][A-Za-z0-9&.-]*$/.test(form)) return form;
  const longer = forms
    .filter((f) => f.startsWith(`${form} `) && /^[A-Za-z0-9&.,' -]+$/.test(f))
    .filter((f) =>
      f
        .slice(form.length)
        .trim()
        .split(/\s+/)
        .some((w) => !LEGAL_FORM.test(w) && !/^(?:Group|Holdings?)$/.test(w)),
    )
    .sort((a, b) => a.length - b.length);
  return longer[0] ?? form;
}

/** A descriptor before a glossed name (国产AI算力服务商星衡智算（…）): the name starts after it. */
const DESCRIPTOR = /^.*(?:服务商|供应商|设计商|运营商|制造商|开发商|提供商|厂商|公司|企业|集团旗下|平台|机构|初创|独角兽|龙头|巨头|的)/u;

/**
 * The Chinese name a Chinese source of the story (today's or an earlier day's) glosses a Latin name with: `星衡智算
 * （Xingheng Compute）` names Xingheng Compute 星衡智算 in every story of it, even one whose sources today are English.
 * @example glossedName('Xingheng Compute', bundle) // → '星衡智算' (from `国产AI算力服务商星衡智算（Xingheng Compute）`)
 */
export function glossedName(name: string, bundle: Pick<StoryBundle, 'items' | 'earlier' | 'unprinted'>): string | undefined {
  if (!/^[A-Za-z]/.test(name)) return undefined;
  const esc = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`(\\p{Script=Han}{2,16})[（(]\\s*${esc}(?:[\\s,.A-Za-z]{0,12})?[)）]`, 'u');
  // An earlier source no digest printed still names the company the way Chinese readers know it.
  const items = [...bundle.items, ...(bundle.earlier ?? []).flatMap((d) => d.items), ...(bundle.unprinted ?? [])];
  for (const item of items) {
    if (item.lang === 'en') continue;
    const m = re.exec(`${item.title}\n${item.text}`);
    const run = m?.[1]?.replace(DESCRIPTOR, '');
    if (run && run.length >= 2 && run.length <= 6) return run;
  }
  return undefined;
}

/** `2026` → `2026年`, `2026Q1` → `2026年第一季度`, `2026H1` → `2026年上半年`, `FY2025` → `2025财年`, `2026-03` → `2026年3月`. */
export function periodZh(period: string | undefined): string {
  if (!period) return '';
  const q = ['', '一', '二', '三', '四'];
  let m = /^(\d{4})$/.exec(period);
  if (m) return `${m[1]}年`;
  m = /^(\d{4})Q([1-4])$/i.exec(period);
  if (m) return `${m[1]}年第${q[Number(m[2])]}季度`;
  m = /^(\d{4})H([12])$/i.exec(period);
  if (m) return `${m[1]}年${m[2] === '1' ? '上' : '下'}半年`;
  m = /^FY(\d{4})$/i.exec(period);
  if (m) return `${m[1]}财年`;
  m = /^FY(\d{4})Q([1-4])$/i.exec(period);
  if (m) return `${m[1]}财年第${q[Number(m[2])]}财季`;
  m = /^(\d{4})Q1-Q([2-4])$/i.exec(period);
  if (m) return `${m[1]}年前${q[Number(m[2])]}季度`;
  m = /^(\d{4})-(\d{4})$/.exec(period);
  if (m) return `${m[1]}至${m[2]}年`;
  m = /^(\d{4})-(\d{2})$/.exec(period);
  if (m) return `${m[1]}年${Number(m[2])}月`;
  return '';
}

/** The legal or vehicle words closing a company name: Funding, Holdings, LLC, Inc., Ltd. (one or more). */
const LEGAL_TAIL =
  /(?: (?:Funding|Holdings?|Finance|Financing|Capital|Investments?|Partners|Group|LLC|L\.L\.C\.|Inc\.?|Ltd\.?|Limited|Corp\.?|Corporation|Co\.?|plc|PLC|LP|L\.P\.|SPV))+$/;

/** Tail words that are only a legal form, never part of the name a reader knows (Nvidia Corp. is Nvidia). */
const LEGAL_FORM = /^(?:LLC|L\.L\.C\.|Inc\.?|Ltd\.?|Limited|Corp\.?|Corporation|Co\.?|plc|PLC|LP|L\.P\.|SPV)$/;

/**
 * A Latin company name without its legal or vehicle tail, as a headline short of room names it (`Lakeshore Compute
 * Holdings` → `Lakeshore Compute`); unchanged when nothing of at least three letters would be left, or when the cut
 * would leave one word by dropping a word of the name itself (`Halcyon Capital`, `Ardent Partners` are never
 * `Halcyon`, `Ardent`: only a legal form such as Corp. or LLC leaves a one-word name).
 */
export function withoutLegalTail(name: string): string {
  const short = name.replace(LEGAL_TAIL, '');
  if (short.length < 3) return name;
  const cut = name.slice(short.length).trim().split(/\s+/);
  return !short.includes(' ') && cut.some((w) => !LEGAL_FORM.test(w)) ? name : short;
}
