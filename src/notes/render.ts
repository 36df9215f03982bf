/** The note as Markdown (SPEC §3.2): YAML front matter, key figures, sections of Chinese units each followed by the folded English original, the glossary. */
import { fullWidthPunctuation } from '../enrich/assemble/punctuation.js';
import { oneLine, yamlQuote } from '../render/front-matter.js';
import { plainText } from '../render/safe-text.js';
import type { KeyFigure } from './metadata.js';
import type { NoteMeta, NoteUnit, QaIssue, Term } from './types.js';

export interface NoteSectionOut {
  heading: string;
  /** The document's own heading, kept as a comment beside the Chinese one. */
  sourceHeading: string | null;
  units: NoteUnit[];
}

export interface NoteDoc {
  meta: NoteMeta;
  sections: NoteSectionOut[];
  figures: KeyFigure[];
  /** Terms of the note, in order of first use. */
  glossary: Term[];
  /** Terms found in the document that neither the glossary nor the termbase renders yet (listed for the user). */
  pending?: string[];
}

/** The glossary row of a term without a settled rendering. */
export const PENDING_ZH = '待定（术语库中尚无译名）';

/** The Chinese slot of a unit when no LLM is configured: says so plainly, never a fake translation. */
export const OFFLINE_SLOT = '（离线笔记：翻译需要配置 LLM 端点，本段暂无中文译文，英文原文见下。）';

/** Chinese names of the QA rules, for the marks in the note. */
export const RULE_ZH: Readonly<Record<QaIssue['rule'], string>> = {
  empty: '无译文',
  untranslated: '未译',
  commentary: '含模型评论',
  'length-ratio': '长度异常',
  numbers: '数字不一致',
  entities: '名称缺失',
  terms: '术语未统一',
  markup: '格式丢失',
  failed: '翻译失败',
};

/** HTML-escapes the English original. */
export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** A translation as Markdown: no raw HTML, no script links, Chinese punctuation full-width. */
export function safeTranslation(zh: string): string {
  return fullWidthPunctuation(oneLine(plainText(zh)).replace(/\]\(\s*(?:javascript|data|vbscript):[^)]*\)/gi, ']()'));
}

/** The Chinese paragraph of a unit: the translation (marked when QA failed), or the offline / failure notice. */
export function unitChinese(u: NoteUnit): string {
  if (u.status === 'offline') return OFFLINE_SLOT;
  if (u.status === 'failed') return `【翻译失败：LLM 没有返回本段的可用译文，已列入 QA 报告；英文原文见下】`;
  if (u.status === 'flagged') return `${u.zh}【待核：${[...new Set(u.issues.map((i) => RULE_ZH[i.rule]))].join('、')}】`;
  return u.zh;
}

function unitBlock(u: NoteUnit): string {
  return [
    unitChinese(u),
    '',
    '<details>',
    '<summary>View/Hide Original English</summary>',
    `<p class="english-text">${escapeHtml(u.unit.en)}</p>`,
    '</details>',
  ].join('\n');
}

function list(xs: readonly string[]): string {
  return `[${xs.map((x) => yamlQuote(oneLine(plainText(x)))).join(', ')}]`;
}

/** The front matter in the key order of SPEC §3.2. */
export function frontMatter(m: NoteMeta): string {
  const s = (v: string) => yamlQuote(oneLine(plainText(v)));
  return [
    '---',
    `title: ${s(m.title)}`,
    `date: ${m.date}`,
    `source: ${s(m.source)}`,
    `speaker: ${s(m.speaker)}`,
    `guest: ${list(m.guest)}`,
    `series: ${s(m.series)}`,
    `area: ${s(m.area)}`,
    `category: ${s(m.category)}`,
    `project: ${list(m.project)}`,
    `tags: ${list(m.tags)}`,
    `companies_orgs: ${list(m.companies_orgs)}`,
    `people: ${list(m.people)}`,
    `products_models: ${list(m.products_models)}`,
    `media_books: ${list(m.media_books)}`,
    `summary: ${s(m.summary)}`,
    `insight: ${s(m.insight)}`,
    `status: ${s(m.status)}`,
    `draft: ${m.draft ? 'true' : 'false'}`,
    `layout: ${s(m.layout)}`,
    '---',
  ].join('\n');
}

/** A table cell: no pipes or line breaks. */
function cell(s: string): string {
  return oneLine(plainText(s)).replace(/\|/g, '｜');
}

/** Renders the whole note. */
export function renderNote(doc: NoteDoc): string {
  const out: string[] = [frontMatter(doc.meta), ''];
  if (doc.figures.length > 0) {
    out.push('## 关键数字', '', '| 数字 | 主体 | 指标 | 原文写法 |', '| --- | --- | --- | --- |');
    for (const f of doc.figures) out.push(`| ${cell(f.zh)} | ${cell(f.subjectZh ?? '—')} | ${cell(f.metricZh ?? '—')} | ${cell(f.text)} |`);
    out.push('');
  }
  for (const sec of doc.sections) {
    out.push(`### ${cell(sec.heading)}`, '');
    if (sec.sourceHeading) out.push(`<!-- original heading: ${sec.sourceHeading.replace(/--+/g, '—')} -->`, '');
    for (const u of sec.units) out.push(unitBlock(u), '');
  }
  const pending = doc.pending ?? [];
  if (doc.glossary.length > 0 || pending.length > 0) {
    out.push('## 术语表', '', '| 术语 | 英文全称 | 中文 |', '| --- | --- | --- |');
    for (const t of doc.glossary) out.push(`| ${cell(t.term)} | ${cell(t.en ?? '—')} | ${cell(t.zh)} |`);
    for (const t of pending) out.push(`| ${cell(t)} | — | ${PENDING_ZH} |`);
    out.push('');
  }
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}
