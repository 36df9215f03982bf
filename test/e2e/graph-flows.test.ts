/**
 * End-to-end: `graph` on articles written for this test. One flow told by several sources is one edge with several
 * sources (its amount is not summed over them); a joint payment gives one edge per payer, marked joint, and counts
 * once in the flow totals.
 */
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { jsonLines, runCli, tempDir } from '../support/cli.js';

interface EdgeLine {
  type: 'edge';
  from: string;
  to: string;
  kind: string;
  amount?: number;
  joint?: true;
  sources: { file: string; line: number | null; sentence: string }[];
}

const ARTICLES: Record<string, string> = {
  'reuters-mistral.md':
    '---\ntitle: Nvidia backs Mistral\ndate: 2026-03-02\nlang: en\n---\nNvidia invested $2 billion in Mistral, the French lab said on Monday.\n\nSamsung and Cisco jointly committed $6 billion to Mistral.\n',
  'ft-mistral.md':
    '---\ntitle: Mistral lines up backers\ndate: 2026-03-03\nlang: en\n---\nThe French start-up has been courting chipmakers for months.\n\nNvidia has invested about $2 billion in Mistral, people familiar with the deal said.\n',
  'caixin-mistral.md': '---\ntitle: 英伟达投资Mistral\ndate: 2026-03-03\nlang: zh\n---\n英伟达向Mistral投资了20亿美元。\n',
};

test('graph: a flow told by three sources is one edge with three sources; joint payers one edge each, counted once', () => {
  const dir = tempDir();
  const articles = join(dir, 'in');
  mkdirSync(articles);
  for (const [name, text] of Object.entries(ARTICLES)) writeFileSync(join(articles, name), text);
  const data = join(dir, 'store');
  const ing = runCli(['--data', data, 'ingest', articles, '--json']);
  assert.equal(ing.code, 0, ing.stderr);

  const g = runCli(['--data', data, 'graph', '--json']);
  assert.equal(g.code, 0, g.stderr);
  const edges = jsonLines<EdgeLine>(g.stdout).filter((x) => x.type === 'edge');
  const nvidia = edges.filter((e) => e.from === 'Nvidia' && e.to === 'Mistral AI');
  assert.equal(nvidia.length, 1, g.stdout);
  assert.equal(nvidia[0]?.amount, 2e9, 'the stated amount, not a sum over sources');
  assert.deepEqual(nvidia[0]?.sources.map((s) => s.file.split('/').pop()).sort(), [
    'caixin-mistral.md',
    'ft-mistral.md',
    'reuters-mistral.md',
  ]);
  assert.ok(nvidia[0]?.sources.every((s) => typeof s.line === 'number' && s.line > 5));

  const joint = edges.filter((e) => e.to === 'Mistral AI' && e.joint);
  assert.deepEqual(joint.map((e) => e.from).sort(), ['Cisco', 'Samsung Electronics']);
  assert.ok(joint.every((e) => e.amount === 6e9 && e.sources.length === 1));

  // Flow totals: Mistral received $2B + $6B = $8B (not $2B × 3 sources, not $6B × 2 payers).
  const text = runCli(['--data', data, 'graph']);
  assert.equal(text.code, 0, text.stderr);
  assert.match(text.stdout, /Mistral AI\s+in \$8B \/ out \$0/);
  assert.match(text.stdout, /Nvidia\s+in \$0 \/ out \$2B/);
  const outs = ['Samsung Electronics', 'Cisco'].map((n) => new RegExp(`${n}\\s+in \\$0 / out \\$([\\d.]+)B`).exec(text.stdout)?.[1]);
  assert.equal(
    outs.reduce((a, b) => a + Number(b), 0),
    6,
    text.stdout,
  );
});
