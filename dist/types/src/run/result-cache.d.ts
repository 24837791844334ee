import type { DrydockConfig } from '../config/index.js';
import { type Diagnostic, type KubernetesVersion, type RunCounts } from '../resources/index.js';
/** Everything besides a file's own bytes that decides its diagnostics. */
export interface RunKeyParts {
    cwd: string;
    config: DrydockConfig;
    kubernetesVersion: KubernetesVersion;
    schemaDirs: readonly string[];
    /** The namespace of objects that name none (it decides which documents are one object). */
    defaultNamespace?: string;
    /** Every file of the input that mentions CRDs: its path and content hash. */
    crdFiles: readonly (readonly [file: string, hash: string])[];
    version?: string;
}
/**
 * The key of a run: drydock's version, the working directory (diagnostics name files relative to
 * it), the resolved config, the Kubernetes version, the default namespace, the extra schema folders (each file's path,
 * size and modification time) and every file of the input that mentions CRDs, by path and
 * content (a CRD changes how other files validate, and which of two definitions applies depends
 * on folders). Keying by those files' bytes, not their parsed CRDs, lets a run whose every result
 * is cached skip parsing them; a file that mentions CRDs without defining one only costs a miss.
 * Cached results are reused only under the same key.
 */
export declare function runKey(parts: RunKeyParts): string;
/** The hash a file's bytes are cached under. */
export declare function contentHash(bytes: Buffer): string;
/** What a run keeps of one file (its diagnostics and how many objects it holds), or of a whole lint run. */
export interface FileResult {
    diagnostics: Diagnostic[];
    objects: number;
    /** A whole run's files and counts (lint's cache keeps one entry for the run). */
    run?: {
        files: string[];
        counts: RunCounts;
    };
}
/**
 * Per-file diagnostics of earlier runs, keyed by the file's absolute path and its content hash,
 * valid for one run key, in a file signed with the user's secret (see cache-home.ts). Entries of files this run did not check are kept while the file exists,
 * so shards and `--changed-since` runs sharing a cache do not evict each other.
 */
export declare class ResultCache {
    readonly location: string;
    private readonly key;
    private readonly secret;
    private readonly entries;
    private readonly seen;
    private constructor();
    /**
     * Reads the cache at `location`. A missing, corrupt or other-key cache starts empty; so does
     * one whose signature does not match `secret` (forged, edited, or another user's), and
     * `notify` is told so. Only a cache this user's secret signed is ever believed.
     */
    static open(location: string, key: string, secret: Buffer, notify?: (note: string) => void): ResultCache;
    /** What is cached for `file` with these contents, or undefined. */
    get(file: string, hash: string): FileResult | undefined;
    set(file: string, hash: string, result: FileResult): void;
    /** Writes the cache (to a temporary file first, so a crash never leaves half a cache). */
    save(): void;
}
