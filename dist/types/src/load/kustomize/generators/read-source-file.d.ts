import type { JsonPath } from '../../../resources/index.js';
/**
 * How generators read the files they name; both are confined to the run's root by the caller,
 * which reports a file input may not lead to at `at` (the entry naming it) and answers `refused`,
 * and answers `too-large` for a file over `maxSourceFileBytes` (so that it need not read it).
 */
export interface SourceFileReader {
    dir: string;
    readText(file: string, at: JsonPath): string | 'refused' | 'too-large' | undefined;
    /** The raw bytes, when the caller has them: needed to tell binary content from text. */
    readBytes?(file: string, at: JsonPath): Uint8Array | 'refused' | 'too-large' | undefined;
    /** The name diagnostics give a file (its absolute path when not given). */
    displayName?(file: string): string;
}
/** A generator's file content: text when it is valid UTF-8, else only its bytes; `file` is its name in diagnostics. */
export type SourceFile = {
    file: string;
    bytes: Uint8Array;
    text?: string;
} | {
    file: string;
    problem: 'missing' | 'too-large' | 'refused';
};
/** ConfigMaps and Secrets hold at most 1 MiB, so no one file of theirs may be larger. */
export declare const maxSourceFileBytes: number;
/** Reads `relative` (as written in the kustomization's entry `at`) from the kustomization's folder. */
export declare function readSourceFile(reader: SourceFileReader, relative: string, at: JsonPath): SourceFile;
