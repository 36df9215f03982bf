/** End-to-end: `factbrief mcp` spawned over stdio by the SDK's own client, on a store built from our own articles. */
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { bin, root, runCli, tempDir } from '../support/cli.js';

/** Three small articles: two outlets disagree on Google's capex; Nvidia and OpenAI pay each other (a loop). */
function store(): { data: string; out: string; articles: string } {
  const dir = tempDir('factbrief-mcp-');
  const articles = join(dir, 'articles');
  mkdirSync(articles);
  writeFileSync(
    join(articles, 'capex-a.md'),
    '---\ntitle: Google lifts spending\ndate: 2026-11-20\noutlet: 路透社\n---\n\nGoogle lifted its outlook on Thursday.\n\nGoogle will spend more than $100 billion on capital expenditures in 2026, the company said.\n',
  );
  writeFileSync(
    join(articles, 'capex-b.md'),
    '---\ntitle: 谷歌资本开支预估\ndate: 2026-11-20\noutlet: 彭博\n---\n\n分析师认为，谷歌2026年资本开支约为850亿美元。\n',
  );
  writeFileSync(
    join(articles, 'loop.md'),
    '---\ntitle: Nvidia and OpenAI deepen ties\ndate: 2026-11-20\n---\n\nNvidia will invest up to $50 billion in OpenAI.\n\nOpenAI agreed to buy $30 billion of Nvidia chips next year.\n',
  );
  const data = join(dir, 'data');
  const out = join(dir, 'out');
  const r = runCli(['--data', data, 'ingest', articles]);
  assert.equal(r.code, 0, r.stderr);
  return { data, out, articles };
}

function text(result: unknown): string {
  const content = (result as { content: { type: string; text: string }[] }).content;
  return content.map((c) => c.text).join('\n');
}

test('mcp: the SDK client lists the tools and gets claims with their sources, flows with loops, and a clear error for an unknown subject', {
  timeout: 120000,
}, async () => {
  const { data, out, articles } = store();
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [bin, '--data', data, '--out', out, 'mcp'],
    cwd: root,
    stderr: 'pipe',
  });
  const client = new Client({ name: 'factbrief-test', version: '1.0.0' });
  await client.connect(transport);
  try {
    const tools = (await client.listTools()).tools.map((t) => t.name).sort();
    assert.deepEqual(tools, ['claims', 'conflicts', 'digest', 'flows', 'search']);

    // Claims of a subject asked by its Chinese alias: each value with its file and line.
    const claims = await client.callTool({ name: 'claims', arguments: { subject: '谷歌', metric: 'capex' } });
    assert.ok(!claims.isError, text(claims));
    const body = JSON.parse(text(claims)) as {
      subject: string;
      claims: {
        period: string;
        conflict: boolean;
        values: { value: number; source: string; line: number; sentence: string; outlet: string }[];
      }[];
    };
    assert.equal(body.subject, 'Google');
    const c2026 = body.claims.find((c) => c.period === '2026');
    assert.ok(c2026, JSON.stringify(body));
    assert.equal(c2026.conflict, true);
    const bySource = Object.fromEntries(c2026.values.map((v) => [v.source, v]));
    assert.equal(bySource[join(articles, 'capex-a.md')]?.value, 1e11);
    assert.equal(bySource[join(articles, 'capex-a.md')]?.line, 9, 'the line in the file, front matter counted');
    assert.equal(bySource[join(articles, 'capex-a.md')]?.outlet, '路透社');
    assert.equal(bySource[join(articles, 'capex-b.md')]?.value, 8.5e10);
    assert.equal(bySource[join(articles, 'capex-b.md')]?.line, 7);
    assert.match(bySource[join(articles, 'capex-b.md')]?.sentence ?? '', /850亿美元/);

    const conflicts = JSON.parse(text(await client.callTool({ name: 'conflicts', arguments: {} }))) as { conflicts: { subject: string }[] };
    assert.deepEqual(
      conflicts.conflicts.map((c) => c.subject),
      ['Google'],
    );

    const flows = JSON.parse(text(await client.callTool({ name: 'flows', arguments: { entity: '英伟达' } }))) as {
      entity: string;
      outgoing: { to: string; kind: string; amount: number; sources: { file: string; line: number }[] }[];
      incoming: { from: string; kind: string }[];
      loops: { path: string }[];
    };
    assert.equal(flows.entity, 'Nvidia');
    assert.deepEqual(
      flows.outgoing.map((f) => [f.to, f.kind, f.amount]),
      [['OpenAI', 'invest', 5e10]],
    );
    assert.equal(flows.outgoing[0]?.sources[0]?.file, join(articles, 'loop.md'));
    assert.deepEqual(
      flows.incoming.map((f) => [f.from, f.kind]),
      [['OpenAI', 'purchase']],
    );
    assert.equal(flows.loops.length, 1);
    assert.match(flows.loops[0]?.path ?? '', /Nvidia → OpenAI → Nvidia|OpenAI → Nvidia → OpenAI/);

    const search = JSON.parse(text(await client.callTool({ name: 'search', arguments: { query: '谷歌' } }))) as {
      results: { source: string }[];
    };
    assert.ok(
      search.results.some((r) => r.source === join(articles, 'capex-b.md')),
      JSON.stringify(search),
    );

    // Errors are answers, not crashes: the server keeps serving after them.
    const unknown = await client.callTool({ name: 'claims', arguments: { subject: 'Acme Robotics' } });
    assert.equal(unknown.isError, true);
    assert.match(text(unknown), /unknown subject "Acme Robotics".*Subjects with claims: .*Google/);
    const noDay = await client.callTool({ name: 'digest', arguments: { date: '2026-01-01' } });
    assert.equal(noDay.isError, true);
    assert.match(text(noDay), /no digest written for 2026-01-01.*Days with stories: 2026-11-20/);
    const day = JSON.parse(text(await client.callTool({ name: 'digest', arguments: { date: '2026-11-20' } }))) as { stories: unknown[] };
    assert.ok(day.stories.length >= 1);
    // The digest file, once written, is what the tool returns.
    assert.equal(runCli(['--data', data, '--out', out, 'digest', '--date', '2026-11-20']).code, 0);
    const written = JSON.parse(text(await client.callTool({ name: 'digest', arguments: { date: '2026-11-20' } }))) as { markdown: string };
    assert.match(written.markdown, /^---\ntitle: /);
    const bad = await client.callTool({ name: 'digest', arguments: { date: 'yesterday' } });
    assert.equal(bad.isError, true);
  } finally {
    await client.close();
  }
});

test('mcp: without a store it says so and exits 1', () => {
  const dir = tempDir('factbrief-mcp-');
  const r = runCli(['--data', join(dir, 'none'), 'mcp']);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /no store at .*factbrief ingest/);
});
