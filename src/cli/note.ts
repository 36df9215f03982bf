/** `factbrief note <file|url|item-id>`: writes `notes/<slug>.md` and its QA report `notes/<slug>.qa.json` (SPEC §3.2). */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { emptyUsage } from '../enrich/engine.js';
import { JsonChatClient } from '../enrich/llm/index.js';
import { loadGazetteer } from '../extract/index.js';
import { readSource } from '../ingest/index.js';
import {
  buildNote,
  builtinTerms,
  detectTerms,
  formatTermbase,
  loadTermbase,
  mergeTerms,
  type NoteLlm,
  type NoteSource,
  noteSource,
  recordRenderings,
  type Term,
  type TermConflict,
  unitQa,
} from '../notes/index.js';
import { createNoteLlm, proposeTerms } from '../notes/llm.js';
import { checkNote } from '../render/index.js';
import type { Store } from '../store/index.js';
import type { ItemDraft } from '../types/index.js';
import { type Context, withReadStore, withStore } from './context.js';
import { printJsonLines, stderrReporter } from './output.js';

export interface NoteFlags {
  engine?: string;
  reflect?: boolean;
  termbase?: string;
  slug?: string;
  area?: string;
  category?: string;
  project?: string[];
  series?: string;
  layout?: string;
  status?: string;
  draft?: boolean;
}

const ITEM_ID = /^it_[0-9a-f]{16}$/;

/** The note's source: a stored item by id, else a file or URL read as ingest reads it. */
async function readNoteSource(ctx: Context, target: string): Promise<NoteSource> {
  let draft: ItemDraft | undefined;
  if (ITEM_ID.test(target)) {
    draft = await withReadStore(ctx, (store) => store.getItem(target));
    if (!draft) throw new Error(`[note] no stored item ${target} (see \`factbrief items\`)`);
  } else {
    const read = await readSource(target, { ...ctx.config.ingest });
    draft = read.items[0];
    if (!draft) throw new Error(`[note] ${target}: nothing to write a note from (no text found)`);
  }
  return noteSource(draft, target);
}

/** Terms of the document the glossary does not know, with two sentences each for the model. */
function termExamples(source: NoteSource, known: ReadonlySet<string>): { term: string; examples: string[] }[] {
  const text = source.blocks.map((b) => b.text).join('\n\n');
  return detectTerms(text, known).map((term) => ({
    term,
    examples: (text.match(new RegExp(`[^.!?\\n]*\\b${term}\\b[^.!?\\n]*[.!?]?`, 'g')) ?? []).slice(0, 2).map((s) => s.trim()),
  }));
}

export async function noteCommand(
  ctx: Context,
  target: string,
  flags: NoteFlags,
  json: boolean,
  usage: (msg: string) => Error,
): Promise<void> {
  const engine = flags.engine ?? ctx.config.engine;
  if (engine !== 'offline' && engine !== 'llm') throw usage(`--engine must be offline or llm, got ${engine}`);
  const rep = stderrReporter({ quiet: json });
  const cfg = ctx.config.notes;
  const source = await readNoteSource(ctx, target);
  const gaz = loadGazetteer(ctx.config.extract.gazetteer);
  const base = ctx.configFile ? dirname(ctx.configFile) : process.cwd();
  const termbasePath = flags.termbase ? resolve(flags.termbase) : cfg.termbase ? resolve(base, cfg.termbase) : undefined;
  const termbase = loadTermbase(termbasePath);
  const builtin = builtinTerms();
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: ctx.config.timeZone }).format(new Date());
  const user = {
    ...((flags.area ?? cfg.area) ? { area: flags.area ?? cfg.area } : {}),
    ...((flags.category ?? cfg.category) ? { category: flags.category ?? cfg.category } : {}),
    project: flags.project?.length ? flags.project : cfg.project,
    ...((flags.series ?? cfg.series) ? { series: flags.series ?? cfg.series } : {}),
    ...((flags.layout ?? cfg.layout) ? { layout: flags.layout ?? cfg.layout } : {}),
    ...((flags.status ?? cfg.status) ? { status: flags.status ?? cfg.status } : {}),
    ...(flags.draft !== undefined || cfg.draft !== undefined ? { draft: flags.draft ?? cfg.draft } : {}),
  };

  const write = async (store: Store | undefined) => {
    let terms: Term[] = mergeTerms(builtin, termbase);
    let proposed: Term[] = [];
    let llm: NoteLlm | undefined;
    const u = emptyUsage();
    if (store) {
      const apiKey = process.env[ctx.config.llm.apiKeyEnv] ?? process.env.OPENAI_API_KEY ?? '';
      const client = new JsonChatClient(
        { ...ctx.config.llm, apiKey },
        { cache: store.cache, ledger: store.ledger, log: (m) => rep.info(m), usage: u },
      );
      const known = new Set([...builtin.map((t) => t.term), ...gaz.byAlias.keys()].map((k) => k.toUpperCase()));
      try {
        proposed = await proposeTerms(client, termExamples(source, known));
      } catch (e) {
        rep.warn(`[note] renderings of the document's own terms: ${e instanceof Error ? e.message : String(e)}; they stay unglossed`);
      }
      terms = mergeTerms(builtin, termbase, proposed);
      llm = createNoteLlm({
        client,
        cache: store.cache,
        ledger: store.ledger,
        model: ctx.config.llm.model,
        reflect: flags.reflect ?? cfg.reflect,
        batchSize: cfg.batchSize,
        concurrency: ctx.config.llm.maxConcurrency,
        qa: unitQa(gaz, source.transcript),
        log: (m) => rep.info(m),
      });
    }
    const r = await buildNote(source, { gaz, terms, user, today, ...(llm ? { llm } : {}) });
    const slug = flags.slug ?? r.slug;
    let conflicts: TermConflict[] = [];
    if (termbasePath && proposed.length > 0) {
      const rec = recordRenderings(termbase, slug, proposed);
      conflicts = rec.conflicts;
      const text = formatTermbase(rec.termbase);
      let old = '';
      try {
        old = readFileSync(termbasePath, 'utf8');
      } catch {
        // a new termbase
      }
      if (text !== old) writeFileSync(termbasePath, text);
    }
    for (const c of conflicts)
      rep.warn(
        `[note] term ${c.term}: this note's rendering ${c.proposed} differs from ${c.settled} (settled by ${c.settledIn.join(', ') || 'the termbase'}); ${c.settled} is used and the difference is listed under review in the termbase`,
      );
    const dir = join(ctx.out, 'notes');
    mkdirSync(dir, { recursive: true });
    const md = join(dir, `${slug}.md`);
    const qa = join(dir, `${slug}.qa.json`);
    writeFileSync(md, r.markdown);
    // The same publishability check as the digest, in note mode: figures traced to the note's English originals.
    const publishability = checkNote(r.markdown);
    writeFileSync(
      qa,
      `${JSON.stringify({ ...r.report, termConflicts: conflicts, publishability, usage: { ...u, notes: undefined } }, null, 2)}\n`,
    );
    for (const p of publishability) rep.warn(`${md}:${p.line}: [${p.rule}] ${p.message}`);
    const rp = r.report;
    rep.info(
      `note: ${rp.units} units in ${r.doc.sections.length} sections (${engine} engine)` +
        (engine === 'llm'
          ? `; ${rp.translated} translated (${rp.cached} from the cache), ${rp.flagged.length} flagged, ${rp.failed.length} untranslated; ${u.llmRequests} requests, $${u.costUsd.toFixed(4)}`
          : '; the Chinese slots say translation needs an LLM endpoint'),
    );
    if (json) printJsonLines([{ path: md }, { path: qa }]);
    else for (const f of [md, qa]) rep.info(f);
    if (rp.flagged.length || rp.failed.length || rp.alignment.length || publishability.length) {
      rep.warn(`[note] ${rp.flagged.length + rp.failed.length} unit(s) need review: see ${qa}`);
      process.exitCode = 1;
    }
  };
  if (engine === 'llm') await withStore(ctx, (store) => write(store));
  else await write(undefined);
}
