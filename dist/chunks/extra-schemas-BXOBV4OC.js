import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  require_ajv
} from "./chunk-XNZJ6F2F.js";
import {
  DrydockError,
  splitApiVersion
} from "./chunk-JC6TFKUX.js";
import {
  __toESM
} from "./chunk-HANBNIMK.js";

// src/schema/extra-schemas.ts
var import_ajv = __toESM(require_ajv(), 1);
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
function schemaFileNames(apiVersion, kind) {
  const { group, version } = splitApiVersion(apiVersion);
  const lowerKind = kind.toLowerCase();
  const firstLabel = group.split(".")[0].toLowerCase();
  const names = [`${[lowerKind, firstLabel, version.toLowerCase()].filter(Boolean).join("-")}.json`];
  if (group !== "") names.push(join(group.toLowerCase(), `${lowerKind}_${version.toLowerCase()}.json`));
  return names;
}
var ExtraSchemas = class {
  constructor(dirs) {
    this.dirs = dirs;
    for (const dir of dirs) {
      if (!existsSync(dir) || !statSync(dir).isDirectory()) {
        throw new DrydockError("schema-missing", `schemas folder not found: ${dir}`);
      }
    }
  }
  dirs;
  ajv;
  cache = /* @__PURE__ */ new Map();
  /** The validator for `apiVersion` + `kind` from the first folder that has one, if any. */
  validatorFor(apiVersion, kind) {
    const key = `${apiVersion}/${kind}`;
    if (!this.cache.has(key)) this.cache.set(key, this.compile(apiVersion, kind));
    return this.cache.get(key);
  }
  compile(apiVersion, kind) {
    for (const dir of this.dirs) {
      for (const name of schemaFileNames(apiVersion, kind)) {
        const file = join(dir, name);
        if (!existsSync(file)) continue;
        try {
          const schema = JSON.parse(readFileSync(file, "utf8"));
          return this.instance().compile(withoutSchemaIds(schema));
        } catch (cause) {
          throw new DrydockError("path-unreadable", `cannot use schema ${file}: ${cause.message}`);
        }
      }
    }
    return void 0;
  }
  instance() {
    this.ajv ??= new import_ajv.Ajv({
      allErrors: true,
      verbose: true,
      strict: false,
      validateSchema: false,
      validateFormats: false,
      logger: false,
      code: { optimize: false }
    });
    return this.ajv;
  }
};
function withoutSchemaIds(schema) {
  const { $id: _id, id: _legacyId, $schema: _schema, ...rest } = schema;
  return rest;
}
export {
  ExtraSchemas,
  schemaFileNames
};
