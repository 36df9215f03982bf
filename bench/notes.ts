/**
 * Benchmark of `factbrief note` offline: a synthetic 20,000-word transcript (the talk of
 * test/fixtures/notes/capital-cycle-episode.txt repeated with shifted timestamps and changed figures), read, segmented,
 * annotated with metadata, key figures and glossary, rendered and checked; time and peak RSS, each size in its own
 * process, plus a 5,000-word run for the growth ratio.
 *   node --import tsx bench/notes.ts            prints the BENCHMARKS.md section
 *   node --import tsx bench/notes.ts --write    also replaces the "## Bilingual note" section of BENCHMARKS.md
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const HEADING = '## Bilingual note, offline (`bench/notes.ts`)';

/** A transcript of at least `words` words: the fixture talk again and again, timestamps running on, figures varied. */
export function syntheticTranscript(words: number): string {
  const talk = readFileSync(join(root, 'test/fixtures/notes/capital-cycle-episode.txt'), 'utf8').trim().split('\n');
  const out: string[] = [];
  let count = 0;
  for (let k = 0; count < words; k++) {
    for (const line of talk) {
      const m = /^\[(\d\d):(\d\d):(\d\d)\] (.*)$/.exec(line);
      if (!m) continue;
      const secs = k * 1800 + Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]);
      const stamp = [Math.floor(secs / 3600), Math.floor(secs / 60) % 60, secs % 60].map((x) => String(x).padStart(2, '0')).join(':');
      const text = (m[4] as string).replace(/\$(\d+)/g, (_s, d: string) => `$${Number(d) + k}`);
      out.push(`[${stamp}] ${text}`);
      count += text.split(/\s+/).length;
    }
  }
  return `${out.join('\n')}\n`;
}

interface Measure {
  words: number;
  units: number;
  sections: number;
  seconds: number;
  peakRssMb: number;
  problems: number;
}

async function child(words: number): Promise<Measure> {
  const { loadGazetteer } = await import('../src/extract/index.js');
  const { defaultIngestOptions, parseBytes } = await import('../src/ingest/index.js');
  const { buildNote, builtinTerms, noteSource } = await import('../src/notes/index.js');
  const { checkNote } = await import('../src/render/check/index.js');
  const text = syntheticTranscript(words);
  const gaz = loadGazetteer([]);
  const terms = builtinTerms();
  const t0 = performance.now();
  const draft = parseBytes(new TextEncoder().encode(text), { filename: 'bench-talk.txt' }, defaultIngestOptions).items[0];
  if (!draft) throw new Error('no draft');
  const r = await buildNote(noteSource(draft, 'bench'), { gaz, terms, user: {}, today: '2026-12-02' });
  const problems = checkNote(r.markdown).length;
  const seconds = (performance.now() - t0) / 1000;
  return {
    words: text.split(/\s+/).length,
    units: r.units.length,
    sections: r.doc.sections.length,
    seconds,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    problems,
  };
}

function run(words: number): Measure {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'bench', 'notes.ts'), '--child', String(words)], {
    cwd: root,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`bench/notes.ts --child ${words} failed:\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop() as string) as Measure;
}

export function notesSection(): string {
  const small = run(5000);
  const large = run(20000);
  const f2 = (x: number) => x.toFixed(2);
  const row = (m: Measure) =>
    `| ${m.words} | ${m.units} | ${m.sections} | ${f2(m.seconds)} | ${Math.round(m.peakRssMb)} MB | ${m.problems} |`;
  return `${HEADING}

Read, segment, entities (with speech-recognition matching), key figures, glossary, render and publishability check of a
synthetic transcript, each size in its own process (peak RSS is that process's). Measured ${new Date().toISOString().slice(0, 10)}.

| words | units | sections | seconds | peak RSS | check problems |
|---|---|---|---|---|---|
${row(small)}
${row(large)}

Cost per word: ${f2((small.seconds / small.words) * 1e6)} µs at ${small.words} words, ${f2((large.seconds / large.words) * 1e6)} µs at ${large.words} words (ratio ${f2(large.seconds / large.words / (small.seconds / small.words))}; 1.00 = linear).
`;
}

/** Replaces (or appends) this benchmark's section of BENCHMARKS.md. */
export function writeSection(section: string): void {
  const file = join(root, 'BENCHMARKS.md');
  const md = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const start = md.indexOf(HEADING);
  let next = start < 0 ? -1 : md.indexOf('\n## ', start + HEADING.length);
  if (next >= 0) next += 1;
  const updated = start < 0 ? `${md.trimEnd()}\n\n${section}` : `${md.slice(0, start)}${section}${next >= 0 ? `\n${md.slice(next)}` : ''}`;
  writeFileSync(file, updated);
}

const argv = process.argv.slice(2);
const at = argv.indexOf('--child');
if (at >= 0) {
  process.stdout.write(`${JSON.stringify(await child(Number(argv[at + 1])))}\n`);
} else if (process.argv[1]?.endsWith('notes.ts')) {
  const section = notesSection();
  if (argv.includes('--write')) writeSection(section);
  process.stdout.write(section);
}
