import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import type { KubernetesVersion, Resource } from '../../resources/index.js';
import { issuesFromAjvErrors } from '../ajv-issues.js';
import { serverFormatKeyword } from '../formats/index.js';
import type { SchemaIssue } from '../schema-issue.js';
import type { CrdSchema } from './crd-schema.js';
import { compileGoPattern } from '../../resources/go-regexp/index.js';
import { prepareObject } from './prepare-object.js';
import { structuralIssues, type DeferredCheck } from './structural-walk.js';
import { toAjvSchema, type ConvertedSchema } from './to-ajv-schema.js';

/** One served version of one CRD: its schema, compiled piece by piece as resources need it. */
export class VersionValidator {
  private converted: ConvertedSchema | undefined;
  private readonly compiled = new Map<CrdSchema | 'root', ValidateFunction>();

  constructor(
    private readonly ajv: () => Ajv,
    private readonly schema: CrdSchema,
    private readonly hasStatusSubresource: boolean,
  ) {}

  /** The issues of `resource` against this version's schema ([] when it is accepted). */
  validate(resource: Resource): SchemaIssue[] {
    const object = prepareObject(resource.object, this.schema, this.hasStatusSubresource);
    const errors: ErrorObject[] = [];
    const root = this.compile('root');
    if (root && !root(object)) for (const error of root.errors ?? []) errors.push(error);
    const deferred: DeferredCheck = (node, value, pointer) => {
      const validate = this.compile(node);
      if (validate && !validate(value, { instancePath: pointer, rootData: object, parentData: object, parentDataProperty: '', dynamicAnchors: {} })) for (const error of validate.errors ?? []) errors.push(error);
    };
    const structural = structuralIssues(object, this.schema, deferred);
    return [...issuesFromAjvErrors(errors), ...structural];
  }

  /** Undefined for a node that is checked as part of a bigger one. */
  private compile(node: CrdSchema | 'root'): ValidateFunction | undefined {
    let validate = this.compiled.get(node);
    if (validate) return validate;
    this.converted ??= toAjvSchema(this.schema);
    const schema = node === 'root' ? this.converted.root : this.converted.deferred.get(node);
    if (!schema) return undefined;
    validate = this.ajv().compile(schema);
    this.compiled.set(node, validate);
    return validate;
  }
}

/** The ajv instance CRD schemas compile in: all errors, Go RE2 patterns, the server's formats at `version`. */
export function createCrdAjv(version: KubernetesVersion): Ajv {
  const ajv = new Ajv({
    allErrors: true,
    verbose: true,
    strict: false,
    logger: false,
    // most CRD schemas validate a handful of objects: the optimising pass over the generated
    // code (half of compiling) costs more than it saves
    code: { regExp: goRegExpEngine, optimize: false },
  });
  return serverFormatKeyword(ajv, version);
}

const goRegExpEngine = Object.assign((pattern: string) => compileGoPattern(pattern), {
  code: 'compileGoPattern',
});
