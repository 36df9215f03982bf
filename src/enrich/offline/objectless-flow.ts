/**
 * A brief prints no figure without its event (decision 141): an investment told with its giver and amount only
 * (`甲公司投资12亿美元。` — who invests, but in what?) says a number, not news. The English sentence behind it named what
 * the money buys (`will invest $1.2bn for a 25 per cent stake in the venture`), which the claim's template has no slot
 * for; printed alone under 更多动态 it reads as the headline's event told from the other side. Such a secondary figure is
 * not said; the story's other figures are. A flow to a named receiver (`甲向乙投资…`), a round raised (`甲融资…`, no
 * object needed), a cumulative or held amount (`累计投资`, `投资余额`) are events of their own and stay. Pure.
 */

/** The flow verbs that need an object in Chinese: `投资` says nothing until it says in what. */
const OBJECT_VERBS = ['投资'] as const;

/** What may stand between the giver's name and the verb without naming a receiver: a modal or a period (将, 拟, 2026年). */
const NO_RECEIVER = /^[^，。；、向与对在为给于]{0,10}$/u;

/**
 * Whether a sentence tells an investment by its giver and amount only: it opens on the giver's name, ends on the verb and
 * the amount, and names no receiver between them.
 * @example objectlessFlow('甲公司投资**12亿美元**。', '甲公司', '12亿美元') // → true
 * @example objectlessFlow('甲公司将向乙公司投资12亿美元。', '甲公司', '12亿美元') // → false
 */
export function objectlessFlow(sentence: string, subject: string, amount: string): boolean {
  const s = sentence
    .replace(/\*\*/g, '')
    .replace(/[。！]$/u, '')
    .trim();
  if (subject === '' || amount === '' || !s.startsWith(subject)) return false;
  const rest = s.slice(subject.length);
  return OBJECT_VERBS.some((verb) => {
    const tail = `${verb}${amount}`;
    if (!rest.endsWith(tail)) return false;
    const between = rest.slice(0, rest.length - tail.length);
    // 累计投资 / 投资余额 are measures of their own, not a flow missing its receiver.
    return NO_RECEIVER.test(between) && !between.endsWith('累计');
  });
}
