import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage({ viewport: { width: 1280, height: 900 } });
for (const path of process.argv.slice(2)) {
  p.removeAllListeners('console');
  p.on('console', (m) => console.log(path, 'console:', m.type(), m.text().slice(0, 150)));
  await p.goto('http://127.0.0.1:8799' + path);
  await p.waitForTimeout(1500);
  await p.screenshot({ path: `/tmp/fbweb/shot-${path.replace(/[^a-z0-9]/gi, '_')}.png` });
}
await b.close();
