import { existsSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { DrydockError, isStrictlyInside, type KubernetesVersion, splitApiVersion } from '../resources/index.js';
import { compileGoRegexp, type PatternMatcher } from '../resources/go-regexp/index.js';
import { firstDuplicate } from './first-duplicate.js';
import { serverFormatKeyword } from './formats/index.js';
import type { ExtraSchemaFolders } from './extra-schema-folders.js';

/**
 * The file names a schema for `apiVersion` + `kind` may have in an extra schemas folder:
 * - kubeconform's default, `{kind}-{group's first label}-{version}.json`, all lower-case
 *   (`certificate-cert-manager-v1.json`; core kinds are `{kind}-{version}.json`, `pod-v1.json`).
 *   kubeconform's KindSuffix is built from the group's first dot-separated label, not the whole group;
 * - the CRDs-catalog layout, `{group}/{kind}_{version}.json` (`cert-manager.io/certificate_v1.json`).
 * The names come from the input, so a kind, group or version with anything but the characters
 * Kubernetes allows in them (letters, digits, and `.`/`-` in a group) has no file name at all:
 * `kind: ../../x` looks nothing up.
 */
export function schemaFileNames(apiVersion: string, kind: string): string[] {
  const { group, version } = splitApiVersion(apiVersion);
  const lowerKind = kind.toLowerCase();
  const lowerGroup = group.toLowerCase();
  if (!safeName.test(lowerKind) || !safeName.test(version.toLowerCase()) || (lowerGroup !== '' && !safeGroup.test(lowerGroup))) return [];
  const firstLabel = lowerGroup.split('.')[0];
  const names = [`${[lowerKind, firstLabel, version.toLowerCase()].filter(Boolean).join('-')}.json`];
  if (group !== '') names.push(join(group.toLowerCase(), `${lowerKind}_${version.toLowerCase()}.json`));
  return names;
}

const safeName = /^[a-z0-9]{1,253}$/;
// a DNS subdomain, as API groups are: never `.`, `..`, a slash or a leading dot
const safeGroup = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;

/** Validators from `--schemas` folders, each file read and compiled on first use. */
export class ExtraSchemas {
  private ajv: Ajv | undefined;
  private readonly cache = new Map<string, ValidateFunction | undefined>();

  constructor(private readonly folders: ExtraSchemaFolders, private readonly version: KubernetesVersion) {
    for (const dir of folders.dirs) {
      if (!existsSync(dir) || !statSync(dir).isDirectory()) {
        throw new DrydockError('schema-missing', `schemas folder not found: ${dir}`);
      }
    }
  }

  /** The validator for `apiVersion` + `kind` from the first folder that has one, if any. */
  validatorFor(apiVersion: string, kind: string): ValidateFunction | undefined {
    const key = `${apiVersion}/${kind}`;
    if (!this.cache.has(key)) this.cache.set(key, this.compile(apiVersion, kind));
    return this.cache.get(key);
  }

  private compile(apiVersion: string, kind: string): ValidateFunction | undefined {
    for (const dir of this.folders.dirs) {
      for (const name of schemaFileNames(apiVersion, kind)) {
        const file = join(dir, name);
        if (!existsSync(file)) continue;
        // a link in the folder may not lead out of it
        if (!isStrictlyInside(realpathSync(dir), realpathSync(file))) continue;
        return this.compileFile(file);
      }
    }
    return undefined;
  }

  /**
   * A file that cannot be read (over the size limit for input files, say), is not JSON, or is not
   * a schema ajv compiles is a usage error naming it (and not quoting it).
   */
  private compileFile(file: string): ValidateFunction {
    const read = this.folders.readFile(file);
    if (!read.ok) throw new DrydockError('path-unreadable', `schema file ${file}: ${read.message}`);
    let schema: unknown;
    try {
      schema = JSON.parse(new TextDecoder('utf-8', { ignoreBOM: true }).decode(read.bytes));
    } catch {
      throw new DrydockError('path-unreadable', `schema file ${file} is not valid JSON`);
    }
    if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) {
      throw new DrydockError('path-unreadable', `schema file ${file} is not a JSON schema (an object)`);
    }
    try {
      return this.instance().compile(withoutSchemaIds(schema));
    } catch (cause) {
      // our own wording of a bad pattern may be named; ajv's messages quote the schema
      const reason = cause instanceof InvalidPatternError ? `: ${cause.message}` : '';
      throw new DrydockError('path-unreadable', `schema file ${file} is not a JSON schema drydock can compile${reason}`);
    }
  }

  private instance(): Ajv {
    // schema files may name any draft in `$schema`; each schema checks a few objects, so the
    // optimising pass over its code would not pay back; patterns run on RE2 (linear time, Go
    // syntax: the schemas are generated from CRDs); uniqueItems hashes items instead of ajv's
    // pairwise comparison, quadratic in the list; formats are the API server's, as for a CRD
    // (the files are CRDs' openAPIV3Schemas), not JSON Schema's
    this.ajv ??= serverFormatKeyword(withLinearUniqueItems(new Ajv({
      allErrors: true, verbose: true, strict: false, validateSchema: false, logger: false,
      code: { optimize: false, regExp: strictGoRegExp },
    })), this.version);
    return this.ajv;
  }
}

/** Drops root `$id`/`$schema`: several files may share an id, and ajv rejects unknown meta-schemas. */
function withoutSchemaIds(schema: object): object {
  const { $id: _id, id: _legacyId, $schema: _schema, ...rest } = schema as Record<string, unknown>;
  return rest;
}

class InvalidPatternError extends Error {}

/** ajv's regExp engine for `--schemas`: a pattern RE2 rejects makes the schema file unusable. */
const strictGoRegExp = Object.assign((pattern: string): PatternMatcher => {
  const compiled = compileGoRegexp(pattern);
  if (!compiled.matcher) throw new InvalidPatternError(`a pattern is not a valid RE2 regular expression (${compiled.error})`);
  return compiled.matcher;
}, { code: 'strictGoRegExp' });

function withLinearUniqueItems(ajv: Ajv): Ajv {
  ajv.removeKeyword('uniqueItems');
  const validate = Object.assign((schema: unknown, data: unknown): boolean => {
    const pair = schema === true && Array.isArray(data) ? firstDuplicate(data) : undefined;
    validate.errors = pair ? [{ keyword: 'uniqueItems', params: { i: pair.earlier, j: pair.later }, message: 'must NOT have duplicate items' }] : undefined;
    return pair === undefined;
  }, { errors: undefined as Partial<ErrorObject>[] | undefined });
  ajv.addKeyword({ keyword: 'uniqueItems', type: 'array', schemaType: 'boolean', validate, errors: true });
  return ajv;
}
