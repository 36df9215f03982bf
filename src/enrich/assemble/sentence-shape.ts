/**
 * Whether a piece of source text is a whole sentence a digest may print: brackets and quotes balanced, not opening on
 * a closing or clause mark, a Chinese sentence closed by 。！？… (a list item `营收：120亿元（同比增长5%）` or a lead-in
 * ending on `：` is not a sentence), not a dateline or byline.
 */
import { countHan } from '../../util/han.js';
import { plainVoice } from './voice.js';

const PAIRS: readonly [string, string][] = [
  ['（', '）'],
  ['(', ')'],
  ['“', '”'],
  ['「', '」'],
  ['『', '』'],
  ['《', '》'],
  ['【', '】'],
  ['[', ']'],
];

/** Brackets and quotes open and close in order. `下跌 5%）公司：` → false. */
export function balanced(text: string): boolean {
  const stack: string[] = [];
  const closers = new Map(PAIRS.map(([o, c]) => [c, o]));
  const openers = new Set(PAIRS.map(([o]) => o));
  for (const ch of text) {
    if (openers.has(ch)) stack.push(ch);
    else if (closers.has(ch)) {
      if (stack.pop() !== closers.get(ch)) return false;
    }
  }
  return stack.length === 0;
}

const OPENS_WRONG = /^[，。、；：！？）」』”》】,.;:!?)\]]/;
const ZH_END = /[。！？…!?][”’」』）)]*$|[。！？][”’」』）)]*\s*$/;
const EN_END = /[.!?]["'”’)]*$/;
/** A dateline, byline or credit line: 财联社11月22日电, 记者 张三, (Reporting by …), 编辑：… */
const NOT_NEWS =
  /^(?:【[^】]{1,12}】)?[^，。]{0,12}\d{1,2}\s*月\s*\d{1,2}\s*日[^，。\d]{0,4}?(?:电|讯|消息)[。，]?$|^(?:记者|编辑|责编|作者|文[｜|:：]|来源[:：])|^\(?(?:Reporting|Editing|Writing) by\b|^By [A-Z][a-z]+ [A-Z]/;

/** The language of a text: Chinese when it holds at least five Chinese characters. */
export function isChinese(text: string): boolean {
  return countHan(text) >= 5;
}

/**
 * Whether a source sentence can stand alone in a digest.
 * @example wholeSentence('营收：120亿元（同比增长 5%）') // → false (a list item)
 * @example wholeSentence('公司表示，明年将继续加大投入。') // → true
 */
export function wholeSentence(text: string): boolean {
  const t = text.trim();
  if (t.length === 0 || /\n/.test(t)) return false;
  if (OPENS_WRONG.test(t) || !balanced(t) || NOT_NEWS.test(t)) return false;
  return isChinese(t) ? ZH_END.test(t) : EN_END.test(t);
}

/**
 * An outlet tag opening a sentence: `【财新网】据财新记者…` → `据财新记者…`; `财联社11月22日电，` → ``; the outlet's own
 * newsgathering voice made a citation (`36氪独家获悉，` → `据36氪报道，`, voice.ts).
 */
export function dropOutletTag(text: string): string {
  return plainVoice(
    text
      // A wire flash's own headline in brackets before its dateline (【腾讯控股：一季度营收…】财联社5月13日电，) is its title,
      // not its text: the story's headline says it.
      .replace(/^【[^】\n]{1,80}】\s*(?=[^，。]{0,12}?\d{1,2}\s*月\s*\d{1,2}\s*日[^，。\d]{0,4}?(?:电|讯|消息))/, '')
      .replace(/^【[^】]{1,12}】\s*/, '')
      // A research note's section label (事件：…) heads its text, not the news.
      .replace(/^事件[：:]\s*/u, '')
      // A dateline typed with spaces around its digits (IT之家 8 月 12 日消息，) is one too.
      .replace(/^[^，。]{0,12}?(?:讯|电)?\s*\d{1,2}\s*月\s*\d{1,2}\s*日[^，。\d]{0,4}?(?:电|讯|消息)[，,]?\s*/, ''),
  );
}

/**
 * Words that open a sentence only after another one: a connective (此外, 同时, 另一方面, Also), a demonstrative or
 * pronoun subject (这, 该公司, 其, 他们, It, They, The company), a contrast or consequence (但, 因此, 否则, However), a
 * calculation on a figure stated before (按此测算, 据此, 照此, 按这一增速计算) or a hypothetical (若…则, 如果, 一旦). Such a sentence
 * read alone loses its subject or its point.
 */
/**
 * A time counted from a moment the sentence does not name (`一年多以后，…`, `次年`, `Two years later, …`): it leans on the
 * sentence before, which dates that moment.
 */
export const RELATIVE_TIME_OPENING =
  /^(?:(?:[一二两三四五六七八九十半几数]+|\d{1,2})多?个?(?:年|月|周|天|星期|季度)多?(?:以后|之后|后)|不久(?:以后|之后|后)|次年|翌年|同年|当时|彼时|(?:a|an|one|two|three|four|five|six|several|a few|\d+)\s+(?:years?|months?|weeks?|days?|quarters?)\s+later|(?:the following|the next)\s+(?:year|month|week|quarter))/iu;
/**
 * A sentence opening on a topic or a contrast with what came before (补贴之外，／资本开支方面，／此外，／与此同时，): it may
 * follow a sentence, never open a story's lead (the engine's head-first order and `digest --check` read it alike).
 */
export const TOPIC_OPENING = /^[^，。,]{0,10}(?:之外|以外|之余|方面|此外|另外|同时|与此同时|不过|然而|但是|而在)[，,]/u;

const DEPENDENT_OPENING_ZH =
  /^(?:以[^，。；]{1,16}为例|比如|例如|譬如|另一|另外|此外|除此之外|同时|与此同时|同样|此前|此后|随后|其后|当季|当月|当年|当日|当天|同期|本季|该季|这|那|该|其|此|上述|以上|前者|后者|他们|她们|它们|他|她|它|而|但|不过|然而|对此|因此|所以|于是|并且|并将|也|还|相比之下|与之相比|相较之下|作为对比|对比来看|尽管如此|不仅如此|更重要的是|换言之|也就是说|受此|受其|受上述|据此|借此|为此|就此|[若如](?:不计|剔除|扣除|排除)|不计入|否则|反之|(?:按照|依照|参照|按|照|依|以|由)(?:此|这一?|上述)(?![前后外次时])|若|如果|假如|假设|倘若|一旦)/u;
const DEPENDENT_OPENING_EN =
  /^(?:another|also|additionally|in addition|separately|meanwhile|moreover|furthermore|however|but|and|still|yet|so|thus|it|its|they|their|them|this|that|these|those|he|she|his|her|the company|the firm|the deal|the move|the same)\b/i;

/**
 * A quotation standing as its own sentence with no speaker in it (`“1200亿元只是起点。”`, its speaker in the sentence
 * after): someone's words whose someone the reader has not met.
 */
export function unattributedQuote(text: string): boolean {
  return /^[“"「『]/.test(text.trim()) && !selfContained(text);
}

/**
 * Whether a sentence stands on its own as a lead or a bullet: it does not open on a word that points back to an
 * earlier sentence (`另一家云厂商…`, `此外，…`, `该公司…`, `It also…`). A dateline or outlet tag before it is ignored.
 * @example selfContained('此外，公司还将回购100亿美元股票。') // → false
 * @example selfContained('英伟达第四财季营收681亿美元。') // → true
 */
export function selfContained(text: string): boolean {
  // A quotation with no speaker after it (“…这个数，比我们模型里高出将近400亿美元。”) is someone's words out of context.
  // With its speaker the quotation stands, whatever word opens it.
  if (/^[“"「『]/.test(text.trim())) return /[”"」』][^“”"「」]{0,20}(?:说|表示|称|指出|认为|直言|坦言|透露|said|says|told)/.test(text);
  const opened = dropOutletTag(text.trim()).replace(/^(?:\*\*|[“"「『（(])+/, '');
  // A time counted from an unnamed moment (一年多以后，…) is no time phrase to skip: it leans on the sentence before.
  if (RELATIVE_TIME_OPENING.test(opened)) return false;
  // A time or place phrase before the subject (1月29日，… / 美东时间周三盘后，… / On Tuesday, …) is not the subject; a
  // name before a time (寒武纪10月19日晚间公告，…, 微软采用7月至次年6月的财年制，…) is.
  const t = (
    TIME_ONLY.test(opened)
      ? opened.replace(
          /^(?:[^，。]{0,10}(?:日|月|年|周[一二三四五六日天]|今天|昨天|今年|去年|盘后|盘前|晚间|早间|凌晨)[^，。]{0,4}，)/u,
          '',
        )
      : opened
  ).replace(/^(?:On|In|Last|This|Earlier)\s[^,]{1,24},\s*/, '');
  // An unnamed voice or a basis before the subject (据介绍，公司… / 以收盘价计，公司市值…) names no one: the subject after it
  // is what the sentence opens on.
  const framed = t.replace(UNNAMED_FRAME, '');
  if (framed !== t && (bareOpening(framed, framed) || POINTED_OPENING.test(framed) || /^(?:其|该|此|这)/u.test(framed))) return false;
  return (
    !DEPENDENT_OPENING_ZH.test(t) &&
    !DEPENDENT_OPENING_EN.test(t) &&
    !BARE_FIGURE_OPENING.test(t) &&
    !bareOpening(opened, t) &&
    !POINTED_OPENING.test(t) &&
    !CONTRAST_SUBJECT.test(t) &&
    !contrastClause(t) &&
    !POINTED_AFTER_PHRASE.test(t) &&
    !POINTER_AFTER_SUBJECT.test(t) &&
    !RATING_OPENING.test(t) &&
    // A no-comment is judged as the opening sentence: one after the claim it answers (…正洽谈…。A拒绝置评。) stands.
    !NO_COMMENT.test(t.split(/(?<=[。！？])/u)[0] ?? t) &&
    !AFTER_EVENT.test(t) &&
    !QUESTION.test(t)
  );
}

/**
 * A short subject then 同时 (`惠普同时预估…`, `星河半导体同时披露，…`): "in the same release as the sentence before".
 * Printed after a sentence of its company the subject named says whose release it is; opening a lead or standing as a
 * story's one line, it points at news the reader has not read, as a bare 同时 does (decision 133). Two subjects acting
 * together (`甲与乙同时宣布…`) and 同时期 (the same period) are no such pointer.
 * @example sameTimeAfterSubject('惠普同时预估下一财季每股收益0.7至0.8美元。') // → true
 * @example sameTimeAfterSubject('英伟达与微软同时宣布扩大合作。') // → false
 */
export function sameTimeAfterSubject(text: string): boolean {
  return SAME_TIME_AFTER_SUBJECT.test(dropOutletTag(text.trim()));
}
const SAME_TIME_AFTER_SUBJECT = /^([^，。；：\d与和及、]{1,12}?)同时(?!期|段|间)(?:[，,]\s*)?/u;

/**
 * The sentence without its subject's 同时 (`惠普同时预估…` → `惠普预估…`): what the company said, standing alone.
 * @example withoutSameTime('惠普同时预估下一财季每股收益0.7至0.8美元。') // → '惠普预估下一财季每股收益0.7至0.8美元。'
 */
export function withoutSameTime(text: string): string {
  const t = dropOutletTag(text.trim());
  const at = text.indexOf(t);
  if (at < 0) return text;
  return `${text.slice(0, at)}${t.replace(SAME_TIME_AFTER_SUBJECT, '$1')}${text.slice(at + t.length)}`;
}
/**
 * A short subject then a pointer to what the sentence before said (`英伟达对此回应称…`, `公司就此表示…`): the reply to a
 * report the reader has not read.
 */
const POINTER_AFTER_SUBJECT = /^[^，。；：\d]{1,12}?(?:对此|就此|对此事|就此事|对上述|就上述|对该(?:消息|报道|传闻))/u;

/**
 * A broker's rating or target with the broker left to the sentence before (`给予30倍PE，目标价120元。`, `维持买入评级。`,
 * `首次覆盖给予增持评级`): read alone, no one rates.
 */
const RATING_OPENING =
  /^(?:给予|维持|重申|首次覆盖|上调|下调)(?:公司|其|该股)?[^，。；]{0,16}?(?:评级|目标价|倍(?:PE|PB|市盈率|市净率)?|PE|市盈率)/u;

/**
 * A time counted from an event the sentence does not name (`降价之后，…`, `交易完成后，…`): the event is the sentence
 * before's. A time phrase (`收盘后`, `盘后`) or a dated one (`2025年之后`) is no such event.
 */
const AFTER_EVENT = /^(?![今昨明前本上下次同]|收盘|开盘|盘)\p{Script=Han}{2,4}(?:之后|以后|完成后)，/u;

/** A question (a feature's rhetorical opening `算力的尽头是电力吗？`): it asks what the sentences after it answer. */
const QUESTION = /[？?][”"」』）)]*\s*$/u;

/**
 * A no-comment line (`英伟达未回应置评请求。`, `截至发稿，公司未予置评。`, `declined to comment`): it answers the claim
 * before it, and alone, at a story's end, answers nothing.
 */
const NO_COMMENT =
  /未予(?:置评|评论|回应|回复)|(?:不予|不作|不便)(?:评论|回应|置评)|(?:未|没有)(?:立即)?回应(?:[^，。]{0,8}(?:置评|采访|询问|请求))?[。.]?$|拒绝(?:置评|评论|回应)|不予置评|暂未(?:回复|回应)|did not (?:immediately )?respond|declined to comment|could not be reached/iu;

/**
 * Whether a sentence is a no-comment line (`英伟达未回应置评请求。`, `对此，公司未予置评。`, `declined to comment`): an
 * answer to the claim before it.
 * @example noComment('对此，澄言方面未予置评。') // → true
 */
export function noComment(text: string): boolean {
  return NO_COMMENT.test(text);
}

/**
 * The one rule of a sentence leaning on what came before it, for the engine (which prints such a sentence only right
 * after the sentence its source put before it) and for `digest --check`'s `dependent-sentence`: its opening points
 * back (此外, 其, 该公司, 按此测算, 若…), its subject is a contrast's second half (`机构投资者则…`), or a demonstrative in
 * it (本轮, 该基金, 这笔资金) names no referent of its own.
 * @example leansOn('按此测算，全年营收将超过120亿元。') // → true
 * @example leansOn('星河智芯第三季度营收18.6亿元。') // → false
 */
export function leansOn(text: string): boolean {
  return !selfContained(text) || leansBack(text);
}

/** A condition or a supposition before a 则 (若…则, 如果…则, 一旦…则): its 则 is the sentence's own. */
const CONDITION = /若|如果|假如|假设|倘若|一旦|只要|要是|当|如/u;
/** A topic phrase before a subject (`港股方面，…`, `就毛利率而言，…`, `相比之下，…`). */
const TOPIC_PHRASE = /^[^，。；：]{0,14}(?:方面|而言|来看|看来|之下|相比|对比)，/u;

/**
 * Whether a sentence's subject is a contrast's second half: a 则 in its first clause (after a topic phrase, in its
 * second), no condition before it (`机构投资者则更为谨慎。`, `港股方面，恒生科技指数则下跌1.2%。`). A 则 after a clause
 * with its own subject (`甲出资30亿元，乙则出资20亿元。`) contrasts within the sentence. Words ending in 则 (规则, 原则,
 * 否则) are no such 则.
 */
function contrastClause(t: string): boolean {
  const body = t.replace(TOPIC_PHRASE, '');
  const clause = body.split(/[，。；：,;]/u)[0] ?? '';
  const at = clause.search(/(?<![规原准法细守总否实])则/u);
  return at > 0 && !CONDITION.test(clause.slice(0, at));
}

/**
 * 其 as the subject after an opening phrase of cause, time or circumstance (`受益于AI需求，其营收…`, `随着订单放量，其…`):
 * the company is whoever the sentence before named. 其实 is no pointer.
 */
const POINTED_AFTER_PHRASE =
  /^(?:受|在|随着|由于|得益于|受益于|凭借|依托|截至|基于|鉴于|面对|对于|按照|根据|通过)[^，。；]{1,24}，其(?!实)/u;

/**
 * A sentence opening on a measure and its value with no one's name (`营收为12.3亿元。`, `净利润同比增长20%。`,
 * `毛利率达45%。`), or a bare ratio (`占比升至35%。`, `市场份额约为18%。`, `增速放缓至12%。`): the company is in the
 * sentence before it. `营收排名前五的公司…` names its subject later and is no
 * such opening.
 */
const BARE_MEASURE_OPENING =
  /^(?:(?:累计|合计)?(?:\d{4}年|今年|去年)?(?:上半年|下半年|前三季度|第?[一二三四]季度|首季|前\d{1,2}个?月|\d{1,2}月份?)?(?:全年|当期|同期|季度|单季)?(?:综合|整体|销售|GAAP|Non-GAAP|非GAAP|经调整|调整后的?)?(?:营业总?收入|营收|營收|營業收入|淨利潤|總收入|总收入|收入|销售额|净利润|归母净利润|扣非净利润|净利|利润总额|营业利润|经营利润|毛利润?|毛利率|净利率|每股收益|出货量|销量|市值|估值|订单|在手订单|资本开支|现金流|研发投入|研发费用|营收占比|收入占比|占比|市场份额|市占率|渗透率|增速|营收增速|净资产收益率|资产负债率|负债率)(?:分别)?(?:为|达到?|约为?|约|超过?|逾|近|同比|环比|增长|下降|下滑|增至|降至|升至|提升|放缓|回落|收窄|扩大|新台币|人民币|新臺幣|人民幣|[\d.]))/u;

/**
 * A frame before a subject that names no one: an unnamed voice (据介绍, 据悉, 据了解, 资料显示) or a basis (以收盘价计,
 * 按当前汇率计算).
 */
const UNNAMED_FRAME =
  /^(?:据(?:介绍|悉|了解|称|透露|知情人士(?:透露|称)?)|(?:资料|公告|数据|财报|报告)显示|(?:以|按)[^，。；]{1,12}计(?:算)?)，/u;

/**
 * A bare 公司 as a subject (`公司预计…`, `公司表示…`), or its customers with no owner (`客户以…为主`, `前五大客户占…`): the
 * company the sentence before named. 公司法, 公司债, 客户端 are words.
 */
const BARE_COMPANY_OPENING =
  /^(?:(?:公司|集团)(?!法|债|章程|治理|名称)|(?:前[五十]大|主要|核心|大)?客户(?!端)(?=以|为|包括|主要|集中|数量|数|占|涵盖|覆盖|结构|中))/u;

/** A time phrase alone (10月19日晚间，…, 美东时间周三盘后，…), not a subject and its time (寒武纪10月19日晚间公告，…). */
const TIME_ONLY = /^(?:\d|[今昨去前本上下次同]|美东|北京|当地|美国时间|周[一二三四五六日天]|早间|晚间|凌晨|盘[前后])/u;

/** Whether a sentence opens on a measure or a bare 公司 with no name before it (a time phrase before it aside). */
function bareOpening(opened: string, rest: string): boolean {
  const bare = (x: string) => BARE_MEASURE_OPENING.test(x) || BARE_COMPANY_OPENING.test(x);
  return bare(opened) || (rest !== opened && TIME_ONLY.test(opened) && bare(rest));
}

/**
 * Whether a sentence's subject is left to the sentence before: it opens (a time phrase aside) on a bare 公司 / 集团, a
 * bare measure (`营收…`, `综合毛利率…`) or 其 (not 其中 / 其实 / 其他). Printed right after a sentence about another
 * company, its figure reads as that company's (owner drift); a list's continuation (其中…, a clause after ；) is not such.
 * @example bareSubject('公司全年研发投入12.3亿元。') // → true
 * @example bareSubject('其中亚马逊2000亿美元领跑。') // → false
 */
export function bareSubject(text: string): boolean {
  const opened = dropOutletTag(text.trim()).replace(/^(?:\*\*|[“"「『（(])+/, '');
  const t = opened.replace(/^(?:[^，。]{0,10}(?:日|月|年|季度|今天|昨天|今年|去年|盘后|盘前|晚间|早间)[^，。]{0,4}，)/u, '');
  return bareOpening(opened, t) || /^(?:[^，。]{0,12}，)?其(?![中实他余次])/u.test(t) || POINTED_OPENING.test(t);
}

/**
 * A preposition before 其 (据其…财报, 按其指引), or a period with no comma (`2025年其营收约130亿元`): its 其 is whoever the
 * sentence before named.
 */
const POINTED_OPENING =
  /^(?:据|按|从|在|对|向|与|为|随着|根据|按照)其|^(?:\d{4}(?:财?年度?)|今年|去年|明年|上半年|下半年|前三季度|第?[一二三四]季度|当季)其(?![实他中余次])/u;

/**
 * A short subject then 则 / 也 / 亦 (机构则更为乐观, 价格也很有诚意): a contrast with, or an addition to, what the sentence
 * before said. Words ending in 则 (规则, 原则, 准则, 细则) are no such 则.
 */
const CONTRAST_SUBJECT = /^[^，。；：\d]{1,6}?(?:(?<![规原准法细守总否实])则|也|亦)/u;

/**
 * A sentence that opens on a bare amount and a comma (`6亿美元，腾讯和上海国投先导领投…`): a feature's kicker that
 * answers its headline or the paragraph before; read alone it has no subject.
 */
const BARE_FIGURE_OPENING = /^(?:约|近|超|逾)?[\d.,]+\s*(?:万亿|亿|万)?(?:美元|港元|元|人民币|欧元|日元|英镑)?\s*[，,]/u;

/**
 * A demonstrative noun phrase (这笔资金, 这份合同, 本轮, 此次融资, 上述协议, this contract, the deal) points at something
 * an earlier sentence names. The time words 本季度 / 本月 / 本财年 / 此前 are not such phrases.
 */
const DEMONSTRATIVE_ZH =
  /(?:这|那|该|此|本|上述)(?:份|笔|项|家|轮|次|些|宗|起|单|批|一|个|种|类|样的)?(?:合同|协议|合约|订单|交易|资金|钱|款项|投资|融资|贷款|债券|债务|计划|方案|公司|企业|集团|项目|消息|数字|金额|规模|估值|轮|股份|安排|模式|做法|结构|合作)|本轮|本次|此次|这笔|这份|这项|这家|该笔|该项|该家|该财?季度?|当季度?/u;
/** A person pointed at (这位CFO, 该名高管): only a title or a named role before it in the sentence is its referent. */
/** What a quarter pointed at refers to: a period named before it (2025年, 第三季度, 上半年). */
const PERIOD_REFERENT = /\d|第[一二三四]|[一二三四]季|[上下]半年|财年/u;
const PERSON_DEMONSTRATIVE = /(?:这|那|该)(?:位|名)/u;
const PERSON_REFERENT = /CEO|CFO|CTO|COO|首席|总裁|董事长|创始人|负责人|高管|经理|分析师|发言人|官员|主席|总监|合伙人/u;
/** A demonstrative of a company (这家…公司, 该企业): only a name before it is its referent, not a figure. */
const COMPANY_DEMONSTRATIVE = /^(?:这|那|该|此)(?:家|个)?(?:公司|企业|集团)?$|^(?:这|那|该)家/u;
const COMPANY_REFERENT = /公司|集团|科技|银行|智算|[A-Z][A-Za-z]+/u;
const DEMONSTRATIVE_EN =
  /\b(?:this|that|these|those|the)\s+(?:deal|contract|agreement|round|transaction|investment|order|loan|money|funding|financing|figure|sum|plan)s?\b/i;
/** What a demonstrative may point at earlier in its own sentence: a figure, a deal word, a company. */
const REFERENT_ZH =
  /\d|合同|协议|订单|交易|资金|投资|融资|贷款|债|轮|项目|计划|方案|公司|集团|科技|银行|招股|上市|IPO|发行|收购|[A-Z][A-Za-z]+/u;
const REFERENT_EN = /\d|\$|\b(?:deal|contract|agreement|round|invest\w*|fund\w*|financ\w*|order|loan)\b/i;

/**
 * Whether a sentence leans on the one before it through a demonstrative whose referent it does not name itself:
 * `界面新闻获悉，本轮投前估值为100亿元。` (which round?), `根据这份合同，…`, `Under the contract, …`. A sentence naming the
 * referent before its demonstrative (`英伟达投资1000亿美元，OpenAI将用这笔资金…`) stands alone. Such a sentence may be
 * printed only right after the sentence it leans on, never as the opening of a lead or an extra paragraph.
 * @example leansBack('知情人士称，本轮由国家大基金领投。') // → true
 * @example leansBack('英伟达承诺投资1000亿美元，而OpenAI将用这笔资金采购芯片。') // → false
 */
export function leansBack(text: string): boolean {
  const t = dropOutletTag(text.trim());
  const person = PERSON_DEMONSTRATIVE.exec(t);
  if (person && !PERSON_REFERENT.test(t.slice(0, person.index))) return true;
  const zh = DEMONSTRATIVE_ZH.exec(t);
  if (zh) {
    const before = t.slice(0, zh.index).replace(/\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}\s*年/gu, '');
    // A quarter pointed at (该季度, 当季) has a period for its referent, nothing else.
    const referent = /季/u.test(zh[0])
      ? PERIOD_REFERENT
      : COMPANY_DEMONSTRATIVE.test(zh[0]) || /公司|企业|集团$/u.test(zh[0])
        ? COMPANY_REFERENT
        : REFERENT_ZH;
    if (referent === PERIOD_REFERENT) {
      if (!PERIOD_REFERENT.test(t.slice(0, zh.index))) return true;
    } else {
      // A name right before it owns it (`智谱此次IPO…`: Zhipu's IPO); a generic word or a verb of saying does not.
      // A purpose or a deed is no owner either (`为了兑现这份合同，…`: which contract?).
      const clause = before.slice(Math.max(before.lastIndexOf('，'), before.lastIndexOf(',')) + 1).trim();
      const owner =
        /[\p{Script=Han}A-Za-z]{2,}$/u.test(before) &&
        !/(?:公司|集团|企业|其|称|表示|获悉|透露|显示|指出|认为|了解|根据|按照|依据|通过|对于|关于|兑现|履行|执行|落实|完成|支付|使用|用|将|把|为)$/u.test(
          before,
        ) &&
        !/^(?:为了|为|在|对|按|随着|由于|针对|围绕|基于|鉴于)/u.test(clause);
      if (!owner && !referent.test(before)) return true;
    }
  }
  if (unnamedThat(t)) return true;
  const en = DEMONSTRATIVE_EN.exec(t);
  return en !== null && !REFERENT_EN.test(t.slice(0, en.index).replace(/\b\d{4}\b/g, ''));
}

/**
 * 该 before a noun the table above does not list (`该基金`, `该项目`, `该部门`, `该股`): it points at a unit an earlier
 * sentence named. Its referent is that noun (or its first character: 商务部 … 该部门) before it in the sentence.
 * 应该 is a modal, 该季度 / 该年 a period, 该股 the stock of the company the sentence names, and a noun the table lists is
 * judged by it.
 */
const THAT_NOUN = /(?<![应活本])该(?![季年月日不股])([\p{Script=Han}]{1,2})/gu;

function unnamedThat(t: string): boolean {
  for (const m of t.matchAll(THAT_NOUN)) {
    if (DEMONSTRATIVE_ZH.exec(t.slice(m.index))?.index === 0) continue;
    const noun = m[1] as string;
    const before = t.slice(0, m.index);
    if (!before.includes(noun) && !before.includes(noun.slice(0, 1))) return true;
  }
  return false;
}

/** A day or a moment of one (`7月14日`, `今日`, `周三盘后`, `近日`): what a lead says its news happened on. */
const DAY_WORD =
  /\d{1,2}\s*月\s*\d{1,2}\s*日|(?<![\d.])\d{1,2}日(?![均线])|今日|今天|昨日|昨天|周[一二三四五六日天]|本周|上周|当日|当天|日前|近日|盘后|早盘|午盘|尾盘/u;

/**
 * Whether a sentence says the day of its news.
 * @example dated('7月14日，A股三大指数集体收跌。') // → true
 * @example dated('截至收盘，上证指数跌0.62%。') // → false
 */
export function dated(text: string): boolean {
  return DAY_WORD.test(text);
}

/** A market's move: an index, a board or a sector rising or falling (`创业板指上涨2.4%`, `算力板块午后拉升`). */
export const MARKET_MOVE =
  /(?:指数|沪指|深成指|创业板指|科创50|恒指|纳指|道指|标普500|板块|概念股|大盘)[^，。；]{0,10}?(?:涨|跌|收高|收低|走强|走弱|拉升|承压)/u;

/** A sentence opening on a market's move: its subject is the index or the board (`创业板指涨2.87%。`, `截至收盘，沪指…`). */
const MARKET_MOVE_OPENING = new RegExp(
  `^(?:截至收盘|收盘时?|盘面上|早盘|午后|尾盘)?[，,]?(?:A股|港股|美股|台股|两市)?[^，。；\\d]{0,8}?${MARKET_MOVE.source}`,
  'u',
);

/**
 * Whether a sentence is a bare market move: it opens on an index's or a board's move and says no day (`创业板指涨2.87%。`):
 * the day and the cause are the sentence before's (`5月14日，A股三大指数集体收涨。`). It may follow that sentence, never
 * open a lead before it (the engine's head-first order and `digest --check`'s dependent-opening read it alike).
 * @example bareMarketMove('创业板指涨2.87%，报2310点。') // → true
 * @example bareMarketMove('5月14日，创业板指涨2.87%。') // → false
 */
export function bareMarketMove(text: string): boolean {
  const t = dropOutletTag(text.trim()).replace(/\*\*/g, '');
  return MARKET_MOVE_OPENING.test(t) && !dated(t);
}

/** Words of a news sentence: something was announced, reported, agreed, raised, priced, or moved. */
const NEWS_CUE_ZH =
  /宣布|公告|公布|披露|发布|推出|获悉|透露|报道|消息|表示|称|指出|完成|签署|签订|达成|拟|计划|启动|上市|招股|挂牌|敲钟|涨跌|走强|走弱|领涨|领跌|重挫|大涨|大跌|飙升|融资|投资|收购|并购|降价|涨价|上调|下调|增长|下降|下跌|上涨|收涨|收跌|同比|环比|营收|收入|利润|亏损|估值|募资|订单|合同|协议|批准|核准|决议|定价|发行|采购|领投/u;
const NEWS_CUE_EN =
  /\b(?:announc\w*|said|says|report\w*|agree\w*|sign\w*|rais\w*|pric\w*|invest\w*|acquir\w*|buy\w*|bought|sell\w*|sold|launch\w*|releas\w*|cut\w*|rose|fell|jump\w*|plung\w*|revenue|profit|valu\w*|fund\w*|deal|contract|order|approv\w*|filed|files|plans?|will)\b/i;
/** A scene a feature opens on: a place and a moment, something under way (正在), a building; a reporter's visit. */
const SCENE_ZH = /记者(?:近日|日前|此前)?(?:走访|探访|来到|实地|在现场)|走访|^在[^，。]{2,14}，|正在|一座|一间|夜幕|清晨|凌晨时分|傍晚/u;
const SCENE_EN =
  /^(?:On|In|At|Inside|Outside|Across|Walking)\s+(?:a|an|the)\s+[^,]{0,40}\b(?:morning|afternoon|evening|night|day|warehouse|room|hall|floor|site|campus|office|street|town)\b|\bon a (?:rainy|sunny|cold|hot|quiet|busy|recent)\b/i;

/**
 * Whether a sentence sets a scene rather than tells the news: a feature's opening (`在宁夏中卫，一座智算中心正在做最后的
 * 调试。`, `字节跳动的算力账本正在变厚。`, `On a rainy Tuesday in Austin, engineers wheeled in the racks.`, `记者走访多家
 * 算力中心发现…`): a reporter's visit, or a scene (a place and a moment, something under way) naming no money or rate
 * and holding no news word. A lead takes the news sentence after it.
 * @example sceneSetting('在宁夏中卫，一座智算中心正在做最后的调试。') // → true
 * @example sceneSetting('星衡智算今日起在香港招股，拟募资最多62亿港元。') // → false
 */
export function sceneSetting(text: string): boolean {
  const { money, cue, scene } = newsWords(text);
  if (/记者(?:近日|日前|此前)?(?:走访|探访|来到|实地)|走访/u.test(text)) return true;
  return !money && scene && !cue;
}

/**
 * Whether a sentence tells news: it names money or a rate, or holds a news word (宣布, 披露, 完成, 签署, announced,
 * raised …). A framing sentence (`最受关注的是两家公司的关系。`, `The math is getting harder to ignore.`) does not.
 * @example newsSentence('最受关注的是英伟达与OpenAI的关系。') // → false
 * @example newsSentence('英伟达承诺向OpenAI投资高达1000亿美元。') // → true
 */
export function newsSentence(text: string): boolean {
  const { money, cue } = newsWords(text);
  return (money || cue) && !sceneSetting(text);
}

function newsWords(text: string): { money: boolean; cue: boolean; scene: boolean } {
  const t = dropOutletTag(text.trim());
  // Money or a rate (a count such as 1.2万个机架 is scenery).
  const money =
    /[$¥€£]\s?\d|\d[\d.,]*\s*(?:%|％|percent\b)|\d[\d.,]*\s*(?:[万亿千百]+)?\s*(?:美元|港元|元|欧元|日元|韩元|卢比|英镑)|\d\s*(?:billion|million|trillion|bn)\b/i.test(
      t,
    );
  const zh = isChinese(t);
  return { money, cue: zh ? NEWS_CUE_ZH.test(t) : NEWS_CUE_EN.test(t), scene: zh ? SCENE_ZH.test(t) : SCENE_EN.test(t) };
}
