import type { LoadedText } from '../load/index.js';
import type { JsonObject, ResourceSource, UnreadableCrd } from '../resources/index.js';
/** A CustomResourceDefinition found anywhere in the input, as plain data a worker can receive. */
export interface CrdSource {
    object: JsonObject;
    source: ResourceSource;
}
/** The input's CRDs, and what was read to find them. */
export interface FoundCrds {
    crds: CrdSource[];
    /** CRD documents with YAML errors: their custom resources are not checked, nor called unknown. */
    unreadable: UnreadableCrd[];
    /** The files that hold a CRD, already loaded (keyed by path), so they are not parsed twice. */
    loaded: Map<string, LoadedText>;
    /** The size of those files, and of all files: CRD-heavy input is checked on one thread (see run-validate.ts). */
    crdFileBytes: number;
    inputBytes: number;
    /** The size of each file read (absolute path → bytes). */
    sizes: Map<string, number>;
    /** With `hash`: the content hash of each file read that it accepts or that mentions CRDs. */
    hashes: Map<string, string>;
    /** The files that mention CRDs (absolute paths), parsed or not. */
    crdFiles: string[];
    /** Whether `crds` and `loaded` are filled (false after a deferred scan, until `parseCrds`). */
    isParsed: boolean;
}
/** How to scan for the result cache: which files to hash, and how. */
export interface CrdScanHashing {
    accepts: (file: string) => boolean;
    of: (bytes: Buffer) => string;
}
/**
 * The CRDs among `files`; a cheap byte search first, so only files that mention CRDs are parsed.
 * With `hash`, the files it accepts and every file that mentions CRDs are hashed while they are
 * in memory anyway, and parsing waits for `parseCrds`: when the cache holds every result, the
 * CRD files' hashes are all the run needs of them.
 */
export declare function findCrds(files: readonly string[], cwd: string, hash?: CrdScanHashing): Promise<FoundCrds>;
/** Parses the CRD files a deferred scan found (once). */
export declare function parseCrds(found: FoundCrds, cwd: string): Promise<void>;
