/**
 * The dateline sentence opens the lead (pure, decision 170). A source may open on the market (`纳斯达克指数收涨1.1%。`,
 * `该股盘中一度大涨6%。`) and tell its news after (`星河芯片10日晚间公告，…`). Taken in source order the digest's lead
 * then opens on one index figure or share move with nothing introduced, and the news comes second (a senior editor's
 * K8/K12). Where the lead's opening sentences are market moves and a later lead sentence is a dateline sentence (a
 * day and a telling verb in its opening), the moves go after the news, at the lead's end, as 财联社 tells them.
 * Silent when no dateline sentence follows: a market story opens on its market.
 */

import type { SourceSentence } from './sentences.js';

/** A share or index move: a percent or points with a move word, and no telling verb. */
const MOVE = /(?:指数|股价|股票|个股|该股|收涨|收跌|收高|收低|涨幅|跌幅|收盘|盘中|盘前|盘后|大涨|大跌|上涨|下跌|涨停|跌停)/u;
const MOVE_FIGURE = /\d+(?:\.\d+)?\s*(?:%|％|点)/u;
const TELLING = /公告|宣布|披露|公布|发布|表示|签署|签订|称|透露|获悉|证实/u;

/** A day in a sentence's opening (11月24日, 24日, 今日, 周三, 美东时间周三) then a telling verb. */
const DATELINE =
  /^[^。；]{0,24}?(?:\d{1,2}月\d{1,2}日|\d{1,2}日|今日|今天|昨日|昨晚|周[一二三四五六日]|星期[一二三四五六日])(?:晚间|早间|午间|盘后|盘前)?[^。；]{0,12}?(?:公告|宣布|披露|公布|发布|表示|签署|签订|透露|证实)/u;

/**
 * Whether a sentence only tells a share or index move.
 * @example marketMove('纳斯达克指数收涨1.1%，续创新高。') // → true
 * @example marketMove('星河芯片10日晚间公告，股价盘后上涨6%。') // → false (a telling verb: news)
 */
export function marketMove(text: string): boolean {
  return MOVE.test(text) && MOVE_FIGURE.test(text) && !TELLING.test(text);
}

/**
 * Whether a sentence is a dateline sentence: it opens on a day and a telling verb.
 * @example datelineSentence('星河芯片10日晚间公告，拟募资不超过60亿元。') // → true
 * @example datelineSentence('公司拟募资不超过60亿元。') // → false
 */
export function datelineSentence(text: string): boolean {
  return DATELINE.test(text.trim());
}

/**
 * The lead with its opening market moves after its news: when the lead opens on one or more market moves and a later
 * sentence of the lead is a dateline sentence, the moves go to the lead's end, the dateline sentence first.
 * @example // [index move, dateline, figures] → [dateline, figures, index move]
 */
export function datelineFirst(lead: readonly SourceSentence[]): SourceSentence[] {
  let n = 0;
  while (n < lead.length && marketMove((lead[n] as SourceSentence).sentence.text)) n++;
  if (n === 0 || n >= lead.length) return [...lead];
  if (!datelineSentence((lead[n] as SourceSentence).sentence.text)) return [...lead];
  return [...lead.slice(n), ...lead.slice(0, n)];
}
