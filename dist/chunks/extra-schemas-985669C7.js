import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  firstDuplicate,
  serverFormatKeyword
} from "./chunk-B56EE52C.js";
import {
  compileGoRegexp
} from "./chunk-30E97A45.js";
import {
  require_ajv
} from "./chunk-47EFD4F9.js";
import {
  DrydockError,
  isStrictlyInside,
  splitApiVersion
} from "./chunk-084AE718.js";
import {
  __toESM
} from "./chunk-E3B0C442.js";

// src/schema/extra-schemas.ts
var import_ajv = __toESM(require_ajv(), 1);
import { existsSync, realpathSync, statSync } from "node:fs";
import { join } from "node:path";
function schemaFileNames(apiVersion, kind) {
  const { group, version } = splitApiVersion(apiVersion);
  const lowerKind = kind.toLowerCase();
  const lowerGroup = group.toLowerCase();
  if (!safeName.test(lowerKind) || !safeName.test(version.toLowerCase()) || lowerGroup !== "" && !safeGroup.test(lowerGroup)) return [];
  const firstLabel = lowerGroup.split(".")[0];
  const names = [`${[lowerKind, firstLabel, version.toLowerCase()].filter(Boolean).join("-")}.json`];
  if (group !== "") names.push(join(group.toLowerCase(), `${lowerKind}_${version.toLowerCase()}.json`));
  return names;
}
var safeName = /^[a-z0-9]{1,253}$/;
var safeGroup = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;
var ExtraSchemas = class {
  constructor(folders, version) {
    this.folders = folders;
    this.version = version;
    for (const dir of folders.dirs) {
      if (!existsSync(dir) || !statSync(dir).isDirectory()) {
        throw new DrydockError("schema-missing", `schemas folder not found: ${dir}`);
      }
    }
  }
  folders;
  version;
  ajv;
  cache = /* @__PURE__ */ new Map();
  /** The validator for `apiVersion` + `kind` from the first folder that has one, if any. */
  validatorFor(apiVersion, kind) {
    const key = `${apiVersion}/${kind}`;
    if (!this.cache.has(key)) this.cache.set(key, this.compile(apiVersion, kind));
    return this.cache.get(key);
  }
  compile(apiVersion, kind) {
    for (const dir of this.folders.dirs) {
      for (const name of schemaFileNames(apiVersion, kind)) {
        const file = join(dir, name);
        if (!existsSync(file)) continue;
        if (!isStrictlyInside(realpathSync(dir), realpathSync(file))) continue;
        return this.compileFile(file);
      }
    }
    return void 0;
  }
  /**
   * A file that cannot be read (over the size limit for input files, say), is not JSON, or is not
   * a schema ajv compiles is a usage error naming it (and not quoting it).
   */
  compileFile(file) {
    const read = this.folders.readFile(file);
    if (!read.ok) throw new DrydockError("path-unreadable", `schema file ${file}: ${read.message}`);
    let schema;
    try {
      schema = JSON.parse(new TextDecoder("utf-8", { ignoreBOM: true }).decode(read.bytes));
    } catch {
      throw new DrydockError("path-unreadable", `schema file ${file} is not valid JSON`);
    }
    if (typeof schema !== "object" || schema === null || Array.isArray(schema)) {
      throw new DrydockError("path-unreadable", `schema file ${file} is not a JSON schema (an object)`);
    }
    try {
      return this.instance().compile(withoutSchemaIds(schema));
    } catch (cause) {
      const reason = cause instanceof InvalidPatternError ? `: ${cause.message}` : "";
      throw new DrydockError("path-unreadable", `schema file ${file} is not a JSON schema drydock can compile${reason}`);
    }
  }
  instance() {
    this.ajv ??= serverFormatKeyword(withLinearUniqueItems(new import_ajv.Ajv({
      allErrors: true,
      verbose: true,
      strict: false,
      validateSchema: false,
      logger: false,
      code: { optimize: false, regExp: strictGoRegExp }
    })), this.version);
    return this.ajv;
  }
};
function withoutSchemaIds(schema) {
  const { $id: _id, id: _legacyId, $schema: _schema, ...rest } = schema;
  return rest;
}
var InvalidPatternError = class extends Error {
};
var strictGoRegExp = Object.assign((pattern) => {
  const compiled = compileGoRegexp(pattern);
  if (!compiled.matcher) throw new InvalidPatternError(`a pattern is not a valid RE2 regular expression (${compiled.error})`);
  return compiled.matcher;
}, { code: "strictGoRegExp" });
function withLinearUniqueItems(ajv) {
  ajv.removeKeyword("uniqueItems");
  const validate = Object.assign((schema, data) => {
    const pair = schema === true && Array.isArray(data) ? firstDuplicate(data) : void 0;
    validate.errors = pair ? [{ keyword: "uniqueItems", params: { i: pair.earlier, j: pair.later }, message: "must NOT have duplicate items" }] : void 0;
    return pair === void 0;
  }, { errors: void 0 });
  ajv.addKeyword({ keyword: "uniqueItems", type: "array", schemaType: "boolean", validate, errors: true });
  return ajv;
}
export {
  ExtraSchemas,
  schemaFileNames
};
