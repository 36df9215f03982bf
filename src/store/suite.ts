/** The shared Store test suite every driver must pass (sqlite now, postgres later). */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { normalizeItem } from '../normalize/index.js';
import type { ItemDraft, NormalizedItem } from '../types/index.js';
import type { Store } from './types.js';

export function draft(title: string, text: string, date = '2026-11-22T08:00:00+08:00', extra: Partial<ItemDraft> = {}): ItemDraft {
  return {
    kind: 'article',
    format: 'markdown',
    title,
    url: `https://news.example/${encodeURIComponent(title)}`,
    date,
    author: null,
    raw: text,
    text,
    meta: {},
    pairs: [],
    links: [],
    messages: [],
    ...extra,
  };
}

export function sample(title: string, text: string, date?: string): NormalizedItem {
  return normalizeItem(draft(title, text, date));
}

/** Runs the suite against a fresh store from `open()` per test. */
export function testStore(name: string, open: () => Promise<Store>): void {
  describe(`Store suite: ${name}`, () => {
    test('sources upsert once and record health', async () => {
      const s = await open();
      const a = await s.upsertSource('feed', 'https://feeds.example/ai.xml');
      const b = await s.upsertSource('feed', 'https://feeds.example/ai.xml');
      assert.equal(a.id, b.id);
      await s.recordSourceHealth(a.id, { ok: false, error: '[ingest] [rss] not a feed' });
      await s.recordSourceHealth(a.id, { ok: true, items: 3, etag: '"x1"' });
      const got = await s.getSource('https://feeds.example/ai.xml');
      assert.equal(got?.lastError, '[ingest] [rss] not a feed');
      assert.equal(got?.itemsLastFetch, 3);
      assert.equal(got?.etag, '"x1"');
      assert.ok(got?.lastSuccessAt);
      await s.close();
    });

    test('saving the same items twice adds nothing the second time', async () => {
      const s = await open();
      const src = await s.upsertSource('file', '/tmp/a.md');
      const items = [
        sample('英伟达财报', '英伟达第三季度营收570亿美元。同比增长62%。'),
        sample('Oracle deal', 'Oracle signed a $300 billion contract. Shares rose 36%.'),
      ];
      const first = await s.saveItems(src.id, items);
      assert.equal(first.added.length, 2);
      const second = await s.saveItems(src.id, items);
      assert.equal(second.added.length, 0);
      assert.deepEqual(second.skipped.sort(), items.map((i) => i.id).sort());
      assert.equal(await s.countItems(), 2);
      const it = await s.getItem(items[0]!.id);
      assert.equal(it?.title, '英伟达财报');
      assert.equal(it?.source, '/tmp/a.md');
      assert.equal(it?.sentences.length, 2);
      assert.equal(it?.sentences[1]?.text, '同比增长62%。');
      await s.close();
    });

    test('a batch commits its writes together; a source the store refuses fails alone; a batch that throws leaves nothing', async (t) => {
      const s = await open();
      if (!s.batch) {
        t.skip('no batch on this driver');
        await s.close();
        return;
      }
      const good = sample('good', 'Good text.');
      const bad = { ...sample('bad', 'Bad text.'), kind: null as unknown as 'article' };
      await s.batch(async () => {
        const a = await s.upsertSource('file', '/batch/a.md');
        assert.equal((await s.saveItems(a.id, [good])).added.length, 1);
        const b = await s.upsertSource('file', '/batch/b.md');
        await assert.rejects(() => s.saveItems(b.id, [bad]));
        await s.recordSourceHealth(b.id, { ok: false, error: 'refused' });
        await s.recordSourceHealth(a.id, { ok: true, items: 1 });
      });
      assert.deepEqual(
        (await s.listItems()).map((i) => i.title),
        ['good'],
      );
      assert.equal((await s.getSource('/batch/b.md'))?.lastError, 'refused');
      assert.equal((await s.getSource('/batch/a.md'))?.itemsLastFetch, 1);
      await assert.rejects(
        () =>
          s.batch?.(async () => {
            const c = await s.upsertSource('file', '/batch/c.md');
            await s.saveItems(c.id, [sample('later', 'Later text.')]);
            throw new Error('stop');
          }) ?? Promise.resolve(),
        /stop/,
      );
      assert.equal(await s.countItems(), 1);
      assert.equal(await s.getSource('/batch/c.md'), undefined);
      await s.close();
    });

    test('an item repeated within one save is stored once, with its sentences once', async () => {
      const s = await open();
      const src = await s.upsertSource('file', '/tmp/twice.md');
      const a = sample('twice', '英伟达第三季度营收570亿美元。同比增长62%。');
      const r = await s.saveItems(src.id, [a, a]);
      assert.deepEqual(r, { added: [a.id], skipped: [a.id] });
      assert.equal((await s.getItem(a.id))?.sentences.length, a.sentences.length);
      await s.close();
    });

    test('items filter by date window and ids', async () => {
      const s = await open();
      const src = await s.upsertSource('file', '/tmp/b.md');
      const a = sample('a', 'Alpha text.', '2026-11-21T10:00:00Z');
      const b = sample('b', 'Beta text.', '2026-11-22T10:00:00Z');
      await s.saveItems(src.id, [a, b]);
      const day = await s.listItems({ since: '2026-11-22', until: '2026-11-23' });
      assert.deepEqual(
        day.map((i) => i.title),
        ['b'],
      );
      assert.deepEqual(
        (await s.listItems({ ids: [a.id] })).map((i) => i.title),
        ['a'],
      );
      assert.deepEqual(await s.listItems({ ids: [] }), []);
      const [full] = await s.listItems({ ids: [a.id] });
      const [lean] = await s.listItems({ ids: [a.id], withSentences: false });
      assert.ok((full?.sentences.length ?? 0) > 0, 'sentences by default');
      assert.deepEqual(lean?.sentences, [], 'none when not asked for');
      assert.equal(lean?.text, full?.text);
      assert.ok((full?.raw.length ?? 0) > 0, 'raw text by default');
      const [bare] = await s.listItems({ ids: [a.id], withSentences: false, withRaw: false });
      assert.equal(bare?.raw, '', 'no raw text when not asked for');
      assert.deepEqual({ ...bare, raw: full?.raw }, { ...lean }, 'every other field as read with it');
      await s.close();
    });

    test('stories replace assignments as a whole', async () => {
      const s = await open();
      const src = await s.upsertSource('file', '/tmp/c.md');
      const a = sample('a', 'Alpha one.');
      const b = sample('b', 'Beta two.');
      await s.saveItems(src.id, [a, b]);
      await s.saveStories([{ id: 'st_1', title: 'A', date: '2026-11-22', items: [a.id, b.id] }]);
      await s.saveStories([
        { id: 'st_2', title: 'A', date: '2026-11-22', items: [a.id] },
        { id: 'st_3', title: 'B', date: '2026-11-22', items: [b.id] },
      ]);
      const stories = await s.listStories('2026-11-22');
      assert.deepEqual(
        stories.map((x) => [x.id, x.items]),
        [
          ['st_2', [a.id]],
          ['st_3', [b.id]],
        ],
      );
      assert.equal((await s.getItem(b.id))?.story, 'st_3');
      await s.close();
    });

    test('extractions round-trip and are replaced, not duplicated', async () => {
      const s = await open();
      const src = await s.upsertSource('file', '/tmp/d.md');
      const a = sample('a', '微软投资超过80亿美元。');
      await s.saveItems(src.id, [a]);
      assert.deepEqual(await s.itemsWithoutExtraction(), [a.id]);
      const x = {
        itemId: a.id,
        figures: [
          {
            text: '超过80亿美元',
            start: 4,
            end: 11,
            kind: 'money' as const,
            value: 8e9,
            currency: 'USD',
            qualifier: 'min' as const,
            subject: 'Microsoft',
            metric: 'investment',
          },
        ],
        entities: [{ name: 'Microsoft', type: 'org' as const, start: 0, end: 2, text: '微软', match: 'alias' as const }],
      };
      await s.saveExtractions([x]);
      await s.saveExtractions([x]);
      const got = await s.getExtractions([a.id]);
      assert.equal(got.length, 1);
      assert.deepEqual(got[0], x);
      assert.deepEqual(await s.itemsWithoutExtraction(), []);
      await s.close();
    });

    test('cluster evidence: the names and the figures of the kinds asked for, in stored order, as getExtractions has them', async () => {
      const s = await open();
      const src = await s.upsertSource('file', '/tmp/evidence.md');
      const a = sample('a', 'Nvidia revenue rose 62% to $57 billion; it shipped 3 million GPUs.');
      const b = sample('b', '阿里巴巴收入在900亿至950亿元之间。');
      const c = sample('c', 'No extraction stored yet.');
      await s.saveItems(src.id, [a, b, c]);
      const at = { qualifier: 'exact' as const, start: 0, end: 1 };
      const mention = (name: string, text: string) => ({ name, type: 'org' as const, start: 0, end: 1, text, match: 'alias' as const });
      await s.saveExtractions([
        {
          itemId: a.id,
          figures: [
            { ...at, text: '62%', kind: 'percent' as const, value: 62, subject: 'Nvidia', metric: 'revenue', direction: 'up' as const },
            { ...at, text: '3 million', kind: 'count' as const, value: 3e6, subject: 'Nvidia' },
            { ...at, text: '$57 billion', kind: 'money' as const, value: 5.7e10, currency: 'USD', subject: 'Nvidia', metric: 'revenue' },
          ],
          entities: [mention('Nvidia', 'Nvidia'), mention('Nvidia', 'it')],
        },
        {
          itemId: b.id,
          figures: [{ ...at, text: '900亿至950亿元', kind: 'money' as const, low: 9e10, high: 9.5e10, currency: 'CNY', period: '2026' }],
          entities: [mention('Alibaba', '阿里巴巴')],
        },
      ]);
      const ids = [b.id, c.id, a.id];
      const kinds = ['money', 'percent'] as const;
      const projected = (await s.getExtractions(ids)).map((x) => ({
        itemId: x.itemId,
        figures: x.figures
          .filter((f) => (kinds as readonly string[]).includes(f.kind))
          .map(({ kind, value, low, high, currency, subject }) => ({
            kind,
            ...(value !== undefined ? { value } : {}),
            ...(low !== undefined ? { low } : {}),
            ...(high !== undefined ? { high } : {}),
            ...(currency !== undefined ? { currency } : {}),
            ...(subject !== undefined ? { subject } : {}),
          })),
        entities: x.entities.map((m) => ({ name: m.name })),
      }));
      const got = await s.getClusterEvidence(ids, kinds);
      assert.deepEqual(got, projected);
      assert.deepEqual(
        got.map((x) => x.figures.map((f) => f.kind)),
        [['money'], [], ['percent', 'money']],
      );
      assert.deepEqual((await s.getClusterEvidence([a.id], ['count']))[0]?.figures, [{ kind: 'count', value: 3e6, subject: 'Nvidia' }]);
      assert.deepEqual(await s.getClusterEvidence([], kinds), []);
      await s.close();
    });

    test('itemsExtractedBefore lists the items extracted before a time, never a quarantined one', async () => {
      const s = await open();
      const src = await s.upsertSource('file', '/tmp/old.md');
      const [a, b, c] = [sample('a', '营收增长5%。'), sample('b', '利润下降3%。'), sample('c', '订单增长8%。')];
      await s.saveItems(src.id, [a, b, c]);
      assert.deepEqual(await s.itemsExtractedBefore(new Date(Date.now() + 60_000).toISOString()), []);
      await s.saveExtractions([a, b, c].map((i) => ({ itemId: i.id, figures: [], entities: [] })));
      await new Promise((r) => setTimeout(r, 5));
      const since = new Date().toISOString();
      await new Promise((r) => setTimeout(r, 5));
      assert.deepEqual(await s.itemsExtractedBefore(since), [a.id, b.id, c.id].sort());
      await s.saveExtractions([{ itemId: b.id, figures: [], entities: [] }]);
      await s.quarantineItem(c.id, 'extract', 'too long');
      assert.deepEqual(await s.itemsExtractedBefore(since), [a.id]);
      await s.close();
    });

    test('itemsNaming finds the items whose mentions or figures name a name', async () => {
      const s = await open();
      const src = await s.upsertSource('file', '/tmp/n.md');
      const a = sample('a', '瀚芯科技今起招股。');
      const b = sample('b', '高瓴投资瀚芯。');
      const c = sample('c', '微软投资OpenAI。');
      await s.saveItems(src.id, [a, b, c]);
      const mention = (name: string, text: string) => ({
        name,
        type: 'org' as const,
        start: 0,
        end: text.length,
        text,
        match: 'discovered' as const,
      });
      const money = { text: '1亿元', start: 0, end: 3, kind: 'money' as const, value: 1e8, currency: 'CNY', qualifier: 'exact' as const };
      await s.saveExtractions([
        { itemId: a.id, figures: [], entities: [mention('瀚芯科技', '瀚芯科技')] },
        { itemId: b.id, figures: [{ ...money, subject: 'Hillhouse Capital', counterparty: '瀚芯科技' }], entities: [] },
        { itemId: c.id, figures: [{ ...money, subject: 'Microsoft' }], entities: [mention('OpenAI', 'OpenAI')] },
      ]);
      assert.deepEqual(await s.itemsNaming(['瀚芯科技']), [a.id, b.id].sort());
      assert.deepEqual(await s.itemsNaming(['Microsoft', 'nobody']), [c.id]);
      assert.deepEqual(await s.itemsNaming([]), []);
      await s.close();
    });

    test('a quarantined item is skipped by every stage, listed with its reason, and can be removed', async () => {
      const s = await open();
      const src = await s.upsertSource('file', '/tmp/q.md');
      const a = sample('dense', 'Revenue rose 5%, margin 6%.');
      const b = sample('fine', 'Oracle signed a $300 billion contract.');
      await s.saveItems(src.id, [a, b]);
      await s.saveExtractions([{ itemId: a.id, figures: [], entities: [] }]);
      await s.saveStories([{ id: 'st_a', title: 'dense', date: '2026-11-22', items: [a.id] }]);
      await s.quarantineItem(a.id, 'extract', '[extract] 160000 figures (limit 20000)');
      await s.quarantineItem('it_missing', 'extract', 'no such item');
      assert.deepEqual(await s.itemsWithoutExtraction(), [b.id]);
      assert.deepEqual(await s.getExtractions(), []);
      assert.deepEqual(
        (await s.listStories()).map((x) => x.id),
        [],
      );
      assert.deepEqual(
        (await s.listItems()).map((i) => i.id),
        [b.id],
      );
      assert.equal((await s.listItems({ withQuarantined: true })).length, 2);
      const q = await s.listQuarantine();
      assert.deepEqual(
        q.map((x) => [x.itemId, x.stage, x.reason, x.source]),
        [[a.id, 'extract', '[extract] 160000 figures (limit 20000)', '/tmp/q.md']],
      );
      assert.deepEqual(await s.remove(a.id), { items: [a.id], sources: [] });
      assert.deepEqual(await s.listQuarantine(), []);
      assert.equal(await s.countItems(), 1);
      assert.deepEqual(await s.search('Revenue'), []);
      assert.equal(await s.check(), 'ok');
      await s.close();
    });

    test('removing a source deletes its items and everything derived from them, and nothing else', async () => {
      const s = await open();
      const bad = await s.upsertSource('feed', 'https://bad.example/feed.xml');
      const good = await s.upsertSource('file', '/tmp/good.md');
      const a = sample('bad one', 'Nvidia invested $5 billion in Intel.');
      const b = sample('bad two', '微软投资超过80亿美元。');
      const c = sample('good', 'Oracle signed a $300 billion contract.');
      await s.saveItems(bad.id, [a, b]);
      await s.saveItems(good.id, [c]);
      await s.saveExtractions([a, b, c].map((i) => ({ itemId: i.id, figures: [], entities: [] })));
      await s.saveStories([
        { id: 'st_ab', title: 'bad', date: null, items: [a.id, b.id] },
        { id: 'st_c', title: 'good', date: null, items: [c.id] },
      ]);
      assert.deepEqual(await s.remove('nothing-like-this'), { items: [], sources: [] });
      const r = await s.remove('https://bad.example/feed.xml');
      assert.deepEqual(r, { items: [a.id, b.id].sort(), sources: ['https://bad.example/feed.xml'] });
      assert.deepEqual(
        (await s.listItems()).map((i) => i.id),
        [c.id],
      );
      assert.deepEqual(
        (await s.getExtractions()).map((x) => x.itemId),
        [c.id],
      );
      assert.deepEqual(
        (await s.listStories()).map((x) => x.id),
        ['st_c'],
      );
      assert.deepEqual(
        (await s.listSources()).map((x) => x.locator),
        ['/tmp/good.md'],
      );
      assert.deepEqual(await s.remove(String(good.id)), { items: [c.id], sources: ['/tmp/good.md'] });
      assert.equal(await s.countItems(), 0);
      assert.equal(await s.check(), 'ok');
      await s.close();
    });

    test('knowledge snapshot replaces the previous one', async () => {
      const s = await open();
      const snap = { claims: [], deals: [], derived: [], cycles: [['Nvidia', 'OpenAI']] };
      await s.saveKnowledge(snap);
      await s.saveKnowledge(snap);
      assert.deepEqual(await s.getKnowledge(), snap);
      await s.close();
    });

    test('search finds Chinese and English text', async () => {
      const s = await open();
      const src = await s.upsertSource('file', '/tmp/e.md');
      await s.saveItems(src.id, [
        sample('甲骨文云合同', '甲骨文与OpenAI签署价值3000亿美元的云合同。'),
        sample('Broadcom', 'Broadcom shipped custom accelerators.'),
      ]);
      assert.equal((await s.search('云合同'))[0]?.title, '甲骨文云合同');
      assert.equal((await s.search('甲骨文'))[0]?.title, '甲骨文云合同');
      assert.equal((await s.search('accelerators'))[0]?.title, 'Broadcom');
      assert.equal((await s.search('云'))[0]?.title, '甲骨文云合同');
      assert.deepEqual(await s.search('"; DROP TABLE items; --'), []);
      await s.close();
    });

    test('search: two- and three-character Chinese words, English words, AND of terms, removal', async () => {
      const s = await open();
      const src = await s.upsertSource('file', '/tmp/search.md');
      const other = await s.upsertSource('file', '/tmp/search-other.md');
      const items = [
        sample('谷歌扩建数据中心', '谷歌母公司Alphabet表示，今年将在俄克拉何马州新建两座数据中心，资本开支继续上调。'),
        sample('微软与OpenAI续签协议', '微软与OpenAI续签云服务协议，合同期限延长至2032年，金额未披露。'),
        sample('歌手与谷物', '一位歌手在发布会上谈到谷物价格，与科技公司无关。'),
        sample('Nvidia earnings', 'Nvidia reported record data-center revenue as GPU shipments rose; hyperscalers kept ordering.'),
        sample('Cloud spending', 'Microsoft said its cloud capex would keep rising next year, mostly for GPUs and power.'),
        sample('英伟达出口', '英伟达表示，H20芯片的出口许可仍在审查中。'),
      ];
      await s.saveItems(src.id, items.slice(0, 5));
      await s.saveItems(other.id, items.slice(5));
      const titles = async (q: string) => (await s.search(q)).map((h) => h.title).sort();
      // Two characters: the word, not its characters apart (歌手与谷物 holds 谷 and 歌, never 谷歌).
      assert.deepEqual(await titles('谷歌'), ['谷歌扩建数据中心']);
      assert.deepEqual(await titles('微软'), ['微软与OpenAI续签协议']);
      assert.deepEqual(await titles('数据中心'), ['谷歌扩建数据中心']);
      assert.deepEqual(await titles('英伟达'), ['英伟达出口']);
      assert.deepEqual(await titles('伟达'), ['英伟达出口'], 'the inside of a word matches too');
      assert.deepEqual(await titles('达英'), [], 'characters out of order do not');
      // English: whole words, case-folded; several terms are ANDed, across languages too.
      assert.deepEqual(await titles('NVIDIA'), ['Nvidia earnings']);
      assert.deepEqual(await titles('gpu'), ['Nvidia earnings']);
      assert.deepEqual(await titles('GPUs power'), ['Cloud spending']);
      assert.deepEqual(await titles('OpenAI 续签'), ['微软与OpenAI续签协议']);
      assert.deepEqual(await titles('openai 谷歌'), []);
      assert.deepEqual(await titles('！？'), [], 'no word: no hits');
      // A hit's snippet shows the match.
      const hit = (await s.search('出口许可'))[0];
      assert.equal(hit?.title, '英伟达出口');
      assert.match(hit?.snippet ?? '', /出口许可/);
      assert.ok((hit?.score ?? 0) > 0, 'higher scores are better matches');
      // A title match ranks above a text-only match.
      const ranked = await s.search('数据中心 资本开支');
      assert.equal(ranked[0]?.title, '谷歌扩建数据中心');
      // Removed items leave the index with them.
      await s.remove('/tmp/search-other.md');
      assert.deepEqual(await titles('英伟达'), []);
      await s.remove(items[0]?.id ?? '');
      assert.deepEqual(await titles('谷歌'), []);
      assert.deepEqual(await titles('微软'), ['微软与OpenAI续签协议']);
      assert.equal(await s.check(), 'ok');
      await s.close();
    });

    test('push log reserves once, then marks sent', async () => {
      const s = await open();
      assert.equal(await s.pushLog.reserve('telegram', 'digest:2026-11-22'), true);
      assert.equal(await s.pushLog.reserve('telegram', 'digest:2026-11-22'), false);
      await s.pushLog.markSent('telegram', 'digest:2026-11-22', 'message 42');
      assert.equal(await s.pushLog.has('telegram', 'digest:2026-11-22'), true);
      assert.equal(await s.pushLog.has('webhook', 'digest:2026-11-22'), false);
      await s.pushLog.release('telegram', 'digest:2026-11-22'); // a sent entry is never released
      assert.equal((await s.pushLog.list('telegram'))[0]?.status, 'sent');
      await s.close();
    });

    test('cache and ledger persist', async () => {
      const s = await open();
      assert.equal(await s.cache.get('llm', 'k'), undefined);
      await s.cache.put('llm', 'k', '{"a":1}');
      await s.cache.put('llm', 'k', '{"a":2}');
      assert.equal(await s.cache.get('llm', 'k'), '{"a":2}');
      await s.ledger.add({
        at: '2026-11-22T00:00:00Z',
        model: 'm',
        promptTokens: 10,
        completionTokens: 5,
        cost: 0.001,
        cached: false,
        purpose: 'story',
      });
      assert.equal((await s.ledger.list())[0]?.promptTokens, 10);
      assert.equal(await s.check(), 'ok');
      await s.close();
    });

    // Every method of the Store, so a new driver (PostgreSQL) is held to what the SQLite one does.
    test('sources: listing in creation order, unknown locators, refused keys kept until a success', async () => {
      const s = await open();
      assert.deepEqual(await s.listSources(), []);
      assert.equal(await s.getSource('https://nowhere.example/feed.xml'), undefined);
      const a = await s.upsertSource('feed', 'https://feeds.example/b.xml');
      const b = await s.upsertSource('file', '/tmp/a.md');
      assert.deepEqual(
        (await s.listSources()).map((x) => [x.id, x.kind, x.locator]),
        [
          [a.id, 'feed', 'https://feeds.example/b.xml'],
          [b.id, 'file', '/tmp/a.md'],
        ],
      );
      await s.recordSourceHealth(a.id, { ok: false, error: 'too big', refusedKey: 'sha:1' });
      await s.recordSourceHealth(a.id, { ok: false, error: 'timeout' });
      assert.equal((await s.getSource(a.locator))?.refusedKey, 'sha:1', 'a later failure keeps the refused key');
      await s.recordSourceHealth(a.id, { ok: true, items: 0, title: 'B feed', lastModified: 'Sat, 21 Nov 2026 08:00:00 GMT' });
      const got = await s.getSource(a.locator);
      assert.equal(got?.refusedKey ?? null, null);
      assert.equal(got?.title, 'B feed');
      assert.equal(got?.lastModified, 'Sat, 21 Nov 2026 08:00:00 GMT');
      await s.recordSourceHealth(a.id, { ok: true, items: 2 });
      assert.equal((await s.getSource(a.locator))?.title, 'B feed', 'a success without a title keeps the known one');
      await s.close();
    });

    test('items: kind filter, date order with undated first, count, unknown ids', async () => {
      const s = await open();
      const src = await s.upsertSource('file', '/tmp/k.md');
      const art = sample('article', 'Nvidia shipped GB300 racks.', '2026-11-22T09:00:00Z');
      const talk = normalizeItem(draft('call', 'Jensen Huang said demand is strong.', '2026-11-21T09:00:00Z', { kind: 'transcript' }));
      const undated = normalizeItem({ ...draft('undated', 'A note without a date.'), date: null });
      await s.saveItems(src.id, [art, talk, undated]);
      assert.equal(await s.countItems(), 3);
      assert.deepEqual(
        (await s.listItems({ kind: 'transcript' })).map((i) => i.title),
        ['call'],
      );
      assert.deepEqual(
        (await s.listItems({ withSentences: false })).map((i) => i.title),
        ['undated', 'call', 'article'],
      );
      assert.deepEqual(
        (await s.listItems({ since: '2026-11-21', kind: 'article' })).map((i) => i.title),
        ['article'],
      );
      assert.equal(await s.getItem('it_nope'), undefined);
      assert.deepEqual(await s.listItems({ ids: ['it_nope'] }), []);
      const got = await s.getItem(talk.id);
      assert.equal(got?.kind, 'transcript');
      assert.equal(got?.sourceId, src.id);
      assert.equal(got?.story, null);
      assert.ok(got?.ingestedAt);
      await s.close();
    });

    test('stories: every day listed without a date, members in date order, empty replacement clears', async () => {
      const s = await open();
      const src = await s.upsertSource('file', '/tmp/s.md');
      const a = sample('a', 'Alpha one.', '2026-11-22T10:00:00Z');
      const b = sample('b', 'Beta two.', '2026-11-22T08:00:00Z');
      const c = sample('c', 'Gamma three.', '2026-11-21T08:00:00Z');
      await s.saveItems(src.id, [a, b, c]);
      await s.saveStories([
        { id: 'st_x', title: 'X', date: '2026-11-22', items: [a.id, b.id] },
        { id: 'st_y', title: 'Y', date: '2026-11-21', items: [c.id] },
      ]);
      assert.deepEqual(
        (await s.listStories()).map((x) => [x.id, x.date, x.items]),
        [
          ['st_y', '2026-11-21', [c.id]],
          ['st_x', '2026-11-22', [b.id, a.id]],
        ],
      );
      assert.deepEqual(await s.listStories('2026-11-20'), []);
      await s.saveStories([]);
      assert.deepEqual(await s.listStories(), []);
      assert.equal((await s.getItem(a.id))?.story, null);
      await s.close();
    });

    test('extractions: all of them without ids, in id order, figures with ranges and flags, a re-quarantine replaces the reason', async () => {
      const s = await open();
      const src = await s.upsertSource('file', '/tmp/x.md');
      const a = sample('a', '营收在100亿至120亿美元之间，并非50亿美元。');
      const b = sample('b', 'Revenue grew 12%.');
      await s.saveItems(src.id, [a, b]);
      const fa = {
        itemId: a.id,
        figures: [
          {
            text: '100亿至120亿美元',
            start: 3,
            end: 13,
            kind: 'money' as const,
            low: 1e10,
            high: 1.2e10,
            currency: 'USD',
            qualifier: 'exact' as const,
          },
          {
            text: '50亿美元',
            start: 17,
            end: 22,
            kind: 'money' as const,
            value: 5e9,
            currency: 'USD',
            qualifier: 'exact' as const,
            negated: true,
          },
        ],
        entities: [],
      };
      const fb = {
        itemId: b.id,
        figures: [
          {
            text: '12%',
            start: 12,
            end: 15,
            kind: 'percent' as const,
            value: 12,
            unit: '%',
            qualifier: 'exact' as const,
            direction: 'up' as const,
            counterparty: 'Nobody',
          },
        ],
        entities: [],
      };
      await s.saveExtractions([fb, fa]);
      const all = await s.getExtractions();
      assert.deepEqual(
        all.map((x) => x.itemId),
        [a.id, b.id].sort(),
      );
      assert.deepEqual(
        all.find((x) => x.itemId === a.id),
        fa,
      );
      assert.deepEqual(
        all.find((x) => x.itemId === b.id),
        fb,
      );
      assert.deepEqual(await s.getExtractions([]), []);
      await s.quarantineItem(b.id, 'extract', 'first reason');
      await s.quarantineItem(b.id, 'knowledge', 'second reason');
      assert.deepEqual(
        (await s.listQuarantine()).map((q) => [q.itemId, q.stage, q.reason]),
        [[b.id, 'knowledge', 'second reason']],
      );
      assert.deepEqual(
        (await s.getExtractions()).map((x) => x.itemId),
        [a.id],
      );
      await s.close();
    });

    test('knowledge: every kind round-trips in order', async () => {
      const s = await open();
      const snap = {
        claims: [
          { subject: 'Nvidia', metric: 'revenue', period: 'FY2026Q3' },
          { subject: 'Oracle', metric: 'backlog', period: null },
        ],
        deals: [{ from: 'Nvidia', to: 'OpenAI', kind: 'investment' }],
        derived: [{ text: 'x' }],
        cycles: [['Nvidia', 'OpenAI', 'Oracle']],
      } as unknown as Parameters<typeof s.saveKnowledge>[0];
      await s.saveKnowledge(snap);
      assert.deepEqual(await s.getKnowledge(), snap);
      await s.saveKnowledge({ claims: [], deals: [], derived: [], cycles: [] });
      assert.deepEqual(await s.getKnowledge(), { claims: [], deals: [], derived: [], cycles: [] });
      await s.close();
    });

    test('search: words AND-ed, two-character Chinese words, limit, nothing for punctuation only', async () => {
      const s = await open();
      const src = await s.upsertSource('file', '/tmp/f.md');
      await s.saveItems(src.id, [
        sample('谷歌云', '谷歌云第三季度收入增长34%。'),
        sample('微软云', '微软智能云收入增长28%。'),
        sample('GPU supply', 'Nvidia GPU supply stays tight in Q4.'),
      ]);
      assert.deepEqual(
        (await s.search('谷歌')).map((h) => h.title),
        ['谷歌云'],
      );
      assert.deepEqual((await s.search('收入增长')).map((h) => h.title).sort(), ['微软云', '谷歌云'].sort());
      assert.deepEqual(
        (await s.search('收入 微软')).map((h) => h.title),
        ['微软云'],
      );
      assert.deepEqual(
        (await s.search('gpu TIGHT')).map((h) => h.title),
        ['GPU supply'],
      );
      assert.equal((await s.search('收入', 1)).length, 1);
      assert.deepEqual(await s.search('  ，。！ '), []);
      const [hit] = await s.search('谷歌');
      assert.ok(hit?.snippet.includes('谷歌') && hit.score > 0);
      await s.close();
    });

    test('push log: release frees a reservation for a later run, listing by channel and in all', async () => {
      const s = await open();
      assert.equal(await s.pushLog.reserve('webhook', 'digest:2026-11-22'), true);
      await s.pushLog.release('webhook', 'digest:2026-11-22');
      assert.equal(await s.pushLog.has('webhook', 'digest:2026-11-22'), false);
      assert.equal(await s.pushLog.reserve('webhook', 'digest:2026-11-22'), true, 'reserved again after the release');
      assert.equal(await s.pushLog.reserve('telegram', 'digest:2026-11-22'), true, 'channels are independent');
      await s.pushLog.markSent('telegram', 'digest:2026-11-22');
      assert.deepEqual((await s.pushLog.list()).map((r) => [r.channel, r.key, r.status]).sort(), [
        ['telegram', 'digest:2026-11-22', 'sent'],
        ['webhook', 'digest:2026-11-22', 'reserved'],
      ]);
      assert.deepEqual(
        (await s.pushLog.list('webhook')).map((r) => r.status),
        ['reserved'],
      );
      await s.close();
    });

    test('cache namespaces are separate; the ledger lists a window from a time on, in insertion order', async () => {
      const s = await open();
      await s.cache.put('llm', 'k', 'a');
      await s.cache.put('other', 'k', 'b');
      assert.equal(await s.cache.get('llm', 'k'), 'a');
      assert.equal(await s.cache.get('other', 'k'), 'b');
      const entry = (at: string, cost: number, cached = false) => ({
        at,
        model: 'm',
        promptTokens: 100,
        completionTokens: 20,
        cost,
        cached,
        purpose: `story:${at}`,
      });
      await s.ledger.add(entry('2026-11-21T23:59:59.000Z', 0.5));
      await s.ledger.add(entry('2026-11-22T08:00:00.000Z', 0.25));
      await s.ledger.add(entry('2026-11-22T09:00:00.000Z', 0, true));
      const day = await s.ledger.list('2026-11-22T00:00:00.000Z');
      assert.deepEqual(
        day.map((e) => [e.cost, e.cached]),
        [
          [0.25, false],
          [0, true],
        ],
      );
      assert.equal((await s.ledger.list()).length, 3);
      assert.deepEqual((await s.ledger.list())[0], entry('2026-11-21T23:59:59.000Z', 0.5));
      await s.close();
    });

    // ---- Day-bounded pipeline (issue 14) ----
    test('cluster features: saved with the stories they produce, read back by day range and ids, quarantine excluded', async () => {
      const s = await open();
      const src = await s.upsertSource('file', '/tmp/cf.md');
      const a = sample('a', 'Alpha one.', '2026-11-20T08:00:00Z');
      const b = sample('b', 'Beta two.', '2026-11-21T08:00:00Z');
      const c = sample('c', 'Gamma three.', '2026-11-25T08:00:00Z');
      await s.saveItems(src.id, [a, b, c]);
      assert.deepEqual(await s.itemsWithoutClusterFeatures(), [a.id, b.id, c.id].sort());
      const row = (id: string, day: number, sig: number[]) => ({
        itemId: id,
        day,
        signature: Uint32Array.from(sig),
        bands: Uint32Array.from([sig[0] ?? 0, 0xffffffff]),
        blocks: [`e\u0000${id}`, '英伟达'],
        body: JSON.stringify({ news: true, title: id }),
      });
      const state = Uint8Array.from([1, 2, 3, 250]);
      await s.commitClustering({
        features: [row(a.id, 20412, [1, 2, 3]), row(b.id, 20413, [4, 5, 6])],
        state: [{ name: 'df', value: state }],
        scope: [a.id, b.id],
        stories: [{ id: 'st_ab', title: 'a', date: '2026-11-20', items: [a.id, b.id] }],
      });
      assert.deepEqual(await s.itemsWithoutClusterFeatures(), [c.id]);
      assert.deepEqual(await s.getClusterState('df'), state);
      assert.equal(await s.getClusterState('nothing'), undefined);
      const read = async (f: Parameters<Store['clusterFeatures']>[0]) => {
        const out = [];
        for await (const r of s.clusterFeatures(f)) out.push(r);
        return out;
      };
      const got = await read({ sinceDay: 20413, untilDay: 20413 });
      assert.equal(got.length, 1);
      assert.deepEqual(got[0], row(b.id, 20413, [4, 5, 6]));
      assert.deepEqual(
        (await read({ sinceDay: 20000 })).map((r) => r.itemId),
        [a.id, b.id],
      );
      assert.deepEqual(
        (await read({ ids: [b.id, c.id] })).map((r) => r.itemId),
        [b.id],
      );
      // A later window replaces the stories of its scope and leaves the others.
      await s.commitClustering({
        features: [row(c.id, 20417, [7, 8, 9])],
        state: [{ name: 'df', value: Uint8Array.from([9]) }],
        scope: [b.id, c.id],
        stories: [
          { id: 'st_b', title: 'b', date: '2026-11-21', items: [b.id] },
          { id: 'st_c', title: 'c', date: '2026-11-25', items: [c.id] },
        ],
      });
      assert.deepEqual(await s.getClusterState('df'), Uint8Array.from([9]));
      assert.equal(await s.countStories(), 2, 'st_ab (holding b) was replaced');
      assert.deepEqual(
        (await s.listStoriesOfItems([c.id, b.id])).map((x) => [x.id, x.items]),
        [
          ['st_b', [b.id]],
          ['st_c', [c.id]],
        ],
      );
      assert.equal((await s.getItem(a.id))?.story, null);
      await s.quarantineItem(b.id, 'extract', 'too dense');
      assert.deepEqual(
        (await read({})).map((r) => r.itemId),
        [a.id, c.id],
      );
      // Re-extraction makes an item new to clustering again.
      await s.saveExtractions([{ itemId: a.id, figures: [], entities: [] }]);
      assert.deepEqual(await s.itemsWithoutClusterFeatures(), [a.id]);
      await s.close();
    });

    test('items of a date window can include undated items ingested in it; extractions of many ids', async () => {
      const s = await open();
      const src = await s.upsertSource('file', '/tmp/undated.md');
      const dated = sample('dated', 'Dated text.', '2026-11-22T10:00:00Z');
      const undated = normalizeItem(draft('undated', 'Undated text.', undefined, { date: null }));
      await s.saveItems(src.id, [dated, undated]);
      const today = new Date().toISOString().slice(0, 10);
      const next = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
      assert.deepEqual(
        (await s.listItems({ since: '2026-11-22', until: '2026-11-23', orUndatedIngested: true })).map((i) => i.title),
        ['dated'],
      );
      assert.deepEqual(
        (await s.listItems({ since: today, until: next, orUndatedIngested: true })).map((i) => i.title),
        ['undated'],
      );
      const many = Array.from({ length: 1200 }, (_, i) => sample(`m${i}`, `Item ${i} rose ${i}%.`));
      await s.saveItems(src.id, many);
      await s.saveExtractions(
        many.map((m, i) => ({
          itemId: m.id,
          figures: [],
          entities: i % 2 ? [] : [{ name: 'Nvidia', type: 'org', start: 0, end: 4, text: 'Item', match: 'alias' }],
        })),
      );
      const got = await s.getExtractions(many.slice(0, 1100).map((m) => m.id));
      assert.equal(got.length, 1100);
      assert.equal(got.filter((x) => x.entities.length === 1).length, 550);
      assert.equal((await s.listItems({ ids: many.map((m) => m.id) })).length, 1200);
      await s.close();
    });

    test('knowledge parts: committed with their keys, found by key and party, stale after removal, queried by day', async () => {
      const s = await open();
      const src = await s.upsertSource('file', '/tmp/k.md');
      const a = sample('a', 'Nvidia revenue was $57 billion.');
      const b = sample('b', 'Microsoft paid OpenAI $10 billion.');
      await s.saveItems(src.id, [a, b]);
      await s.saveExtractions([
        { itemId: a.id, figures: [], entities: [] },
        { itemId: b.id, figures: [], entities: [] },
      ]);
      assert.deepEqual(await s.itemsWithoutKnowledge(), [a.id, b.id].sort());
      const claim = (subject: string, metric: string, itemId: string) => ({
        subject,
        metric,
        period: 'FY2026',
        kind: 'money' as const,
        statements: [
          {
            itemId,
            source: '/tmp/k.md',
            line: 1,
            sentence: 's',
            date: null,
            figure: { text: '$57 billion', start: 0, end: 1, kind: 'money' as const, qualifier: 'exact' as const },
          },
        ],
        conflict: subject === 'Nvidia',
        latest: 0,
        mostCited: 0,
      });
      const keyOf = (c: { subject: string; metric: string; period: string; kind: string }) =>
        `${c.subject}\u0000${c.metric}\u0000${c.period}\u0000${c.kind}\u0000`;
      const ca = claim('Nvidia', 'revenue', a.id);
      const cb = claim('微软', 'investment', b.id);
      const deal = { from: 'Microsoft', to: 'OpenAI', kind: 'invest' as const, itemId: b.id, source: '/tmp/k.md', sentence: 's' };
      await s.commitKnowledge({
        items: [
          { itemId: a.id, body: '{"a":1}', claimKeys: [keyOf(ca)], parties: [] },
          { itemId: b.id, body: '{"b":1}', claimKeys: [keyOf(cb)], parties: ['Microsoft', 'OpenAI'] },
        ],
        settled: [],
        claims: { keys: [keyOf(ca), keyOf(cb)], rows: [ca, cb].map((c) => ({ key: keyOf(c), ord: keyOf(c), body: JSON.stringify(c) })) },
        deals: { items: [a.id, b.id], rows: [{ key: b.id, ord: 'Microsoft', body: JSON.stringify(deal) }] },
        derived: { items: [a.id, b.id], rows: [] },
        cycles: {
          nodes: ['Microsoft', 'OpenAI'],
          rows: [{ key: 'Microsoft\u0000OpenAI', ord: '0002', body: JSON.stringify(['Microsoft', 'OpenAI']) }],
        },
      });
      assert.deepEqual(await s.itemsWithoutKnowledge(), []);
      assert.deepEqual(await s.knowledgeCounts(), { claims: 2, conflicts: 1, deals: 1, derived: 0, cycles: 1 });
      const parts = async (f: Parameters<Store['itemKnowledge']>[0]) => {
        const out = [];
        for await (const r of s.itemKnowledge(f)) out.push(r);
        return out;
      };
      assert.deepEqual(await parts({ parties: ['OpenAI'] }), [
        { itemId: b.id, body: '{"b":1}', claimKeys: [keyOf(cb)], parties: ['Microsoft', 'OpenAI'] },
      ]);
      assert.deepEqual(
        (await parts({ claimKeys: [keyOf(ca)], ids: [b.id] })).map((r) => r.itemId),
        [a.id, b.id].sort(),
      );
      assert.deepEqual(await s.claimsFor({ keys: [keyOf(cb)] }), [cb]);
      assert.deepEqual(await s.claimsFor({ subjectMetrics: ['Nvidia\u0000revenue'] }), [ca]);
      assert.deepEqual(await s.claimsFor({ subjectMetrics: ['Nvidia\u0000rev'] }), [], 'a subject + metric, not a prefix of one');
      assert.deepEqual(await s.knowledgeOfItems([b.id]), { deals: [deal], derived: [] });
      assert.deepEqual((await s.getKnowledge()).cycles, [['Microsoft', 'OpenAI']]);
      await s.remove(b.id);
      assert.deepEqual(await s.staleKnowledge(), { items: [b.id], claimKeys: [keyOf(cb)], parties: ['Microsoft', 'OpenAI'] });
      await s.commitKnowledge({
        items: [],
        settled: [b.id],
        claims: { keys: [keyOf(cb)], rows: [] },
        deals: { items: [b.id], rows: [] },
        derived: { items: [b.id], rows: [] },
        cycles: { nodes: ['Microsoft', 'OpenAI'], rows: [] },
      });
      assert.deepEqual(await s.staleKnowledge(), { items: [], claimKeys: [], parties: [] });
      assert.deepEqual(await s.knowledgeCounts(), { claims: 1, conflicts: 1, deals: 0, derived: 0, cycles: 0 });
      await s.close();
    });

    test('updateKnowledge: pieces written in order commit together, equal to one commit; reads inside see them; a throw keeps none', async () => {
      // Two items, their parts, claims, a deal and its loop; `commitKnowledge` of everything at once on a second store.
      const setUp = async (st: Store) => {
        const src = await st.upsertSource('file', '/tmp/u.md');
        const a = sample('a', 'Nvidia revenue was $57 billion.');
        const b = sample('b', 'Microsoft paid OpenAI $10 billion.');
        await st.saveItems(src.id, [a, b]);
        await st.saveExtractions([
          { itemId: a.id, figures: [], entities: [] },
          { itemId: b.id, figures: [], entities: [] },
        ]);
        return { a: a.id, b: b.id };
      };
      const s = await open();
      const one = await open();
      const { a, b } = await setUp(s);
      await setUp(one);
      const claim = (subject: string, itemId: string) => ({
        subject,
        metric: 'revenue',
        period: 'FY2026',
        kind: 'money' as const,
        statements: [
          {
            itemId,
            source: '/tmp/u.md',
            line: 1,
            sentence: 's',
            date: null,
            figure: { text: '$57 billion', start: 0, end: 1, kind: 'money' as const, qualifier: 'exact' as const },
          },
        ],
        conflict: false,
        latest: 0,
        mostCited: 0,
      });
      const keyOf = (c: { subject: string }) => `${c.subject}\u0000revenue\u0000FY2026\u0000money\u0000`;
      const row = (c: ReturnType<typeof claim>) => ({ key: keyOf(c), ord: keyOf(c), body: JSON.stringify(c) });
      const ca = claim('Nvidia', a);
      const cb = claim('微软', b);
      const deal = { from: 'Microsoft', to: 'OpenAI', kind: 'invest' as const, itemId: b, source: '/tmp/u.md', sentence: 's' };
      const back = { ...deal, from: 'OpenAI', to: 'Microsoft' };
      const partA = { itemId: a, body: '{"a":1}', claimKeys: [keyOf(ca)], parties: [] };
      const partB = { itemId: b, body: '{"b":1}', claimKeys: [keyOf(cb)], parties: ['Microsoft', 'OpenAI'] };
      const deals = {
        items: [a, b],
        rows: [
          { key: b, ord: '0', body: JSON.stringify(deal) },
          { key: b, ord: '1', body: JSON.stringify(back) },
        ],
      };
      const cycles = {
        nodes: ['Microsoft', 'OpenAI'],
        rows: [{ key: 'Microsoft\u0000OpenAI', ord: '0002', body: '["Microsoft","OpenAI"]' }],
      };
      const none = { claims: 0, conflicts: 0, deals: 0, derived: 0, cycles: 0 };

      await assert.rejects(
        () =>
          s.updateKnowledge(async (write) => {
            await write({ items: [partA, partB] });
            await write({ claims: { keys: [keyOf(ca)], rows: [row(ca)] } });
            assert.deepEqual(await s.claimsFor({ keys: [keyOf(ca)] }), [ca], 'a read inside sees the pieces written so far');
            throw new Error('stop');
          }),
        /stop/,
      );
      assert.deepEqual(await s.itemsWithoutKnowledge(), [a, b].sort(), 'nothing of an update that threw');
      assert.deepEqual(await s.knowledgeCounts(), none);
      assert.deepEqual(await s.claimsFor({ keys: [keyOf(ca)] }), []);

      const out = await s.updateKnowledge(async (write) => {
        await write({ items: [partA] });
        await write({ items: [partB] });
        await write({ claims: { keys: [keyOf(ca)], rows: [row(ca)] } });
        await write({ claims: { keys: [keyOf(cb)], rows: [row(cb)] } });
        assert.deepEqual(await s.knowledgeOfItems([b]), { deals: [], derived: [] });
        assert.deepEqual(await s.dealPairs(['OpenAI']), []);
        await write({ deals, derived: { items: [a, b], rows: [] }, cycles });
        assert.deepEqual(await s.knowledgeOfItems([b]), { deals: [deal, back], derived: [] });
        return 'done';
      });
      assert.equal(out, 'done');
      await one.commitKnowledge({
        items: [partA, partB],
        settled: [],
        claims: { keys: [keyOf(ca), keyOf(cb)], rows: [row(ca), row(cb)] },
        deals,
        derived: { items: [a, b], rows: [] },
        cycles,
      });
      for (const st of [s, one]) {
        assert.deepEqual(await st.itemsWithoutKnowledge(), []);
        assert.deepEqual(await st.knowledgeCounts(), { claims: 2, conflicts: 0, deals: 2, derived: 0, cycles: 1 });
        assert.deepEqual(await st.claimKeysOfItems([a, b]), [keyOf(ca), keyOf(cb)].sort());
      }
      assert.deepEqual(await s.getKnowledge(), await one.getKnowledge());
      const pairs = async (st: Store) => (await st.dealPairs(['OpenAI'])).sort((x, y) => (x.from < y.from ? -1 : 1));
      assert.deepEqual(await pairs(s), await pairs(one));
      assert.equal((await pairs(s)).length, 2);

      // A removal: the settled piece first, then the pieces that replace what the item had.
      await s.remove(b);
      await s.updateKnowledge(async (write) => {
        await write({ settled: [b] });
        await write({ claims: { keys: [keyOf(cb)], rows: [] } });
        await write({ deals: { items: [b], rows: [] }, derived: { items: [b], rows: [] }, cycles: { nodes: cycles.nodes, rows: [] } });
      });
      assert.deepEqual(await s.staleKnowledge(), { items: [], claimKeys: [], parties: [] });
      assert.deepEqual(await s.knowledgeCounts(), { ...none, claims: 1 });
      assert.deepEqual(await s.dealPairs(['OpenAI']), []);
      await s.close();
      await one.close();
    });
  });
}
