/**
 * Who made a broker's call, in its headline (pure): a broker no table names in Chinese is named by its Latin name and
 * the Chinese word for its kind of firm (`Northbridge Securities` → `Northbridge证券`), and a Chinese head of a rating
 * or target-price move that names no broker takes the broker its source's sentence names (`中金：某芯科技目标价上调至
 * 520元`). Kind words from data/broker-kinds-zh.json.
 */
import { z } from 'zod';
import { findEntities, type Gazetteer, lookupEntry } from '../../extract/index.js';
import { loadDataTable } from '../../util/data-table.js';
import { HEADLINE_MAX } from './titles.js';

const kindsSchema = z.object({ $comment: z.string().optional(), kinds: z.record(z.string(), z.string()) }).strict();
let kinds: [string, string][] | undefined;

/** The table's kind words, longest first, each with its Chinese word. */
function kindTable(): [string, string][] {
  kinds ??= Object.entries(loadDataTable('broker-kinds-zh.json', kindsSchema).kinds).sort((a, b) => b[0].length - a[0].length);
  return kinds;
}

/** A broker's own name before its kind word: one or two capitalised Latin words (`Northbridge`, `Harbor Lane`). */
const LATIN_CORE = /^[A-Z][A-Za-z&.'-]*(?: [A-Z][A-Za-z&.'-]*)?$/u;

/**
 * A Latin broker's name as a Chinese headline writes it: its name (one or two capitalised words) and its kind of firm
 * in Chinese; undefined for a name with no kind word the table knows (it stays 券商).
 * @example latinBrokerZh('Northbridge Securities') // → 'Northbridge证券'
 * @example latinBrokerZh('Needham') // → undefined
 */
export function latinBrokerZh(name: string): string | undefined {
  const n = name.trim().replace(/\s+/g, ' ');
  for (const [en, zh] of kindTable()) {
    if (n.length <= en.length + 1 || n.slice(-en.length - 1).toLowerCase() !== ` ${en.toLowerCase()}`) continue;
    const core = n.slice(0, -en.length - 1);
    return LATIN_CORE.test(core) ? `${core}${zh}` : undefined;
  }
  return undefined;
}

/** Whether a broker's name may stand in Chinese copy: Chinese, or a Latin name with its Chinese kind word (`Northbridge证券`). */
export function printableBroker(name: string): boolean {
  return name !== '' && /\p{Script=Han}$/u.test(name);
}

/** A head of a broker's call: a target price or a rating moved, given or kept. */
const CALL = /目标价|(?:上调|下调|调升|调降|给予|维持|首次覆盖|首予|重申)[^，。]{0,8}评级|评级(?:上调|下调|调升|调降)/u;
/** A broker named by its kind when no table knows it (`华创证券`, `某某国际证券`). */
const BROKER_WORD = /\p{Script=Han}{2,6}(?:证券|证券研究所|国际|资本|投行)(?!\p{Script=Han}*(?:股价|股份))/u;

/** The broker a text names: a gazetteer firm tagged for research or banking, else a Chinese name ending on 证券. */
function brokerIn(text: string, gaz: Gazetteer): string | undefined {
  const m = findEntities(text, gaz).find((e) => {
    const tags = lookupEntry(e.name, gaz)?.tags ?? [];
    return e.type === 'org' && (tags.includes('research') || tags.includes('bank'));
  });
  if (m) return m.text;
  const w = /\p{Script=Han}{2,4}证券/u.exec(text);
  return w?.[0];
}

/**
 * A Chinese head of a broker's call naming no broker (`某芯科技目标价上调至520元`) with the broker its source names in
 * the sentence giving that call (`中金将某芯科技目标价由400元上调至520元`) before it as a Chinese editor heads a note:
 * `中金：某芯科技目标价上调至520元`. Unchanged when the head names a broker, when no sentence of the call names one, or
 * when the head would pass the length goal.
 * @example brokerFirst('某芯科技目标价上调至520元', ['中金将某芯科技目标价由400元上调至520元。'], gaz) // → '中金：某芯科技目标价上调至520元'
 */
export function brokerFirst(headline: string, sentences: readonly string[], gaz: Gazetteer): string {
  const broker = unnamedCaller(headline, sentences, gaz);
  if (!broker || /[：:]/u.test(headline)) return headline;
  const out = `${broker}：${headline}`;
  return [...out].length <= HEADLINE_MAX ? out : headline;
}

/**
 * The broker a head of a broker's call leaves out: the head moves or gives a target price or a rating and names no
 * broker (nor 券商), and a sentence of the call names one. `digest --check` reports such a head (`headline-broker`).
 * @example unnamedCaller('澜芯科技目标价上调至520元', ['中金将澜芯科技目标价由400元上调至520元。'], gaz) // → '中金'
 */
export function unnamedCaller(headline: string, sentences: readonly string[], gaz: Gazetteer): string | undefined {
  if (!CALL.test(headline) || /券商|研报/u.test(headline) || brokerIn(headline, gaz) !== undefined) return undefined;
  if (BROKER_WORD.test(headline)) return undefined;
  const call = sentences.find((s) => CALL.test(s) && brokerIn(s, gaz) !== undefined);
  return call ? brokerIn(call, gaz) : undefined;
}
