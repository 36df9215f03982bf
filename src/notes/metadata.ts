/**
 * Note metadata (pure): entity lists by type with canonical names (speech-recognition spellings corrected through
 * the gazetteer, the English original untouched), kebab-case tags, the key figures, and the offline summary — an
 * extractive digest of figures and names, stated as such.
 */
import { topicsOf } from '../cluster/topics.js';
import { METRIC_ZH } from '../enrich/offline/index.js';
import { entityDirectory } from '../enrich/offline/names.js';
import { extract, findEntities, formatFigureZh, type Gazetteer } from '../extract/index.js';
import type { EntityMention, Figure } from '../types/index.js';
import { comparableFigures } from './qa.js';

export interface EntityLists {
  companies_orgs: string[];
  people: string[];
  products_models: string[];
  media_books: string[];
}

/** Entity mentions of the whole document (fuzzy and split-name matching for transcripts). */
export function documentEntities(text: string, gaz: Gazetteer, transcript: boolean): EntityMention[] {
  return findEntities(text, gaz, { fuzzy: transcript, splitNames: transcript });
}

/** Canonical names by type, most mentioned first (ties: first mention first); groups and places left out. */
export function entityLists(mentions: readonly EntityMention[], gaz: Gazetteer): EntityLists {
  const count = new Map<string, { n: number; first: number; type: EntityMention['type'] }>();
  mentions.forEach((m, i) => {
    if (gaz.byName.get(m.name.toLowerCase())?.members?.length) return;
    const c = count.get(m.name);
    if (c) c.n++;
    else count.set(m.name, { n: 1, first: i, type: m.type });
  });
  const of = (type: EntityMention['type']) =>
    [...count.entries()]
      .filter(([, c]) => c.type === type)
      .sort((a, b) => b[1].n - a[1].n || a[1].first - b[1].first)
      .map(([name]) => name);
  return { companies_orgs: of('org'), people: of('person'), products_models: of('product'), media_books: of('media') };
}

/** `Export Control` → `export-control`. */
export function kebab(s: string): string {
  return s
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Topic tags (data/topics.json concept ids) plus the gazetteer tags of entities named twice or more; at most `max`. */
export function noteTags(text: string, mentions: readonly EntityMention[], gaz: Gazetteer, max = 10): string[] {
  const tags: string[] = ['ai', ...topicsOf(text.normalize('NFKC').toLowerCase())];
  const n = new Map<string, number>();
  for (const m of mentions) n.set(m.name, (n.get(m.name) ?? 0) + 1);
  for (const [name, k] of [...n.entries()].sort((a, b) => b[1] - a[1])) {
    if (k < 2) continue;
    for (const t of gaz.byName.get(name.toLowerCase())?.tags ?? []) tags.push(t);
  }
  return [...new Set(tags.map(kebab).filter((t) => t !== ''))].slice(0, max);
}

/** One key figure for the table and the offline summary. */
export interface KeyFigure {
  zh: string;
  text: string;
  subject?: string;
  subjectZh?: string;
  metric?: string;
  metricZh?: string;
  unit: number;
}

/**
 * The key figures of the document: amounts, percents and multiples, attributed (subject, metric) sentence by sentence
 * of each unit; one row per distinct value and subject, amounts first, at most `max`.
 */
export function keyFigures(units: readonly { en: string }[], gaz: Gazetteer, date: string | null, max = 12): KeyFigure[] {
  const dir = entityDirectory(gaz.entries);
  const rows: (KeyFigure & { rank: number })[] = [];
  const seen = new Set<string>();
  units.forEach((u, i) => {
    const keep = new Set(comparableFigures(u.en).map((f) => `${f.start}:${f.end}`));
    const { figures } = extract(u.en, { date, lang: 'en' }, gaz);
    for (const f of figures as Figure[]) {
      if (!keep.has(`${f.start}:${f.end}`) || f.kind === 'count' || f.kind === 'duration') continue;
      const zh = formatFigureZh(f);
      const key = `${zh}|${f.subject ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const metricZh = f.metric ? METRIC_ZH[f.metric] : undefined;
      const subjectZh = f.subject ? (dir.zh(f.subject) ?? f.subject) : undefined;
      rows.push({
        zh,
        text: f.text,
        ...(f.subject ? { subject: f.subject } : {}),
        ...(subjectZh ? { subjectZh } : {}),
        ...(f.metric ? { metric: f.metric } : {}),
        ...(metricZh ? { metricZh } : {}),
        unit: i,
        rank: (f.kind === 'money' ? 0 : 1) * 1e6 + rows.length,
      });
    }
  });
  return rows
    .sort((a, b) => a.rank - b.rank)
    .slice(0, max)
    .sort((a, b) => a.unit - b.unit)
    .map(({ rank: _r, ...k }) => k);
}

/** The names to write in Chinese text: the gazetteer's Chinese name, else the canonical one. */
export function zhNames(names: readonly string[], gaz: Gazetteer): string[] {
  const dir = entityDirectory(gaz.entries);
  return names.map((n) => dir.zh(n) ?? n);
}

/**
 * The offline summary: says it is extractive, then the main names and up to five key figures with their subject and
 * metric. Example: `离线摘要（摘录原文的关键数字与实体，并非翻译）：本文主要谈及OpenAI、Anthropic和高盛；关键数字：OpenAI融资2.5亿美元、…。`
 */
export function offlineSummary(lists: EntityLists, figures: readonly KeyFigure[], gaz: Gazetteer): string {
  const names = zhNames([...lists.companies_orgs.slice(0, 4), ...lists.people.slice(0, 2)], gaz);
  const parts: string[] = [];
  if (names.length > 0) parts.push(`本文主要谈及${names.length > 1 ? `${names.slice(0, -1).join('、')}和${names.at(-1)}` : names[0]}`);
  const figs = figures.slice(0, 5).map((f) => `${f.subjectZh ?? ''}${f.metricZh ?? ''}${f.subjectZh || f.metricZh ? '' : '数字'}${f.zh}`);
  if (figs.length > 0) parts.push(`关键数字：${figs.join('、')}`);
  if (parts.length === 0) parts.push('原文没有可摘录的数字与实体');
  return `离线摘要（摘录原文的关键数字与实体，并非翻译）：${parts.join('；')}。`;
}
