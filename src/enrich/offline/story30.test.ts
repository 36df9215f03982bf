/**
 * story30 (issue 11): a multi-party financing in an English-only story is told with its instrument and direction — a
 * lender's loan to a borrower's vehicle is 「A向B提供N贷款」, never 「A向B投资N」 nor 「B举债N」. Hand-written fixtures.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { oneItemStory } from '../../../test/fixtures/enrich/bundles.js';
import { inAside } from './aside.js';
import { createOfflineEngine } from './engine.js';
import { flowInstrument } from './instrument.js';
import { withoutLegalTail } from './names.js';
import { periodStated, printsPeriod } from './stated-period.js';
import { defaultStoryTemplates } from './story-templates.js';

const engine = createOfflineEngine();
const t = defaultStoryTemplates();

test('flowInstrument: a loan or provided debt financing in the figure’s own clause; an equity round is none', () => {
  assert.equal(flowInstrument('Apollo agreed to lend $3 billion to the venture.', '$3 billion', t), 'loan');
  assert.equal(flowInstrument('Ares provided a $1.2 billion credit facility to Lumen Compute.', '$1.2 billion', t), 'loan');
  assert.equal(flowInstrument('Blackrock will provide $900 million of financing to the project.', '$900 million', t), 'financing');
  assert.equal(flowInstrument('Sequoia invested $300 million in Nimbus in a financing round.', '$300 million', t), undefined);
  assert.equal(flowInstrument('Sequoia invested $300 million in Nimbus.', '$300 million', t), undefined);
  // Another clause's loan is not this figure's instrument.
  assert.equal(flowInstrument('Sequoia invested $300 million in Nimbus; the startup also has a bank loan.', '$300 million', t), undefined);
});

test('a backing title over a loan edge: the lender provides the loan to the vehicle, no stake is told', async () => {
  const s = await engine.doWriteStory(
    oneItemStory(
      {
        title: 'Ares backs Lumen Compute data center buildout',
        text: 'Ares Management agreed to provide a $1.2 billion loan to Lumen Compute to pay for chips from its suppliers, the companies said on Monday.',
      },
      [],
      [['Ares Management', 'Lumen Compute', 'invest', 1.2e9]],
    ),
    'stories',
  );
  const text = `${s.headline}｜${s.paragraphs.join('｜')}`;
  assert.match(text, /向Lumen Compute提供\**12亿美元\**贷款/u, text);
  assert.doesNotMatch(text, /投资\**12亿美元/u, text);
});

test('a borrowing title whose debt a lender’s edge states: told from the lender, not as the borrower’s 举债', async () => {
  const s = await engine.doWriteStory(
    oneItemStory(
      {
        title: 'Lumen Compute borrows $2 billion for Texas campus',
        text: 'Lumen Compute has secured $2 billion of debt for its Texas campus, after Ares Management agreed to lend $2 billion to the company.',
      },
      [['Lumen Compute', 'debt', '2026', 2e9]],
      [['Ares Management', 'Lumen Compute', 'invest', 2e9]],
    ),
    'stories',
  );
  const text = `${s.headline}｜${s.paragraphs.join('｜')}`;
  assert.match(text, /向Lumen Compute提供\**20亿美元\**贷款/u, text);
  assert.doesNotMatch(text, /举债/u, text);
});

test('an investment claim with a counterparty whose clause says a loan is told as the loan', async () => {
  const s = await engine.doWriteStory(
    oneItemStory(
      {
        title: 'Lumen Compute plans second Texas campus',
        text: 'Lumen Compute said on Monday it plans a second campus in Texas. Ares Management agreed to lend $700 million to Lumen Compute for the site, the company said.',
      },
      [['Ares Management', 'investment', '2026', 7e8, 'Lumen Compute']],
    ),
    'stories',
  );
  const text = `${s.headline}｜${s.paragraphs.join('｜')}`;
  assert.match(text, /^[^｜]*向Lumen Compute提供\**7亿美元\**贷款｜/u, text);
  assert.match(text, /向Lumen Compute提供\**7亿美元\**贷款/u, text);
  assert.doesNotMatch(text, /向Lumen Compute投资/u, text);
});

test('periodStated: a period phrase of the sentence, no period, or the lead report’s own period; else a guessed label', () => {
  const item = { id: 'it1', date: '2026-05-14' };
  const fact = (sentence: string, period: string, subject = 'Lumen Compute') =>
    ({ sentence, claim: { period, subject }, item }) as unknown as Parameters<typeof periodStated>[0];
  assert.equal(periodStated(fact('The startup raised $2 billion from its investors.', '2026-05'), undefined), false);
  assert.equal(periodStated(fact('The quarter included a $90 million charge.', '2026Q1'), undefined), true);
  assert.equal(periodStated(fact('Its valuation stands at $9 billion.', 'unknown'), undefined), true);
  assert.equal(periodStated(fact('The startup raised $2 billion from its investors.', '2026'), undefined), true);
  assert.equal(printsPeriod('截至2026年5月，Lumen Compute融资为20亿美元。', '2026-05'), true);
  assert.equal(printsPeriod('Lumen Compute与Nebius签订价值34亿美元的合同。', '2026-05'), false);
  const lumenQ1 = { subject: 'Lumen Compute', period: '2026Q1' };
  assert.equal(periodStated(fact('Net income rose to $5 billion.', '2026Q1'), lumenQ1), true);
  assert.equal(periodStated(fact('Net income rose to $5 billion.', '2026Q1', 'Ares Management'), lumenQ1), false);
  assert.equal(periodStated(fact('Net income rose to $5 billion.', '2025'), lumenQ1), false);
});

test('a further figure whose sentence names no period is not told under a guessed one; a dated one is', async () => {
  const s = await engine.doWriteStory(
    oneItemStory(
      {
        title: 'Ares Management lends $1 billion to Lumen Compute',
        text: 'Ares Management will lend $1 billion to Lumen Compute for its Texas campus, the companies said on Tuesday. Lumen Compute raised $2 billion from investors led by Sequoia. Lumen Compute had revenue of $300 million in the first quarter.',
      },
      [
        ['Lumen Compute', 'funding', '2026-05', 2e9],
        ['Lumen Compute', 'revenue', '2026Q1', 3e8],
      ],
      [['Ares Management', 'Lumen Compute', 'invest', 1e9]],
    ),
    'stories',
  );
  const text = `${s.headline}｜${s.paragraphs.join('｜')}`;
  assert.doesNotMatch(text, /20亿美元/u, text);
  assert.match(text, /3亿美元/u, text);
});

test('an investment still to come in its own clause is told as one (将向…投资), never as money paid', async () => {
  const s = await engine.doWriteStory(
    oneItemStory(
      {
        title: 'Lumen Compute plans third Texas campus',
        text: 'Lumen Compute said on Monday it plans a third campus in Texas. Ares Management will contribute about $900 million of equity to Lumen Compute, the company said.',
      },
      [['Ares Management', 'investment', '2026', 9e8, 'Lumen Compute']],
    ),
    'stories',
  );
  const body = s.paragraphs.join('｜');
  assert.match(body, /将向Lumen Compute投资\**约9亿美元/u, body);
});

test('inAside: a figure of an aside after a name, not one of the event or of a clause after a figure', () => {
  const s1 = 'Ares Management, which manages $400 billion of assets, will lend $1 billion to Lumen Compute.';
  assert.equal(inAside(s1, '$400 billion', t), true);
  assert.equal(inAside(s1, '$1 billion', t), false);
  assert.equal(inAside('Halcyon Capital, an asset manager with $90 billion in assets, will buy a stake.', '$90 billion', t), true);
  assert.equal(
    inAside('Lumen Compute reported revenue of $3 billion, which rose 40% from a year earlier, beating estimates.', '40%', t),
    false,
  );
  assert.equal(inAside('Lumen Compute sold $2 billion of bonds, which mature in 2031.', '$2 billion', t), false);
});

test('an asset manager’s total assets in an aside are not told beside the vehicle’s financing', async () => {
  const s = await engine.doWriteStory(
    oneItemStory(
      {
        title: 'Ares Management lends $1 billion to Lumen Compute',
        text: 'Ares Management, which manages $400 billion of assets, will lend $1 billion to Lumen Compute for its Texas campus, the companies said on Tuesday.',
      },
      [['Ares Management', 'investment', 'unknown', 4e11]],
      [['Ares Management', 'Lumen Compute', 'invest', 1e9]],
    ),
    'stories',
  );
  const text = `${s.headline}｜${s.paragraphs.join('｜')}`;
  assert.match(text, /提供\**10亿美元\**贷款/u, text);
  assert.doesNotMatch(text, /4000亿美元/u, text);
});

test('a bridge loan received keeps its own words (获得…过桥贷款): one bank of its syndicate is not named its lender', async () => {
  const s = await engine.doWriteStory(
    oneItemStory(
      {
        title: 'Lumen Compute lines up $3 billion bridge loan',
        text: 'Lumen Compute secured a $3 billion bridge loan from a group of banks led by Ardent Bank and Halcyon Capital, people familiar said.',
      },
      [['Lumen Compute', 'debt', '2026', 3e9]],
      [['Halcyon Capital', 'Lumen Compute', 'invest', 3e9]],
    ),
    'stories',
  );
  const text = `${s.headline}｜${s.paragraphs.join('｜')}`;
  assert.match(text, /Lumen Compute[^｜]*获得\**30亿美元\**过桥贷款/u, text);
  assert.doesNotMatch(text, /向Lumen Compute提供/u, text);
});

test('withoutLegalTail: a legal form goes, a word of the name never leaves it as its first word alone', () => {
  assert.equal(withoutLegalTail('Lakeshore Compute Holdings'), 'Lakeshore Compute');
  assert.equal(withoutLegalTail('Lumen Compute Funding LLC'), 'Lumen Compute');
  assert.equal(withoutLegalTail('Ardent Corp.'), 'Ardent');
  assert.equal(withoutLegalTail('Halcyon Capital'), 'Halcyon Capital');
  assert.equal(withoutLegalTail('Halcyon Capital LLC'), 'Halcyon Capital LLC');
});

test('a long headline keeps a lender’s whole name (Halcyon Capital), not its first word', async () => {
  const s = await engine.doWriteStory(
    oneItemStory(
      {
        title: 'Halcyon Capital backs Lumen Compute',
        text: 'Halcyon Capital agreed to provide a $3 billion loan to Lumen Compute, people familiar said.',
      },
      [],
      [['Halcyon Capital', 'Lumen Compute', 'invest', 3e9]],
    ),
    'stories',
  );
  // On people familiar's word (decision 114): 传….
  assert.match(s.headline, /^传Halcyon Capital/u, s.headline);
});

test('a title’s share move (`X shares jump 11%`) is told by the share rule, never as a level a rule of any measure reads (股价增至11%)', async () => {
  const s = await engine.doWriteStory(
    oneItemStory(
      {
        title: 'Vantor Software shares jump 11% after quarterly results beat estimates',
        text: 'Shares of Vantor Software jumped 11% in extended trading on Tuesday after the data-analytics company reported results above estimates.',
      },
      [['Vantor Software', 'share-price', '2026-05-14', 11]],
    ),
    'stories',
  );
  const text = `${s.headline}｜${s.paragraphs.join('｜')}`;
  assert.match(text, /股价[^｜]{0,6}上涨\**11%/u, text);
  assert.doesNotMatch(text, /增至/u, text);
});
