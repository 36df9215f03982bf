/** The commands of SPEC §4, each a thin layer: flags → the pipeline (src/pipeline.ts) or the store → stdout. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { Cron } from 'croner';
import { loadGazetteer, summarizeEntities } from '../extract/index.js';
import { findCycles, flowSummaries, rankNodes } from '../knowledge/index.js';
import { lineOf } from '../normalize/index.js';
import { dailyRun, digest, engineFor, extractFiles, processSources, rebuild } from '../pipeline.js';
import { checkContext, checkDigest, earlierDigests, earlierHeadlines, formatClaims, formatGraph } from '../render/index.js';
import type { EntityMention, Statement } from '../types/index.js';
import { append } from '../util/arrays.js';
import { type Context, context, type GlobalFlags, usesPostgres, withReadStore, withStore } from './context.js';
import { registerHighlights } from './highlights.js';
import { registerMcp } from './mcp.js';
import { type NoteFlags, noteCommand } from './note.js';
import { printJsonLines, printLines, stderrReporter } from './output.js';
import { enqueueRunCommand, registerQueueCommands } from './queue.js';
import { registerServe } from './serve.js';

const corpusDir = resolve(new URL('../../corpus', import.meta.url).pathname);
/** The sample corpus folders (corpus/README.md and expected.json describe it and are not sources). */
const sampleSources = ['articles', 'transcripts', 'highlights', 'archive'].map((d) => join(corpusDir, d));

function ctxOf(cmd: Command): { ctx: Context; flags: GlobalFlags } {
  const flags = cmd.optsWithGlobals() as GlobalFlags;
  return { ctx: context(flags), flags };
}

/** Today's date (YYYY-MM-DD) in a time zone. */
function today(timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

export function registerCommands(program: Command): void {
  registerQueueCommands(program);
  program
    .command('ingest')
    .description('read sources (files, folders, feeds, URLs, OPML) into the store; idempotent')
    .argument('<sources...>', 'paths, folders or URLs')
    .option('--json', 'print a JSON summary line')
    .action(async (sources: string[], _o, cmd: Command) => {
      const { ctx, flags } = ctxOf(cmd);
      const rep = stderrReporter({ quiet: flags.json });
      await withStore(ctx, async (store) => {
        const p = await processSources(store, sources, ctx.config, rep);
        const r = p.ingest;
        const quarantined = p.quarantined;
        if (flags.json) printJsonLines([{ ...r, extracted: p.extract.extracted, quarantined, injections: p.extract.injections }]);
        rep.info(
          `ingested ${r.sources} sources: ${r.added} new items, ${r.skipped} already stored, ${r.failed.length} failed` +
            (quarantined.length ? `, ${quarantined.length} quarantined (see \`factbrief items\`)` : ''),
        );
        if (r.failed.length > 0) process.exitCode = 1;
      });
    });

  program
    .command('items')
    .description('list stored items')
    .option('--json', 'JSON Lines')
    .action(async (_o, cmd: Command) => {
      const { ctx, flags } = ctxOf(cmd);
      await withReadStore(ctx, async (store) => {
        const items = await store.listItems({ withSentences: false, withQuarantined: true });
        const held = new Map((await store.listQuarantine()).map((q) => [q.itemId, q]));
        const rows = items.map((i) => ({
          id: i.id,
          kind: i.kind,
          title: i.title,
          url: i.url,
          lang: i.lang,
          date: i.date,
          story: i.story,
          source: i.source,
          ...(held.has(i.id) ? { quarantined: { stage: held.get(i.id)?.stage, reason: held.get(i.id)?.reason } } : {}),
        }));
        if (flags.json) printJsonLines(rows);
        else
          printLines(
            rows.map(
              (r) =>
                `${r.id}  ${r.date?.slice(0, 10) ?? '          '}  ${r.lang.padEnd(5)} ${r.kind.padEnd(12)} ${r.title}` +
                (r.quarantined ? `  [quarantined: ${r.quarantined.reason}]` : ''),
            ),
          );
      });
    });

  program
    .command('remove')
    .description('delete stored items (by id) or sources (by path, URL or source id) with everything derived from them')
    .argument('<targets...>', 'item ids (it_…), source paths or URLs')
    .option('--json', 'JSON Lines: one line per removed target')
    .action(async (targets: string[], _o, cmd: Command) => {
      const { ctx, flags } = ctxOf(cmd);
      const rep = stderrReporter({ quiet: flags.json });
      await withStore(ctx, async (store) => {
        const rows: { target: string; items: string[]; sources: string[] }[] = [];
        const missing: string[] = [];
        for (const t of targets) {
          let r = await store.remove(t);
          if (r.items.length === 0 && r.sources.length === 0 && !/^[a-z]+:\/\//i.test(t)) r = await store.remove(resolve(t));
          if (r.items.length === 0 && r.sources.length === 0) missing.push(t);
          else rows.push({ target: t, ...r });
        }
        if (rows.length > 0) await rebuild(store, ctx.config, rep);
        if (flags.json) printJsonLines(rows);
        for (const r of rows)
          rep.info(`removed ${r.target}: ${plural(r.items.length, 'item')}${r.sources.length ? ' and its source' : ''}`);
        if (missing.length > 0) throw new Error(`[remove] nothing stored under ${missing.join(', ')} (see \`factbrief items\`)`);
      });
    });

  program
    .command('stories')
    .description('list same-story clusters')
    .option('--json', 'JSON Lines')
    .option('--date <date>', 'only stories of this day (YYYY-MM-DD)')
    .action(async (o: { date?: string }, cmd: Command) => {
      const { ctx, flags } = ctxOf(cmd);
      await withReadStore(ctx, async (store) => {
        const items = new Map((await store.listItems({ withSentences: false })).map((i) => [i.id, i]));
        checkDate(o.date);
        const stories = await store.listStories(o.date);
        const rows = stories.map((s) => ({
          id: s.id,
          title: s.title,
          date: s.date,
          items: s.items,
          sources: new Set(s.items.map((id) => items.get(id)?.url ?? items.get(id)?.source ?? id)).size,
        }));
        if (flags.json) printJsonLines(rows);
        else printLines(rows.map((r) => `${r.id}  ${r.date ?? '          '}  ${String(r.sources).padStart(2)} src  ${r.title}`));
      });
    });

  program
    .command('extract')
    .description('print the figures of files, without touching the store')
    .argument('<files...>')
    .option('--json', 'JSON Lines, one figure per line')
    .option('--date <date>', 'document date for "this year" / 今年 (default: the date the file states, else today)')
    .action(async (files: string[], o: { date?: string }, cmd: Command) => {
      const { ctx, flags } = ctxOf(cmd);
      checkDate(o.date);
      const rows: Record<string, unknown>[] = [];
      const read = await extractFiles(files, ctx.config, { ...(o.date ? { date: o.date } : {}), fallbackDate: today(ctx.config.timeZone) });
      for (const { file: f, figures } of read) {
        for (const fig of figures) {
          rows.push({
            file: f.file,
            line: lineOf(f.source, fig.start),
            start: fig.start,
            end: fig.end,
            text: fig.text,
            kind: fig.kind,
            ...(fig.value !== undefined ? { value: fig.value } : { low: fig.low, high: fig.high }),
            ...(fig.currency ? { currency: fig.currency } : {}),
            ...(fig.unit ? { unit: fig.unit } : {}),
            qualifier: fig.qualifier,
            ...(fig.direction ? { direction: fig.direction } : {}),
            ...(fig.subject ? { subject: fig.subject } : {}),
            ...(fig.metric ? { metric: fig.metric } : {}),
            ...(fig.period ? { period: fig.period } : {}),
            ...(fig.counterparty ? { counterparty: fig.counterparty } : {}),
            ...(fig.scope ? { scope: fig.scope } : {}),
            ...(fig.negated ? { negated: true } : {}),
          });
        }
      }
      if (flags.json) printJsonLines(rows);
      else
        printLines(
          rows.map((r) => {
            const v = r.value !== undefined ? String(r.value) : `${r.low}..${r.high}`;
            return `${r.file}:${r.line}  ${String(r.text).padEnd(16)} ${String(r.kind).padEnd(8)} ${v} ${r.currency ?? r.unit ?? ''} ${r.qualifier}  ${r.subject ?? ''} ${r.metric ?? ''} ${r.period ?? ''}`;
          }),
        );
    });

  program
    .command('entities')
    .description('print the entities found in files: canonical name, type, mentions')
    .argument('<files...>')
    .option('--json', 'JSON Lines')
    .action(async (files: string[], _o, cmd: Command) => {
      const { ctx, flags } = ctxOf(cmd);
      const all: EntityMention[] = [];
      for (const f of await extractFiles(files, ctx.config, { fallbackDate: today(ctx.config.timeZone) })) append(all, f.entities);
      const rows = summarizeEntities(all, loadGazetteer(ctx.config.extract.gazetteer));
      if (flags.json) printJsonLines(rows);
      else
        printLines(
          rows.map(
            (r) =>
              `${String(r.mentions).padStart(4)}  ${r.type.padEnd(8)} ${r.name}${r.aliases.length ? `  (${r.aliases.join(', ')})` : ''}`,
          ),
        );
    });

  program
    .command('claims')
    .description('claims in the store, grouped by subject / metric / period, conflicts marked')
    .option('--json', 'JSON Lines')
    .option('--conflicts', 'only conflicting groups')
    .action(async (o: { conflicts?: boolean }, cmd: Command) => {
      const { ctx, flags } = ctxOf(cmd);
      await withReadStore(ctx, async (store) => {
        let claims = (await store.getKnowledge()).claims;
        if (o.conflicts) claims = claims.filter((c) => c.conflict);
        if (!flags.json) return printLines([formatClaims(claims)]);
        // A value keeps its sign: a fall ('下跌16%', '市值蒸发') is negative.
        const statedValue = (s: Statement) => {
          const f = s.figure;
          const sign = f.direction === 'down' ? -1 : 1;
          return {
            ...(f.value !== undefined
              ? { value: sign * f.value }
              : sign < 0
                ? { low: f.high === undefined ? undefined : -f.high, high: f.low === undefined ? undefined : -f.low }
                : { low: f.low, high: f.high }),
            ...(f.currency ? { currency: f.currency } : {}),
            qualifier: f.qualifier,
            source: s.source,
            line: s.line,
            text: f.text,
          };
        };
        const rows: Record<string, unknown>[] = claims.map((c) => ({
          type: 'claim',
          subject: c.subject,
          metric: c.metric,
          period: c.period,
          ...(c.counterparty ? { counterparty: c.counterparty } : {}),
          ...(c.scope ? { scope: c.scope } : {}),
          ...(c.basis ? { basis: c.basis } : {}),
          values: c.statements.map(statedValue),
          conflict: c.conflict,
        }));
        // Internal inconsistencies: one document giving two values for the same thing (a list apart from conflicts).
        for (const c of claims)
          for (const inc of c.inconsistencies ?? []) {
            const own = inc.statements.map((i) => c.statements[i]).filter((s): s is Statement => !!s);
            rows.push({
              type: 'inconsistency',
              subject: c.subject,
              metric: c.metric,
              period: c.period,
              source: own[0]?.source,
              values: own.map(statedValue),
              conflict: false,
            });
          }
        printJsonLines(rows);
      });
    });

  program
    .command('graph')
    .description('capital-flow edges (who pays whom) and the cycles found')
    .option('--json', 'JSON Lines')
    .action(async (_o, cmd: Command) => {
      const { ctx, flags } = ctxOf(cmd);
      await withReadStore(ctx, async (store) => {
        const k = await store.getKnowledge();
        if (!flags.json) return printLines([formatGraph(k.deals, k.cycles.length ? k.cycles : findCycles(k.deals), rankNodes(k.deals))]);
        printJsonLines([
          ...flowSummaries(k.deals).map((f) => ({ type: 'edge', ...f })),
          ...k.cycles.map((nodes) => ({ type: 'cycle', nodes })),
        ]);
      });
    });

  program
    .command('digest')
    .description('write the digest of a day')
    .option('--date <date>', 'the day (YYYY-MM-DD), default today in the configured time zone')
    .option('--style <style>', 'stories | sections')
    .option('--check <file>', 'check a digest file for publishability instead of writing one (exit 1 on a problem)')
    .option('--json', 'print written files as JSON Lines')
    .action(async (o: { date?: string; style?: string; check?: string }, cmd: Command) => {
      const { ctx, flags } = ctxOf(cmd);
      if (o.check) return checkDigestFile(ctx, o.check, flags.json === true);
      if (o.style && o.style !== 'stories' && o.style !== 'sections') throw usage(`--style must be stories or sections, got ${o.style}`);
      checkDate(o.date);
      if (o.style) ctx.config.digest.style = o.style as 'stories' | 'sections';
      const rep = stderrReporter({ quiet: flags.json });
      await withStore(ctx, async (store) => {
        const date = o.date ?? today(ctx.config.timeZone);
        const r = await digest(store, ctx.config, date, ctx.out, engineFor(store, ctx.config, rep), rep);
        if (flags.json) printJsonLines(r.files.map((path) => ({ path })));
        else for (const f of r.files) rep.info(f);
      });
    });

  // Bilingual notes (issue 13): the body lives in src/cli/note.ts.
  program
    .command('note')
    .description('write a bilingual note (notes/<slug>.md) from a file, URL or stored item id')
    .argument('<source>', 'file path, URL or item id (it_…)')
    .option('--engine <engine>', 'offline | llm (default: config `engine`)')
    .option('--no-reflect', 'skip the self-review and improve passes of the LLM translation')
    .option('--termbase <file>', 'the termbase file (default: config `notes.termbase`)')
    .option('--slug <slug>', 'file name of the note (default: from the title)')
    .option('--area <area>')
    .option('--category <category>')
    .option('--project <project...>')
    .option('--series <series>')
    .option('--layout <layout>', 'e.g. post.njk')
    .option('--status <status>')
    .option('--draft', 'mark the note as a draft')
    .option('--json', 'print written files as JSON Lines')
    .action(async (target: string, o: NoteFlags, cmd: Command) => {
      const { ctx, flags } = ctxOf(cmd);
      // --no-reflect defaults reflect to true: only an explicit flag overrides config `notes.reflect`.
      if (cmd.getOptionValueSource('reflect') === 'default') delete o.reflect;
      await noteCommand(ctx, target, o, flags.json === true, usage);
    });

  program
    .command('run')
    .description('the daily job: fetch configured sources, process, write outputs, publish')
    .option('--sample', 'run on the built-in sample corpus (its digest day is 2026-11-22)')
    .option('--date <date>', 'digest day (YYYY-MM-DD), default today in the configured time zone')
    .option('--cron [expr]', 'keep running and do the job on a cron schedule (default: config `schedule`)')
    .option('--json', 'print written files as JSON Lines')
    .option('--wait', 'PostgreSQL store: wait until the workers have done the enqueued day')
    .action(async (o: { sample?: boolean; date?: string; cron?: string | boolean; wait?: boolean }, cmd: Command) => {
      checkDate(o.date);
      const { ctx, flags } = ctxOf(cmd);
      const rep = stderrReporter({ quiet: flags.json });
      const sources = o.sample ? sampleSources : ctx.config.sources;
      if (sources.length === 0) throw usage('no sources: list them under `sources:` in the config file, or use --sample');
      if (usesPostgres(ctx)) {
        if (typeof o.cron === 'string') ctx.config.schedule = o.cron;
        const date = o.date ?? (o.sample ? '2026-11-22' : today(ctx.config.timeZone));
        const q = { sources, date, cron: o.cron !== undefined && o.cron !== false, wait: o.wait === true, json: flags.json === true };
        return enqueueRunCommand(ctx, q);
      }
      const job = async () => {
        const date = o.date ?? (o.sample ? '2026-11-22' : today(ctx.config.timeZone));
        await withStore(ctx, async (store) => {
          const t0 = Date.now();
          const run = await dailyRun(store, ctx.config, { sources, date, out: ctx.out }, rep);
          const { ingest: r, extract: x, stories, knowledge: k, quarantined, digest: d, published: sent } = run;
          rep.info(
            [
              `factbrief run (${ctx.config.engine} engine), data in ${usesPostgres(ctx) ? 'PostgreSQL' : ctx.store}`,
              `  ingest   ${r.sources} sources, ${r.added} new items, ${r.skipped} unchanged, ${r.failed.length} failed`,
              `  extract  ${x.extracted} items newly extracted`,
              ...(quarantined.length
                ? [`  quarantine ${plural(quarantined.length, 'item')}: ${quarantined.map((q) => `${q.itemId} (${q.source})`).join(', ')}`]
                : []),
              ...(x.injections.length
                ? [
                    `  injection ${plural(
                      x.injections.reduce((n, i) => n + i.sentences.length, 0),
                      'sentence',
                    )} addressing a language model, kept out of figures and prompts (${x.injections.map((i) => i.itemId).join(', ')})`,
                  ]
                : []),
              `  cluster  ${stories} stories`,
              `  knowledge ${plural(k.claims, 'claim')} (${plural(k.conflicts, 'conflict')}), ${plural(k.deals, 'capital flow')}, ${plural(k.cycles, 'loop')}, ${plural(k.derived, 'derived fact')}`,
              `  digest   ${date}: ${d.digest.stories.length} stories + ${d.digest.more.length} more; numeric guard dropped ${plural(d.digest.guard.filter((g) => g.action === 'dropped').length, 'sentence')}`,
              ...(sent.length ? [`  publish  ${sent.map((s) => `${s.channel}: ${s.status}`).join(', ')}`] : []),
              `  took ${((Date.now() - t0) / 1000).toFixed(1)} s`,
              'outputs:',
              ...d.files.map((f) => `  ${f}`),
            ].join('\n'),
          );
          if (flags.json) printJsonLines(d.files.map((path) => ({ path })));
        });
      };
      if (o.cron === undefined || o.cron === false) return job();
      const expr = typeof o.cron === 'string' ? o.cron : ctx.config.schedule;
      rep.info(`factbrief: running on schedule "${expr}" (${ctx.config.timeZone}); Ctrl-C to stop`);
      new Cron(expr, { timezone: ctx.config.timeZone, protect: true }, () => job().catch((e: Error) => rep.warn(e.message)));
      await new Promise(() => {});
    });
  registerModules(program);
}

/** Commands whose bodies live in their own modules (src/cli/<name>.ts). */
function registerModules(program: Command): void {
  registerHighlights(program, usage);
  registerMcp(program);
  registerServe(program);
}

/** `digest --check FILE`: the publishability problems of a digest, traced against the store when it has items. */
async function checkDigestFile(ctx: Context, file: string, json: boolean): Promise<void> {
  let md: string;
  try {
    md = readFileSync(file, 'utf8');
  } catch (e) {
    throw new Error(`[digest] [check] ${file}: cannot read (${(e as Error).message})`);
  }
  const opts =
    usesPostgres(ctx) || existsSync(ctx.store)
      ? await withReadStore(ctx, async (store) => {
          const items = await store.listItems();
          if (items.length === 0) return {};
          return checkContext(items, await store.getExtractions(), await store.getKnowledge(), loadGazetteer(ctx.config.extract.gazetteer));
        })
      : {};
  // Digests of the days before, beside the file (out/digests/YYYY-MM-DD.md): a follow-up must not repeat their headlines.
  const day = /^date:\s*["']?(\d{4}-\d{2}-\d{2})/m.exec(md)?.[1];
  const siblings = new Map<string, string>();
  if (day) {
    const dir = dirname(file);
    for (const name of readdirSync(dir).filter((n) => /^\d{4}-\d{2}-\d{2}\.md$/.test(n)))
      if (name.slice(0, 10) < day) siblings.set(name.slice(0, 10), readFileSync(join(dir, name), 'utf8'));
  }
  const problems = checkDigest(md, {
    ...opts,
    ...(day ? { earlierHeadlines: earlierHeadlines(siblings, day), earlierDigests: earlierDigests(siblings, day) } : {}),
  });
  if (json) printJsonLines(problems.map((p) => ({ file, ...p })));
  else {
    for (const p of problems) process.stderr.write(`${file}:${p.line}: [${p.rule}] ${p.message}\n`);
    const traced = 'allowed' in opts ? '' : ' (no store: figures and owners not traced)';
    process.stderr.write(`${file}: ${problems.length === 0 ? 'publishable' : `${problems.length} problem(s)`}${traced}\n`);
  }
  if (problems.length > 0) process.exitCode = 1;
}

class UsageError extends Error {}
function usage(msg: string): Error {
  process.exitCode = 2;
  return new UsageError(msg);
}

export { UsageError };

/** A `--date` must be a real calendar day (`2026-02-30` and `2026-13-45` are usage errors, before anything is written). */
function checkDate(date: string | undefined): void {
  if (date === undefined) return;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!m || !d || d.toISOString().slice(0, 10) !== date) throw usage(`--date must be a real day as YYYY-MM-DD, got ${date}`);
}

/** `1 conflict`, `6 loops`. */
function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
