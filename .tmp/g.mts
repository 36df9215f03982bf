import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage({ viewport: { width: 1280, height: 900 } });
await p.goto('http://127.0.0.1:8799/graph');
await p.waitForSelector('#graph[data-ready]');
const t = await p.evaluate(`(() => {
  const cy = window.factbriefGraph;
  const box = document.getElementById('graph').getBoundingClientRect();
  const e = cy.edges('.cycle');
  window.__taps = [];
  cy.on('tap', (ev) => window.__taps.push(ev.target === cy ? 'core' : ev.target.id()));
  return { box: [box.left, box.top, box.width, box.height], n: e.length, mids: e.map((x) => [x.id(), x.renderedMidpoint()]) };
})()`);
console.log(JSON.stringify(t));
const m = (t as any).mids[0][1];
await p.mouse.click((t as any).box[0] + m.x, (t as any).box[1] + m.y);
await p.waitForTimeout(500);
console.log(await p.evaluate('window.__taps'), await p.getAttribute('#edge-panel', 'data-edge'));
await b.close();
