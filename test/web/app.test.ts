/**
 * The web app in-process (Hono's app.request, no socket) over the sample corpus run through the real pipeline:
 * pages, the JSON API, and the security rules (escaping and sanitizing ingested markup, headers, Host check, token).
 */
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { Hono } from 'hono';
import type { SearchHit } from '../../src/store/index.js';
import type { SourceRecord } from '../../src/types/index.js';
import type { ChartData } from '../../src/web/model/chart.js';
import type { FactRow } from '../../src/web/model/facts.js';
import type { GraphData } from '../../src/web/model/graph.js';
import { bindRefusal, createApp } from '../../src/web/server.js';
import { buildWebFixture, DAY, type WebFixture } from './fixture.js';

let fx: WebFixture;
let app: Hono;
const get = (path: string, headers: Record<string, string> = {}) =>
  app.request(`http://127.0.0.1${path}`, { headers: { host: '127.0.0.1:8787', ...headers } });
/** The JSON body of a GET, as the API documents it. */
const json = async <T>(path: string): Promise<T> => (await get(path)).json() as Promise<T>;
type SearchReply = { hits: SearchHit[]; entities: string[] };
const html = async (path: string) => {
  const r = await get(path);
  assert.equal(r.status, 200, path);
  return r.text();
};

before(async () => {
  fx = await buildWebFixture();
  app = createApp(fx.sources, { host: '127.0.0.1' });
});
after(async () => {
  await fx.store.close();
  rmSync(fx.dir, { recursive: true, force: true });
});

/** Script elements in a page other than the app's own script files. */
function foreignScripts(page: string): string[] {
  return [...page.matchAll(/<script\b[^>]*>/gi)]
    .map((m) => m[0])
    .filter((s) => !/^<script src="\/static\/[\w./-]+\.js" defer><\/script>?$|^<script src="\/static\/[\w./-]+\.js" defer>$/.test(s));
}

/** Attributes that run script (on…=) or javascript: URLs in a page's markup. */
function activeMarkup(page: string): string[] {
  return [...page.matchAll(/<[a-z][^>]*(?:\son[a-z]+\s*=|(?:href|src)\s*=\s*["']?\s*javascript:)[^>]*>/gi)].map((m) => m[0]);
}

describe('pages', () => {
  test("today's digest: rendered from out/digests, each story one click from its story view and sources", async () => {
    const page = await html('/');
    assert.match(page, /<h1>[^<]*4100亿美元[^<]*<\/h1>/);
    const storyLinks = [...page.matchAll(/href="\/story\/(st_[0-9a-f]+)"/g)].map((m) => m[1]);
    assert.ok(storyLinks.length >= 4, `${storyLinks.length} story links`);
    assert.match(page, /来源：<a href="https:\/\/www\.caixin-sample\.com/);
    const story = await html(`/story/${storyLinks[0]}`);
    assert.match(story, /各来源数字对照/);
    assert.match(story, /href="\/item\/it_[0-9a-f]{16}"/);
    assert.equal((await get(`/digest/${DAY}`)).status, 200);
    assert.equal((await get('/digest/2026-01-01')).status, 404);
    assert.match(await html('/archive'), new RegExp(`/digest/${DAY}`));
  });

  test('the story view marks a conflict with both values and their sources', async () => {
    const k = await fx.store.getKnowledge();
    const conflict = k.claims.find((c) => c.conflict);
    assert.ok(conflict, 'the sample corpus has a conflict');
    const item = await fx.store.getItem(conflict.statements[0]?.itemId ?? '');
    assert.ok(item?.story);
    const page = await html(`/story/${item.story}`);
    const row = /<tr class="conflict">[\s\S]*?<\/tr>/.exec(page)?.[0] ?? '';
    assert.match(row, /冲突/);
    const texts = new Set(conflict.statements.map((s) => s.figure.text));
    assert.ok([...texts].filter((t) => row.includes(t.replaceAll('"', '&quot;'))).length >= 2, row);
  });

  test('facts: filters by entity, metric, period and conflicts; sorts; CSV with every value and source', async () => {
    const all = await json<FactRow[]>('/api/facts');
    const conflicts = await json<FactRow[]>('/api/facts?conflicts=1');
    assert.ok(Array.isArray(all) && all.length > conflicts.length && conflicts.length >= 1);
    assert.ok(conflicts.every((r) => r.conflict && r.values.length >= 2));
    const ms = await json<FactRow[]>('/api/facts?entity=Microsoft&metric=capex');
    assert.ok(ms.length >= 1 && ms.every((r) => r.subject === 'Microsoft' && r.metric === 'capex'));
    const page = await html('/facts?conflicts=1&sort=value&desc=1');
    assert.equal((page.match(/<tr class="conflict"/g) ?? []).length, conflicts.length);
    const csv = await get('/api/facts.csv?conflicts=1');
    assert.match(csv.headers.get('content-type') ?? '', /text\/csv/);
    const lines = (await csv.text()).trim().split('\r\n');
    assert.equal(lines[0], 'subject,metric,period,counterparty,conflict,text,value,currency,qualifier,source,line,sentence');
    assert.equal(
      lines.length - 1,
      conflicts.reduce((n, r) => n + r.values.length, 0),
    );
  });

  test('search: a two-character and a three-character Chinese word and an English word, matches marked', async () => {
    for (const q of ['微软', '英伟达', 'capex']) {
      const r = await json<SearchReply>(`/api/search?q=${encodeURIComponent(q)}`);
      assert.ok(r.hits.length >= 1, q);
      const page = await html(`/search?q=${encodeURIComponent(q)}`);
      assert.match(page, new RegExp(`<mark>${q}</mark>`, 'i'), q);
    }
    const ents = await json<SearchReply>('/api/search?q=nvidia');
    assert.ok(ents.entities.includes('Nvidia'));
  });

  test('charts, graph, entity and source pages; cycle edges are marked in the graph API', async () => {
    const chart = await json<ChartData>('/api/chart?entity=Microsoft');
    assert.ok(chart.points.length >= 2 && chart.points.every((p) => p.outlet));
    assert.match(await html('/charts?entity=Microsoft'), /src="\/static\/vendor\/echarts\.min\.js"/);
    const g = await json<GraphData>('/api/graph');
    assert.ok(g.edges.some((e) => e.cycle) && g.cycles.length >= 1);
    assert.ok(g.edges.every((e) => e.sources.length >= 1));
    assert.match(await html('/graph'), /cytoscape\.min\.js/);
    const ent = await html('/entity/Nvidia');
    assert.match(ent, /英伟达/, 'aliases from the gazetteer');
    assert.match(ent, /href="\/story\//);
    assert.equal((await get('/entity/NoSuchCompanyAnywhere')).status, 404);
    const sources = await json<SourceRecord[]>('/api/sources');
    assert.ok(sources.length >= 30);
    assert.match(await html('/sources'), /最近成功/);
  });

  test('notes reader: Chinese / bilingual / English modes and glossary hovers; highlights with insights', async () => {
    const notes = await json<{ id: string }[]>('/api/notes');
    assert.ok(notes.length >= 1);
    const page = await html(`/notes/${notes[0]?.id}?mode=en`);
    assert.match(page, /class="reader mode-en"/);
    assert.match(page, /<abbr class="term" title="[^"]+">/);
    assert.match(page, /<p class="zh" lang="zh-CN">/);
    assert.match(page, /<p class="en" lang="en">/);
    assert.match(await html('/highlights'), /class="insight"/);
  });

  test('English UI with ?lang=en, links keep the language', async () => {
    const page = await html('/facts?lang=en');
    assert.match(page, /<html lang="en">/);
    assert.match(page, />Facts</);
    assert.match(page, /href="\/graph\?lang=en"/);
  });
});

describe('security', () => {
  test('an ingested page with <script>, onerror= and javascript: renders inert everywhere it shows', async () => {
    const hits = (await json<SearchReply>('/api/search?q=payload')).hits;
    assert.equal(hits.length, 1);
    const id = hits[0]?.itemId ?? '';
    const item = await fx.store.getItem(id);
    assert.ok(item?.raw.includes('onerror='), 'the raw page still holds the payload');
    if (!item) return;
    const pages = [`/item/${id}`, '/search?q=payload', '/search?q=英伟达', ...(item.story ? [`/story/${item.story}`] : [])];
    for (const p of pages) {
      const page = await html(p);
      assert.deepEqual(foreignScripts(page), [], p);
      assert.deepEqual(activeMarkup(page), [], p);
      assert.doesNotMatch(page, /<img|<svg/i, p);
    }
    const itemPage = await html(`/item/${id}`);
    assert.match(
      itemPage,
      /<h1>Payload page &lt;script&gt;window.__pwned=&#39;title&#39;&lt;\/script&gt;/,
      'a title that looks like markup shows as text',
    );
    assert.match(itemPage, /&lt;img src=x onerror=/, 'escaped markup in the original stays text after sanitizing');
    assert.match(itemPage, /class="sanitized"/, 'the original HTML is shown sanitized');
  });

  test('strict CSP and security headers on every response', async () => {
    for (const p of ['/', '/api/graph', '/static/app.css', '/nope']) {
      const r = await get(p);
      const csp = r.headers.get('content-security-policy') ?? '';
      assert.match(csp, /default-src 'none'/, p);
      assert.match(csp, /script-src 'self'(;|$)/, p);
      assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/, p);
      assert.equal(r.headers.get('x-content-type-options'), 'nosniff', p);
      assert.equal(r.headers.get('x-frame-options'), 'DENY', p);
    }
  });

  test('../ and encoded traversal in static and file routes are refused', async () => {
    for (const p of [
      '/static/../package.json',
      '/static/..%2f..%2fpackage.json',
      '/static/%2e%2e/%2e%2e/package.json',
      '/static/vendor/..%2f..%2f..%2fpackage.json',
      '/covers/..%2f..%2fdata%2ffactbrief.db',
      '/covers/2026-11-22.png%00.svg',
      '/digest/..%2f..%2fpackage',
      '/static/fonts/..%5c..%5cpackage.json',
    ]) {
      const r = await get(p);
      assert.ok(r.status === 404 || r.status === 400, `${p}: ${r.status}`);
      assert.doesNotMatch(await r.text(), /"name": "factbrief"|SQLite format/, p);
    }
    assert.equal((await get('/static/app.css')).status, 200);
    assert.equal((await get(`/covers/${DAY}.png`)).status, 200);
  });

  test('on loopback, a request for another Host (DNS rebinding) is refused', async () => {
    assert.equal((await get('/', { host: 'attacker.example' })).status, 421);
    assert.equal((await get('/', { host: 'localhost:8787' })).status, 200);
  });

  test('a non-loopback bind needs a token of 16+ characters; then every request must carry it', async () => {
    assert.match(bindRefusal('0.0.0.0', undefined) ?? '', /needs an access token/);
    assert.match(bindRefusal('192.168.1.5', 'short') ?? '', /shorter than 16/);
    assert.equal(bindRefusal('127.0.0.1', undefined), null);
    assert.equal(bindRefusal('::1', undefined), null);
    assert.equal(bindRefusal('0.0.0.0', 'a-long-enough-access-token'), null);
    const token = 'a-long-enough-access-token';
    const open = createApp(fx.sources, { host: '0.0.0.0', token });
    const req = (path: string, headers: Record<string, string> = {}) => open.request(`http://192.168.1.5${path}`, { headers });
    assert.equal((await req('/')).status, 401);
    assert.equal((await req('/api/graph')).status, 401);
    assert.equal((await req('/', { authorization: 'Bearer wrong-token-of-some-length' })).status, 401);
    assert.equal((await req('/', { authorization: `Bearer ${token}` })).status, 200);
    const first = await req(`/facts?token=${token}`);
    assert.equal(first.status, 303);
    assert.equal(first.headers.get('location'), '/facts');
    const cookie = (first.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    assert.match(first.headers.get('set-cookie') ?? '', /HttpOnly/i);
    assert.equal((await req('/facts', { cookie })).status, 200);
  });
});
