/**
 * Whether an investment amount is a company's spending on its own assets (capex): its clause names a grid, data
 * centres, plants or capacity (metrics.json ownAssets) and no company receives the money. Three readings name a
 * receiver the counterparty search does not see: the asset word describes a company ('the data centre developer',
 * '数据中心运营商'), a relative clause points back to one ('Crusoe, the developer in which AMD invested $400mn'), or
 * the one investing is an investor (a fund puts money into others' assets, it does not build its own).
 */
import type { Figure } from '../../types/figure.js';
import type { Span } from './clauses.js';

/** A noun right after an asset word that makes the phrase a company: 'data center operator', '数据中心运营商'. */
const COMPANY_AFTER =
  /^(?:[\s-]+(?:developer|developers|operator|operators|startup|start-up|company|companies|firm|firms|provider|providers|owner|owners|builder|builders|REIT|REITs|landlord|landlords|specialist|business|businesses|group|unit|arm|venture))\b|^(?:运营商|公司|企业|服务商|开发商|厂商|集团|平台)/i;

/** A relative clause whose antecedent receives the money: 'in which AMD invested', 'into which it poured'. */
const RELATIVE_RECEIVER = /\b(?:in|into|to)\s+which\b/i;

/** Gazetteer tag of an investor (funds, sovereign wealth, venture firms). */
const INVESTOR_TAG = 'investor';

export function ownAssetSpending(text: string, fig: Figure, clause: Span, assetRe: RegExp, subjectTags: readonly string[]): boolean {
  if (subjectTags.includes(INVESTOR_TAG)) return false;
  const clauseText = text.slice(clause.start, clause.end);
  if (RELATIVE_RECEIVER.test(text.slice(clause.start, fig.start))) return false;
  /** `assetRe` is global (compiled once with the lexicon): scanned from the clause's start. */
  const re = assetRe;
  re.lastIndex = 0;
  let own = false;
  for (let m = re.exec(clauseText); m; m = re.exec(clauseText)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    if (!COMPANY_AFTER.test(clauseText.slice(m.index + m[0].length))) own = true;
  }
  return own;
}
