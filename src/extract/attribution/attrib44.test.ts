import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadGazetteer } from '../entities/gazetteer.js';
import { extract } from '../index.js';

const gaz = loadGazetteer();
const figures = (text: string) =>
  extract(text, { docDate: '2026-06-10' }, gaz).figures.map((f) => `${f.text}|${f.subject ?? '-'}|${f.metric ?? '-'}|${f.period ?? '-'}`);

test("a long description cut by the name scan is no name ('计算机视觉公司云栖视觉' is 云栖视觉's)", () => {
  const text = '计算机视觉公司映川视觉宣布完成6亿元C轮融资。映川视觉表示，资金将用于研发。';
  assert.deepEqual(figures(text), ['6亿元|映川视觉|funding|-']);
  const en = '自动驾驶卡车企业远途智驾完成3亿元融资，远途智驾称。';
  assert.deepEqual(figures(en), ['3亿元|远途智驾|funding|-']);
});
