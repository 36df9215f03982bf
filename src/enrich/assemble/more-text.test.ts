/**
 * What a 更多动态 line says after its bold title (oneliner25): never the title again, never nothing while the story's
 * body has more to say.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { moreLine, moreText, saysHeadline } from './tidy.js';

test('saysHeadline: the title again, word for word or in template glue, with a citation opening', () => {
  assert.equal(saysHeadline('据路透社报道，某芯片公司预计第四财季营收为86亿美元。', '某芯片公司预计第四财季营收86亿美元'), true);
  assert.equal(saysHeadline('某芯片公司明年将上调价格5%至8%。', '某芯片公司明年将上调价格5%至8%'), true);
  assert.equal(saysHeadline('某芯片公司第三财季营收增长38%至78亿美元。', '某芯片公司预计第四财季营收86亿美元'), false);
});

test('moreText: a line that only says its title takes the body’s next sentence that says more', () => {
  const head = '某芯片公司预计第四财季营收86亿美元';
  const body = ['据路透社报道，某芯片公司预计第四财季营收为**86亿美元**。某芯片公司第三财季营收增长**38%**至**78亿美元**。'];
  assert.equal(
    moreText('据路透社报道，某芯片公司预计第四财季营收为86亿美元。', head, body, ['路透社']),
    '某芯片公司第三财季营收增长**38%**至**78亿美元**。',
  );
  // A sentence on a bare 公司 does not stand alone; with nothing else, the line's own sentence only says its title
  // again, so it says nothing (the line is then told as a flash), never `标题：标题为N。`.
  const bare = ['据路透社报道，某芯片公司预计第四财季营收为**86亿美元**。公司第三财季营收增长**38%**至**78亿美元**。'];
  assert.equal(moreText('据路透社报道，某芯片公司预计第四财季营收为86亿美元。', head, bare, ['路透社']), '');
  // A title with nothing after it (the line said only the title) takes the body's sentence too.
  const price = '某芯片公司明年将上调价格5%至8%';
  const said = ['某芯片公司明年将上调价格**5%**至**8%**。某芯片公司表示，人工智能芯片需求持续超过产能。'];
  assert.equal(moreText('某芯片公司明年将上调价格5%至8%。', price, said, []), '某芯片公司表示，人工智能芯片需求持续超过产能。');
});

test('moreText: a line saying more than its title stays; a story with nothing more keeps its line', () => {
  const head = '某云公司在手订单增至1300亿美元';
  assert.equal(moreText('某模型公司与某云公司签订价值224亿美元的合同。', head, [], []), '某模型公司与某云公司签订价值224亿美元的合同。');
  // A sentence leaning on one before it, or a comparison between outlets, is no line of its own.
  const lean = ['某云公司在手订单增至**1300亿美元**。此外，公司还上调了全年指引。', '与此前报道对比：甲媒体曾称在手订单为**1200亿美元**。'];
  assert.equal(moreText('某云公司在手订单增至1300亿美元。', head, lean, []), '');
});

test('moreLine: a line with nothing beyond its title is one plain sentence, never the title said twice', () => {
  const head = '某电商集团将向某实验室追加投资最多250亿美元';
  assert.deepEqual(moreLine('某电商集团将向某实验室追加投资最多250亿美元。', head, [], ['路透社']), {
    head: '',
    text: '某电商集团将向某实验室追加投资最多250亿美元。',
  });
  // The outlet its 来源 names is not cited again; the sentence is the line.
  const plan = '某电力公司将资本开支上调至720亿美元';
  assert.deepEqual(moreLine('据某媒体报道，某电力公司将资本开支上调至720亿美元。', plan, [], ['某媒体']), {
    head: '',
    text: '某电力公司将资本开支上调至720亿美元。',
  });
  // An event title with no sentence of its own is said as a sentence.
  assert.deepEqual(moreLine('', '某云厂商开源代码模型', [], []), { head: '', text: '某云厂商开源代码模型。' });
  // A line saying more than its title keeps the title bold.
  const more = moreLine('某云厂商开源代码模型，参数规模达到4800亿。', '某云厂商开源代码模型', [], []);
  assert.deepEqual(more, { head: '某云厂商开源代码模型', text: '参数规模达到4800亿。' });
});

test('saysHeadline: a Latin name the title says shorter (子公司) adds nothing: the line says its title again', () => {
  const head = '某云公司子公司举债72亿美元';
  assert.equal(saysHeadline('据路透社报道，Nimbus Compute Holdings举债72亿美元。', head), true);
  assert.deepEqual(moreLine('据路透社报道，Nimbus Compute Holdings举债72亿美元。', head, [], ['路透社']), {
    head: '',
    text: 'Nimbus Compute Holdings举债72亿美元。',
  });
  // A Latin name beside Chinese words the title leaves out is more.
  assert.equal(saysHeadline('Nimbus Compute Holdings以数据中心作抵押举债72亿美元。', head), false);
});
