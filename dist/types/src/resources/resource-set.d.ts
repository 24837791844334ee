import type { Resource } from './resource.js';
/** All resources of one run, indexed for the cross-resource questions checks and plans ask. */
export declare class ResourceSet implements Iterable<Resource> {
    readonly items: readonly Resource[];
    private readonly kindIndex;
    constructor(items: readonly Resource[]);
    [Symbol.iterator](): Iterator<Resource>;
    get size(): number;
    /** Every resource of `kind`, optionally limited to an API group (`apps`, `''` for core). */
    ofKind(kind: string, group?: string): readonly Resource[];
    /** The resource of `kind` named `name` in `namespace`, if the input has it. */
    find(kind: string, name: string, namespace?: string): Resource | undefined;
}
