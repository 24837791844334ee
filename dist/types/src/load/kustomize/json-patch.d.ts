import { type Tracked } from './tracked.js';
/** One JSON 6902 operation, its `value` already tracked to the patch's lines. */
export interface JsonPatchOperation {
    op: string;
    path: string;
    from?: string;
    value?: Tracked;
}
/** Why an operation did not apply (kustomize stops the build there, and so does this). */
export declare class JsonPatchError extends Error {
    /** The index of the operation that failed. */
    operation: number;
}
/** Applies JSON 6902 operations in order to a copy of `target`; throws JsonPatchError at the first that fails. */
export declare function applyJsonPatch(target: Tracked, operations: readonly JsonPatchOperation[]): Tracked;
