import assert from 'node:assert/strict';
import { test } from 'node:test';
import { replySpeaker } from './topic-reply.js';

test("a reply's speaker is the party it opens on; a pronoun names no one", () => {
  assert.equal(replySpeaker('北辰芯片方面回应称，双方交易均按市场价格进行。'), '北辰芯片');
  assert.equal(replySpeaker('该公司回应称，相关报道不实。'), undefined);
});
