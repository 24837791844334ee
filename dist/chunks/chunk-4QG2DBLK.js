import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  require_dist
} from "./chunk-366W3JI3.js";
import {
  DrydockError,
  isObject,
  parseKubernetesVersion
} from "./chunk-HHYWI5MN.js";
import {
  __toESM
} from "./chunk-HANBNIMK.js";

// src/config/config.ts
function defaultConfig(root) {
  return { ignore: [], root, schemas: [], rules: {}, ruleLocations: {}, namespace: "default" };
}

// src/config/load-config.ts
var import_yaml = __toESM(require_dist(), 1);
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
var configNames = [".drydock.yaml", ".drydock.yml"];
var knownKeys = /* @__PURE__ */ new Set(["extends", "kubernetesVersion", "ignore", "schemas", "rules", "namespace", "cluster"]);
function findConfigFile(cwd) {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    for (const name of configNames) {
      const file = path.join(dir, name);
      if (existsSync(file)) return file;
    }
    if (path.dirname(dir) === dir) return void 0;
  }
}
function loadConfig(options) {
  const file = options.file ? path.resolve(options.cwd, options.file) : findConfigFile(options.cwd);
  if (!file) return defaultConfig(options.cwd);
  if (!existsSync(file)) throw new DrydockError("config-not-found", `config file not found: ${options.file}`);
  const text = readFileSync(file, "utf8");
  const doc = (0, import_yaml.parseDocument)(text, { version: "1.1", uniqueKeys: true, prettyErrors: false });
  const where = (offset) => `${path.relative(options.cwd, file) || file}:${lineOf(text, offset ?? 0)}`;
  if (doc.errors.length > 0) {
    throw new DrydockError("config-invalid", `${where(doc.errors[0].pos[0])}: ${doc.errors[0].message.split("\n")[0]}`);
  }
  const value = doc.toJS() ?? {};
  if (!isObject(value)) throw new DrydockError("config-invalid", `${where(0)}: the configuration must be a mapping`);
  const fail = (key, message) => {
    const node = doc.getIn([key], true);
    throw new DrydockError("config-invalid", `${where(node?.range?.[0])}: ${message}`);
  };
  for (const key of Object.keys(value)) {
    if (!knownKeys.has(key)) fail(key, `unknown setting "${key}" (known: ${[...knownKeys].join(", ")})`);
  }
  const root = path.dirname(file);
  const config = defaultConfig(root);
  config.file = file;
  if (value.kubernetesVersion !== void 0) {
    const version = parseKubernetesVersion(String(value.kubernetesVersion));
    if (!version) fail("kubernetesVersion", `kubernetesVersion "${value.kubernetesVersion}" is not one drydock bundles (1.28 to 1.36)`);
    config.kubernetesVersion = version;
  }
  config.ignore = stringList(value.ignore, "ignore", fail);
  config.schemas = stringList(value.schemas, "schemas", fail).map((dir) => path.resolve(root, dir));
  if (value.extends !== void 0) {
    if (typeof value.extends !== "string") fail("extends", "extends must be a preset name: recommended, strict or all");
    config.extends = value.extends;
  }
  if (value.rules !== void 0) {
    if (!isObject(value.rules)) fail("rules", "rules must be a mapping of rule id to level");
    config.rules = value.rules;
    for (const id of Object.keys(config.rules)) {
      const node = doc.getIn(["rules", id], true);
      const keyNode = doc.getIn(["rules"], true)?.items?.find((item) => String(item.key.value) === id)?.key;
      config.ruleLocations[id] = where(keyNode?.range?.[0] ?? node?.range?.[0]);
    }
  }
  if (value.namespace !== void 0) {
    if (typeof value.namespace !== "string" || value.namespace === "") fail("namespace", "namespace must be a non-empty string");
    config.namespace = value.namespace;
  }
  if (value.cluster !== void 0) {
    if (typeof value.cluster !== "string") fail("cluster", "cluster must be a path");
    config.cluster = path.resolve(root, value.cluster);
  }
  return config;
}
function stringList(value, key, fail) {
  if (value === void 0) return [];
  if (!Array.isArray(value) || !value.every((v) => typeof v === "string")) fail(key, `${key} must be a list of strings`);
  return value;
}
function lineOf(text, offset) {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

export {
  defaultConfig,
  findConfigFile,
  loadConfig
};
