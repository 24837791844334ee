import type { Diagnostic, Resource, UnreadableCrd } from '../resources/index.js';
/** How a text is read: by the file's extension unless told. */
export type InputFormat = 'yaml' | 'json' | 'markdown';
/** Resources and input diagnostics of one file. */
export interface LoadedText {
    resources: Resource[];
    diagnostics: Diagnostic[];
    /** CRD documents with YAML errors: their custom resources are not reported as unknown kinds. */
    unreadableCrds?: UnreadableCrd[];
}
/** How loadText treats documents that are not Kubernetes objects. */
export interface LoadTextOptions {
    /** Keep them as resources (a kind cluster config read as a cluster model) instead of skipping them with a note. */
    keepNonManifests?: boolean;
    /**
     * Where the file is on disk (absolute), when `file` is a display name relative to a working
     * directory that need not be this process's (a library call with `cwd`): the Helm chart check
     * looks for Chart.yaml beside it.
     */
    path?: string;
    /** Whether a folder (absolute) holds a Chart.yaml; the disk is asked when unset (a git ref's tree is not the disk). */
    holdsChart?: (folder: string) => boolean;
}
/**
 * Reads the manifests in one file's text; `file` is the name diagnostics show. Markdown needs
 * the reader loaded first (`loadMarkdownReader`; the load/index.ts entry installs it).
 */
export declare function loadText(text: string, file: string, format?: InputFormat, options?: LoadTextOptions): LoadedText;
/** Notes beyond this are not scanned for code blocks: the Markdown parser needs seconds for them. */
export declare const maxMarkdownChars: number;
/** Nor notes with a line this long: link syntax on such a line makes the parser quadratic. */
export declare const maxMarkdownLine: number;
/** Whether a diagnostic is the note that a Go/Helm template was skipped (runs count them). */
export declare function isTemplateNote(diagnostic: Diagnostic): boolean;
/** Whether a file's name makes it Markdown notes, whose code blocks are read as separate examples. */
export declare function isMarkdownName(file: string): boolean;
/**
 * The format a file name suggests; a file of another extension (named on the command line) is
 * YAML or JSON when it starts like a document, else Markdown-like notes with code blocks.
 */
export declare function formatOf(file: string, text: string): InputFormat;
