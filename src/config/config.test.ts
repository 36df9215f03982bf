import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ConfigError, parseConfig } from './load.js';

const refuses = (input: unknown, pattern: RegExp, env: NodeJS.ProcessEnv = {}) =>
  assert.throws(
    () => parseConfig(input, env),
    (e: unknown) => e instanceof ConfigError && pattern.test(e.message),
  );

test('unknown keys are refused, at the root and in sections, naming the key', () => {
  refuses({ engin: 'llm' }, /Unrecognized key.*'engin'/);
  refuses({ llm: { baseUrl: 'http://x' } }, /llm.*'baseUrl'/);
  refuses({ limits: { maxFigure: 3 } }, /limits.*'maxFigure'/);
});

test('an LLM baseURL that is not an absolute http(s) URL is refused at load, from the file or the environment', () => {
  for (const bad of ['not a url', 'localhost:11434/v1', 'ftp://example.com/v1', 'javascript:alert(1)', '']) {
    refuses({ llm: { baseURL: bad } }, /llm\.baseURL: must be an absolute http/);
  }
  refuses({}, /FACTBRIEF_LLM_BASE_URL/, { FACTBRIEF_LLM_BASE_URL: 'nope' });
  assert.equal(parseConfig({ llm: { baseURL: 'http://127.0.0.1:11434/v1' } }, {}).llm.baseURL, 'http://127.0.0.1:11434/v1');
});

test('defaults carry the limits and the LLM failure bounds', () => {
  const c = parseConfig({}, {});
  assert.equal(c.limits.maxFigures, 20_000);
  assert.equal(c.llm.maxConsecutiveFailures, 5);
  assert.ok(c.llm.maxRetryAfterMs <= 60_000);
});
