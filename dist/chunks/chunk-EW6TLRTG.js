import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  require_dist
} from "./chunk-366W3JI3.js";
import {
  DrydockError,
  isObject,
  parseKubernetesVersion
} from "./chunk-JC6TFKUX.js";
import {
  __toESM
} from "./chunk-HANBNIMK.js";

// src/version.ts
var version = "0.1.0";

// src/select-files.ts
import { execFileSync } from "node:child_process";
import { realpathSync } from "node:fs";
import path from "node:path";
function parseShard(text) {
  const match = /^([1-9]\d{0,5})\/([1-9]\d{0,5})$/.exec(text.trim());
  const shard = match ? { index: Number(match[1]), count: Number(match[2]) } : void 0;
  if (!shard || shard.index > shard.count) {
    throw new DrydockError("usage", `--shard takes i/n with 1 \u2264 i \u2264 n (such as 2/4), not "${text}"`);
  }
  return shard;
}
function shardOf(relativePath, count) {
  let hash = 2166136261;
  for (let i = 0; i < relativePath.length; i++) {
    hash ^= relativePath.charCodeAt(i);
    hash = Math.imul(hash, 16777619);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 2246822507);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 3266489909);
  hash ^= hash >>> 16;
  return (hash >>> 0) % count + 1;
}
function filesOfShard(files, shard, cwd) {
  return files.filter((file) => shardOf(toPosix(path.relative(cwd, file)), shard.count) === shard.index);
}
function changedFiles(ref, cwd) {
  if (ref === "" || ref.startsWith("-")) throw new DrydockError("git-ref-missing", `"${ref}" is not a git ref`);
  const top = git(["rev-parse", "--show-toplevel"], cwd, () => `--changed-since needs a git repository, and ${cwd} is not in one`).trim();
  git(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], cwd, () => `unknown git ref "${ref}" (is it fetched? CI checkouts are often shallow)`);
  const lists = [
    git(["diff", "--name-only", "-z", "--no-renames", `${ref}...HEAD`, "--"], cwd, () => `git found no common ancestor of "${ref}" and HEAD (fetch more history)`),
    git(["diff", "--name-only", "-z", "--no-renames", "HEAD", "--"], cwd),
    git(["ls-files", "--others", "--exclude-standard", "-z", "--full-name"], cwd)
  ];
  const out = /* @__PURE__ */ new Set();
  for (const list of lists) {
    for (const name of list.split("\0")) if (name !== "") out.add(path.join(top, name));
  }
  return out;
}
function filesChanged(files, changed) {
  return files.filter((file) => changed.has(file) || changed.has(realpathOrSelf(file)));
}
function git(args, cwd, explain = () => `git ${args[0]} failed`) {
  try {
    return execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], maxBuffer: 256 * 1024 * 1024 });
  } catch (error) {
    const failure = error;
    if (failure.code === "ENOENT") throw new DrydockError("git-ref-missing", "--changed-since needs git, and git is not installed (or not on PATH)");
    const detail = typeof failure.stderr === "string" && failure.stderr.trim() !== "" ? `: ${failure.stderr.trim().split("\n")[0]}` : "";
    throw new DrydockError("git-ref-missing", `${explain()}${detail}`);
  }
}
function realpathOrSelf(file) {
  try {
    return path.join(realpathSync(path.dirname(file)), path.basename(file));
  } catch {
    return file;
  }
}
function toPosix(file) {
  return file.split(path.sep).join("/");
}
function changedLines(ref, cwd) {
  const out = /* @__PURE__ */ new Map();
  let top;
  try {
    top = git(["rev-parse", "--show-toplevel"], cwd).trim();
    for (const range of [`${ref}...HEAD`, "HEAD"]) addHunks(git(["diff", "-U0", "--no-color", "--no-renames", range, "--"], cwd), top, cwd, out);
  } catch {
    return out;
  }
  return out;
}
function addHunks(diff, top, cwd, out) {
  let lines;
  for (const line of diff.split("\n")) {
    if (line.startsWith("+++ ")) {
      const name = line.slice(4);
      if (name === "/dev/null") {
        lines = void 0;
        continue;
      }
      const file = toPosix(path.relative(cwd, path.join(top, name.replace(/^b\//, ""))));
      lines = out.get(file) ?? /* @__PURE__ */ new Set();
      out.set(file, lines);
      continue;
    }
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (hunk && lines) {
      const start = Number(hunk[1]);
      const count = hunk[2] === void 0 ? 1 : Number(hunk[2]);
      for (let n = start; n < start + count; n++) lines.add(n);
    }
  }
}

// src/config/config.ts
function defaultConfig(root) {
  return { ignore: [], root, schemas: [], rules: {}, ruleLocations: {}, namespace: "default" };
}

// src/config/load-config.ts
var import_yaml = __toESM(require_dist(), 1);
import { existsSync, readFileSync } from "node:fs";
import path2 from "node:path";
var configNames = [".drydock.yaml", ".drydock.yml"];
var knownKeys = /* @__PURE__ */ new Set(["extends", "kubernetesVersion", "ignore", "schemas", "rules", "namespace", "cluster"]);
function findConfigFile(cwd) {
  for (let dir = path2.resolve(cwd); ; dir = path2.dirname(dir)) {
    for (const name of configNames) {
      const file = path2.join(dir, name);
      if (existsSync(file)) return file;
    }
    if (path2.dirname(dir) === dir) return void 0;
  }
}
function loadConfig(options) {
  const file = options.file ? path2.resolve(options.cwd, options.file) : findConfigFile(options.cwd);
  if (!file) return defaultConfig(options.cwd);
  if (!existsSync(file)) throw new DrydockError("config-not-found", `config file not found: ${options.file}`);
  const text = readFileSync(file, "utf8");
  const doc = (0, import_yaml.parseDocument)(text, { version: "1.1", uniqueKeys: true, prettyErrors: false });
  const where = (offset) => `${path2.relative(options.cwd, file) || file}:${lineOf(text, offset ?? 0)}`;
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
  const root = path2.dirname(file);
  const config = defaultConfig(root);
  config.file = file;
  if (value.kubernetesVersion !== void 0) {
    const version2 = parseKubernetesVersion(String(value.kubernetesVersion));
    if (!version2) fail("kubernetesVersion", `kubernetesVersion "${value.kubernetesVersion}" is not one drydock bundles (1.28 to 1.36)`);
    config.kubernetesVersion = version2;
  }
  config.ignore = stringList(value.ignore, "ignore", fail);
  config.schemas = stringList(value.schemas, "schemas", fail).map((dir) => path2.resolve(root, dir));
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
    config.cluster = path2.resolve(root, value.cluster);
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
  version,
  parseShard,
  shardOf,
  filesOfShard,
  changedFiles,
  filesChanged,
  changedLines,
  defaultConfig,
  findConfigFile,
  loadConfig
};
