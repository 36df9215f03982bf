/**
 * Cross-day rules of `digest --check` (issue 11, decision 057): what an earlier day's digest told. A figure a digest of
 * the days before printed is not today's news (`figure-told-before`); two values of one measure (same owner, metric,
 * period and basis: a claim the knowledge layer finds disputed) printed as two plain facts, today or today and an
 * earlier day, with no comparison line setting them side by side, leave the reader to find the contradiction
 * (`conflict-unshown`). Values match as the knowledge layer compares them (units, rounding: `valuesAgree`). Pure.
 */

import { sameNumber } from '../../enrich/offline/facts.js';
import { differentValues, ownValue, perShare, versionsOf } from '../../enrich/offline/versions.js';
import { extractFigures, findEntities, loadGazetteer } from '../../extract/index.js';
import { DEFAULT_OPTIONS, sameToldValue } from '../../knowledge/index.js';
import type { Claim, Figure } from '../../types/index.js';

/** A body line of a digest: a story paragraph or a 更多动态 bullet, with the heading of what it belongs to. */
export interface BodyLine {
  /** 1-based line in the file. */
  line: number;
  raw: string;
  /** The story heading, or the bullet's bold title. */
  heading: string;
  /** A comparison paragraph (与此前报道对比 / 说法不一 / 口径不同): values set side by side on purpose. */
  comparison: boolean;
  /** Amounts and rates the line prints in bold. */
  figures: Figure[];
  /** Bold figures of other kinds (`**1吉瓦**`, `**1200个**`): something the line says besides amounts and rates. */
  otherFigures: number;
}

/**
 * A paragraph setting sources' values of one measure against each other, or one settling them (decision 094: 以公司披露的
 * **X**为准，甲称**Y**; 按N股、每股P计，…与甲所报一致；乙称**Y**，与此不符; 甲报道…为**Y**，公司披露为**X**; 按N股、
 * 每股P计，…为**X**；乙报道为**Y** (decision 154); 甲称…为**X**；乙此前称**Y**，公司回应称相关报道不准确:
 * decision 102).
 */
export const COMPARISON_LINE =
  /^与此前报道对比：|说法不一：|口径不同：|以公司披露的\*\*[^*]+\*\*为准，|所报一致；[^。]*与此不符。|报道[^。；]*为\*\*[^*]+\*\*，公司披露(?:约)?为\*\*[^*]+\*\*。|^按[^。；]*计，[^。；]*为\*\*[^*]+\*\*；[^。；]*报道(?:约)?为\*\*[^*]+\*\*。|；[^。；]*称\*\*[^*]+\*\*，[^。；]*(?:回应称相关报道(?:不准确|不实)|已否认相关报道)。/u;

/** An amount restated in another currency (`约合4.27亿元人民币`): the figure before it, no value of its own. */
const RESTATED = /^(?:约合|折合|合|相当于)/u;

/** The bold figures of a text (`**约58亿港元**`), restatements in another currency aside. */
function boldAll(text: string): Figure[] {
  return [...text.matchAll(/\*\*([^*]+)\*\*/g)]
    .filter((m) => !RESTATED.test((m[1] as string).trim()))
    .flatMap((m) => extractFigures(m[1] as string));
}

const amountOrRate = (f: Figure) => f.kind === 'money' || f.kind === 'percent';

/**
 * The body lines of a digest's Markdown: front matter, headings, source lines and folded originals aside.
 * @example bodyLines('## 甲公司募资\n\n甲公司拟募资**58亿港元**。\n')[0].heading // → '甲公司募资'
 */
export function bodyLines(markdown: string): BodyLine[] {
  const out: BodyLine[] = [];
  const lines = markdown.split('\n');
  let i = 0;
  if (lines[0]?.trim() === '---') {
    i = lines.findIndex((l, n) => n > 0 && l.trim() === '---') + 1;
    if (i === 0) return out;
  }
  let heading = '';
  let fold = false;
  for (; i < lines.length; i++) {
    const raw = lines[i] as string;
    if (/^\s*<details>/.test(raw)) fold = true;
    if (fold) {
      if (/<\/details>/.test(raw)) fold = false;
      continue;
    }
    const h = /^#{1,6}\s+(.+)$/.exec(raw);
    if (h) {
      heading = (h[1] as string).replace(/^\[([^\]]*)\]\([^)]*\)$/, '$1').trim();
      continue;
    }
    const text = raw.trim();
    if (text === '' || /^(?:-{3,}|\*{3,})$/.test(text) || /^(?:其他)?来源：/.test(text) || /^\*\*[^*]+：\*\*$/.test(text)) continue;
    const bullet = /^[-*+]\s+\*\*([^*]+)\*\*[：:](.*)$/.exec(text);
    const body = bullet ? (bullet[2] as string) : text.replace(/^[-*+]\s+/, '');
    const bold = boldAll(body.replace(/（?(?:其他)?来源：.*$/u, ''));
    out.push({
      line: i + 1,
      raw,
      heading: bullet ? (bullet[1] as string) : heading,
      comparison: COMPARISON_LINE.test(body),
      figures: bold.filter(amountOrRate),
      otherFigures: bold.filter((f) => !amountOrRate(f)).length,
    });
  }
  return out;
}

/** Whether two printed figures are one value (the knowledge layer's rule of told before: `sameToldValue`). */
export function sameTold(a: Figure, b: Figure): boolean {
  return (a.currency ?? '') === (b.currency ?? '') && sameToldValue(a, b, DEFAULT_OPTIONS.tolerance);
}

/** Whether a printed figure is a statement's value as printed (same number within half a per cent, same currency). */
function samePrinted(g: Figure, s: Figure): boolean {
  return (g.currency ?? '') === (s.currency ?? '') && sameNumber(g, s);
}

/** The organisations a line and its heading name (canonical names). */
function namedOrgs(l: BodyLine): Set<string> {
  return new Set(
    findEntities(`${l.heading}\n${l.raw}`, loadGazetteer())
      .filter((m) => m.type === 'org')
      .map((m) => m.name),
  );
}

export interface ToldProblem {
  rule: 'figure-told-before' | 'conflict-unshown';
  line: number;
  text: string;
  message: string;
}

/** The statements of a claim that state a printed figure as a source's own value of it. */
function statingOwn(c: Claim, f: Figure) {
  return c.statements.filter((s) => !s.figure.negated && sameTold(f, s.figure) && ownValue(s) && !perShare(s));
}

/**
 * Whether two printed values of a disputed claim are two sources' versions of one number: the test the digest's
 * comparison line applies (`versionsOf`, decision 071), on the statements stating each value.
 */
function versions(c: Claim, f: Figure, g: Figure): boolean {
  return versionsOf(statingOwn(c, f), statingOwn(c, g), c.metric, c.statements);
}

/** Renders a figure as the problem message names it. */
const shown = (f: Figure) => f.text.trim();

/**
 * The cross-day problems of today's digest against the digests of the days before (their Markdown).
 * @param claims the knowledge layer's claims: with them, disputed values printed as plain facts are found.
 * @param names every name a claim's subject goes by.
 */
export function toldBeforeProblems(
  markdown: string,
  earlier: readonly string[],
  claims: readonly Claim[] = [],
  names: (subject: string) => readonly string[] = (s) => [s],
): ToldProblem[] {
  const out: ToldProblem[] = [];
  const today = bodyLines(markdown);
  const before = earlier.flatMap((md) => bodyLines(md));
  const orgs = new Map<BodyLine, Set<string>>();
  const orgsOf = (l: BodyLine) => {
    let s = orgs.get(l);
    if (!s) orgs.set(l, (s = namedOrgs(l)));
    return s;
  };
  /** Whether a line (or its heading) names a claim's subject. */
  const namesSubject = (l: BodyLine, c: Claim) =>
    orgsOf(l).has(c.subject) || names(c.subject).some((n) => n.length >= 2 && `${l.heading}${l.raw}`.includes(n));
  // One measure in both lines: with the claims at hand, a claim whose subject both name, stating today's value and the
  // earlier line's as printed (an earlier 约400亿美元 of another measure is no telling of this one's 412亿美元); without
  // them, a company both name.
  const oneMeasure = (f: Figure, g: Figure, a: BodyLine, b: BodyLine) =>
    claims.length > 0
      ? claims.some(
          (c) =>
            namesSubject(a, c) &&
            namesSubject(b, c) &&
            c.statements.some((s) => !s.figure.negated && sameTold(f, s.figure)) &&
            c.statements.some((s) => !s.figure.negated && samePrinted(g, s.figure)),
        )
      : [...orgsOf(a)].some((o) => orgsOf(b).has(o));
  // A line that only retells: every figure it prints an earlier day printed (same value of the same measure; a vague
  // amount, 数百亿, tells none). A told figure beside a new one is the new one's context (当季营收…，同比增长…；净利润…),
  // as a follow-up writes it.
  for (const l of today) {
    if (l.comparison || l.otherFigures > 0) continue;
    const valued = l.figures.filter((f) => (f.value !== undefined || f.low !== undefined) && !/^[约近超逾]?[数几]/u.test(f.text.trim()));
    if (valued.length === 0) continue;
    const hits = valued.map((f) => ({
      f,
      hit: before.find((b) => !b.comparison && b.figures.some((g) => sameTold(f, g) && oneMeasure(f, g, l, b))),
    }));
    const first = hits[0];
    if (first?.hit && hits.every((h) => h.hit)) {
      out.push({
        rule: 'figure-told-before',
        line: l.line,
        text: l.raw.trim(),
        message: `${hits.map((h) => shown(h.f)).join('、')} ran in an earlier day's digest (${first.hit.heading}): a follow-up says what is new`,
      });
    }
  }
  // A disputed measure printed as plain facts: two of its values outside any comparison line. Two printed values are
  // two versions of the measure only when statements of the claim stating them are (versions.ts, the test the digest's
  // comparison line applies): a participant's cheque is no version of the round, an upsize option none of the base
  // raise, a segment's growth none of the company's, a research house's market share none of the company's figure.
  const disputed = claims.filter((c) => c.conflict);
  if (disputed.length === 0) return out;
  // A comparison line of today's or an earlier day's digest printing both values said the dispute.
  const compared = [...today, ...before].filter((l) => l.comparison);
  for (const c of disputed) {
    const stating = (l: BodyLine) =>
      l.figures.filter((f) => c.statements.some((s) => !s.figure.negated && sameTold(f, s.figure)) && namesSubject(l, c));
    const plainToday = today.filter((l) => !l.comparison).flatMap((l) => stating(l).map((f) => ({ l, f })));
    if (plainToday.length === 0) continue;
    const plainBefore = before.filter((l) => !l.comparison).flatMap((l) => stating(l).map((f) => ({ l, f })));
    for (const t of plainToday) {
      // A value on the same line is related by it (从3000亿美元扩大至约3500亿美元: a change, not two facts); two values
      // that can both be true (约4100亿美元, 超过4000亿美元) are no contradiction, whatever else the claim holds.
      const other = [...plainToday, ...plainBefore].find(
        (x) =>
          x.l !== t.l &&
          x.f.kind === t.f.kind &&
          (x.f.currency ?? '') === (t.f.currency ?? '') &&
          differentValues(x.f, t.f) &&
          versions(c, t.f, x.f),
      );
      if (!other) continue;
      // Today's line relating both values (从3000亿美元扩大至约3500亿美元, with the earlier value on an earlier day) says
      // the change itself.
      if (t.l.figures.some((g) => g !== t.f && sameTold(g, other.f))) continue;
      // …so does today's line naming the earlier value in plain text beside today's bold one (…为**28亿美元**，低于路透社
      // 此前报道的31亿美元: decisions 149, 157).
      if (extractFigures(t.l.raw.replace(/\*\*/g, '')).some((g) => !sameTold(g, t.f) && sameTold(g, other.f))) continue;
      if (compared.some((l) => l.figures.some((g) => sameTold(g, t.f)) && l.figures.some((g) => sameTold(g, other.f)))) continue;
      out.push({
        rule: 'conflict-unshown',
        line: t.l.line,
        text: t.l.raw.trim(),
        message: `${shown(t.f)} and ${shown(other.f)} (${other.l.heading}) are two values of one disputed measure printed as plain facts: set them side by side, naming each outlet`,
      });
      break;
    }
  }
  return out.sort((a, b) => a.line - b.line);
}
