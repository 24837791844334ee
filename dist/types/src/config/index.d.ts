export type { DrydockConfig } from './config.js';
export { defaultConfig } from './config.js';
export { loadConfig, findConfigFile, configNames } from './load-config.js';
export type { LoadConfigOptions } from './load-config.js';
export { parseConfig } from './parse-config.js';
export type { ConfigSource, PathCheck } from './parse-config.js';
