import assert from 'node:assert/strict';
import { test } from 'node:test';
import { asStage, RELEASE_FROM_ITEMS, STAGE_HEAP_GROWING_PERCENT, stageHeapGrowingPercent, stagesForSize } from './memory.js';

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

test('a stage of RELEASE_FROM_ITEMS items ends with a full collection: what only it held is gone', async () => {
  let ref: WeakRef<object> | undefined;
  const result = await asStage(async (handled) => {
    const held = { rows: Array.from({ length: 10_000 }, (_, i) => ({ i })) };
    ref = new WeakRef(held);
    // A later turn: the engine keeps a new WeakRef's target alive until the turn that made it ends.
    await nextTurn();
    handled(RELEASE_FROM_ITEMS);
    return held.rows.length;
  });
  assert.equal(result, 10_000);
  assert.equal(ref?.deref(), undefined);
});

test('a stage reports its items through `handled` in parts, and its result is passed through', async () => {
  const kept = { x: 1 };
  const result = await asStage(async (handled) => {
    handled(1);
    handled(2);
    return kept;
  });
  assert.equal(result, kept);
});

test('stages may overlap and may throw: each result or error is its own, and a later stage runs as before', async () => {
  const inner = asStage(async () => 'inner');
  const failing = asStage(async () => {
    throw new Error('stage failed');
  });
  assert.equal(await asStage(async () => `${await inner}+outer`), 'inner+outer');
  await assert.rejects(failing, /stage failed/);
  assert.equal(await asStage(async () => 3), 3);
});

test('a stage for size holds V8 to memory-reducing collections while it runs, overlapping ones too, and only then', async () => {
  assert.equal(stagesForSize(), 0);
  const seen: number[] = [];
  const outer = asStage(
    async () => {
      seen.push(stagesForSize());
      await nextTurn();
      await asStage(
        async () => {
          seen.push(stagesForSize());
        },
        { forSize: true },
      );
      seen.push(stagesForSize());
      await asStage(async () => seen.push(stagesForSize()));
      throw new Error('knowledge failed');
    },
    { forSize: true },
  );
  await assert.rejects(outer, /knowledge failed/);
  assert.deepEqual(seen, [1, 2, 1, 1]);
  assert.equal(stagesForSize(), 0);
  await asStage(async () => assert.equal(stagesForSize(), 0));
});

test('while a stage runs the heap grows by a quarter between full collections; V8 chooses again once the last ends (decision 125)', async () => {
  assert.equal(STAGE_HEAP_GROWING_PERCENT, 25);
  assert.equal(stageHeapGrowingPercent(), 0);
  const seen: number[] = [];
  await asStage(async () => {
    seen.push(stageHeapGrowingPercent());
    // A stage inside a stage (a worker running two jobs at once) keeps the limit; the outer one restores it.
    await asStage(
      async () => {
        seen.push(stageHeapGrowingPercent());
      },
      { forSize: true },
    );
    seen.push(stageHeapGrowingPercent());
  });
  assert.deepEqual(seen, [25, 25, 25]);
  assert.equal(stageHeapGrowingPercent(), 0);
});
