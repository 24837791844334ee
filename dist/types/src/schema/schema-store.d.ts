/** What `schemas/index.json` says about one group/version/kind. */
export interface KindEntry {
    definition: string;
    /** Absent for kinds that cannot be created (`Status`, `DeleteOptions`). */
    scope?: 'Namespaced' | 'Cluster';
    /** The Kubernetes versions that serve it, oldest first. */
    versions: string[];
}
/** A JSON Schema node as the build script writes it. */
export type SchemaNode = Record<string, unknown>;
/** Read access to the bundled schemas; files are read on first use and kept. */
export declare class SchemaStore {
    private readonly dir;
    private index;
    private readonly packages;
    constructor(dir?: string);
    /** Every group/version/kind of every bundled version, keyed `group/version/Kind` (`v1/Pod`). */
    get kinds(): Readonly<Record<string, KindEntry>>;
    /** The entry for `apiVersion` + `kind`, whatever versions serve it. */
    kind(apiVersion: string, kind: string): KindEntry | undefined;
    /** The schema of definition `name` in Kubernetes `version`, or undefined if it has none there. */
    definition(name: string, version: string): SchemaNode | undefined;
    /** The bundled Kubernetes versions, oldest first. */
    get versions(): readonly string[];
    private loadIndex;
    private loadPackage;
}
