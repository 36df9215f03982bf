/** Loading the config: file (YAML or JSON) + environment, validated by the schema. */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { type Config, configSchema, httpUrl } from './schema.js';

export class ConfigError extends Error {
  constructor(reason: string, options?: { cause?: unknown }) {
    super(`[config] ${reason}`, options);
    this.name = 'ConfigError';
  }
}

/** Data directory: --data, else FACTBRIEF_HOME, else ./.factbrief */
export function dataDir(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return resolve(flag ?? env.FACTBRIEF_HOME ?? '.factbrief');
}

/** Config file: --config, else FACTBRIEF_CONFIG, else ./factbrief.yaml|.yml|.json, else <data>/config.yaml; none → defaults. */
export function findConfigFile(flag: string | undefined, data: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (flag) return resolve(flag);
  if (env.FACTBRIEF_CONFIG) return resolve(env.FACTBRIEF_CONFIG);
  for (const name of ['factbrief.yaml', 'factbrief.yml', 'factbrief.json', join(data, 'config.yaml')]) {
    if (existsSync(name)) return resolve(name);
  }
  return undefined;
}

/** Parse and validate a config object (defaults filled); environment overrides applied. */
export function parseConfig(input: unknown, env: NodeJS.ProcessEnv = process.env): Config {
  const r = configSchema.safeParse(input ?? {});
  if (!r.success) {
    const issues = r.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new ConfigError(`invalid config: ${issues}`);
  }
  const c = r.data;
  if (env.FACTBRIEF_ENGINE === 'llm' || env.FACTBRIEF_ENGINE === 'offline') c.engine = env.FACTBRIEF_ENGINE;
  if (env.FACTBRIEF_LLM_BASE_URL) {
    if (!httpUrl.safeParse(env.FACTBRIEF_LLM_BASE_URL).success)
      throw new ConfigError(
        `invalid FACTBRIEF_LLM_BASE_URL: must be an absolute http:// or https:// URL, got ${JSON.stringify(env.FACTBRIEF_LLM_BASE_URL)}`,
      );
    c.llm.baseURL = env.FACTBRIEF_LLM_BASE_URL;
  }
  if (env.FACTBRIEF_LLM_MODEL) c.llm.model = env.FACTBRIEF_LLM_MODEL;
  return c;
}

/** Load the config file if any (YAML or JSON), else defaults. */
export function loadConfig(file: string | undefined, env: NodeJS.ProcessEnv = process.env): Config {
  if (!file) return parseConfig({}, env);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (cause) {
    throw new ConfigError(`cannot read ${file}: ${(cause as Error).message}`, { cause });
  }
  let data: unknown;
  try {
    data = file.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
  } catch (cause) {
    throw new ConfigError(`${file} is not valid ${file.endsWith('.json') ? 'JSON' : 'YAML'}: ${(cause as Error).message}`, { cause });
  }
  return parseConfig(data, env);
}
