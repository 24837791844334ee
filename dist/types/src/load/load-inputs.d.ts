import type { Diagnostic, Resource, UnreadableCrd } from '../resources/index.js';
import type { KustomizeFiles, ReadResult } from './kustomize-files.js';
import { type FindOptions, type SkippedCounts } from './find-files.js';
export { displayName } from './find-files.js';
import { type LoadedText } from './load-text.js';
/** Files larger than this are refused: no manifest is that big, and parsing it would stall a run. */
export declare const defaultMaxFileBytes: number;
export interface LoadOptions extends FindOptions {
    /** Reads standard input, for the path `-`. */
    readStdin?: StdinReader;
    maxFileBytes?: number;
}
/** Everything read from the inputs. `files` are the names diagnostics use, in input order. */
export interface LoadResult {
    resources: Resource[];
    diagnostics: Diagnostic[];
    files: string[];
    /** What the search passed over (hidden, `node_modules`, ignored, links leaving the root). */
    skipped: SkippedCounts;
    /** CRD documents with YAML errors (see LoadedText). */
    unreadableCrds: UnreadableCrd[];
}
/** Finds, reads and parses every input; a bad file yields diagnostics and never stops the others. */
export declare function loadInputs(inputs: readonly string[], options: LoadOptions): Promise<LoadResult>;
/**
 * Reads standard input: at most `maxBytes` plus one byte (so that more is seen without keeping
 * it), or a string from an in-process caller.
 */
export type StdinReader = (maxBytes: number) => Promise<Uint8Array | string>;
/** Reads and parses standard input with the size limit and text checks a file gets. */
export declare function loadStdin(readStdin: StdinReader | undefined, maxBytes?: number): Promise<LoadedText>;
/** Reads and parses one file (an absolute path) that diagnostics call `name`. */
export declare function loadFile(file: string, name: string, options?: {
    maxFileBytes?: number;
    keepNonManifests?: boolean;
}): Promise<LoadedText>;
/** A file's text or what stopped it being read (a size limit, an encoding), as diagnostics. */
export type ReadText = {
    ok: true;
    text: string;
} | {
    ok: false;
    diagnostics: Diagnostic[];
};
/** The text of what a bounded read (of a file shown as `name`) returned, or what stopped it. */
export declare function textOfRead(read: ReadResult, name: string): ReadText;
export declare function readFileBounded(file: string, maxBytes: number): ReadResult;
/** A size as messages give it. */
export declare function formatBytes(bytes: number): string;
/**
 * Reads and parses one YAML or JSON file synchronously (Markdown is read as YAML): for callers
 * such as a kustomize build, which names manifest files and never notes.
 */
export declare function loadFileSync(files: KustomizeFiles, file: string, options?: {
    maxFileBytes?: number;
}): LoadedText;
