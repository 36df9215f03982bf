/** sameToldValue (issue 11, decision 057): told before means the same value however rounded; a bound or range only itself. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractFigures } from '../extract/index.js';
import type { Figure } from '../types/index.js';
import { DEFAULT_OPTIONS, sameToldValue } from './index.js';

const f = (t: string) => extractFigures(t)[0] as Figure;
const same = (a: string, b: string) => sameToldValue(f(a), f(b), DEFAULT_OPTIONS.tolerance);

test('sameToldValue: a rounding of the value told is the value; a point inside a range or under a cap is news', () => {
  assert.ok(same('约7.5亿美元', '7.45亿美元'));
  assert.ok(same('884亿美元', '884.2亿美元'));
  assert.ok(!same('25港元', '22港元至25港元'), 'a final price at the top of the range told before is news');
  assert.ok(!same('62亿港元', '最多62亿港元'), 'the amount raised is not the cap told before');
  assert.ok(same('最多62亿港元', '最多62亿港元'));
  assert.ok(!same('7300亿美元', '超过1000亿美元'));
  assert.ok(!same('7.5亿美元', '7.5亿港元'));
});
