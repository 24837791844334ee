export type { DrydockConfig } from './config.js';
export { defaultConfig } from './config.js';
export { loadConfig, findConfigFile, configNames } from './load-config.js';
export { parseConfig } from './parse-config.js';
export type { ConfigSource } from './parse-config.js';
