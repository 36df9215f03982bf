/** End-to-end: `factbrief highlights` on the real binary — a store built from our own articles, offline and against a loopback LLM. */
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { jsonLines, runCli, runCliAsync, tempDir } from '../support/cli.js';
import { startOpenAiServer } from '../support/openai-server.js';

/** Our own two articles: one sets a capex figure the quote disagrees with, one a flow the quote closes a loop with. */
function fixtures(dir: string): string {
  const src = join(dir, 'articles');
  mkdirSync(src, { recursive: true });
  writeFileSync(
    join(src, 'google-capex.md'),
    '---\ntitle: Google capex estimate\ndate: 2026-11-18\noutlet: 彭博\n---\n\nGoogle will spend about $85 billion on capital expenditures in 2026, analysts estimate.\n',
  );
  writeFileSync(
    join(src, 'nvidia-openai.md'),
    '---\ntitle: Nvidia backs OpenAI\ndate: 2026-11-18\n---\n\nNvidia will invest up to $50 billion in OpenAI.\n',
  );
  const notes = join(dir, 'reading-notes.txt');
  writeFileSync(
    notes,
    [
      '"Google will spend more than $100 billion on capital expenditures in 2026."',
      '这个数字比市场估计高不少。',
      '"Amazon is putting $4 billion into the startup now, with up to $10 billion more to follow, after $2 billion earlier."',
      '总敞口要加起来看。',
      '"OpenAI agreed to buy $30 billion of Nvidia chips next year."',
      '钱又回到了英伟达。',
      '"Nobody knows who will be left holding the risk when the spending slows."',
      '只是判断。',
      '"Google will spend more than $100 billion on capital expenditures in 2026."',
      '这个数字比市场估计高不少。',
    ].join('\n\n'),
  );
  return notes;
}

test('highlights (offline): pairs read from alternating paragraphs, duplicate dropped, each insight grounded; the file is publishable', () => {
  const dir = tempDir();
  const data = join(dir, 'data');
  const out = join(dir, 'out');
  const notes = fixtures(dir);
  const ing = runCli(['--data', data, 'ingest', join(dir, 'articles')]);
  assert.equal(ing.code, 0, ing.stderr);
  const r = runCli(['--data', data, '--out', out, 'highlights', '--json', notes]);
  assert.equal(r.code, 0, r.stderr);
  const rows = jsonLines<{ quote: string; insight: string; kinds: string[]; figures: { text: string }[] }>(r.stdout);
  assert.equal(rows.length, 4, 'the duplicated pair is dropped');
  assert.match(r.stderr, /4 pairs \(1 duplicate dropped\)/);
  const [google, amazon, chips, risk] = rows;
  assert.equal(google?.kinds[0], 'conflict');
  assert.match(google?.insight ?? '', /彭博称谷歌2026年资本开支约为850亿美元/);
  assert.deepEqual(amazon?.kinds, ['derived-total']);
  assert.match(amazon?.insight ?? '', /合计最高160亿美元/);
  assert.deepEqual(
    amazon?.figures.map((f) => f.text),
    ['$4 billion', 'up to $10 billion', '$2 billion'],
  );
  assert.ok(chips?.kinds.includes('loop'), JSON.stringify(chips));
  assert.deepEqual(risk?.kinds, ['no-number']);
  const files = readdirSync(join(out, 'highlights'));
  assert.deepEqual(files, ['reading-notes.md']);
  const md = readFileSync(join(out, 'highlights', 'reading-notes.md'), 'utf8');
  assert.match(md, /^---\ntitle: reading-notes\ndate: \d{4}-\d{2}-\d{2}\ncategory: 摘录\n---\n\n"Google will spend/);
  assert.ok(!md.includes('google-capex.md') && !md.includes('articles/'), 'no file name leaks into the insights');
  // The written file is read back as a highlights archive with the same pairs.
  const back = runCli(['--data', join(dir, 'data2'), 'ingest', join(out, 'highlights')]);
  assert.equal(back.code, 0, back.stderr);
  const items = jsonLines<{ kind: string }>(runCli(['--data', join(dir, 'data2'), 'items', '--json']).stdout);
  assert.deepEqual(
    items.map((i) => i.kind),
    ['highlights'],
  );
  // Not a highlights export: a clear message, exit 1.
  const bad = runCli(['--data', data, '--out', out, 'highlights', join(dir, 'articles', 'google-capex.md')]);
  assert.equal(bad.code, 1);
  assert.match(bad.stderr, /no quote\/note pairs found \(read as article \(markdown\)\)/);
});

test('highlights --engine llm: the model writes the insights through the numeric guard', { timeout: 120000 }, async () => {
  const server = await startOpenAiServer((req) => {
    const user = req.body?.messages?.[1]?.content ?? '';
    if (user.includes('Amazon is putting'))
      return { kind: 'completion', content: JSON.stringify({ insight: '三笔合计最高160亿美元。', kinds: ['derived-total'] }) };
    // Every other quote gets an invented number: rewritten once, then dropped, then the offline insight stands.
    return { kind: 'invented', content: JSON.stringify({ insight: '规模约为9876亿美元。', kinds: ['surprising'] }) };
  });
  try {
    const dir = tempDir();
    const notes = fixtures(dir);
    const env = { FACTBRIEF_LLM_BASE_URL: server.url, FACTBRIEF_LLM_MODEL: 'test-model', FACTBRIEF_LLM_API_KEY: 'sk-test-secret' };
    const r = await runCliAsync(
      ['--data', join(dir, 'data'), '--out', join(dir, 'out'), 'highlights', '--json', '--engine', 'llm', notes],
      { env },
    );
    assert.equal(r.code, 0, r.stderr);
    const rows = jsonLines<{ insight: string; kinds: string[] }>(r.stdout);
    assert.equal(rows.length, 4);
    assert.equal(rows[1]?.insight, '三笔合计最高160亿美元。');
    assert.ok(
      rows.every((x) => !x.insight.includes('9876')),
      'the invented number never reaches the output',
    );
    assert.match(r.stderr, /1 by the LLM, 3 offline/);
    assert.equal(server.requests.length, 1 + 3 * 2, 'one request for the good quote, a request and one rewrite for each other');
  } finally {
    await server.close();
  }
});
