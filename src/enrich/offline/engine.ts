/** The offline engine: deterministic, extractive, template-based; no free translation. */
import { outletOf } from '../../normalize/index.js';
import type { DigestStory, DigestStyle, Figure, GazetteerEntry, SourceRef, StoryBundle } from '../../types/index.js';
import { append } from '../../util/arrays.js';
import { type ImpactRule, loadGazetteerEntries, loadGlossary, loadImpactRules } from '../data-files.js';
import { type Engine, emptyUsage } from '../engine.js';
import { renderFigureZh } from './figure-zh.js';
import { annotateStory } from './glossary.js';
import { offlineHeadline } from './headline.js';
import { offlineImpacts } from './impacts.js';
import { conflictSentences, offlineInsights, sourceName } from './insights.js';
import { keyFigureScore, pickKeyFigure } from './key-figure.js';
import { type EntityDirectory, entityDirectory, outletName, periodZh, zhName } from './names.js';
import { boldFigures, closeSentence, itemFigures, joinSentences, type SourceSentence, sameFigure, sourceSentences } from './sentences.js';
import { BLOCK_RULES, fill, METRIC_ZH, TEMPLATES } from './templates.js';

export interface OfflineOptions {
  /** Term → gloss; default data/glossary.json. */
  glossary?: Record<string, string>;
  /** Default data/impact-rules.json. */
  impactRules?: ImpactRule[];
  /** For Chinese names and tags of subjects; default data/gazetteer.json. */
  gazetteer?: GazetteerEntry[];
}

interface Ctx {
  glossary: Record<string, string>;
  rules: ImpactRule[];
  dir: EntityDirectory;
}

/** Source references of a story: every item, with its outlet (named in Chinese when the gazetteer knows it). */
export function sourceRefs(bundle: StoryBundle, dir?: EntityDirectory): SourceRef[] {
  return bundle.items.map((i) => ({
    title: i.title,
    url: i.url,
    outlet: dir ? outletName(i, dir) : (outletOf(i.url) ?? sourceName(i.source)),
    itemId: i.id,
  }));
}

function pickLead(pool: SourceSentence[], key: Figure | null, max: number, maxChars: number): SourceSentence[] {
  if (pool.length === 0) return [];
  const byItem = new Map<string, SourceSentence[]>();
  for (const s of pool) byItem.set(s.item.id, [...(byItem.get(s.item.id) ?? []), s]);
  // The lead comes from the item holding the key figure, else the item of the best sentence.
  const keyItem = key ? pool.find((s) => s.figures.some((f) => sameFigure(f, key)))?.item.id : undefined;
  const best = [...pool].sort((a, b) => b.score - a.score)[0] as SourceSentence;
  const from = byItem.get(keyItem ?? best.item.id) ?? [];
  const chosen: SourceSentence[] = [];
  let chars = 0;
  for (const s of [...from].sort((a, b) => b.score - a.score)) {
    if (chosen.length >= max) break;
    if (chosen.length > 0 && chars + s.sentence.text.length > maxChars) continue;
    chosen.push(s);
    chars += s.sentence.text.length;
  }
  return chosen.sort((a, b) => a.sentence.index - b.sentence.index);
}

function keyDataBullets(bundle: StoryBundle, key: Figure | null, ctx: Ctx): string[] {
  const cands: { f: Figure; score: number; source: string }[] = [];
  for (const item of bundle.items) {
    for (const f of itemFigures(bundle, item)) {
      if (!f.metric || !METRIC_ZH[f.metric]) continue;
      const isKey = key !== null && sameFigure(f, key);
      cands.push({
        f,
        score: keyFigureScore(f, false, item.lang !== 'en', item.date) + (isKey ? 10 : 0),
        source: outletName(item, ctx.dir),
      });
    }
  }
  cands.sort((a, b) => b.score - a.score);
  const out: string[] = [];
  const seen: Figure[] = [];
  for (const c of cands) {
    if (out.length >= 4) break;
    if (seen.some((s) => sameFigure(s, c.f))) continue;
    seen.push(c.f);
    out.push(
      fill(TEMPLATES.keyData, {
        subject: c.f.subject ? zhName(c.f.subject, bundle, ctx.dir) : '',
        period: periodZh(c.f.period),
        metric: METRIC_ZH[c.f.metric ?? ''] ?? '',
        change: c.f.kind === 'percent' ? (c.f.direction === 'down' ? '下降' : '增长') : '',
        amount: renderFigureZh(c.f),
        source: c.source,
      }),
    );
  }
  return out;
}

/**
 * The opening of an English-only story: a Chinese sentence built from its attributed key figure
 * (`据cnbc.com报道，CoreWeave订单1300亿美元。英文原文摘录：`), else the plain note that no translation is made offline.
 */
function englishOpening(bundle: StoryBundle, key: Figure | null, ctx: Ctx): string {
  const metric = key?.metric ? METRIC_ZH[key.metric] : undefined;
  const item = key ? bundle.items.find((i) => itemFigures(bundle, i).some((f) => sameFigure(f, key))) : undefined;
  if (!key?.subject || !metric || !item) return TEMPLATES.englishNote;
  return fill(TEMPLATES.englishLead, {
    source: outletName(item, ctx.dir),
    subject: zhName(key.subject, bundle, ctx.dir),
    period: periodZh(key.period),
    metric,
    change: key.kind === 'percent' ? (key.direction === 'down' ? '下降' : '增长') : '',
    amount: renderFigureZh(key),
  });
}

function keywordHit(text: string, kw: string): boolean {
  if (/^[A-Za-z]/.test(kw)) return new RegExp(`\\b${kw.replace(/[-]/g, '\\-')}`, 'i').test(text);
  return text.includes(kw);
}

function labelledBlocks(rest: SourceSentence[]): { label: string; bullets: string[] }[] {
  const out: { label: string; bullets: string[] }[] = [];
  const used = new Set<SourceSentence>();
  for (const rule of BLOCK_RULES) {
    if (out.length >= 3) break;
    const hits: SourceSentence[] = [];
    const candidates = rest
      .filter((s) => !used.has(s) && rule.keywords.some((k) => keywordHit(s.sentence.text, k)))
      .sort((a, b) => b.score - a.score);
    // Two outlets carrying the same wire sentence give one bullet.
    for (const s of candidates) if (hits.length < 2 && !hits.some((h) => h.sentence.text === s.sentence.text)) hits.push(s);
    if (hits.length === 0) continue;
    for (const h of hits) for (const s of rest) if (s.sentence.text === h.sentence.text) used.add(s);
    out.push({ label: rule.label, bullets: hits.map(boldFigures) });
  }
  return out;
}

/** Writes one story offline (pure given its context). */
export function writeStoryOffline(bundle: StoryBundle, style: DigestStyle, ctx: Ctx): DigestStory {
  const key = pickKeyFigure(bundle);
  const all = sourceSentences(bundle, key);
  const zh = all.filter((s) => s.lang === 'zh');
  const englishOnly = zh.length === 0;
  const pool = englishOnly ? all : zh;
  const lead = pickLead(pool, key, style === 'stories' ? 3 : 2, englishOnly ? 480 : 200);
  const used = new Set(lead);
  const paragraphs: string[] = [];
  if (lead.length > 0) paragraphs.push((englishOnly ? englishOpening(bundle, key, ctx) : '') + joinSentences(lead.map(boldFigures)));
  // A figure the sources disagree on is written with both values and both sources, in either style.
  const conflicts = style === 'stories' ? conflictSentences(bundle, ctx.dir) : [];
  if (style === 'stories' && conflicts.length === 0) {
    // A second paragraph: sentences of the other sources that add figures the lead does not have.
    const covered = lead.flatMap((s) => s.figures);
    const extra = pool
      .filter((s) => !used.has(s) && s.item.id !== lead[0]?.item.id && s.figures.some((f) => !covered.some((c) => sameFigure(c, f))))
      .sort((a, b) => b.score - a.score)
      .slice(0, 2);
    for (const s of extra) used.add(s);
    if (extra.length > 0) paragraphs.push(joinSentences(extra.map(boldFigures)));
  }
  if (conflicts.length > 0) paragraphs.push(conflicts.join(''));
  const blocks: { label: string; bullets: string[] }[] = [];
  const keyData = keyDataBullets(bundle, key, ctx);
  if (keyData.length > 0) blocks.push({ label: '关键数据', bullets: keyData });
  append(blocks, labelledBlocks(pool.filter((s) => !used.has(s))));
  const headline = offlineHeadline(bundle, key, ctx.dir);
  const first = (key ? lead.find((s) => s.figures.some((f) => sameFigure(f, key))) : undefined) ?? lead[0];
  const oneLine = first ? closeSentence(englishOnly ? `英文原文：${boldFigures(first)}` : boldFigures(first)) : headline;
  const story: DigestStory = {
    storyId: bundle.story.id,
    headline,
    section: bundle.section,
    sources: sourceRefs(bundle, ctx.dir),
    paragraphs,
    blocks,
    insights: offlineInsights(bundle, ctx.dir),
    impacts: offlineImpacts(bundle, ctx.rules, ctx.dir),
    oneLine,
    keyFigure: key,
    minor: bundle.minor,
  };
  return annotateStory(story, ctx.glossary);
}

/** The digest title offline: the top story's headline, then the second when the two fit in 40 characters. */
export function offlineTitle(stories: DigestStory[]): string {
  const top = stories.filter((s) => !s.minor);
  const [a, b] = top.length > 0 ? top : stories;
  if (!a) return TEMPLATES.titleEmpty;
  if (b && a.headline.length + b.headline.length <= 40) return fill(TEMPLATES.title, { first: a.headline, second: b.headline });
  return a.headline;
}

/**
 * The offline engine (default): extractive lead paragraphs (Chinese sources preferred), template headline and
 * bullets, knowledge-based insights, rule-based impacts, glossary annotation.
 */
export function createOfflineEngine(opts: OfflineOptions = {}): Engine {
  const ctx: Ctx = {
    glossary: opts.glossary ?? loadGlossary(),
    rules: opts.impactRules ?? loadImpactRules(),
    dir: entityDirectory(opts.gazetteer ?? loadGazetteerEntries()),
  };
  return {
    specificationVersion: 'v1',
    name: 'offline',
    doWriteStory: async (bundle, style) => writeStoryOffline(bundle, style, ctx),
    doWriteTitle: async (stories) => offlineTitle(stories),
    usage: emptyUsage,
  };
}
