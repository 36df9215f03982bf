/** One measured goal (issue 14): what, the measured value as printed, the goal as printed, met or not. */
export interface Goal {
  what: string;
  measured: string;
  goal: string;
  met: boolean;
}

/** The line a child benchmark appends after its Markdown (`--goals-json`): this prefix, then its goals as JSON. */
export const GOALS_PREFIX = 'GOALS ';

/** Splits a child benchmark's output into its Markdown and the goals of its last `GOALS …` line (none: []). */
export function splitGoals(out: string): { md: string; goals: Goal[] } {
  const lines = out.trimEnd().split('\n');
  const last = lines.at(-1) ?? '';
  if (!last.startsWith(GOALS_PREFIX)) return { md: out.trim(), goals: [] };
  return { md: lines.slice(0, -1).join('\n').trim(), goals: JSON.parse(last.slice(GOALS_PREFIX.length)) as Goal[] };
}

/** The summary table of every goal a run measured. */
export function goalsTable(goals: Goal[]): string {
  const rows = goals.map((g) => `| ${g.what} | ${g.measured} | ${g.goal} | ${g.met ? 'met' : '**missed**'} |`);
  return ['| what | measured | goal | |', '|---|---|---|---|', ...rows].join('\n');
}
