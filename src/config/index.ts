export type { DrydockConfig } from './config.js';
export { defaultConfig } from './config.js';
export { loadConfig, findConfigFile } from './load-config.js';
export type { LoadConfigOptions, PathCheck } from './load-config.js';
