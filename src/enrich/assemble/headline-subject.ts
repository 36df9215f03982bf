/**
 * Whether a headline names who did what (pure over the gazetteer): the engine heads a story whose source title names no
 * one (a broker note's own title, `AI驱动成长，业绩拐点已至`) with its lead fact instead, and `digest --check` reports
 * `headline-subject` on a printed one. Moved from render/check/cohesion.ts (which re-exports it), one rule for both.
 */
import { findEntities, type Gazetteer } from '../../extract/index.js';

/**
 * Words a headline may name its subject by when the gazetteer does not know it: a company or body by its kind, a Latin
 * name (not a technology's or a measure's acronym: AI, GPU, HBM, IPO, EPS name no one).
 */
const SUBJECT_WORD =
  /[\p{Script=Han}]{2,}(?:公司|集团|科技|银行|证券|股份|控股|资本|基金|交易所|研究院|实验室|大学|医院|电子|半导体|智能|汽车|机器人|电力|能源|通信|网络|软件|芯|微)|(?!(?:AI|AIGC|AGI|GPU|CPU|NPU|HBM|IPO|ASIC|EPS|ROE|PC|PE)(?![A-Za-z0-9]))[A-Z][A-Za-z0-9.&-]+|[“「《][^”」》]+[”」》]|[\p{Script=Han}]{2,}股(?!价|份|东|权|息)|巨头|大厂|厂商|运营商|云厂商|央行|美联储|证监会|国务院|[部委局署会院]|政府|市场|行业|板块|指数|美股|港股|A股/u;

/**
 * Whether a story headline names who did what: a gazetteer entity, a name the caller knows (a claim's subject), or a
 * name by its kind (`…科技`, a Latin name, a quoted name, a government body, a market). A headline of figures alone
 * (`营收增长30%，净利润翻倍`) names nobody.
 * @example hasSubject('营收同比增长30%，净利润翻倍', gaz) // → false
 */
export function hasSubject(headline: string, gaz: Gazetteer, known: (text: string) => boolean = () => false): boolean {
  const t = headline.trim();
  if (SUBJECT_WORD.test(t) || known(t)) return true;
  return findEntities(t, gaz).some((m) => m.type !== 'media');
}
