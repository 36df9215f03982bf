import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AllowedFigure } from '../../enrich/numeric-guard/index.js';
import { loadGazetteer } from '../../extract/index.js';
import type { ItemExtraction, KnowledgeSnapshot } from '../../store/types.js';
import type { Claim, Figure } from '../../types/index.js';
import { checkContext } from './context.js';
import { type CheckRule, checkDigest, earlierHeadlines } from './index.js';

const FRONT = '---\ntitle: 四巨头2026年资本开支约4100亿美元\ndate: 2026-11-22\ncategory: AI 日报\n---\n\n';

/** A digest an editor would publish: Chinese copy, outlets by name, the English original folded. */
const GOOD = `${FRONT}# 四巨头2026年资本开支约4100亿美元

## 四巨头2026年资本开支约4100亿美元

据财新统计，微软、谷歌、亚马逊和Meta四巨头2026年资本开支合计**约4100亿美元**，较上一年大幅增长。

四巨头2026年资本开支说法不一：路透社称**超过4000亿美元**，彭博称**约3800亿美元**，以原始来源为准。

来源：[财新](https://www.caixin.com/a)、[路透社](https://www.reuters.com/b)

---

## 亚马逊将向Anthropic追加投资最多250亿美元

据路透社报道，亚马逊将向Anthropic追加投资**最多250亿美元**。

<details>
<summary>英文原文</summary>
<p class="english-text">Amazon will invest $5 billion in Anthropic today and up to $20 billion more over the next two years, the companies said.</p>
</details>

来源：[路透社](https://www.reuters.com/c)

## 更多动态

- **月之暗面完成新一轮融资**：月之暗面本轮投后估值**超过40亿美元**。（来源：[财联社](https://www.cls.cn/d)）
`;

function fig(value: number, text: string): Figure {
  return { text, start: 0, end: text.length, kind: 'money', value, currency: 'USD', qualifier: 'approx' };
}
function claim(subject: string, metric: string, value: number): Claim {
  return {
    subject,
    metric,
    period: '2026',
    statements: [{ figure: fig(value, String(value)), itemId: `it_${subject}`, source: 's', line: 1, sentence: '', date: null }],
    conflict: false,
    latest: 0,
    mostCited: 0,
  };
}
const claims = [claim('Hyperscalers', 'capex', 4.1e11), claim('Amazon', 'capex', 1.25e11), claim('CoreWeave', 'debt', 2.5e10)];
const names = (s: string) => (s === 'Hyperscalers' ? ['Hyperscalers', '四巨头', 'Big Four'] : s === 'Amazon' ? ['Amazon', '亚马逊'] : [s]);
const allowed: AllowedFigure[] = [4.1e11, 4e11, 3.8e11, 2.5e10, 4e9, 1.25e11].map((value) => ({
  kind: 'money',
  value,
  currency: 'USD',
  text: '',
  origin: 'x',
}));

const rules = (md: string) => checkDigest(md, { claims, names, allowed }).map((p) => p.rule);

test('check: a publishable digest passes, with and without a store to trace against', () => {
  assert.deepEqual(checkDigest(GOOD), []);
  assert.deepEqual(checkDigest(GOOD, { claims, names, allowed }), []);
});

/** Bad digests, each breaking one rule of issue 11 the way real output did. */
const BAD: [CheckRule, string, string][] = [
  [
    'english-paragraph',
    'an English excerpt in the body',
    GOOD.replace(
      '据路透社报道，亚马逊将向Anthropic追加投资**最多250亿美元**。',
      '据路透社报道。英文原文摘录：Amazon will invest $5 billion in Anthropic today and up to $20 billion more over two years.',
    ),
  ],
  [
    'english-title',
    'an English title in 更多动态',
    GOOD.replace('**月之暗面完成新一轮融资**', '**Alibaba open-sources Qwen3.5-Coder for agentic coding（英文报道）**'),
  ],
  ['source-name', 'a file name as a source', GOOD.replace('来源：[路透社](https://www.reuters.com/c)', '来源：oped-0209.md')],
  ['source-name', 'a bare domain as a source', GOOD.replace('[财联社](https://www.cls.cn/d)', '[cls.cn](https://www.cls.cn/d)')],
  ['source-name', 'a domain cited in the text', GOOD.replace('据财新统计，', 'example.com称，')],
  ['half-width-punctuation', 'half-width marks in Chinese', GOOD.replace('较上一年大幅增长。', '较上一年(周四)大幅增长,创新高。')],
  [
    'repeated-sentence',
    'the same impact sentence under two stories',
    GOOD.replace(
      '来源：[路透社](https://www.reuters.com/c)',
      '据财新统计，微软、谷歌、亚马逊和Meta四巨头2026年资本开支合计约4100亿美元，较上一年大幅增长。\n\n来源：[路透社](https://www.reuters.com/c)',
    ),
  ],
  ['empty-bullet', 'an empty bullet', GOOD.replace('## 更多动态\n\n', '## 更多动态\n\n- \n')],
  ['empty-bullet', 'a bullet with only a label', GOOD.replace('## 更多动态\n\n', '## 更多动态\n\n- **关键数据：**\n')],
  [
    'bold-not-figure',
    'a glossary term in bold',
    GOOD.replace('较上一年大幅增长。', '较上一年大幅增长，带动**GPU**（Graphics Processing Unit: 图形处理器）需求。'),
  ],
  ['bold-untraced', 'a bold figure no source states', GOOD.replace('投后估值**超过40亿美元**', '投后估值**超过45亿美元**')],
  ['mixed-spacing', 'spaced-out numbers in Chinese text', GOOD.replace('投后估值**超过40亿美元**', '投后估值 **超过 40 亿美元**')],
  ['regional-wording', 'Taiwan finance words', GOOD.replace('较上一年大幅增长。', '较上一年大幅增长，税后纯益年增35%。')],
  ['regional-wording', 'a Taiwan 兆 of money', GOOD.replace('较上一年大幅增长。', '较上一年大幅增长，合并营收新台币1兆461亿元。')],
  [
    'headline-owner',
    'a group total given to one company',
    GOOD.replace('## 四巨头2026年资本开支约4100亿美元', '## 亚马逊2026年资本开支约4100亿美元'),
  ],
];

test('check fails: a 关键数据 bullet repeating the lead (key-data-repeat); a figure the lead does not print passes', () => {
  const sections = (bullet: string) =>
    `${FRONT}# 标题\n\n## 资本与市场\n\n### [四巨头2026年资本开支约4100亿美元](https://www.caixin.com/a)\n\n据财新统计，四巨头2026年资本开支合计**约4100亿美元**。\n\n**关键数据：**\n\n- ${bullet}\n`;
  const got = (md: string) => checkDigest(md).map((p) => p.rule);
  assert.ok(got(sections('四巨头2026年资本开支：**约4100亿美元**（来源：财新）')).includes('key-data-repeat'));
  assert.ok(!got(sections('亚马逊2026年资本开支：**超过1250亿美元**（来源：财新）')).includes('key-data-repeat'));
});

test('check: 市值 for the market value a drop was reckoned on passes; 市值 for the amount wiped fails (metric-word)', () => {
  const sentence = '按约4.7万亿美元的收盘市值计算，盘后跌幅相当于蒸发约1400亿美元市值。';
  const st = (value: number, text: string) => ({
    figure: { ...fig(value, text) },
    itemId: 'it_cap',
    source: 's',
    line: 1,
    sentence,
    date: null,
  });
  const capClaims: Claim[] = [
    {
      subject: 'Nvidia',
      metric: 'market-cap',
      period: 'unknown',
      statements: [st(4.7e12, '约4.7万亿美元')],
      conflict: false,
      latest: 0,
      mostCited: 0,
    },
    {
      subject: 'Nvidia',
      metric: 'market-cap-change',
      period: 'unknown',
      statements: [st(1.4e11, '约1400亿美元')],
      conflict: false,
      latest: 0,
      mostCited: 0,
    },
  ];
  const md = (bullet: string) =>
    `${FRONT}# 标题\n\n## 资本与市场\n\n### [英伟达股价下跌](https://www.cls.cn/a)\n\n英伟达盘后一度下跌3%。\n\n**关键数据：**\n\n- ${bullet}\n`;
  const got = (m: string) =>
    checkDigest(m, { claims: capClaims, names: (s) => (s === 'Nvidia' ? ['Nvidia', '英伟达'] : [s]) }).map((p) => p.rule);
  assert.ok(!got(md('英伟达市值：**约4.7万亿美元**（来源：财联社）')).includes('metric-word'));
  assert.ok(got(md('英伟达市值：**约1400亿美元**（来源：财联社）')).includes('metric-word'));
});

test('check fails: a bound printed as an exact amount (qualifier-lost); printed with its 逾 / 至少 it passes', () => {
  const bound = (q: Figure['qualifier'], text: string): Claim => ({
    subject: 'OpenAI',
    metric: 'funding',
    period: '2026',
    statements: [
      {
        figure: { ...fig(1e11, text), qualifier: q },
        itemId: 'it_bound',
        source: 's',
        line: 1,
        sentence: `OpenAI is raising ${text} in new funding.`,
        date: null,
      },
    ],
    conflict: false,
    latest: 0,
    mostCited: 0,
  });
  const md = (amount: string) =>
    GOOD.replace('据路透社报道，亚马逊将向Anthropic追加投资**最多250亿美元**。', `据路透社报道，OpenAI新一轮融资**${amount}**。`);
  const opts = (c: Claim) => ({
    claims: [...claims, c],
    names,
    allowed: [...allowed, { kind: 'money' as const, value: 1e11, currency: 'USD', text: '', origin: 'x' }],
  });
  const got = (m: string, c: Claim) => checkDigest(m, opts(c)).map((p) => p.rule);
  assert.ok(got(md('1000亿美元'), bound('min', '$100 billion-plus')).includes('qualifier-lost'), 'a -plus amount printed exact');
  assert.ok(!got(md('逾1000亿美元'), bound('min', '$100 billion-plus')).includes('qualifier-lost'), '逾 kept');
  assert.ok(!got(md('1000亿美元'), bound('exact', '$100 billion')).includes('qualifier-lost'), 'an exact source');
});

for (const [rule, what, md] of BAD) {
  test(`check fails: ${what} (${rule})`, () => {
    assert.ok(rules(md).includes(rule), `${rule} not found in ${JSON.stringify(checkDigest(md, { claims, names, allowed }))}`);
  });
}

test('check: problems carry the line of the file', () => {
  const md = GOOD.replace('来源：[路透社](https://www.reuters.com/c)', '来源：notes.txt');
  const p = checkDigest(md).find((x) => x.rule === 'source-name');
  assert.ok(p);
  assert.equal(md.split('\n')[p.line - 1], '来源：notes.txt');
});

test('check: a lead, a paragraph or a bullet that opens on a word pointing to a sentence not printed is refused', () => {
  const dependent = GOOD.replace('据财新统计，微软', '此外，微软');
  assert.ok(rules(dependent).includes('dependent-opening'), 'a lead opening on 此外');
  assert.ok(
    rules(GOOD.replace('：月之暗面本轮投后估值', '：该公司本轮投后估值')).includes('dependent-opening'),
    'a 更多动态 line on 该公司',
  );
  const sections = `${FRONT}# 标题\n\n## 资本与市场\n\n### [四巨头资本开支](https://www.caixin.com/a)\n\n据财新统计，四巨头资本开支**约4100亿美元**。\n\n**合作与交易：**\n\n- 另一方面，甲骨文追加了订单。\n\n**深度解读 & 洞察：**\n\n- 资金流向：亚马逊向Anthropic投资。\n`;
  const got = checkDigest(sections).filter((p) => p.rule === 'dependent-opening');
  assert.deepEqual(
    got.map((p) => p.text),
    ['- 另一方面，甲骨文追加了订单。'],
    'a source-sentence bullet; template bullets and the lead pass',
  );
  assert.ok(!rules(GOOD).includes('dependent-opening'));
});

test('check: a headline amount without its currency, a source dated after the day, a headline an earlier day printed', () => {
  assert.ok(
    rules(GOOD.replace('## 亚马逊将向Anthropic追加投资最多250亿美元', '## 四大云厂商资本开支合计约6600亿美元，亚马逊2000亿领跑')).includes(
      'headline-unit',
    ),
  );
  const dates = new Map([
    ['https://www.caixin.com/a', '2026-11-22'],
    ['https://www.reuters.com/b', '2026-11-24'],
  ]);
  const future = checkDigest(GOOD, { sourceDates: dates }).filter((p) => p.rule === 'future-source');
  assert.equal(future.length, 1);
  assert.match(future[0]?.message ?? '', /2026-11-24/);
  assert.deepEqual(
    checkDigest(GOOD, { sourceDates: new Map([['https://www.reuters.com/b', '2026-11-22T20:00:00Z']]) }).filter(
      (p) => p.rule === 'future-source',
    ),
    [],
    'an instant that is still 22 November somewhere',
  );
  const repeated = checkDigest(GOOD, { earlierHeadlines: ['亚马逊将向Anthropic追加投资最多250亿美元'] }).map((p) => p.rule);
  assert.ok(repeated.includes('repeated-headline'));
  assert.ok(!checkDigest(GOOD, { earlierHeadlines: ['亚马逊投资Anthropic（续报）'] }).some((p) => p.rule === 'repeated-headline'));
});

test('check: values on different bases written as a dispute are refused (say 口径不同)', () => {
  const st = (value: number, text: string, sentence: string, itemId: string) => ({
    figure: fig(value, text),
    itemId,
    source: itemId,
    line: 1,
    sentence,
    date: '2026-02-06',
  });
  const msft: Claim = {
    subject: 'Microsoft',
    metric: 'capex',
    period: 'FY2026Q2',
    statements: [
      st(3.75e10, '375亿美元', '公司第二财季资本开支为375亿美元，含融资租赁。', 'it_a'),
      st(3.49e10, '349亿美元', '导火索是当季349亿美元的资本开支。', 'it_b'),
    ],
    conflict: true,
    latest: 0,
    mostCited: 0,
  };
  const line = '微软2026财年第二财季资本开支各方说法不一：华尔街见闻称**375亿美元**，第一财经称**349亿美元**。';
  const md = `${FRONT}# 标题\n\n## 微软资本开支\n\n${line}\n`;
  assert.ok(
    checkDigest(md, { claims: [msft] })
      .map((p) => p.rule)
      .includes('basis-as-dispute'),
  );
  const basis = md.replace('各方说法不一', '口径不同').replace('**375亿美元**', '**375亿美元**（含融资租赁）');
  assert.ok(!checkDigest(basis, { claims: [msft] }).some((p) => p.rule === 'basis-as-dispute'));
});

test('check: the headlines of the days before are read from their digests, story headings only', () => {
  const digests = new Map([
    ['2026-02-25', '# 标题\n\n## 资本与市场\n\n### [英伟达营收681亿美元](https://x.com/a)\n\n## 更多动态\n'],
    ['2026-02-24', '# 标题\n\n## OpenAI融资\n\n## 更多动态\n'],
    ['2026-02-20', '# 标题\n\n## 太早的一天\n'],
    ['2026-02-26', '# 标题\n\n## 当天\n'],
  ]);
  assert.deepEqual(earlierHeadlines(digests, '2026-02-26'), ['英伟达营收681亿美元', 'OpenAI融资']);
});

/** Editorial rules (audit E): each bad digest breaks one, the way a golden digest did before. */
test('check: a headline over 30 characters is refused', () => {
  const md = GOOD.replace('## 亚马逊将向Anthropic追加投资最多250亿美元', '## 鸿海AI服务器营收同比增长逾170%，明年机柜出货预计增长一倍以上');
  assert.ok(checkDigest(md).some((p) => p.rule === 'headline-length'));
  assert.ok(!checkDigest(GOOD).some((p) => p.rule === 'headline-length'));
});

test('check: the same impact template under two stories, only the name changed, is refused', () => {
  const block = (name: string) => `\n**影响：**\n\n- 利好：${name}，营收增长验证了AI需求的商业化能力。\n`;
  const md = GOOD.replace('来源：[财新](https://www.caixin.com/a)', `${block('台积电')}\n来源：[财新](https://www.caixin.com/a)`).replace(
    '来源：[路透社](https://www.reuters.com/c)',
    `${block('英伟达')}\n来源：[路透社](https://www.reuters.com/c)`,
  );
  assert.ok(
    checkDigest(md).some((p) => p.rule === 'template-sentence'),
    JSON.stringify(checkDigest(md)),
  );
  // Two specific lines that share no template pass.
  const fine = md.replace('利好：英伟达，营收增长验证了AI需求的商业化能力。', '风险：甲骨文当季自由现金流为负，客户集中度高。');
  assert.ok(!checkDigest(fine).some((p) => p.rule === 'template-sentence'));
});

test('check: two stories comparing their own values with one earlier report are not a template', () => {
  const block = (v: string) =>
    `\n**深度解读 & 洞察：**\n\n- 与此前报道对比：甲报曾称某公司2026年第二季度利润为**40亿美元**，本次报道为**${v}**。\n`;
  const md = GOOD.replace('来源：[财新](https://www.caixin.com/a)', `${block('43亿美元')}\n来源：[财新](https://www.caixin.com/a)`).replace(
    '来源：[路透社](https://www.reuters.com/c)',
    `${block('37亿美元')}\n来源：[路透社](https://www.reuters.com/c)`,
  );
  assert.ok(md.includes('43亿美元') && md.includes('37亿美元'), 'both blocks placed');
  assert.ok(!checkDigest(md).some((p) => p.rule === 'template-sentence'), JSON.stringify(checkDigest(md)));
});

function stClaim(subject: string, metric: string, value: number, text: string, sentence: string, counterparty?: string): Claim {
  return {
    subject,
    metric,
    period: '2026',
    ...(counterparty ? { counterparty } : {}),
    statements: [
      { figure: { ...fig(value, text), qualifier: 'exact' }, itemId: `it_${subject}`, source: 's', line: 1, sentence, date: null },
    ],
    conflict: false,
    latest: 0,
    mostCited: 0,
  };
}

function keyData(line: string): string {
  return GOOD.replace('来源：[财新](https://www.caixin.com/a)', `**关键数据：**\n\n- ${line}\n\n来源：[财新](https://www.caixin.com/a)`);
}

test('check: a consensus estimate or a rumour in 关键数据 is refused; the company’s own figure passes', () => {
  const consensus = stClaim(
    'Nvidia',
    'revenue',
    6.56e10,
    '$65.6 billion',
    'Revenue: $68.13 billion vs. $65.6 billion expected by analysts, according to LSEG.',
  );
  const names2 = (s: string) => (s === 'Nvidia' ? ['Nvidia', '英伟达'] : [s]);
  const bad = keyData('英伟达第四财季营收：**656亿美元**（来源：CNBC）');
  assert.ok(checkDigest(bad, { claims: [consensus], names: names2 }).some((p) => p.rule === 'estimate-as-fact'));
  const rumour = stClaim('Oracle', 'debt', 3.8e10, '380亿美元', '据知情人士透露，甲骨文正与多家银行洽谈一笔约380亿美元的项目贷款。');
  assert.ok(checkDigest(keyData('甲骨文债务：**约380亿美元**'), { claims: [rumour] }).some((p) => p.rule === 'estimate-as-fact'));
  const own = stClaim('Nvidia', 'revenue', 6.81e10, '$68.1 billion', 'Nvidia reported revenue of $68.1 billion for the quarter.');
  assert.ok(
    !checkDigest(keyData('英伟达第四财季营收：**681亿美元**'), { claims: [own], names: names2 }).some((p) => p.rule === 'estimate-as-fact'),
  );
});

test('check: a 关键数据 label naming a measure its sources do not (合同 for a purchase, 市值 for value erased) is refused', () => {
  const buy = stClaim('Oracle', 'contract', 4e10, '约400亿美元', '甲骨文正向英伟达采购约400亿美元的GPU，用于阿比林的数据中心。', 'Nvidia');
  assert.ok(checkDigest(keyData('甲骨文与英伟达合同金额：**约400亿美元**'), { claims: [buy] }).some((p) => p.rule === 'metric-word'));
  assert.ok(!checkDigest(keyData('甲骨文向英伟达采购GPU：**约400亿美元**'), { claims: [buy] }).some((p) => p.rule === 'metric-word'));
  const erased = stClaim(
    'Oracle',
    'market-cap',
    3.8e11,
    '$380 billion',
    'Oracle shares have shed 40%, erasing about $380 billion in market value.',
  );
  assert.ok(checkDigest(keyData('甲骨文市值：**约3800亿美元**'), { claims: [erased] }).some((p) => p.rule === 'metric-word'));
  assert.ok(!checkDigest(keyData('甲骨文市值蒸发：**约3800亿美元**'), { claims: [erased] }).some((p) => p.rule === 'metric-word'));
});

test('check: a dispute between values that can both be true, and a firm amount added to a ceiling, are refused', () => {
  const compatible = GOOD.replace('彭博称**约3800亿美元**', '财新称**约4100亿美元**');
  assert.ok(checkDigest(compatible).some((p) => p.rule === 'compatible-as-dispute'));
  assert.ok(!checkDigest(GOOD).some((p) => p.rule === 'compatible-as-dispute'), '超过4000亿 against 约3800亿 is a dispute');
  const sum = GOOD.replace(
    '来源：[路透社](https://www.reuters.com/c)',
    '**深度解读 & 洞察：**\n\n- 合计测算：英伟达投资300亿美元＋最多1000亿美元，总计**最多1300亿美元**。\n\n来源：[路透社](https://www.reuters.com/c)',
  );
  assert.ok(checkDigest(sum).some((p) => p.rule === 'ceiling-sum'));
});

test('check: a headline figure is owned by the claims of its own story’s sources, not by another story’s same value', () => {
  // The Amazon story states 250亿美元 (its item it_Amazon2); Nvidia's 250亿美元 investment is another story's claim.
  const md = GOOD.replace('## 亚马逊将向Anthropic追加投资最多250亿美元', '## 亚马逊将向Anthropic追加投资250亿美元');
  const own: Claim = {
    ...claim('Amazon', 'investment', 2.5e10),
    statements: [{ ...claim('Amazon', 'investment', 2.5e10).statements[0]!, itemId: 'it_Amazon2' }],
  };
  const all = [...claims, own];
  const unscoped = checkDigest(md, { claims: [claim('Nvidia', 'investment', 2.5e10)], names, allowed });
  assert.ok(
    unscoped.some((p) => p.rule === 'headline-owner'),
    'without the story’s sources, the value is Nvidia’s',
  );
  const scoped = checkDigest(md, {
    claims: [claim('Nvidia', 'investment', 2.5e10)],
    names,
    allowed,
    itemIdsByUrl: new Map([['https://www.reuters.com/c', ['it_Amazon2']]]),
  });
  assert.ok(!scoped.some((p) => p.rule === 'headline-owner'), JSON.stringify(scoped));
  // Scoped to its sources, a figure given to the wrong company is still caught.
  const wrong = checkDigest(md.replace('## 亚马逊将向Anthropic追加投资250亿美元', '## 微软将向Anthropic追加投资250亿美元'), {
    claims: all,
    names,
    allowed,
    itemIdsByUrl: new Map([['https://www.reuters.com/c', ['it_Amazon2']]]),
  });
  assert.ok(
    wrong.some((p) => p.rule === 'headline-owner'),
    JSON.stringify(wrong),
  );
});

test('check context: a unit the pipeline counts as its owner’s, and a name the stored texts wrote, name their subject', () => {
  const gaz = loadGazetteer();
  const knowledge = { claims: [], derived: [], deals: [], cycles: [] } as unknown as KnowledgeSnapshot;
  const extractions = [
    {
      itemId: 'it_1',
      figures: [],
      entities: [{ name: 'Lumora Silicon', type: 'org', start: 0, end: 6, text: 'Lumora', match: 'discovered' }],
    },
  ] as unknown as ItemExtraction[];
  const opts = checkContext([], extractions, knowledge, gaz);
  assert.ok(opts.names?.('ByteDance').includes('火山引擎'), 'a unit of ByteDance');
  assert.ok(opts.names?.('Lumora Silicon').includes('Lumora'), 'a name the text wrote');
});

test('check: a holder named with a vehicle word owns its vehicle’s headline figure; a holder alone does not', () => {
  const jv = claim('Kestrel Data Holdings', 'debt', 1.8e10);
  const holders = (s: string) => (s === 'Kestrel Data Holdings' ? ['Amazon'] : []);
  const withVehicle = GOOD.replace('## 亚马逊将向Anthropic追加投资最多250亿美元', '## 亚马逊借道合资公司发债180亿美元');
  const bare = GOOD.replace('## 亚马逊将向Anthropic追加投资最多250亿美元', '## 亚马逊发债180亿美元');
  const rule = (md: string, h?: typeof holders) =>
    checkDigest(md, { claims: [jv], names, allowed, ...(h ? { holders: h } : {}) }).some((p) => p.rule === 'headline-owner');
  assert.ok(!rule(withVehicle, holders), 'Amazon holds the joint venture that issued the bonds');
  assert.ok(rule(withVehicle), 'without the stake, Amazon is not the issuer');
  assert.ok(rule(bare, holders), 'without a vehicle word, the headline gives the debt to Amazon itself');
});

test('check context: a stake or investment into an entity makes its payer a holder', () => {
  const gaz = loadGazetteer();
  const deal = (from: string, to: string, kind: string) => ({ from, to, kind, itemId: 'it_1', source: 's', sentence: 'x' });
  const knowledge = {
    claims: [],
    derived: [],
    deals: [deal('Meta', 'Lakeshore Compute Holdings', 'stake'), deal('Meta', 'Nvidia', 'purchase')],
    cycles: [],
  } as unknown as KnowledgeSnapshot;
  const opts = checkContext([], [], knowledge, gaz);
  assert.deepEqual(opts.holders?.('Lakeshore Compute Holdings'), ['Meta']);
  assert.deepEqual(opts.holders?.('Nvidia'), []);
});
