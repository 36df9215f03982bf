import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extract } from '../index.js';
import { findEntities, glossPairs, learnLinks, linkAcross, linkExtraction, loadGazetteer } from './index.js';

const gaz = loadGazetteer();
const names = (text: string) => findEntities(text, gaz, { discover: true }).map((m) => `${m.name}@${m.text}`);

test('a Latin name glossed with its Chinese name, in brackets or "known in Chinese as", names the Chinese mentions', () => {
  assert.deepEqual(names('Lanxi Robotics (蓝溪机器人) raised $80 million. 蓝溪机器人 will build a plant.'), [
    'Lanxi Robotics@Lanxi Robotics',
    'Lanxi Robotics@蓝溪机器人',
    'Lanxi Robotics@蓝溪机器人',
  ]);
  assert.deepEqual(names('Qinglan Semiconductor, known in Chinese as 青岚半导体, raised $80 million.'), [
    'Qinglan Semiconductor@Qinglan Semiconductor',
    'Qinglan Semiconductor@青岚半导体',
  ]);
  // A description in brackets is no gloss.
  assert.ok(!names('Lanxi Robotics (机器人公司) raised $80 million.').some((n) => n.includes('机器人公司')));
});

test('a gloss in one text names the company in a text that writes only the Chinese name', () => {
  const a = extract('芯片设计商澜芯科技（Lanxin Technology）今日起招股，集资最多59亿港元。', { date: '2026-08-13' }, gaz);
  const b = extract('澜芯科技2025年营收18.6亿元。高瓴向澜芯科技投资8000万美元。', { date: '2026-08-14' }, gaz);
  assert.deepEqual(glossPairs(a.entities), [['澜芯科技', 'Lanxin Technology']]);
  // Alone, the second text knows only the Chinese name.
  assert.equal(b.figures[0]?.subject, '澜芯科技');
  const [, linked] = linkAcross([a, b]);
  assert.equal(linked?.figures[0]?.subject, 'Lanxin Technology');
  assert.ok(linked?.entities.filter((m) => m.text === '澜芯科技').every((m) => m.name === 'Lanxin Technology'));
  assert.ok(linked?.figures.some((f) => f.counterparty === 'Lanxin Technology'));
});

test('links are first come: a later gloss of a linked name does not move it; unchanged extractions come back undefined', () => {
  const links = new Map<string, string>();
  const m = (text: string, name: string) => ({
    name,
    type: 'org' as const,
    start: 0,
    end: text.length,
    text,
    match: 'discovered' as const,
  });
  assert.deepEqual(learnLinks(links, [m('澜芯科技', 'Lanxin Technology')]), [['澜芯科技', 'Lanxin Technology']]);
  assert.deepEqual(learnLinks(links, [m('澜芯科技', 'Lanxin Tech')]), []);
  // Alias matches and Chinese-named discoveries teach nothing.
  assert.deepEqual(learnLinks(links, [{ ...m('英伟达', 'Nvidia'), match: 'alias' }, m('星衍智能', '星衍智能')]), []);
  assert.equal(linkExtraction({ figures: [], entities: [m('英伟达', 'Nvidia')] }, links), undefined);
  const joint = linkExtraction(
    { figures: [{ text: '1亿', start: 0, end: 2, kind: 'money', qualifier: 'exact', subject: 'Nvidia + 澜芯科技' }], entities: [] },
    links,
  );
  assert.equal(joint?.figures[0]?.subject, 'Nvidia + Lanxin Technology');
});
