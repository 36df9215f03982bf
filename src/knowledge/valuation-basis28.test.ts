/**
 * A valuation after convertible notes convert (转股后, fully diluted) is another measure than the round's post-money
 * one (issue 11, decision 071): two claims, never a dispute. Sentences written for this test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { valuationBasisOf } from './valuation-basis.js';

test('post-conversion valuations are their own basis; post-money and unqualified ones are not', () => {
  assert.equal(
    valuationBasisOf('北风系统本轮投后估值为50亿美元，若可转债全部转股，转股后估值约为62亿美元。', '约为62亿美元'),
    'post-conversion',
  );
  assert.equal(valuationBasisOf('北风系统本轮投后估值为50亿美元，若可转债全部转股，转股后估值约为62亿美元。', '50亿美元'), undefined);
  assert.equal(
    valuationBasisOf('Northwind Systems was valued at $6.2 billion on a fully diluted basis, people familiar said.', '$6.2 billion'),
    'post-conversion',
  );
  assert.equal(
    valuationBasisOf(
      'The round gives Northwind a post-money valuation of $5 billion, or $6.2 billion after the notes convert.',
      '$6.2 billion',
    ),
    'post-conversion',
  );
  assert.equal(valuationBasisOf('The round gives Northwind a post-money valuation of $5 billion.', '$5 billion'), undefined);
  assert.equal(valuationBasisOf('本轮投前估值为46亿美元。', '46亿美元'), 'pre-money');
});
