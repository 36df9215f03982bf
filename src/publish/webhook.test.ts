import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { startServer } from '../../test/fixtures/publish/loopback-server.js';
import { ChannelError } from './channel.js';
import { webhookChannel } from './webhook.js';

const servers: { close(): Promise<void> }[] = [];
after(() => Promise.all(servers.map((s) => s.close())));

const markdown = '---\ntitle: x\n---\n\n# OpenAI 完成 400 亿美元融资\n\n正文。\n';

test('POSTs JSON {title, date, markdown, url} with configured headers', async () => {
  const s = await startServer(() => ({ status: 204 }));
  servers.push(s);
  const ch = webhookChannel({ url: `${s.url}/hooks/digest`, headers: { authorization: 'Bearer k' } });
  await ch.send(markdown, { date: '2026-03-02', url: 'https://daily.example.com/digests/2026-03-02.html' });
  const r = s.requests[0];
  assert.equal(r?.path, '/hooks/digest');
  assert.equal(r?.headers.authorization, 'Bearer k');
  assert.deepEqual(JSON.parse(r?.body ?? ''), {
    title: 'OpenAI 完成 400 亿美元融资',
    date: '2026-03-02',
    markdown,
    url: 'https://daily.example.com/digests/2026-03-02.html',
  });
  assert.match(ch.name, /^webhook:127\.0\.0\.1:\d+$/);
});

test('503 with Retry-After is retried; a 4xx is not', async () => {
  const s = await startServer((_r, i) => (i === 0 ? { status: 503, headers: { 'retry-after': '0' } } : { status: 200 }));
  servers.push(s);
  await webhookChannel({ url: s.url }).send('x', { title: 't' });
  assert.equal(s.requests.length, 2);

  const bad = await startServer(() => ({ status: 403 }));
  servers.push(bad);
  await assert.rejects(
    webhookChannel({ url: bad.url, name: 'hook' }).send('x'),
    (e: unknown) => e instanceof ChannelError && /\[hook\] HTTP 403/.test(e.message),
  );
  assert.equal(bad.requests.length, 1);
});

test('an unreachable endpoint fails with a clear error', async () => {
  const s = await startServer();
  await s.close();
  await assert.rejects(webhookChannel({ url: s.url, maxRetries: 0 }).send('x'), /request failed/);
});
