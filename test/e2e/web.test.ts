/**
 * The web app in a real browser: Debian's Chromium driven by playwright-core against `startServer` on 127.0.0.1, over
 * the sample corpus run through the pipeline. Each step writes a screenshot to test-artifacts/web/ (gitignored; the
 * README's docs/screenshots/ are copies of these). Under CI=true a missing Chromium fails; elsewhere the suite skips.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type Browser, chromium, type Page } from 'playwright-core';
import { type RunningServer, startServer } from '../../src/web/server.js';
import { root } from '../support/cli.js';
import { buildWebFixture, type WebFixture } from '../web/fixture.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium && process.env.CI === 'true') throw new Error(`${CHROMIUM} is missing: .ci/run installs it with apt`);
const shots = join(root, 'test-artifacts', 'web');

describe('web app in Chromium', { skip: haveChromium ? false : `no Chromium at ${CHROMIUM}` }, () => {
  let fx: WebFixture;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  /** Console errors (a CSP violation shows here) and uncaught page errors, checked after each step. */
  const problems: string[] = [];

  before(async () => {
    mkdirSync(shots, { recursive: true });
    fx = await buildWebFixture();
    server = await startServer(fx.sources, { host: '127.0.0.1', port: 0 });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    await fx?.store.close();
    if (fx) rmSync(fx.dir, { recursive: true, force: true });
  });

  const url = (path: string) => new URL(path, server.url).href;
  const shot = (name: string) => page.screenshot({ path: join(shots, `${name}.png`) });
  const clean = () => assert.deepEqual(problems.splice(0), [], 'no console errors or CSP violations');

  test("open today's digest and follow a story to its sources", async () => {
    await page.goto(url('/'));
    assert.match((await page.locator('h1').first().textContent()) ?? '', /4100亿美元/);
    await shot('digest');
    const external = page.locator('article.digest p a[href^="https://www.caixin-sample.com"]').first();
    assert.ok(await external.isVisible(), 'each story names its sources with links');
    await page.locator('p.story-link a').first().click();
    await page.waitForURL(/\/story\/st_/);
    assert.ok((await page.locator('ul.story-items li').count()) >= 2);
    assert.ok((await page.locator('table.side-by-side tbody tr').count()) >= 1);
    await shot('story');
    await page.locator('ul.story-items li a[href^="/item/"]').first().click();
    await page.waitForURL(/\/item\/it_/);
    assert.ok((await page.locator('article p').count()) >= 2);
    clean();
  });

  test('search a Chinese term (英伟达) and an English one; matches are marked', async () => {
    await page.goto(url('/'));
    await page.fill('form.search input[name=q]', '英伟达');
    await page.press('form.search input[name=q]', 'Enter');
    await page.waitForURL(/\/search\?q=/);
    assert.ok((await page.locator('ol.hits li').count()) >= 3);
    assert.equal(await page.locator('ol.hits mark').first().textContent(), '英伟达');
    await shot('search-zh');
    await page.fill('form.search input[name=q]', 'hyperscalers');
    await page.press('form.search input[name=q]', 'Enter');
    await page.waitForURL(/q=hyperscalers/);
    assert.ok((await page.locator('ol.hits li').count()) >= 1);
    assert.match((await page.locator('ol.hits mark').first().textContent()) ?? '', /^hyperscalers$/i);
    await shot('search-en');
    clean();
  });

  test('the bilingual reader toggles Chinese / bilingual / English; glossary terms explain themselves on hover', async () => {
    await page.goto(url('/notes'));
    await page.locator('main ul li a').first().click();
    await page.waitForURL(/\/notes\/it_/);
    const zh = page.locator('.unit .zh').first();
    const en = page.locator('.unit .en').first();
    assert.ok((await zh.isVisible()) && (await en.isVisible()), 'bilingual by default');
    await page.click('.modes a[data-mode=zh]');
    assert.ok((await zh.isVisible()) && !(await en.isVisible()), 'Chinese only');
    await page.click('.modes a[data-mode=en]');
    assert.ok(!(await zh.isVisible()) && (await en.isVisible()), 'English only');
    assert.match(page.url(), /mode=en/);
    await page.click('.modes a[data-mode=bi]');
    assert.ok((await zh.isVisible()) && (await en.isVisible()));
    const term = page.locator('abbr.term').first();
    await term.hover();
    assert.ok(((await term.getAttribute('title')) ?? '').length > 0);
    await shot('notes');
    clean();
  });

  test('the capital-flow graph: clicking a cycle edge shows its source sentences', async () => {
    await page.goto(url('/graph'));
    await page.waitForSelector('#graph[data-ready]');
    await shot('graph-overview');
    // Where the first cycle edge is drawn, from Cytoscape itself; then a real mouse click there.
    // (A string: tsx would wrap a function's inner arrows in a helper the page does not have.)
    const target = (await page.evaluate(`(() => {
      const cy = window.factbriefGraph;
      const box = document.getElementById('graph').getBoundingClientRect();
      const far = (p, q, d) => Math.hypot(p.x - q.x, p.y - q.y) > d;
      // Zoom to each cycle edge's two ends in turn until its midpoint is clear of every node and other edge midpoint.
      for (const e of cy.edges('.cycle')) {
        cy.fit(e.connectedNodes(), 140);
        const m = e.renderedMidpoint();
        const clearOfNodes = cy.nodes().every((n) => far(m, n.renderedPosition(), 30));
        const clearOfEdges = cy.edges().every((o) => o === e || far(m, o.renderedMidpoint(), 12));
        if (clearOfNodes && clearOfEdges) return { id: e.id(), x: box.left + m.x, y: box.top + m.y };
      }
      return null;
    })()`)) as { id: string; x: number; y: number } | null;
    assert.ok(target, 'a cycle edge can be clicked clear of others');
    await page.mouse.click(target.x, target.y);
    await page.waitForSelector('#edge-panel[data-edge]');
    assert.equal(await page.getAttribute('#edge-panel', 'data-edge'), target.id, 'the panel shows the edge clicked');
    assert.ok((await page.locator('#edge-panel .sentence').count()) >= 1, 'source sentences listed');
    assert.ok(await page.locator('#edge-panel .cycle-edge').isVisible(), 'the clicked edge lies on a cycle');
    await shot('graph');
    clean();
  });

  test('the facts table filtered to conflicts, sorted by a click', async () => {
    await page.goto(url('/facts'));
    const total = await page.locator('table.facts tbody tr').count();
    await page.check('input[name=conflicts]');
    await page.click('form.filters button[type=submit]');
    await page.waitForURL(/conflicts=1/);
    const rows = page.locator('table.facts tbody tr');
    const n = await rows.count();
    assert.ok(n >= 1 && n < total, `${n} of ${total}`);
    assert.equal(await page.locator('table.facts tbody tr.conflict').count(), n, 'every row left is a conflict');
    assert.ok((await rows.first().locator('ul.values li').count()) >= 2, 'both values with their sources');
    await page.click('th[data-sort=value]');
    assert.equal(await page.getAttribute('th[data-sort=value]', 'aria-sort'), 'ascending');
    await shot('facts');
    clean();
  });

  test('the capex chart draws each source as its own point', async () => {
    await page.goto(url('/charts?entity=Meta'));
    await page.waitForSelector('#chart[data-ready]');
    assert.ok(Number(await page.getAttribute('#chart', 'data-ready')) >= 2);
    await shot('charts');
    await page.goto(url('/entity/Nvidia'));
    await shot('entity');
    await page.goto(url('/sources'));
    await shot('sources');
    clean();
  });

  test('a hostile ingested page runs no script in the browser', async () => {
    const reply = (await (await fetch(url('/api/search?q=payload'))).json()) as { hits: { itemId: string }[] };
    const id = reply.hits[0]?.itemId;
    assert.ok(id);
    for (const p of [`/item/${id}`, '/search?q=payload']) {
      await page.goto(url(p));
      await page
        .locator('details summary')
        .first()
        .click({ timeout: 2000 })
        .catch(() => undefined);
      await page.mouse.move(300, 400);
      assert.equal(await page.evaluate('typeof window.__pwned'), 'undefined', p);
    }
    clean();
  });
});
