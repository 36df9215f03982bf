/** Chinese names of entities and of parties named by their role. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { StoryBundle } from '../../types/index.js';
import { entityDirectory, zhName } from './names.js';

const empty = { items: [], entities: {} } as unknown as StoryBundle; // only items and entities are read

test('zhName: a party named by its role (a generic deal payer) is written in Chinese', () => {
  assert.equal(zhName('bond investors', empty, entityDirectory([])), '债券投资者');
});

test('zhName: a name with no Chinese form stays as it is', () => {
  assert.equal(zhName('Fluidstack', empty, entityDirectory([])), 'Fluidstack');
});
