import { type DrydockConfig } from '../config/index.js';
import { type FolderInput, type InputEntry, type SkippedCounts, type StdinReader } from '../load/index.js';
import { ResourceSet, type Diagnostic, type KubernetesVersion, type LoadRestrictor, type Resource, type RunCounts } from '../resources/index.js';
import { type SelectedBuilds } from './selected-builds.js';
import { type Shard } from './select-files.js';
/** What to validate, and how. Paths are relative to `cwd`. */
export interface ValidateOptions {
    paths: readonly string[];
    cwd?: string;
    /**
     * The folder every read must stay in, after links are resolved (default: the git top-level
     * of `cwd`, else `cwd`). Links found in the input that lead elsewhere are skipped with an
     * `input/outside-root` warning; config paths that do are a usage error.
     */
    root?: string;
    /** Overrides the config's `kubernetesVersion`; `1.30`, `v1.30` and `v1.30.2` are accepted. */
    kubernetesVersion?: string;
    /** A config file to use instead of the `.drydock.yaml` found upward from `cwd`. */
    configFile?: string;
    /** A config already loaded (skips finding one). */
    config?: DrydockConfig;
    /** Extra folders of JSON schemas, added to the config's `schemas`. */
    schemaDirs?: readonly string[];
    /** Reads standard input, for the path `-`. */
    readStdin?: StdinReader;
    /**
     * Threads to check large inputs on (default: the machine's cores, at most 4). Worker threads
     * are used only from the bundled build and only when `keepResources` is false.
     */
    jobs?: number;
    /**
     * Return the loaded resources in the result (default true, false with `cache`); false allows
     * worker threads and the cache.
     */
    keepResources?: boolean;
    /**
     * Check only this CI job's share of the files found (after ignores): job `index` (1-based) of
     * `count`. Files are assigned by a stable hash of their path relative to `cwd` (see
     * `shardOf`). Every file is still searched for CRDs, and `lint` still loads every file for
     * its cross-resource rules; only the findings are limited to the shard's files.
     */
    shard?: Shard;
    /**
     * Check only files changed since this git ref (`git diff <ref>...HEAD`, plus uncommitted and
     * untracked files), among those the paths name. As with `shard`, the other files still count
     * as CRDs and as `lint`'s cross-resource context; only their findings are left out.
     */
    changedSince?: string;
    /**
     * Skip documents with neither apiVersion nor kind with a note even in files the paths name
     * (kubectl refuses them there, and so does drydock by default). For callers that name every
     * YAML file they have, such as the pre-commit hooks.
     */
    allowUntyped?: boolean;
    /**
     * Reuse the per-file diagnostics of earlier runs over unchanged files (validate: only without
     * `keepResources` or standard input; lint: the whole run's, when no input file changed). Stored in `cacheLocation` and signed with the
     * user's secret in `cacheDir`: a cache whose signature does not match is ignored (see `notify`).
     */
    cache?: boolean;
    /** The cache file (default: a file per working directory in `cacheDir`, outside the checkout). */
    cacheLocation?: string;
    /** The per-user folder of the cache secret and default caches (default `$XDG_CACHE_HOME/drydock`, else `~/.cache/drydock`). */
    cacheDir?: string;
    /** Receives notes about the run that are not findings, such as a cache that was ignored. */
    notify?: (note: string) => void;
    /**
     * Also check, on its own, each kustomization that another one uses (a base). By default a
     * base is checked only through the overlays that build it, or alone when none does.
     */
    kustomizeBases?: boolean;
    /** Which files a kustomization may read; overrides the config's `kustomizeLoadRestrictor`. */
    kustomizeLoadRestrictor?: LoadRestrictor;
    /**
     * The namespace of objects that name none (default: the config's `namespace`, else
     * `default`), as kubectl's context namespace: two documents are one object when their
     * namespaces resolve alike.
     */
    namespace?: string;
}
/** The outcome of a validation run: sorted diagnostics and everything that was read. */
export interface ValidateResult {
    diagnostics: Diagnostic[];
    /** Every resource read; empty when the run was asked not to keep them. */
    resources: ResourceSet;
    files: string[];
    kubernetesVersion: KubernetesVersion;
    config: DrydockConfig;
    /** The run's root (a real path). */
    root: string;
    /** What the search for files passed over: hidden entries, `node_modules`, ignored paths, links leaving the root. */
    skipped: SkippedCounts;
    /** The threads that checked the files: 1, or this one and the worker threads it started (`jobs`). */
    threads: number;
    /** How many kustomizations were built and checked (for the run's summary). */
    kustomizationsBuilt: number;
    /** What the run checked and passed over, for the summary that ends a report (`describeRun`). */
    counts: RunCounts;
}
/**
 * Loads the inputs and reports what the API server would reject: YAML problems, schema errors
 * (built-in kinds, CRDs in the input, extra schemas) and the server's own validation.
 */
export declare function validate(options: ValidateOptions): Promise<ValidateResult>;
/**
 * Findings a command adds to validation's, from the validated resources (lint's rules); they are
 * sorted, merged and made safe with the rest, once.
 */
export type MoreFindings = (resources: ResourceSet) => Promise<Diagnostic[]>;
/**
 * Validates a prepared run; `keepsResources` returns the resources (and rules out batching and
 * the cache), which `moreFindings` is then given.
 */
export declare function checkRun(run: PreparedRun, keepsResources: boolean, moreFindings?: MoreFindings): Promise<ValidateResult>;
/** The display names of the files that were read but are not selected (for `shard` and `changedSince`, and builds checked for named files). */
export declare function leftOutNames(run: PreparedRun): Set<string>;
/** A run's settings and inputs, resolved once: config, version, files, standard input, threads. */
export interface PreparedRun {
    cwd: string;
    /** The run's root (a real path). */
    root: string;
    /** Whether untyped documents of named files stay notes (ValidateOptions.allowUntyped). */
    allowUntyped: boolean;
    /** The namespace of objects that name none (ValidateOptions.namespace, else the config's, else `default`). */
    defaultNamespace: string;
    /** What the search for files passed over. */
    skipped: SkippedCounts;
    /** Notes from the search (links leaving the root, ignores overridden), for the selected files. */
    notes: Diagnostic[];
    config: DrydockConfig;
    kubernetesVersion: KubernetesVersion;
    schemaDirs: string[];
    entries: InputEntry[];
    /** The folders the command line names, with the files found in each. */
    folders: FolderInput[];
    /** Every file found (absolute paths). */
    files: string[];
    /** The files to report on (`shard`, `changedSince`): all of `files` unless asked otherwise. */
    selected: string[];
    /** The result cache's file (absolute), when the cache is on. */
    cacheFile?: string;
    /** The secret the cache is signed with; without one, nothing is cached. */
    cacheSecret?: Buffer;
    notify: (note: string) => void;
    stdin: {
        resources: Resource[];
        diagnostics: Diagnostic[];
        files: string[];
    };
    /** The selected kustomizations' built objects and findings. */
    kustomize: SelectedBuilds;
    jobs: number;
}
/** Resolves the options of a run (shared by validate and lint). */
export declare function prepareRun(options: ValidateOptions, command?: 'validate' | 'lint'): Promise<PreparedRun>;
