/**
 * Another company's aside (decision 144): an article's paragraph opening on a topic (`供应链方面，台积电…`, `新股方面，…`,
 * `字节跳动方面，据知情人士透露，其…`) and speaking of a company that is none of the story's parties is that company's news,
 * not the story's; glued after the lead's first sentence it reads as background the story never explains. The shape is a
 * topic phrase from data/other-aside.json plus whom the sentence names. Pure.
 */
import { z } from 'zod';
import { loadDataTable } from '../../util/data-table.js';
import { dropOutletTag } from '../assemble/sentence-shape.js';
import type { SourceSentence } from './sentences.js';

const schema = z.object({
  $comment: z.string().optional(),
  topicEnds: z.array(z.string()),
  marketTopics: z.array(z.string()),
  ownTopics: z.array(z.string()),
});

const esc = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

let shape: { topic: RegExp; market: readonly string[] } | undefined;

function table(): { topic: RegExp; market: readonly string[] } {
  if (shape) return shape;
  const t = loadDataTable('other-aside.json', schema);
  shape = {
    topic: new RegExp(`^(?:在|从)?([^，。,；;]{1,12}?)(?:${t.topicEnds.map(esc).join('|')})[，,]`, 'u'),
    market: [...t.marketTopics, ...t.ownTopics],
  };
  return shape;
}

/** A pointer at the story's company opening a clause (该公司, 公司): the sentence speaks of the story's company. */
const POINTER = /该公司|(?:^|[，、；])公司/u;

const named = (text: string, names: readonly string[]) => names.some((n) => [...n].length >= 2 && text.includes(n));

/**
 * Whether a sentence is another company's aside: it opens on a topic phrase that is not the market's (个股方面), names a
 * company of `orgs` (its article's organisations) before any of `parties`, and points at no company of the story (该公司).
 * @example otherAside('供应链方面，云岫半导体公布6月营收120亿元。', ['星河芯片'], ['云岫半导体']) // → true
 * @example otherAside('个股方面，云岫半导体收涨5%。', ['星河芯片'], ['云岫半导体']) // → false
 * @example otherAside('订单方面，据悉云岫半导体拟向星河芯片采购逾10亿元。', ['星河芯片'], ['云岫半导体']) // → false (its own orders)
 */
export function otherAside(text: string, parties: readonly string[], orgs: readonly string[]): boolean {
  const t = dropOutletTag(text.trim());
  const { topic, market } = table();
  const m = topic.exec(t);
  if (!m) return false;
  const head = (m[1] ?? '').replace(/^(?:在|从)/u, '');
  if (market.some((w) => head === w || head.endsWith(w))) return false;
  if (POINTER.test(t)) return false;
  // Whom it speaks of is the first company it names: a party named later (…来自英伟达的拉货) is that company's customer.
  const others = orgs.filter((o) => [...o].length >= 2 && !parties.some((p) => o.includes(p) || p.includes(o)));
  const at = (names: readonly string[]) =>
    Math.min(
      ...names
        .filter((n) => [...n].length >= 2)
        .map((n) => t.indexOf(n))
        .filter((k) => k >= 0),
      Number.POSITIVE_INFINITY,
    );
  const other = at(others);
  return other < Number.POSITIVE_INFINITY && other < at(parties);
}

/**
 * The chosen sentences without another company's aside after the first: such a sentence goes, and so does a chosen
 * sentence after it naming the aside's company and none of the parties (it goes on about that company,
 * `目前X持有Y约59%的股权`); unless `keep` holds it (a head clause's own sentence).
 * @param orgsOf the organisations an article names (its entity mentions)
 */
export function withoutOtherAside(
  chosen: readonly SourceSentence[],
  parties: readonly string[],
  orgsOf: (s: SourceSentence) => readonly string[],
  keep: (s: SourceSentence) => boolean = () => false,
): SourceSentence[] {
  /** The companies the asides gone speak of (the non-parties they name). */
  const theirs: string[] = [];
  return chosen.filter((s, i) => {
    if (i === 0 || keep(s)) return true;
    const t = dropOutletTag(s.sentence.text);
    if (otherAside(s.sentence.text, parties, orgsOf(s))) {
      theirs.push(...orgsOf(s).filter((o) => [...o].length >= 2 && t.includes(o) && !parties.some((p) => o.includes(p) || p.includes(o))));
      return false;
    }
    // A later sentence going on about an aside's company (目前X持有Y约59%的股权), naming no party, goes with it.
    return !(named(t, theirs) && !named(t, parties) && !POINTER.test(t));
  });
}
