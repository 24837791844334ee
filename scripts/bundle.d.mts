import type { Plugin } from 'esbuild';

export declare const entryPoints: Record<string, string>;
export declare function bundle(options: { outdir: string; entries?: Record<string, string> | string[]; plugins?: Plugin[]; absWorkingDir?: string }): Promise<Record<string, string>>;
