/**
 * Owners of figures in enumerations and of figures next to descriptions that are no names. Sentences written for this
 * test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type SubjectCase, subjectCases } from '../../../test/fixtures/extract/subject-cases.js';
import { findEntities, loadGazetteer } from '../entities/index.js';

const DOC = '2026-05-14';

const CASES: SubjectCase[] = [
  // items joined by '、', each a name with its own amount: a later item's amount is its own name's
  [
    '该公司引入4名基石投资者，其中淡马锡认购1亿美元、阿布扎比投资局8000万美元、腾讯4000万美元、小米3000万美元。',
    [
      ['1亿美元', 'Temasek'],
      ['8000万美元', 'ADIA'],
      ['4000万美元', 'Tencent'],
      ['3000万美元', 'Xiaomi'],
    ],
  ],
  [
    '美股周四收盘，费城半导体指数涨2.1%，个股方面英伟达涨3.2%、美光大涨7.4%、博通涨1.1%。',
    [
      ['3.2%', 'Nvidia'],
      ['7.4%', 'Micron'],
      ['1.1%', 'Broadcom'],
    ],
  ],
  // '、' joining names, not figures: the items hold no amount of their own
  [
    '英伟达、美光股价分别上涨3.2%、7.4%。',
    [
      ['3.2%', 'Nvidia'],
      ['7.4%', 'Micron'],
    ],
  ],
];

subjectCases('enumerated items', CASES, DOC);

const gaz = loadGazetteer();
const discovered = (text: string) =>
  findEntities(text, gaz, { discover: true })
    .filter((m) => m.match === 'discovered')
    .map((m) => m.name);

test("a description before a role noun and the company's name is no name ('的无人机公司云翼达')", () => {
  assert.deepEqual(discovered('板块方面，去年上市的无人机公司云翼达表现平淡，收市跌2.3%。'), []);
  assert.deepEqual(discovered('港股方面，一家物流机器人公司极智嘉收市跌1.2%。'), []);
  // a name standing alone keeps its discovery
  assert.deepEqual(discovered('今年上市的云翼达机器人收市跌2.3%，云翼达机器人表示。'), ['云翼达机器人', '云翼达机器人']);
});

test("'不到公司账上现金的2%', '旗下公募基金' are no company names", () => {
  assert.deepEqual(discovered('回购总金额最高约新台币50亿元，不到公司账上现金的2%。'), []);
  assert.deepEqual(discovered('某券商旗下公募基金截至二季度末合计持有该股约0.6%的股份。'), []);
});

test("a business group of a company ('其基础设施方案业务集团') is its segment, no company name", () => {
  assert.deepEqual(discovered('其基础设施解决方案业务集团（ISG）第三财季营收达142亿美元，占集团当季总营收约271亿美元的比重约52%。'), []);
  assert.deepEqual(discovered('该公司云与智慧产业事业群营收同比增长9%。'), []);
});

subjectCases(
  'segment of the parent',
  [
    [
      '戴尔今日在投资者大会上披露，其基础设施解决方案业务集团（ISG）第三财季营收达 142 亿美元，同比增长 24%，占集团当季总营收约 271 亿美元的比重约 52%。',
      [
        ['142 亿美元', 'Dell'],
        ['约 271 亿美元', 'Dell'],
      ],
    ],
  ],
  DOC,
);

subjectCases(
  'respectively and earlier objects',
  [
    // 'respectively' closes the figures right before it, not every figure of the sentence
    [
      'Lenovo shares rose 2.1% in Hong Kong and are up 15% this year, while rivals Super Micro Computer and Hewlett Packard Enterprise gained 2.4% and 0.9%, respectively.',
      [
        ['2.1%', 'Lenovo'],
        ['2.4%', 'Supermicro'],
        ['0.9%', 'HPE'],
      ],
    ],
    // the object of the clause before ('向海光信息采购') is not the owner of the share that follows
    [
      '招股书显示，2025年云启科技前五大供应商采购额占比为72.3%，其中向海光信息采购约5.2亿元，占采购总额约28%。',
      [
        ['约5.2亿元', '云启科技'],
        ['约28%', '云启科技'],
      ],
    ],
  ],
  DOC,
);
