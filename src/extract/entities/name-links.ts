/**
 * Names linked across texts: a Chinese name one text glosses with a Latin one (`瀚芯科技（Hanxin Technology）`,
 * `Hanxin Technology (瀚芯科技)`, `Hanxin, known in Chinese as 瀚芯科技`) names the same company in every other text,
 * which may write only one of the two. The glossing text's own mentions already carry the Latin name
 * (`bracketGlosses`); the links carry it to the other texts, so claims, conflicts and deal edges across texts use one
 * canonical name. The canonical name is the Latin one (as for the gazetteer's Nvidia = 英伟达); the Chinese name stays
 * each mention's text, which Chinese output shows (enrich's `zhName` picks the surface form the sources use).
 */
import type { EntityMention } from '../../types/entity.js';
import type { Figure } from '../../types/figure.js';
import { soundLinks, soundNames } from './pinyin-links.js';

/** Chinese name → the canonical (Latin) name it was glossed with. */
export type NameLinks = ReadonlyMap<string, string>;

const HAN_ONLY = /^\p{Script=Han}{2,}$/u;
const LATIN_NAME = /^[A-Za-z]/;

/**
 * The glosses a text's mentions carry: a discovered mention written in Chinese whose name is Latin (the text glossed
 * it). Example: mention {text: '瀚芯科技', name: 'Hanxin Technology'} → ['瀚芯科技', 'Hanxin Technology'].
 */
export function glossPairs(entities: readonly EntityMention[]): [string, string][] {
  const out = new Map<string, string>();
  for (const m of entities) {
    if (m.match !== 'discovered' || m.type !== 'org' || !HAN_ONLY.test(m.text) || !LATIN_NAME.test(m.name)) continue;
    if (!out.has(m.text)) out.set(m.text, m.name);
  }
  return [...out];
}

/**
 * Adds the glosses of `entities` to `links` (a name already linked keeps its first gloss, so links never change once
 * made); returns the links added. Example: links {} + a text glossing 瀚芯科技 → [['瀚芯科技', 'Hanxin Technology']].
 */
export function learnLinks(links: Map<string, string>, entities: readonly EntityMention[]): [string, string][] {
  const added: [string, string][] = [];
  for (const [zh, latin] of glossPairs(entities)) {
    if (links.has(zh)) continue;
    links.set(zh, latin);
    added.push([zh, latin]);
  }
  return added;
}

/** `name` under the links; a joint subject ('A + B') is linked part by part. Unlinked names come back unchanged. */
export function linkedName(name: string, links: NameLinks): string {
  const direct = links.get(name);
  if (direct) return direct;
  if (!name.includes(' + ')) return name;
  return name
    .split(' + ')
    .map((p) => links.get(p) ?? p)
    .join(' + ');
}

/**
 * An extraction with every linked name replaced by its canonical name: mentions' names, figures' subjects and
 * counterparties. Returns undefined when nothing changes (the caller need not store it again).
 */
export function linkExtraction<X extends { figures: Figure[]; entities: EntityMention[] }>(x: X, links: NameLinks): X | undefined {
  if (links.size === 0) return undefined;
  let changed = false;
  const entities = x.entities.map((m) => {
    const name = links.get(m.name);
    if (!name) return m;
    changed = true;
    return { ...m, name };
  });
  const figures = x.figures.map((f) => {
    const subject = f.subject === undefined ? undefined : linkedName(f.subject, links);
    const counterparty = f.counterparty === undefined ? undefined : linkedName(f.counterparty, links);
    if (subject === f.subject && counterparty === f.counterparty) return f;
    changed = true;
    const g: Figure = { ...f };
    if (subject !== undefined) g.subject = subject;
    if (counterparty !== undefined) g.counterparty = counterparty;
    return g;
  });
  return changed ? { ...x, entities, figures } : undefined;
}

/**
 * Adds the links by sound (pinyin-links.ts) among `names` to `links`, for Chinese names no gloss linked; returns the
 * links added. Example: links {} + ['Hengchuan Semiconductor', '衡川半导体'] → [['衡川半导体', 'Hengchuan Semiconductor']].
 */
export function learnSoundLinks(links: Map<string, string>, names: Iterable<string>): [string, string][] {
  const added = soundLinks(names, links);
  for (const [zh, latin] of added) links.set(zh, latin);
  return added;
}

/**
 * Links learned over a set of texts and applied to each (the `extract` and `entities` commands over several files):
 * glosses first, then names that sound alike (衡川半导体 in one text, Hengchuan Semiconductor in another). Returns the
 * extractions with linked names, in the same order.
 */
export function linkAcross<X extends { figures: Figure[]; entities: EntityMention[] }>(xs: X[]): X[] {
  const links = new Map<string, string>();
  for (const x of xs) learnLinks(links, x.entities);
  learnSoundLinks(
    links,
    xs.flatMap((x) => soundNames(x.entities)),
  );
  if (links.size === 0) return xs;
  return xs.map((x) => linkExtraction(x, links) ?? x);
}
