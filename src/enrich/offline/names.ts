/** Chinese names and tags of entities for generated text: from the story's Chinese mentions, else the gazetteer. */

import { z } from 'zod';
import { governmentNameZh } from '../../extract/attribution/government.js';
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

/**
 * data/company-names-zh.json: the Chinese names media use for well-known companies the gazetteer gives none
 * ('Sumitomo Corp.' → 住友商事). A company not listed keeps its Latin name: never a made-up transliteration.
 */
const companyNamesSchema = z.object({ zh: z.record(z.string(), z.string()) }).passthrough();
const companyNames = (): Record<string, string> => loadDataTable('company-names-zh.json', companyNamesSchema).zh;

/** The Chinese name media use for a well-known company (data/company-names-zh.json), when the table lists it. */
export function companyNameZh(name: string): string | undefined {
  return companyNames()[name];
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
  if (best) return best[0];
  if (HAN.test(name)) return name;
  return dir.zh(name) ?? companyNames()[name] ?? roleNames()[name] ?? name;
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
