import type { ErrorObject } from 'ajv';
import type { SchemaNode, SchemaStore } from './schema-store.js';
import { walkSchema } from './schema-walker.js';

/** Schema validation of the built-in kinds served by one Kubernetes version. */
export class BuiltinSchemas {
  private readonly resolved = new Map<string, SchemaNode | undefined>();
  private readonly resolve = (name: string): SchemaNode | undefined => {
    if (!this.resolved.has(name)) this.resolved.set(name, this.store.definition(name, this.version));
    return this.resolved.get(name);
  };

  constructor(
    private readonly store: SchemaStore,
    readonly version: string,
  ) {}

  /** Whether this version serves `apiVersion` + `kind`. */
  serves(apiVersion: string, kind: string): boolean {
    return this.store.kind(apiVersion, kind)?.versions.includes(this.version) ?? false;
  }

  /** ajv-shaped errors for `object`, or undefined when this version does not serve the kind. */
  validate(apiVersion: string, kind: string, object: unknown): ErrorObject[] | undefined {
    const entry = this.store.kind(apiVersion, kind);
    if (!entry?.versions.includes(this.version)) return undefined;
    const root = this.resolve(entry.definition);
    if (!root) throw new Error(`schemas/ lists ${apiVersion} ${kind} for ${this.version} without its definition`);
    return walkSchema(root, object, this.resolve);
  }
}
