/**
 * An English-only story's further sentences said as a Chinese editor groups them (issue 11, english24): the figures of
 * one owner together (reported before forecast), several parties' flows to one receiver in one sentence
 * (`A和B分别向X投资a和b`), and the lead's owner named once, then 公司 (or 其中 for a member of a group it leads with).
 * Pure functions over the clauses composeEnglish has written; no number is made here, only moved.
 */

/** A further clause of an English-only story, as composeEnglish wrote it (one fact, its sentence). */
export interface SaidClause {
  /** The Chinese name of the clause's owner, as the clause opens on it. */
  subject: string;
  /** The whole sentence, ending on 。 */
  text: string;
  /** Its figure is on the word of unnamed people (the `rumour` opening is added after the clauses are ordered). */
  rumour?: boolean;
  /** A flow of money said as `{subject}[向{to}]{verb}{amount}。` and nothing more: it may join others to the same receiver. */
  flow?: { to: string; verb: string; amount: string };
}

const FORECAST = /^(?:预计|预期|计划)/u;

function forecast(c: SaidClause): boolean {
  return c.text.startsWith(c.subject) && FORECAST.test(c.text.slice(c.subject.length).trim());
}

/**
 * The clauses grouped by owner, stable: the lead's owner first, then the others in the order they first appear; within
 * an owner what happened before what is expected (营收…，亏损… then 预计…), so one owner reads as one run.
 */
export function byOwner(said: readonly SaidClause[], leadName: string): SaidClause[] {
  const order: string[] = [];
  if (leadName !== '' && said.some((c) => c.subject === leadName)) order.push(leadName);
  for (const c of said) if (!order.includes(c.subject)) order.push(c.subject);
  return order.flatMap((subject) => {
    const own = said.filter((c) => c.subject === subject);
    return [...own.filter((c) => !forecast(c)), ...own.filter(forecast)];
  });
}

/** `A、B和C` */
export function joinNames(names: readonly string[]): string {
  return names.length > 1 ? `${names.slice(0, -1).join('、')}和${names[names.length - 1]}` : (names[0] ?? '');
}

/**
 * Flows of several parties to one receiver with one verb, in a row, said in one sentence:
 * `卡塔尔投资局向xAI投资约50亿美元。英伟达向xAI投资最多20亿美元。` → `卡塔尔投资局和英伟达分别向xAI投资约50亿美元和最多20亿美元。`
 * The joined clause has no single owner (subject ''), so no later step runs other figures on into it. A clause with its
 * own attribution opening (据知情人士透露) starts a new row, which keeps that opening.
 */
export function jointFlows(said: readonly SaidClause[], opening: (c: SaidClause) => string): SaidClause[] {
  const out: SaidClause[] = [];
  let row: SaidClause[] = [];
  const flush = () => {
    const first = row[0];
    if (first?.flow && row.length > 1) {
      const { to, verb } = first.flow;
      const text = `${opening(first)}${joinNames(row.map((c) => c.subject))}分别${to !== '' ? `向${to}` : ''}${verb}${joinNames(
        row.map((c) => c.flow?.amount ?? ''),
      )}。`;
      out.push({ subject: '', text });
    } else if (first) out.push({ ...first, text: `${opening(first)}${first.text}` });
    row = [];
  };
  for (const c of said) {
    const last = row[row.length - 1];
    const joins =
      last?.flow !== undefined &&
      c.flow !== undefined &&
      c.flow.to === last.flow.to &&
      c.flow.verb === last.flow.verb &&
      opening(c) === '' &&
      !row.some((r) => r.subject === c.subject);
    if (!joins) flush();
    row.push(c);
  }
  flush();
  return out;
}

/** What the story's lead is about, for naming it once: its Chinese name, a company or a group, the group's members. */
export interface LeadOwner {
  name: string;
  /** A company (not a group of companies, a person, a place): later sentences about it open on 公司. */
  company: boolean;
  /** Chinese names of the group's members, when the lead's owner is a group (四巨头): a member's sentence opens on 其中. */
  members: readonly string[];
}

/** What a sentence may open on before its owner: who said it, the moment of a balance (截至2026年3月，). */
const ATTRIBUTION = /^(?:据[^，。]{1,16}(?:透露|报道|称)|截至[^，。]{1,12})，/u;

/**
 * The lead's owner named once: a sentence right after a sentence about it that opens on its name again opens on 公司
 * (`亚马逊资本开支…。亚马逊第四季度营收…` → `…。公司第四季度营收…`); a member of a group the lead is about opens on
 * 其中 (`四巨头资本开支…。其中Meta预计…`). The lead counts as a sentence about its owner.
 */
export function ownerOnce(sentences: readonly string[], lead: LeadOwner): string[] {
  if (lead.name === '') return [...sentences];
  let about = true;
  return sentences.map((s) => {
    const said = ATTRIBUTION.exec(s)?.[0] ?? '';
    const body = s.slice(said.length);
    // A Latin name is whole when no letter follows it (Meta, not Meta Platforms' own clause of another name).
    const own = body.startsWith(lead.name) && !(/[A-Za-z]$/.test(lead.name) && /^ ?[A-Za-z]/.test(body.slice(lead.name.length)));
    const wasAbout = about;
    about = own || (about && body.startsWith('公司'));
    if (own && wasAbout && lead.company) return `${said}公司${body.slice(lead.name.length).replace(/^ /, '')}`;
    if (!own && lead.members.some((m) => body.startsWith(m)) && wasAbout) return `${said}其中${body}`;
    return s;
  });
}
