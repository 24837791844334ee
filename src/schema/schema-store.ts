import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundledSchemasDir } from './schemas-dir.js';

/** What `schemas/index.json` says about one group/version/kind. */
export interface KindEntry {
  definition: string;
  /** Absent for kinds that cannot be created (`Status`, `DeleteOptions`). */
  scope?: 'Namespaced' | 'Cluster';
  /** The Kubernetes versions that serve it, oldest first. */
  versions: string[];
}

interface SchemaIndex {
  versions: string[];
  kinds: Record<string, KindEntry>;
}

/** `{Name: [[versions, schema], …]}`, one file per Go package (see schemas/README.md). */
type PackageFile = Record<string, [string[], object][]>;

/** A JSON Schema node as the build script writes it. */
export type SchemaNode = Record<string, unknown>;

/** Read access to the bundled schemas; files are read on first use and kept. */
export class SchemaStore {
  private index: SchemaIndex | undefined;
  private readonly packages = new Map<string, PackageFile>();

  constructor(private readonly dir: string = bundledSchemasDir()) {}

  /** Every group/version/kind of every bundled version, keyed `group/version/Kind` (`v1/Pod`). */
  get kinds(): Readonly<Record<string, KindEntry>> {
    return this.loadIndex().kinds;
  }

  /** The entry for `apiVersion` + `kind`, whatever versions serve it. */
  kind(apiVersion: string, kind: string): KindEntry | undefined {
    return Object.hasOwn(this.kinds, `${apiVersion}/${kind}`) ? this.kinds[`${apiVersion}/${kind}`] : undefined;
  }

  /** The schema of definition `name` in Kubernetes `version`, or undefined if it has none there. */
  definition(name: string, version: string): SchemaNode | undefined {
    const dot = name.lastIndexOf('.');
    const variants = this.loadPackage(name.slice(0, dot))?.[name.slice(dot + 1)];
    return variants?.find(([versions]) => versions.includes(version))?.[1] as SchemaNode | undefined;
  }

  /** The bundled Kubernetes versions, oldest first. */
  get versions(): readonly string[] {
    return this.loadIndex().versions;
  }

  private loadIndex(): SchemaIndex {
    this.index ??= JSON.parse(readFileSync(join(this.dir, 'index.json'), 'utf8')) as SchemaIndex;
    return this.index;
  }

  private loadPackage(pkg: string): PackageFile | undefined {
    if (!this.packages.has(pkg)) {
      const file = join(this.dir, 'definitions', `${pkg}.json`);
      if (!existsSync(file)) return undefined;
      this.packages.set(pkg, JSON.parse(readFileSync(file, 'utf8')) as PackageFile);
    }
    return this.packages.get(pkg);
  }
}
