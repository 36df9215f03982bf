/**
 * A debt figure its own sentence tells as money a lender gives (decision 104): `China Development Bank will lend Lanxin
 * 5 billion yuan`, `a group of banks agreed to provide a $2 billion loan to Lanxin`, `国家开发银行将向蓝芯云提供50亿元贷款`.
 * Filed under the borrower's debt, it is a loan to come (or made), never the borrower's existing debt (债务为…): the
 * composer tells it from the lender (A将向B提供N贷款). Pure functions of the sentence and the figure's surface.
 */
import { figureClause } from './story-templates.js';

/** Who lends, and whether the loan is still to come (will, would, agreed to, 将, 拟). */
export interface Lent {
  lender: string;
  future: boolean;
}

/** A capitalised name (up to six words, `of` / `and` between) right before a lending verb and its modal. */
const LEND_EN =
  /\b([A-Z][\w&.'’-]*(?:\s+(?:of\s+|and\s+|&\s+)?[A-Z][\w&.'’-]*){0,5})\s+(?:(will|would|is to|are to|plans? to|agreed to|ha(?:s|ve) agreed to|(?:is|are) set to|intends? to|(?:is|are) expected to)\s+)?(lend|lends|lent|provide|provides|provided|extend|extends|extended|offer|offers|offered|grant|grants|granted)\b/g;
/** What provide / extend / offer / grant must give for the money to be a loan. */
const LOAN_WORDS = /\b(?:loans?|credit|credit line|credit facility|facility|debt financing)\b/i;
/** 甲将向乙提供50亿元贷款 / 授信. */
const LEND_ZH = /([\p{Script=Han}A-Za-z]{2,14}?)(将|拟|计划|同意|承诺)?向[^，。；]{1,24}?(?:提供|发放)[^，。；]{0,24}?(?:贷款|授信|信贷)/u;
/** Words that make a lender's name a generic noun, not a party to name (`The bank will lend`). */
const GENERIC = /^(?:The|A|An|It|They|We|Banks?|Lenders?|Investors?|Creditors?)$/;

/**
 * The lender of a debt figure its own clause tells as lent, when the sentence names one before the lending verb and the
 * figure follows the verb; undefined otherwise (a debt the company has, borrows or repays).
 * @example lentBy('China Development Bank will lend Lanxin 5 billion yuan.', '5 billion yuan') // → { lender: 'China Development Bank', future: true }
 */
export function lentBy(sentence: string, figureText: string): Lent | undefined {
  const at = sentence.indexOf(figureText);
  if (at < 0) return undefined;
  const clause = figureClause(sentence, figureText);
  for (const m of sentence.matchAll(LEND_EN)) {
    const verbEnd = (m.index ?? 0) + m[0].length;
    if (verbEnd > at || at - verbEnd > 80) continue;
    const name = (m[1] as string).trim();
    if (GENERIC.test(name)) continue;
    if (!/^lend|^lent/.test(m[3] as string) && !LOAN_WORDS.test(clause)) continue;
    return { lender: name, future: m[2] !== undefined };
  }
  const zh = LEND_ZH.exec(clause);
  if (zh && clause.indexOf(figureText) > (zh.index ?? 0))
    return { lender: (zh[1] as string).replace(/^(?:由|并|而|且)/u, ''), future: zh[2] !== undefined };
  return undefined;
}

/** A capitalised name right before an equity verb: invest, inject equity, take or buy a stake. */
const EQUITY_EN =
  /\b([A-Z][\w&.'’-]*(?:\s+(?:of\s+|and\s+|&\s+)?[A-Z][\w&.'’-]*){0,5})\s+(?:(will|would|is to|are to|plans? to|agreed to|ha(?:s|ve) agreed to|(?:is|are) set to|intends? to|(?:is|are) expected to)\s+)?(?:invest|invests|invested|inject|injects|injected|(?:take|takes|took|buy|buys|bought|acquire|acquires|acquired) an? (?:\w+ )?stake)\b/g;
/**
 * A capitalised name right before a verb of giving money (provide, commit, contribute, put in / up) — an equity cheque
 * only when the figure's clause says equity (`will provide 150 billion won in equity`, `as an equity investment`).
 */
const GIVE_EN =
  /\b([A-Z][\w&.'’-]*(?:\s+(?:of\s+|and\s+|&\s+)?[A-Z][\w&.'’-]*){0,5})\s+(?:(will|would|is to|are to|plans? to|agreed to|ha(?:s|ve) agreed to|(?:is|are) set to|intends? to|(?:is|are) expected to)\s+)?(?:provide|provides|provided|commit|commits|committed|contribute|contributes|contributed|put(?:s|ting)? (?:in|up))\b/g;
/** The clause names the money as equity (shares, a stake), not as a loan. */
const EQUITY_WORDS = /\bequity\b|\bstakes?\b|\bshares\b|股权|股份/iu;
/** Words of borrowed money: a clause with any of them is no equity cheque (a lender named as such, `state lender`, may still buy equity). */
const DEBT_WORDS = /\b(?:loans?|lend(?:s|ing)?|lent|credit|debt|bonds?|notes|borrow\w*|facility)\b|贷款|借款|债券|授信|信贷|债务/iu;
/** 甲将以50亿元入股乙 / 甲向乙注资50亿元 / 对乙进行股权投资. */
const EQUITY_ZH =
  /([\p{Script=Han}A-Za-z]{2,14}?)(将|拟|计划|同意|承诺)?(?:以[^，。；]{0,16}?入股|以股权(?:投资)?(?:形式|方式)[^，。；]{0,8}?(?:提供|出资|投入)|(?:向|对)[^，。；]{1,24}?(?:注资|增资|股权投资|战略投资))/u;

/**
 * The investor of a figure filed as debt whose own clause tells an equity cheque (`China Development Bank will invest
 * 5 billion yuan in Lanxin in exchange for a 10% stake`, `国开金融以50亿元入股蓝芯云`): equity, never the company's debt.
 * `given`: the figure is known to be money put into a round (a round's amount filed under its giver), so any giving verb
 * (`provided 150 billion won of the funding`) names the investor.
 * @example investedBy('China Development Bank will invest 5 billion yuan in Lanxin for a 10% stake.', '5 billion yuan') // → { lender: 'China Development Bank', future: true }
 */
export function investedBy(sentence: string, figureText: string, given = false): Lent | undefined {
  const at = sentence.indexOf(figureText);
  if (at < 0) return undefined;
  const clause = figureClause(sentence, figureText);
  if (DEBT_WORDS.test(clause)) return undefined;
  const giving = given || EQUITY_WORDS.test(clause) ? [...sentence.matchAll(GIVE_EN)] : [];
  for (const m of [...sentence.matchAll(EQUITY_EN), ...giving]) {
    const verbEnd = (m.index ?? 0) + m[0].length;
    if (verbEnd > at || at - verbEnd > 80) continue;
    const name = (m[1] as string).trim();
    if (GENERIC.test(name)) continue;
    return { lender: name, future: m[2] !== undefined };
  }
  const zh = EQUITY_ZH.exec(clause);
  if (zh) return { lender: (zh[1] as string).replace(/^(?:由|并|而|且)/u, ''), future: zh[2] !== undefined };
  return undefined;
}

/** A giving verb before the figure (`provided`, `will put in`, `注资`): money handed over, not a debt the company has. */
const GIVEN = /\b(?:provid\w*|put(?:s|ting)? (?:in|up)|commit\w*|contribut\w*|invest\w*|inject\w*)\b|提供|出资|注资|投入/iu;

/**
 * Whether a figure filed as debt is an equity cheque from a party its sentence does not name (`The state lender provided
 * 90 billion won in equity`): its clause gives the money as equity and names no borrowing. Such a figure is the
 * company's equity raised (获得…股权投资), never its debt.
 * @example equityGiven('The state lender provided 90 billion won in equity, Furion said.', '90 billion won') // → true
 */
export function equityGiven(sentence: string, figureText: string): boolean {
  const clause = figureClause(sentence, figureText);
  const at = clause.indexOf(figureText);
  if (at < 0 || DEBT_WORDS.test(clause) || !EQUITY_WORDS.test(clause)) return false;
  return GIVEN.test(clause.slice(Math.max(0, at - 60), at));
}
