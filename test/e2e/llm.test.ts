/** End-to-end: `factbrief run` with the LLM engine against our own OpenAI-compatible server on loopback. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { runCliAsync, tempDir } from '../support/cli.js';
import { type RecordedRequest, type ScriptStep, startOpenAiServer } from '../support/openai-server.js';

const INVENTED = '9876亿美元';

/** Story requests get a reply with an invented figure; the first request of all gets a 429. */
function responder(req: RecordedRequest, index: number): ScriptStep {
  if (index === 0) return { kind: 'rate-limit', retryAfter: 0 };
  if (index === 1) return { kind: 'malformed', content: 'Sure! Here is the digest: {headline: ' };
  if (!req.raw.includes('allowed_figures'))
    return { kind: 'completion', content: JSON.stringify({ title: 'AI 日报：巨头资本开支与循环融资' }) };
  return {
    kind: 'completion',
    content: JSON.stringify({
      headline: '巨头加码算力投资',
      paragraphs: [`据测算，相关投入将达${INVENTED}。多家机构认为，算力需求仍在上升。`],
      blocks: [],
      insights: [],
      impacts: ['利好：算力供应商订单增加。'],
      oneLine: '巨头继续加码算力投资。',
    }),
  };
}

test('LLM run: survives 429 and malformed replies, drops invented numbers, second run sends zero requests', {
  timeout: 180000,
}, async () => {
  const server = await startOpenAiServer(responder);
  try {
    const data = tempDir();
    const out = tempDir();
    const env = {
      FACTBRIEF_ENGINE: 'llm',
      FACTBRIEF_LLM_BASE_URL: server.url,
      FACTBRIEF_LLM_MODEL: 'test-model',
      FACTBRIEF_LLM_API_KEY: 'sk-test-secret',
    };
    const first = await runCliAsync(['--data', data, '--out', out, 'run', '--sample'], { env });
    assert.equal(first.code, 0, first.stderr);
    const sent = server.requests.length;
    assert.ok(sent >= 3, `requests sent: ${sent}`);
    const md = readFileSync(join(out, 'digests', '2026-11-22.md'), 'utf8');
    assert.ok(!md.includes('9876'), 'the invented number never reaches the digest');
    assert.match(md, /巨头加码算力投资/, 'the model wrote the stories');
    assert.match(first.stderr, /numeric guard dropped [1-9]\d* sentences?/);
    for (const r of server.requests) {
      assert.equal(r.headers.authorization, 'Bearer sk-test-secret');
      assert.ok(!r.raw.includes('sk-test-secret'), 'the key never travels in a prompt');
    }
    const second = await runCliAsync(['--data', data, '--out', out, 'run', '--sample'], { env });
    assert.equal(second.code, 0, second.stderr);
    assert.equal(server.requests.length, sent, 'the cache answers every prompt of the second run');
    assert.equal(readFileSync(join(out, 'digests', '2026-11-22.md'), 'utf8'), md);
  } finally {
    await server.close();
  }
});
