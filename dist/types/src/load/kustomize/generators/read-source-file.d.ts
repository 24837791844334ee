/** How generators read the files they name; both are confined to the run's root by the caller. */
export interface SourceFileReader {
    dir: string;
    readText(file: string): string | undefined;
    /** The raw bytes, when the caller has them: needed to tell binary content from text. */
    readBytes?(file: string): Uint8Array | undefined;
}
/** A generator's file content: text when it is valid UTF-8, else only its bytes. */
export type SourceFile = {
    file: string;
    bytes: Uint8Array;
    text?: string;
} | {
    file: string;
    problem: 'missing' | 'too-large';
};
/** ConfigMaps and Secrets hold at most 1 MiB, so no one file of theirs may be larger. */
export declare const maxSourceFileBytes: number;
/** Reads `relative` (as written in the kustomization) from the kustomization's folder. */
export declare function readSourceFile(reader: SourceFileReader, relative: string): SourceFile;
