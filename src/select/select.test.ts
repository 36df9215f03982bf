import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import type { ItemExtraction, KnowledgeSnapshot } from '../store/types.js';
import type { ItemRecord, Story } from '../types/index.js';
import { claimsAsOf, classifySection, loadSections, type SelectInput, type SelectOptions, selectStories } from './index.js';

interface DayFixture {
  items: { id: string; title: string; url: string; date: string | null; text: string }[];
  stories: Story[];
  extractions: ItemExtraction[];
  knowledge: KnowledgeSnapshot;
}

const fixture = JSON.parse(readFileSync(new URL('../../test/fixtures/select/day.json', import.meta.url), 'utf8')) as DayFixture;

function itemRecord(p: DayFixture['items'][number]): ItemRecord {
  return {
    ...p,
    kind: 'article',
    format: 'html',
    author: null,
    raw: p.text,
    meta: {},
    pairs: [],
    links: [],
    messages: [],
    lang: /[\u4e00-\u9fff]/.test(p.text) ? 'zh' : 'en',
    sentences: [],
    hash: p.id.padEnd(64, '0'),
    sourceId: 1,
    source: p.url,
    story: null,
    ingestedAt: '2026-03-03T00:00:00Z',
  };
}

const input: SelectInput = {
  stories: fixture.stories,
  items: fixture.items.map(itemRecord),
  extractions: fixture.extractions,
  knowledge: fixture.knowledge,
};
const sections = loadSections();
const base: SelectOptions = { date: '2026-03-02', timeZone: 'Asia/Shanghai', maxTop: 6, maxMore: 12, watch: [], sections };
const ids = (opts: Partial<SelectOptions> = {}) => selectStories(input, { ...base, ...opts }).map((b) => b.story.id);

test('ranks by sources and figure size: three outlets and $300B first, no-figure single-source last', () => {
  assert.deepEqual(ids(), ['st_a', 'st_c', 'st_b', 'st_d', 'st_f']);
  const scores = selectStories(input, base).map((b) => b.score);
  assert.deepEqual(
    [...scores].sort((a, b) => b - a),
    scores,
  );
});

test('the day is read in Asia/Shanghai: 17:30Z on 1 March belongs to 2 March, 15:59:59Z does not', () => {
  const shanghai = ids();
  assert.ok(shanghai.includes('st_a'), 'story first reported at 01:30 Shanghai time is on 2 March');
  assert.ok(!shanghai.includes('st_e'), 'story at 23:59:59 Shanghai time on 1 March is not');
  const utcFirst = ids({ date: '2026-03-01', timeZone: 'UTC' });
  assert.ok(utcFirst.includes('st_a') && utcFirst.includes('st_e'), 'in UTC both fall on 1 March');
  // In UTC st_a started on 1 March: on 2 March it is a follow-up written from that day's items only.
  const followUp = selectStories(input, { ...base, timeZone: 'UTC' }).find((b) => b.story.id === 'st_a');
  assert.deepEqual(
    followUp?.items.map((i) => i.id),
    ['it_a1', 'it_a2'],
  );
  assert.deepEqual(
    followUp?.earlier?.map((e) => [e.day, e.items.map((i) => i.id)]),
    [['2026-03-01', ['it_a3']]],
  );
  assert.ok(ids({ date: '2026-03-01' }).includes('st_e'));
});

test("a story continuing over days is written on each day from that day's items; items of later days are never read", () => {
  const first = selectStories(input, { ...base, date: '2026-03-01' }).find((b) => b.story.id === 'st_f');
  assert.deepEqual(
    first?.items.map((i) => i.id),
    ['it_f1'],
    'the 1 March digest does not read the 2 March item',
  );
  assert.equal(first?.earlier, undefined);
  const next = selectStories(input, base).find((b) => b.story.id === 'st_f');
  assert.deepEqual(
    next?.items.map((i) => i.id),
    ['it_f2'],
  );
  assert.deepEqual(
    next?.earlier?.map((e) => e.items.map((i) => i.id)),
    [['it_f1']],
    'what ran on 1 March travels as earlier',
  );
});

test('knowledge as of the day: a statement of a later item is dropped and the conflict it made goes with it', () => {
  const stmt = (itemId: string, value: number, date: string) => ({
    figure: { kind: 'money' as const, value, currency: 'USD', text: `$${value}`, start: 0, end: 1, qualifier: 'exact' as const },
    itemId,
    source: itemId,
    line: 1,
    sentence: `x $${value}`,
    date,
  });
  const claim = {
    subject: 'Anthropic',
    metric: 'revenue',
    period: '2026',
    statements: [stmt('it_f1', 5e9, '2026-03-01'), stmt('it_late', 9e9, '2026-03-05')],
    conflict: true,
    latest: 1,
    mostCited: 0,
  };
  const [c] = claimsAsOf([claim], (s) => s.date !== null && s.date <= '2026-03-02');
  assert.deepEqual(
    c?.statements.map((s) => s.itemId),
    ['it_f1'],
  );
  assert.equal(c?.conflict, false);
  assert.equal(c?.latest, 0);
  assert.deepEqual(
    claimsAsOf([claim], () => true),
    [claim],
  );
});

test('the watch-list lifts a story above bigger ones; entity names and keywords both match', () => {
  assert.deepEqual(ids({ watch: ['Mistral'] }).slice(0, 3), ['st_a', 'st_b', 'st_c']);
  assert.equal(ids({ watch: ['辅助诊断'] })[1], 'st_d');
  assert.deepEqual(ids({ watch: ['stral'] }), ids(), 'Latin keywords match whole words only');
});

test('entity weights raise a story', () => {
  assert.deepEqual(ids({ entityWeights: { Mistral: 3 } }).slice(0, 3), ['st_a', 'st_b', 'st_c']);
});

test('top stories first, then minor ones, capped at maxTop + maxMore', () => {
  const b = selectStories(input, { ...base, maxTop: 1, maxMore: 2 });
  assert.deepEqual(
    b.map((x) => [x.story.id, x.minor]),
    [
      ['st_a', false],
      ['st_c', true],
      ['st_b', true],
    ],
  );
});

test('bundles carry items, figures, entities, claims (conflicts and earlier claims from elsewhere), deals, section', () => {
  const a = selectStories(input, base).find((x) => x.story.id === 'st_a');
  assert.ok(a);
  assert.deepEqual(
    a.items.map((i) => i.id),
    ['it_a1', 'it_a2', 'it_a3'],
  );
  assert.equal(a.figures.it_a1?.length, 2);
  assert.equal(a.entities.it_a2?.[1]?.name, 'Microsoft');
  const claimKeys = a.claims.map((c) => `${c.subject}/${c.metric}/${c.period}`).sort();
  assert.deepEqual(claimKeys, ['OpenAI/funding/2025', 'OpenAI/valuation/2026']);
  const conflict = a.claims.find((c) => c.conflict);
  assert.ok(
    conflict?.statements.some((s) => s.itemId === 'it_old'),
    'the other source of the conflict comes along',
  );
  assert.deepEqual(
    a.deals.map((d) => `${d.from}->${d.to}`),
    ['SoftBank->OpenAI'],
  );
  assert.equal(a.section, '资本与市场');
  const b = selectStories(input, base).find((x) => x.story.id === 'st_b');
  assert.equal(b?.section, '技术突破与产品创新');
  assert.equal(b?.claims.length, 0);
});

test('selection invariants hold for any limits and watch terms', () => {
  fc.assert(
    fc.property(fc.nat(8), fc.nat(8), fc.subarray(['OpenAI', 'Mistral', '英伟达', 'Nvidia', 'chip', '医院']), (maxTop, maxMore, watch) => {
      const out = selectStories(input, { ...base, maxTop, maxMore, watch });
      assert.ok(out.length <= maxTop + maxMore);
      const firstMinor = out.findIndex((x) => x.minor);
      if (firstMinor >= 0) assert.ok(out.slice(firstMinor).every((x) => x.minor));
      assert.equal(out.filter((x) => !x.minor).length, Math.min(maxTop, out.length));
      assert.equal(new Set(out.map((x) => x.story.id)).size, out.length);
      for (const x of out) assert.ok(sections.some((s) => s.name === x.section));
    }),
  );
});

test('section classifier, Chinese and English', () => {
  const cases: [string, string[], string][] = [
    ['OpenAI 完成新一轮融资，投后估值 3000 亿美元', ['OpenAI'], '资本与市场'],
    ['Nvidia shares jump after earnings beat; market cap tops $4 trillion', ['Nvidia'], '资本与市场'],
    ['谷歌发布新一代多模态大模型，推理能力大幅提升', ['Google'], '技术突破与产品创新'],
    ['Google unveils a new chip architecture for training', ['Google'], '技术突破与产品创新'],
    ['某银行在客服中心部署智能客服，月活用户突破一千万', [], '应用落地与商业化'],
    ['Enterprise customers drive subscription adoption', [], '应用落地与商业化'],
    ['开源社区热度攀升，开发者生态持续壮大', [], '开源生态与产业趋势'],
    ['New weights posted', ['Hugging Face'], '开源生态与产业趋势'],
    ['公司宣布组织架构调整并任命新高管', [], '企业战略与行业动态'],
    ['Regulator opens antitrust probe; CEO resigns', [], '企业战略与行业动态'],
    ['天气晴朗', [], '更多动态'],
    ['The ipod-like gadget', [], '更多动态'],
  ];
  for (const [text, ents, want] of cases) assert.equal(classifySection(text, ents, sections), want, text);
});

test('loadSections: default order, and a clear error naming a bad file', () => {
  assert.deepEqual(
    sections.map((s) => s.name),
    ['资本与市场', '技术突破与产品创新', '应用落地与商业化', '开源生态与产业趋势', '企业战略与行业动态', '更多动态'],
  );
  const dir = mkdtempSync(join(tmpdir(), 'fb-sections-'));
  const bad = join(dir, 'sections.json');
  writeFileSync(bad, JSON.stringify({ sections: [{ keywords: ['x'] }] }));
  assert.throws(
    () => loadSections(bad),
    (e: Error) => e.message.includes(bad) && e.message.includes('no name'),
  );
  const custom = join(dir, 'custom.json');
  writeFileSync(
    custom,
    JSON.stringify([
      { name: '芯片', keywords: ['GPU'] },
      { name: '其他', fallback: true },
    ]),
  );
  const rules = loadSections(custom);
  assert.equal(classifySection('New GPU', [], rules), '芯片');
  assert.equal(classifySection('nothing', [], rules), '其他');
});
