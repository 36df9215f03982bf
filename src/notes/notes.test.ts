/** Notes offline and their pure parts: segmentation, glossary and termbase, QA, batch shape, the publishability check. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parse } from 'yaml';
import { loadGazetteer } from '../extract/index.js';
import { defaultIngestOptions, parseBytes } from '../ingest/index.js';
import { splitSentences } from '../normalize/index.js';
import { checkDigest, checkNote, noteOriginals } from '../render/check/index.js';
import { buildNote } from './build.js';
import { annotateFirstUse, builtinTerms, detectTerms, mergeTerms, recordRenderings, termsIn } from './glossary.js';
import { numberMismatches, qaUnit } from './qa.js';
import { OFFLINE_SLOT } from './render.js';
import { collapse, paragraphSentences, segmentBlocks, topicCue } from './segment.js';
import { noteSource } from './source.js';
import { BatchShapeError, checkShape, type TranslateInput } from './translate.js';
import type { SourceUnit, Term } from './types.js';

const FIXTURE = new URL('../../test/fixtures/notes/capital-cycle-episode.txt', import.meta.url);
const gaz = loadGazetteer([]);

function draftOf(bytes: Uint8Array | string, filename: string) {
  const b = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  const d = parseBytes(b, { filename }, defaultIngestOptions).items[0];
  assert.ok(d);
  return d;
}

async function offlineNote(text: Uint8Array | string, filename: string) {
  return buildNote(noteSource(draftOf(text, filename), filename), {
    gaz,
    terms: builtinTerms(),
    user: { area: 'AI', project: ['capital-cycle'], layout: 'post.njk', status: 'reading', draft: true },
    today: '2026-12-02',
  });
}

/** Every sentence of `source` appears in `joined` in order, exactly as often as in the source. */
function assertSentencesKept(sourceText: string, joined: string): void {
  const sentences = splitSentences(sourceText).map((s) => collapse(s.text));
  let at = 0;
  for (const s of sentences) {
    const i = joined.indexOf(s, at);
    assert.ok(i >= 0, `sentence kept in order: ${s}`);
    at = i + s.length;
  }
  const count = (hay: string, s: string) => hay.split(s).length - 1;
  for (const s of new Set(sentences)) assert.equal(count(joined, s), count(collapse(sourceText), s), `not duplicated: ${s}`);
}

test('notes offline: the transcript gives a valid note, every English sentence kept once and in order', async () => {
  const bytes = readFileSync(FIXTURE);
  const draft = draftOf(bytes, 'capital-cycle-episode.txt');
  const r = await offlineNote(bytes, 'capital-cycle-episode.txt');
  const originals = noteOriginals(r.markdown);
  assert.equal(originals.length, r.units.length);
  assertSentencesKept(draft.text, originals.join(' '));
  assert.equal(collapse(originals.join(' ')), collapse(draft.text), 'nothing lost, nothing added');
  // Each Chinese slot says plainly that translation needs an LLM endpoint; no fake translation.
  assert.equal(r.markdown.split(OFFLINE_SLOT).length - 1, r.units.length);
  assert.equal(r.report.engine, 'offline');
  // Front matter parses, in the key order of SPEC §3.2.
  const fm = parse(r.markdown.split('\n---\n')[0]?.replace(/^---\n/, '') ?? '') as Record<string, unknown>;
  assert.deepEqual(Object.keys(fm), [
    'title',
    'date',
    'source',
    'speaker',
    'guest',
    'series',
    'area',
    'category',
    'project',
    'tags',
    'companies_orgs',
    'people',
    'products_models',
    'media_books',
    'summary',
    'insight',
    'status',
    'draft',
    'layout',
  ]);
  // Misspelt names land in the metadata by their canonical names; the English stays as spoken.
  const orgs = fm.companies_orgs as string[];
  for (const n of ['OpenAI', 'Anthropic', 'Goldman Sachs', 'Microsoft', 'Nvidia'])
    assert.ok(orgs.includes(n), `${n} in ${orgs.join(', ')}`);
  assert.ok(!orgs.includes('Micron'), '"Micro soft" is not Micron');
  const people = fm.people as string[];
  for (const n of ['Sam Altman', 'Satya Nadella', 'Jensen Huang']) assert.ok(people.includes(n), `${n} in ${people.join(', ')}`);
  assert.ok(originals.some((o) => o.includes('and tropic')) && originals.some((o) => o.includes('Gold man Sachs')));
  assert.ok((fm.tags as string[]).every((t) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(t)));
  assert.ok((fm.tags as string[]).includes('capex'));
  assert.match(String(fm.summary), /^离线摘要（摘录原文的关键数字与实体，并非翻译）：/);
  assert.deepEqual([fm.area, fm.project, fm.layout, fm.status, fm.draft], ['AI', ['capital-cycle'], 'post.njk', 'reading', true]);
  assert.equal(fm.speaker, 'Host');
  // Key figures and glossary; sections at topic shifts.
  assert.match(r.markdown, /\| 2\.5亿美元 \| .* \| \$250 million \|/);
  assert.match(r.markdown, /\| TPU \| Tensor Processing Unit \| 张量处理器 \|/);
  assert.ok(r.doc.sections.length >= 5);
  assert.ok(r.doc.sections.every((s) => /^第\d+部分/.test(s.heading)));
  // Publishable, and read back by the archive importer as aligned pairs.
  assert.deepEqual(checkNote(r.markdown), []);
  const back = draftOf(r.markdown, 'capital-cycle-episode.md');
  assert.equal(back.kind, 'note');
  assert.deepEqual(
    back.pairs.map((p) => p.b),
    r.units.map((u) => u.en),
  );
});

test('notes offline: unpunctuated speech with no timestamps is cut into readable units without losing a word', async () => {
  const talk = [
    'so the thing about the data center build out is that nobody really knows what the useful life of these chips is going to be and that matters a lot because the depreciation schedule decides how profitable the cloud business looks and if you assume six years instead of four you get a much nicer number',
    'and then you have the power question which is honestly the bigger constraint right now you can get chips if you pay but getting a grid connection takes years in most places so the labs are signing deals with utilities and building their own generation next to the campus which was unthinkable a few years ago',
  ].join(' ');
  const r = await offlineNote(`${talk}\n`, 'talk.txt');
  const words = collapse(talk).split(' ').length;
  assert.ok(r.units.length >= Math.ceil(words / 90), `${r.units.length} units for ${words} words`);
  for (const u of r.units) assert.ok(u.en.split(' ').length <= 90, `short enough: ${u.en.split(' ').length} words`);
  assert.equal(r.units.map((u) => u.en).join(' '), collapse(talk));
});

test('notes: an article keeps one unit per paragraph, its headings as sections, and its links and emphasis', async () => {
  const md = [
    '---',
    'title: The Cost of Inference',
    'date: 2026-11-20',
    'url: https://example.com/inference',
    '---',
    '# The Cost of Inference',
    '',
    'Inference prices fell by **80%** in a year, according to [one analysis](https://example.com/a).',
    '',
    '## Who pays',
    '',
    'Hyperscalers pay for most of the capex, and `vLLM` serves many of the models.',
    '',
    'The rest comes from neocloud operators, who rent out GPUs under SLA terms; an SLA breach costs them.',
  ].join('\n');
  const r = await offlineNote(md, 'inference.md');
  assert.deepEqual(
    r.units.map((u) => u.en),
    [
      'Inference prices fell by **80%** in a year, according to [one analysis](https://example.com/a).',
      'Hyperscalers pay for most of the capex, and `vLLM` serves many of the models.',
      'The rest comes from neocloud operators, who rent out GPUs under SLA terms; an SLA breach costs them.',
    ],
  );
  assert.match(r.markdown, /\| SLA \| — \| 待定（术语库中尚无译名） \|/, 'a term of the document nobody rendered yet is listed');
  assert.equal(r.doc.sections.length, 2);
  assert.equal(r.doc.sections[1]?.sourceHeading, 'Who pays');
  assert.match(r.markdown, /<!-- original heading: Who pays -->/);
  assert.equal(r.doc.meta.date, '2026-11-20');
  assert.deepEqual(checkNote(r.markdown), []);
  // Markup QA on a translation.
  const unit = r.units[0] as SourceUnit;
  const ctx = { gaz, terms: termsIn(unit.en, builtinTerms()), asr: false };
  assert.deepEqual(qaUnit(unit, '据[一项分析](https://example.com/a)，推理价格一年内下降了**80%**。', ctx), []);
  assert.deepEqual(
    qaUnit(unit, '据一项分析，推理价格一年内下降了80%。', ctx).map((i) => i.rule),
    ['markup'],
  );
});

test('notes segment: topic cues open sections; run-on sentences are cut before cue words', () => {
  assert.equal(topicCue("Okay, let's turn to the chip side."), "let's turn to");
  assert.equal(topicCue('Moving on to financing.'), 'moving on');
  assert.equal(topicCue('We moved on.'), null);
  const pieces = paragraphSentences(`so we ${'spent a lot of money on chips and '.repeat(12)}then we stopped`);
  assert.ok(pieces.length > 1 && pieces.every((p) => p.split(' ').length <= 40));
  const blocks = ['One.', 'Two.', 'Three.', "Let's talk about power. It matters.", 'Five.'].map((text) => ({ text }));
  const secs = segmentBlocks(blocks, true);
  assert.equal(secs.length, 2);
  assert.equal(secs[1]?.cue, "let's talk about");
  // Repeated text gets distinct ids.
  const rep = segmentBlocks([{ text: 'Yeah.' }, { text: 'Yeah.' }], false).flatMap((s) => s.units);
  assert.notEqual(rep[0]?.id, rep[1]?.id);
});

test('notes qa: numbers compared by normalised value on both sides', () => {
  assert.deepEqual(numberMismatches('They raised $250 million at 40 cents a share.', '他们以每股40美分融资2.5亿美元。'), {
    missing: [],
    invented: [],
  });
  assert.deepEqual(numberMismatches('Prices fell 75%, to 3.7x cheaper.', '价格下降75%，便宜了3.7倍。'), { missing: [], invented: [] });
  const bad = numberMismatches('They raised $250 million.', '他们融资3.5亿美元。');
  assert.deepEqual([bad.missing.map((f) => f.text), bad.invented.map((f) => f.text)], [['$250 million'], ['3.5亿美元']]);
  const unit: SourceUnit = { id: 'u1', index: 0, en: 'Open A.I. raised $250 million from strategic investors this month.', section: 0 };
  const ctx = { gaz, terms: [], asr: true };
  assert.deepEqual(qaUnit(unit, 'OpenAI本月从战略投资者处融资2.5亿美元。', ctx), []);
  assert.deepEqual(
    qaUnit(unit, '本月从战略投资者处融资2.5亿美元。', ctx).map((i) => i.rule),
    ['entities'],
  );
  assert.deepEqual(
    qaUnit(unit, 'Open A.I. raised $250 million from strategic investors this month.', ctx).map((i) => i.rule)[0],
    'untranslated',
  );
  assert.ok(qaUnit(unit, '以下是翻译：OpenAI本月从战略投资者处融资2.5亿美元。', ctx).some((i) => i.rule === 'commentary'));
  assert.deepEqual(
    qaUnit(unit, '', ctx).map((i) => i.rule),
    ['empty'],
  );
});

test('notes glossary: first use annotated by code, English on word boundaries, Chinese as substrings', () => {
  const terms = builtinTerms();
  const en = ['AGI is the goal; capex pays for it.', 'Nobody knows when AGI arrives, but the capex keeps rising.'];
  const present = en.map((e) => termsIn(e, terms));
  assert.ok(!termsIn('MAGIC numbers', terms).some((t) => t.term === 'AGI'), 'word boundaries');
  const out = annotateFirstUse(['AGI是目标，资本开支为它买单。', '没人知道AGI何时到来，但资本开支仍在增加。'], present);
  assert.equal(out[0], '**AGI**（Artificial General Intelligence: 通用人工智能）是目标，**资本开支**（capex）为它买单。');
  assert.equal(out[1], '没人知道AGI何时到来，但资本开支仍在增加。');
  // The gloss is for notes only: the digest check refuses it.
  const digest = '---\ntitle: "t"\n---\n\n# t\n\n## 头条\n\n**AGI**（Artificial General Intelligence: 通用人工智能）正在到来。\n';
  assert.ok(checkDigest(digest).some((p) => p.rule === 'glossary-gloss'));
  assert.ok(!checkNote(digest).some((p) => p.rule === 'glossary-gloss' || p.rule === 'bold-not-figure'));
  const sourced = '---\ntitle: "t"\n---\n\n# t\n\n## 头条\n\n资本开支**约1200亿美元**（来源：财新）。\n';
  assert.ok(!checkDigest(sourced).some((p) => p.rule === 'glossary-gloss'), 'a figure with its source is no gloss');
});

test('notes termbase: a term two documents render differently is reported for review, never resolved silently', () => {
  const a: Term = { term: 'MCP', zh: '模型上下文协议', en: 'Model Context Protocol', origin: 'document' };
  const b: Term = { term: 'MCP', zh: '模型语境协议', origin: 'document' };
  const one = recordRenderings({ terms: {}, review: [] }, 'talk-a', [a]);
  assert.deepEqual(one.conflicts, []);
  const two = recordRenderings(one.termbase, 'talk-b', [b]);
  assert.equal(two.conflicts.length, 1);
  assert.equal(two.termbase.terms.MCP?.zh, '模型上下文协议', 'the settled rendering stays in force');
  assert.deepEqual(two.termbase.review, [
    {
      term: 'MCP',
      renderings: [
        { zh: '模型上下文协议', doc: 'talk-a' },
        { zh: '模型语境协议', doc: 'talk-b' },
      ],
    },
  ]);
  const same = recordRenderings(two.termbase, 'talk-c', [a]);
  assert.deepEqual(same.termbase.terms.MCP?.docs, ['talk-a', 'talk-c']);
  // The termbase overrides the built-in rendering; document terms never override either.
  const merged = mergeTerms(builtinTerms(), { terms: { inference: { zh: '推断', docs: [] } }, review: [] }, [
    { term: 'inference', zh: '推论', origin: 'document' },
  ]);
  assert.equal(merged.find((t) => t.term === 'inference')?.zh, '推断');
  assert.deepEqual(detectTerms('The MCP spec. MCP servers. One TPU. The CEO said OK twice: OK.', new Set(['TPU'])), ['MCP']);
});

test('notes translate: a batch reply with a missing, extra, empty or merged unit is refused', () => {
  const unit = (id: string, en: string): TranslateInput => ({
    unit: { id, index: 0, en, section: 0 },
    terms: [],
    names: [],
    heading: false,
  });
  const batch = [
    unit('a', 'First unit with a fair amount of text in it.'),
    unit('b', 'Second unit with a fair amount of text in it.'),
    unit('c', 'Third unit with a fair amount of text in it.'),
  ];
  const ok = [
    { id: 'a', zh: '第一段有相当多的文字。' },
    { id: 'b', zh: '第二段有相当多的文字。' },
    { id: 'c', zh: '第三段有相当多的文字。' },
  ];
  assert.equal(checkShape(batch, ok).size, 3);
  assert.throws(() => checkShape(batch, ok.slice(0, 2)), BatchShapeError);
  assert.throws(() => checkShape(batch, [...ok, { id: 'd', zh: '多出来的。' }]), BatchShapeError);
  assert.throws(
    () =>
      checkShape(
        batch,
        ok.map((u) => (u.id === 'b' ? { ...u, zh: ' ' } : u)),
      ),
    BatchShapeError,
  );
  const merged = [
    { id: 'a', zh: '第一段有相当多的文字。第二段有相当多的文字，两段被合并成了一个很长的单元。' },
    { id: 'b', zh: '。' },
    ok[2] as { id: string; zh: string },
  ];
  assert.throws(() => checkShape(batch, merged), /merges/);
});
