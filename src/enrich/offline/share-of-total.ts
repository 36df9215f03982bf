/**
 * A percentage its own clause tells as a share of a total (decision 104): `data-centre revenue accounted for 38% of total
 * revenue`, `海外收入占比达到38%`, `AI业务占营收的比重升至38%`. Filed as a growth rate, it is no change: a digest that
 * prints it as 增长38% tells a figure the source never gave. Pure function of the sentence and the figure's surface.
 */
import { figureClause } from './story-templates.js';

/** The words right before a share (`accounted for`, `占比达到`, `比重升至`), with an approximation word at most. */
const SHARE_BEFORE =
  /(?:\b(?:accounted for|accounts for|account for|made up|makes up|make up|represented|represents|comprised|comprises)|\bshare (?:of [\w\s-]{1,30} )?(?:rose|fell|climbed|grew|increased|reached|was|stood at|is)(?: to| at)?|占比|占[^，。；\d]{0,12}?(?:的)?(?:比重|比例|份额)|占[^，。；\d]{0,12}?|比重|份额)(?:\s*(?:达到|达|为|升至|提升至|提高至|增至|降至|下降至|约为|约|超过|逾|近|接近))?\s*(?:about|around|roughly|nearly|almost|more than|over|some|just over|just under)?\s*$/iu;
/** The words right after a share: `of total revenue`, `of its sales`. */
const SHARE_AFTER =
  /^\s*(?:of\s+(?:its\s+|the\s+|their\s+|total\s+|all\s+|group\s+|overall\s+|the company['’]s\s+)*(?:revenue|revenues|sales|income|turnover|total|shipments|profit))\b/i;

/**
 * Whether a percentage's own clause tells it as a share of a total, not a change.
 * @example shareOfTotal('Cloud revenue accounted for 38% of total revenue, up from 25%.', '38%') // → true
 * @example shareOfTotal('Cloud revenue rose 38% and made up 20% of sales.', '38%') // → false
 */
export function shareOfTotal(sentence: string, figureText: string): boolean {
  const clause = figureClause(sentence, figureText);
  const at = clause.indexOf(figureText);
  if (at < 0) return false;
  return SHARE_BEFORE.test(clause.slice(0, at)) || SHARE_AFTER.test(clause.slice(at + figureText.length));
}
