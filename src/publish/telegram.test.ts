import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { startServer } from '../../test/fixtures/publish/loopback-server.js';
import { ChannelError } from './channel.js';
import { TELEGRAM_MAX_LENGTH, telegramChannel } from './telegram.js';

const servers: { close(): Promise<void> }[] = [];
after(() => Promise.all(servers.map((s) => s.close())));

async function server(...args: Parameters<typeof startServer>) {
  const s = await startServer(...args);
  servers.push(s);
  return s;
}

/** A digest-like text of ~10,000 characters in paragraphs. */
const long = Array.from(
  { length: 120 },
  (_, i) =>
    `## 第 ${i + 1} 条\n\n英伟达计划投资 **20 亿美元** 在亚洲建设新的数据中心，以满足当地客户对算力的需求。来源：[示例](https://news.example.com/${i})`,
).join('\n\n');

test('POSTs to {baseURL}/bot{token}/sendMessage with the chat id and text', async () => {
  const s = await server();
  const ch = telegramChannel({ baseURL: s.url, token: '123:ABC', chatId: '@ai_daily' });
  await ch.send('# AI 日报\n\n今日要闻。');
  assert.equal(s.requests.length, 1);
  const r = s.requests[0];
  assert.equal(r?.method, 'POST');
  assert.equal(r?.path, '/bot123:ABC/sendMessage');
  assert.equal(r?.headers['content-type'], 'application/json');
  const body = JSON.parse(r?.body ?? '{}');
  assert.equal(body.chat_id, '@ai_daily');
  assert.equal(body.text, '# AI 日报\n\n今日要闻。');
  assert.equal(body.parse_mode, undefined, 'parse mode off by default');
  assert.equal(ch.name, 'telegram:@ai_daily');
  assert.equal(ch.maxLength, TELEGRAM_MAX_LENGTH);
});

test('a message longer than 4096 characters is split at paragraph boundaries, in order', async () => {
  assert.ok(long.length > 2 * TELEGRAM_MAX_LENGTH);
  const s = await server();
  await telegramChannel({ baseURL: s.url, token: 't', chatId: '42' }).send(long);
  const texts = s.requests.map((r) => JSON.parse(r.body).text as string);
  assert.ok(texts.length >= 3);
  for (const t of texts) {
    assert.ok(t.length <= TELEGRAM_MAX_LENGTH, `part of ${t.length}`);
    assert.ok(t.startsWith('## 第 '), 'each part starts at a paragraph (here: a story heading)');
  }
  assert.equal(texts.join('\n\n'), long);
});

test('MarkdownV2: converted, escaped, and every part within the limit', async () => {
  const s = await server();
  await telegramChannel({ baseURL: s.url, token: 't', chatId: '42', parseMode: 'MarkdownV2' }).send(long);
  const bodies = s.requests.map((r) => JSON.parse(r.body) as { text: string; parse_mode: string });
  assert.ok(bodies.length >= 3);
  for (const b of bodies) {
    assert.equal(b.parse_mode, 'MarkdownV2');
    assert.ok(b.text.length <= TELEGRAM_MAX_LENGTH);
    assert.ok(!/(^|[^\\])[.\-#!]/.test(b.text.replace(/\]\([^)]*\)/g, '](x)')), 'specials escaped outside link targets');
  }
  assert.ok(bodies[0]?.text.startsWith('*第 1 条*\n\n英伟达计划投资 *20 亿美元*'));
});

test('429 with retry_after: waits and retries, then succeeds', async () => {
  const s = await server((_req, i) =>
    i === 0
      ? {
          status: 429,
          json: { ok: false, error_code: 429, description: 'Too Many Requests: retry after 1', parameters: { retry_after: 1 } },
        }
      : { status: 200, json: { ok: true, result: { message_id: i } } },
  );
  await telegramChannel({ baseURL: s.url, token: 't', chatId: '42' }).send('你好');
  assert.equal(s.requests.length, 2);
  assert.equal(s.requests[0]?.body, s.requests[1]?.body, 'the same part is resent');
});

test('retries are bounded; a failure names the chat, never the token, and counts delivered parts', async () => {
  const s = await server((_req, i) =>
    i < 2
      ? { status: 200, json: { ok: true } }
      : { status: 429, json: { ok: false, error_code: 429, description: 'Too Many Requests', parameters: { retry_after: 0 } } },
  );
  const ch = telegramChannel({ baseURL: s.url, token: 'SECRET-TOKEN', chatId: '42', maxRetries: 2 });
  await assert.rejects(ch.send(long), (e: unknown) => {
    assert.ok(e instanceof ChannelError);
    assert.equal(e.delivered, 2);
    assert.ok(e.parts >= 3);
    assert.match(e.message, /telegram:42.*HTTP 429/);
    assert.ok(!e.message.includes('SECRET-TOKEN'));
    return true;
  });
  assert.equal(s.requests.length, 2 + 3, 'two parts, then the first try and two retries of the third');
});

test('a 400 is not retried', async () => {
  const s = await server(() => ({ status: 400, json: { ok: false, error_code: 400, description: 'Bad Request: chat not found' } }));
  await assert.rejects(telegramChannel({ baseURL: s.url, token: 't', chatId: 'nope' }).send('x'), /chat not found/);
  assert.equal(s.requests.length, 1);
});
