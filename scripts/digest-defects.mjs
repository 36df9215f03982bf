#!/usr/bin/env node
/**
 * Counting the editor's defect classes in digests, repeatably (issue 11). Usage:
 *   node scripts/digest-defects.mjs DIR_OR_FILE... [--sheet]
 * Mechanical classes are counted by rule (one per offending line / sentence):
 *   english   a body line (outside <details>, not a 来源 line) with a run of 6+ Latin words
 *   repeat    a sentence (≥ 12 characters, bold marks removed) printed twice in one digest
 *   halfwidth , : ; ( ) ! ? between Chinese characters
 *   conflict  a line of 说法不一 / 口径不同 / 与此前报道对比 (each is then judged by hand: real only when both values share
 *             subject, metric and period; --sheet prints them)
 *   oldlead   a top story whose first body sentence's first dated figure is an earlier year than the digest's, or that
 *             opens on 此前 / 去年 / 早些时候 / 上周 (a background figure leading)
 *   oldhead   a headline naming an earlier year than the digest's
 *   bareclaim an English-only lead that is a bare claim (据…报道，X…为N。) instead of an event with a verb
 * --sheet prints, per top story, the headline, its first body sentence and every conflict line, for the hand-judged
 * classes (lead misses the news, wrong metric label, wrong owner, headline tells the wrong news, fake conflict).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const sheet = args.includes('--sheet');
const files = [];
for (const a of args.filter((x) => !x.startsWith('--'))) {
  if (statSync(a).isDirectory())
    for (const f of readdirSync(a).sort()) {
      if (f.endsWith('.md')) files.push(join(a, f));
    }
  else files.push(a);
}
const totals = {};
const add = (k, n = 1) => {
  totals[k] = (totals[k] ?? 0) + n;
};
const CONFLICT = /说法不一|口径不同|与此前报道对比/;
for (const file of files) {
  const md = readFileSync(file, 'utf8');
  const year = Number(/^date:\s*(\d{4})/m.exec(md)?.[1] ?? 0);
  const body = md.replace(/^---[\s\S]*?\n---\n/, '').replace(/<details>[\s\S]*?<\/details>/g, '');
  const lines = body.split('\n');
  const found = {};
  const hit = (k) => {
    found[k] = (found[k] ?? 0) + 1;
    add(k);
  };
  for (const l of lines) {
    if (/^来源：/.test(l) || /^#/.test(l)) continue;
    const plain = l.replace(/\[[^\]]*\]\([^)]*\)/g, '').replace(/`[^`]*`/g, '');
    if (/(?:\b[A-Za-z][A-Za-z'’-]*\b[\s,]+){6,}/.test(plain)) hit('english');
    const hw = plain.match(/[\u4e00-\u9fff][,:;()!?][\u4e00-\u9fff]/g);
    if (hw) for (const _ of hw) hit('halfwidth');
    if (CONFLICT.test(l)) hit('conflict');
  }
  const sentences = body
    .replace(/\*\*/g, '')
    .replace(/\[[^\]]*\]\([^)]*\)/g, '')
    .split(/(?<=[。！？])/)
    .map((s) => s.replace(/^[\s\-*#]+/, '').trim())
    .filter((s) => s.length >= 12 && !/^来源/.test(s));
  const seen = new Set();
  for (const s of sentences) {
    if (seen.has(s)) hit('repeat');
    seen.add(s);
  }
  // Top stories: `## headline` followed by a paragraph (not 更多动态 / block headings).
  const stories = [];
  for (let i = 0; i < lines.length; i++) {
    const m = /^##+ (.+)$/.exec(lines[i]);
    if (!m || (/更多动态|深度解读|关键数据|影响|洞察|^[^\s]*(?:与|和)[^\s]*$/.test(m[1]) && !/\d/.test(m[1]) && m[1].length < 9)) continue;
    let j = i + 1;
    while (j < lines.length && lines[j].trim() === '') j++;
    const para = lines[j] ?? '';
    if (!para || /^#|^-|^来源/.test(para)) continue;
    stories.push({ head: m[1], lead: para.replace(/\*\*/g, '').split(/(?<=。)/)[0] ?? '', para });
  }
  for (const s of stories) {
    const yr = /(20\d\d)(?:财?年)/.exec(s.lead);
    if ((yr && Number(yr[1]) < year) || /^(?:此前|去年|早些时候|上周|今年早些时候)/.test(s.lead)) hit('oldlead');
    const hy = /(20\d\d)(?:财?年)/.exec(s.head);
    if (hy && Number(hy[1]) < year - (/(财年)/.test(s.head) ? 0 : 0)) hit('oldhead');
    if (
      /^据[^，]+报道，[^。，]*为[^。]*。?$/.test(s.lead) &&
      !/(?:将|拟|预计|计划|正洽谈|或将|完成|宣布|发行|采购|投资|融资)/.test(s.lead.split('为')[0])
    )
      hit('bareclaim');
  }
  if (sheet) {
    console.log(`\n### ${file}`);
    for (const s of stories) console.log(`H: ${s.head}\nL: ${s.lead}`);
    for (const l of lines) if (CONFLICT.test(l)) console.log(`C: ${l.replace(/\*\*/g, '')}`);
    console.log(`found: ${JSON.stringify(found)}`);
  }
}
console.log(`${files.length} digests: ${JSON.stringify(totals)}`);
