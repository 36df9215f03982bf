import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildGazetteer, findEntities, loadGazetteer } from './index.js';
import { matchSplitNames } from './split-names.js';

const gaz = loadGazetteer([]);
const found = (text: string, splitNames = true) => findEntities(text, gaz, { fuzzy: true, splitNames }).map((m) => `${m.text}=${m.name}`);

test('split names: words a recogniser split out of one name resolve to it', () => {
  assert.deepEqual(found('we think and tropic will raise again'), ['and tropic=Anthropic']);
  assert.deepEqual(found('analysts at Gold man Sachs said so'), ['Gold man Sachs=Goldman Sachs']);
  assert.deepEqual(found('then Micro soft signed'), ['Micro soft=Microsoft']);
  assert.deepEqual(found('Sam Alt man spoke'), ['Sam Alt man=Sam Altman']);
});

test('split names: off by default, and a name merely written in lower case is no split', () => {
  assert.ok(!found('then Micro soft signed', false).includes('Micro soft=Microsoft'));
  assert.deepEqual(found('we went for a walk and then talked about the weather'), []);
  // Words that follow the alias's own word boundaries are not a split (exact-case rules decide those).
  const own = buildGazetteer([{ name: 'Broad Street Labs', type: 'org', aliases: [] }]);
  assert.deepEqual(matchSplitNames('the broad street labs idea', own.fuzzy, []), []);
  assert.deepEqual(
    matchSplitNames('the broads treet labs idea', own.fuzzy, []).map((m) => m.name),
    ['Broad Street Labs'],
  );
});
