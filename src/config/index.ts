/** The config stage: schema, defaults, loading from file + env. */

export { ConfigError, dataDir, findConfigFile, loadConfig, parseConfig } from './load.js';
export { type Config, configSchema } from './schema.js';
