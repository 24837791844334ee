import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  require_dist
} from "./chunk-84BF4BE3.js";
import {
  DrydockError,
  isLoadRestrictor,
  isObject,
  isRulePreset,
  isStrictlyInside,
  loadRestrictors,
  offlineGitEnv,
  parseKubernetesVersion,
  quoteName,
  rulePresets
} from "./chunk-084AE718.js";
import {
  __toESM
} from "./chunk-E3B0C442.js";

// src/run/cache-home.ts
import { createHash, randomBytes } from "node:crypto";
import { lstatSync, mkdirSync, readFileSync, realpathSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import path from "node:path";
var secretBytes = 32;
function userCacheDir(env = process.env) {
  const xdg = env.XDG_CACHE_HOME;
  const base = xdg && path.isAbsolute(xdg) ? xdg : path.join(env.HOME || homedir(), ".cache");
  return path.join(base, "drydock");
}
function defaultCacheLocation(cacheDir, cwd, command = "validate") {
  let real = path.resolve(cwd);
  try {
    real = realpathSync(real);
  } catch {
  }
  return path.join(cacheDir, `${createHash("sha256").update(real).digest("hex").slice(0, 32)}${command === "lint" ? ".lint" : ""}.cache`);
}
function cacheSecret(cacheDir) {
  const file = path.join(cacheDir, "secret");
  const existing = readSecret(file);
  if (existing !== void 0) return existing;
  try {
    mkdirSync(cacheDir, { recursive: true, mode: 448 });
    writeFileSync(file, randomBytes(secretBytes), { flag: "wx", mode: 384 });
  } catch {
  }
  return readSecret(file);
}
function readSecret(file) {
  try {
    if (!lstatSync(file).isFile()) return void 0;
    const secret = readFileSync(file);
    return secret.length === secretBytes ? secret : void 0;
  } catch {
    return void 0;
  }
}

// src/run/select-files.ts
import { execFileSync } from "node:child_process";
import { realpathSync as realpathSync2 } from "node:fs";
import path2 from "node:path";
function isShard(shard) {
  return Number.isInteger(shard.index) && Number.isInteger(shard.count) && shard.index >= 1 && shard.index <= shard.count;
}
function parseShard(text) {
  const match = /^([1-9]\d{0,5})\/([1-9]\d{0,5})$/.exec(text.trim());
  const shard = match ? { index: Number(match[1]), count: Number(match[2]) } : void 0;
  if (!shard || !isShard(shard)) {
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
  return files.filter((file) => shardOf(toPosix(path2.relative(cwd, file)), shard.count) === shard.index);
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
    for (const name of list.split("\0")) if (name !== "") out.add(path2.join(top, name));
  }
  return out;
}
function filesChanged(files, changed) {
  return files.filter((file) => changed.has(file) || changed.has(realpathOrSelf(file)));
}
function git(args, cwd, explain = () => `git ${args[0]} failed`) {
  try {
    return execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], maxBuffer: 256 * 1024 * 1024, env: offlineGitEnv() });
  } catch (error) {
    const failure = error;
    if (failure.code === "ENOENT") throw new DrydockError("git-ref-missing", "--changed-since needs git, and git is not installed (or not on PATH)");
    const detail = typeof failure.stderr === "string" && failure.stderr.trim() !== "" ? `: ${failure.stderr.trim().split("\n")[0]}` : "";
    throw new DrydockError("git-ref-missing", `${explain()}${detail}`);
  }
}
function realpathOrSelf(file) {
  try {
    return path2.join(realpathSync2(path2.dirname(file)), path2.basename(file));
  } catch {
    return file;
  }
}
function toPosix(file) {
  return file.split(path2.sep).join("/");
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
      const file = toPosix(path2.relative(cwd, path2.join(top, name.replace(/^b\//, ""))));
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
import { existsSync, readFileSync as readFileSync2, realpathSync as realpathSync3 } from "node:fs";
import path4 from "node:path";

// src/config/parse-config.ts
var import_yaml = __toESM(require_dist(), 1);
import path3 from "node:path";
var knownKeys = /* @__PURE__ */ new Set(["extends", "kubernetesVersion", "ignore", "schemas", "rules", "namespace", "cluster", "kustomizeLoadRestrictor"]);
function parseConfig(text, options) {
  const file = path3.resolve(options.cwd, options.file);
  const doc = (0, import_yaml.parseDocument)(text, { version: "1.2", merge: true, uniqueKeys: true, prettyErrors: false });
  const name = options.source ?? (path3.relative(options.cwd, file) || file);
  const where = (offset) => `${name}:${lineOf(text, offset ?? 0)}`;
  const [firstError] = doc.errors;
  if (firstError) throw new DrydockError("config-invalid", `${where(firstError.pos[0])}: ${firstError.message.split("\n")[0]}`);
  let value;
  try {
    value = doc.toJS({ maxAliasCount: 100 }) ?? {};
  } catch {
    throw new DrydockError("config-invalid", `${where(0)}: the configuration has an alias that cannot be resolved (an unknown anchor, or too many aliases)`);
  }
  if (!isObject(value)) throw new DrydockError("config-invalid", `${where(0)}: the configuration must be a mapping`);
  const fail = (key, message) => {
    const node = doc.getIn([key], true);
    throw new DrydockError("config-invalid", `${where(node?.range?.[0])}: ${message}`);
  };
  for (const key of Object.keys(value)) {
    if (!knownKeys.has(key)) fail(key, `unknown setting ${quoteName(key)} (known: ${[...knownKeys].join(", ")})`);
  }
  const root = path3.dirname(file);
  const config = defaultConfig(root);
  config.file = file;
  if (value.kubernetesVersion !== void 0) {
    const version2 = parseKubernetesVersion(String(value.kubernetesVersion));
    if (!version2) fail("kubernetesVersion", `kubernetesVersion ${quoteName(String(value.kubernetesVersion))} is not one drydock bundles (1.28 to 1.36)`);
    config.kubernetesVersion = version2;
  }
  const checked = (key, resolved, index) => {
    const problem = options.checkPath?.(resolved);
    if (problem === void 0) return resolved;
    const node = doc.getIn(index === void 0 ? [key] : [key, index], true);
    throw new DrydockError("config-invalid", `${where(node?.range?.[0])}: ${key} names a path drydock may not read: ${problem}`);
  };
  config.ignore = stringList(value.ignore, "ignore", fail);
  config.schemas = stringList(value.schemas, "schemas", fail).map((dir, index) => checked("schemas", path3.resolve(root, dir), index));
  if (value.extends !== void 0) {
    if (typeof value.extends !== "string") fail("extends", "extends must be a preset name: recommended, strict or all");
    if (!isRulePreset(value.extends)) fail("extends", `extends: ${quoteName(value.extends)} is not a preset (${rulePresets.join(", ")})`);
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
  if (value.kustomizeLoadRestrictor !== void 0) {
    if (!isLoadRestrictor(value.kustomizeLoadRestrictor)) fail("kustomizeLoadRestrictor", `kustomizeLoadRestrictor must be one of ${loadRestrictors.join(", ")}`);
    config.kustomizeLoadRestrictor = value.kustomizeLoadRestrictor;
  }
  if (value.cluster !== void 0) {
    if (typeof value.cluster !== "string") fail("cluster", "cluster must be a path");
    config.cluster = checked("cluster", path3.resolve(root, value.cluster));
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

// src/config/load-config.ts
var configNames = [".drydock.yaml", ".drydock.yml"];
function findConfigFile(cwd, root) {
  const start = realOrSelf(path4.resolve(cwd));
  for (let dir = start; ; dir = path4.dirname(dir)) {
    for (const name of configNames) {
      const file = path4.join(dir, name);
      if (existsSync(file)) return file;
    }
    if (path4.dirname(dir) === dir) return void 0;
    if (root !== void 0 && !isStrictlyInside(root, dir)) return void 0;
  }
}
function loadConfig(options) {
  const file = options.file ? path4.resolve(options.cwd, options.file) : findConfigFile(options.cwd, options.root);
  if (!file) return defaultConfig(options.cwd);
  if (!existsSync(file)) throw new DrydockError("config-not-found", `config file not found: ${options.file}`);
  const foundProblem = options.file === void 0 ? options.checkPath?.(file) : void 0;
  if (foundProblem !== void 0) throw new DrydockError("config-invalid", `${path4.relative(options.cwd, file) || file}: not read, ${foundProblem}`);
  return parseConfig(readFileSync2(file, "utf8"), { file, cwd: options.cwd, checkPath: options.checkPath });
}
function realOrSelf(dir) {
  try {
    return realpathSync3(dir);
  } catch {
    return dir;
  }
}

// src/version.ts
var version = "0.1.0";

export {
  userCacheDir,
  defaultCacheLocation,
  cacheSecret,
  isShard,
  parseShard,
  filesOfShard,
  changedFiles,
  filesChanged,
  changedLines,
  defaultConfig,
  parseConfig,
  configNames,
  findConfigFile,
  loadConfig,
  version
};
