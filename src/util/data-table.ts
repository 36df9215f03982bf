/**
 * The one loader of data tables: the JSON files shipped in `data/` (read once per process) and the user's own tables
 * (gazetteer and sections files named in the config), each validated by its owner's zod schema. A missing, unreadable
 * or invalid table is an error naming the file and, for a bad shape, the place in it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';

/** The package's `data/` folder: src/util/ and dist/util/ both sit two levels below the package root. */
export const DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));

/** A table that could not be used; `file` is its path. */
export class DataTableError extends Error {
  readonly file: string;
  constructor(file: string, reason: string, cause?: unknown) {
    super(`[data] ${file}: ${reason}`, cause === undefined ? undefined : { cause });
    this.name = 'DataTableError';
    this.file = file;
  }
}

/** `entries[3].name` from a zod issue path. */
function issuePath(path: (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

/** The first issues of a failed validation, one line: `entries[0].name: has no name; …`. */
function describe(error: z.ZodError): string {
  const shown = error.issues.slice(0, 3).map((i) => (i.path.length > 0 ? `${issuePath(i.path)}: ${i.message}` : i.message));
  const more = error.issues.length > 3 ? `; and ${error.issues.length - 3} more` : '';
  return `${shown.join('; ')}${more}`;
}

/** Validates an already parsed table; `origin` names it in the error. */
export function validateTable<S extends z.ZodTypeAny>(raw: unknown, schema: S, origin: string): z.output<S> {
  const r = schema.safeParse(raw);
  if (!r.success) throw new DataTableError(origin, describe(r.error));
  return r.data as z.output<S>;
}

/** Reads, parses (JSON, or YAML for `.yaml` / `.yml`) and validates the table at `path`. */
export function readTable<S extends z.ZodTypeAny>(path: string, schema: S): z.output<S> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (cause) {
    const missing = (cause as NodeJS.ErrnoException).code === 'ENOENT';
    throw new DataTableError(path, missing ? 'missing' : `cannot read (${(cause as Error).message})`, cause);
  }
  const yaml = /\.ya?ml$/i.test(path);
  let raw: unknown;
  try {
    raw = yaml ? parseYaml(text) : JSON.parse(text);
  } catch (cause) {
    throw new DataTableError(path, `not valid ${yaml ? 'YAML' : 'JSON'} (${(cause as Error).message})`, cause);
  }
  return validateTable(raw, schema, path);
}

const shipped = new Map<string, unknown>();

/**
 * The shipped table `data/<name>`, validated by `schema`, read once per process (later calls return the same object;
 * a table has one schema, its owner's).
 * @example loadDataTable('glossary.json', glossarySchema).terms.HBM
 */
export function loadDataTable<S extends z.ZodTypeAny>(name: string, schema: S): z.output<S> {
  if (shipped.has(name)) return shipped.get(name) as z.output<S>;
  const table = readTable(join(DATA_DIR, name), schema);
  shipped.set(name, table);
  return table;
}
