import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  confinementOf,
  decodeText,
  findKustomizationFile,
  formatOf,
  isSkippedInWalk,
  loadMarkdownReader,
  loadText,
  manifestExtensions,
  require_picomatch
} from "./chunk-978ABDAA.js";
import {
  DrydockError,
  noneSkipped
} from "./chunk-1999B124.js";
import {
  __toESM
} from "./chunk-E3B0C442.js";

// src/load/kustomizations-near.ts
import { readdirSync } from "node:fs";
import path from "node:path";
var nearLimits = { levelsUp: 8, depthDown: 3, foldersListed: 256, found: 32 };
function kustomizationFoldersNear(dir, root, limits = nearLimits) {
  return new KustomizationsNear(root, limits).of(dir);
}
var KustomizationsNear = class {
  constructor(root, limits = nearLimits) {
    this.root = root;
    this.limits = limits;
  }
  root;
  limits;
  isKustomization = /* @__PURE__ */ new Map();
  listings = /* @__PURE__ */ new Map();
  /**
   * The kustomization folders that may use `dir`'s files, all under the root (real paths):
   * 1. `dir` and its ancestors that hold a kustomization file (a patch's overlay, a file's base);
   * 2. above the topmost of those (or above `dir` when there is none), the nearest ancestor with
   *    kustomization folders below it, off the path already seen (the `k8s` of `k8s/base` and
   *    `k8s/overlays/*`): those folders, down to `depthDown` levels (overlays that use a base or a
   *    shared file beside them).
   * Both steps stay within `levelsUp` folders from `dir`; hidden folders, `node_modules` and links
   * are not entered, and the folders listed and found are bounded by the limits.
   */
  of(dir) {
    const { limits, root } = this;
    const found = /* @__PURE__ */ new Set();
    const upward = [];
    let topmost;
    for (let current = dir; upward.length < limits.levelsUp && isWithin(root, current); current = path.dirname(current)) {
      upward.push(current);
      if (this.holdsKustomization(current)) {
        found.add(current);
        topmost = current;
      }
      if (current === root) break;
    }
    const seen = new Set(upward);
    const budget = { folders: limits.foldersListed };
    let layout = topmost === void 0 ? dir : path.dirname(topmost);
    const start = upward.indexOf(layout);
    for (let levels = start === -1 ? upward.length : start; levels < limits.levelsUp && isWithin(root, layout); levels++) {
      const below = this.below(layout, seen, budget);
      if (below.length > 0) {
        for (const folder of below) found.add(folder);
        break;
      }
      if (layout === root || budget.folders <= 0) break;
      layout = path.dirname(layout);
    }
    return [...found].sort().slice(0, limits.found);
  }
  /** Kustomization folders strictly below `dir`, at most `depthDown` levels down, leaving out `seen`. */
  below(dir, seen, budget) {
    const found = [];
    let level = [dir];
    for (let depth = 0; depth < this.limits.depthDown && level.length > 0 && found.length < this.limits.found; depth++) {
      const next = [];
      for (const folder of level) {
        if (budget.folders-- <= 0) return found.sort();
        for (const child of this.subfolders(folder)) {
          next.push(child);
          if (!seen.has(child) && this.holdsKustomization(child)) found.push(child);
        }
      }
      level = next;
    }
    return found.sort();
  }
  subfolders(dir) {
    let listed = this.listings.get(dir);
    if (listed === void 0) {
      listed = [];
      try {
        for (const entry of readdirSync(dir, { withFileTypes: true })) {
          if (entry.isDirectory() && !entry.name.startsWith(".") && entry.name !== "node_modules") listed.push(path.join(dir, entry.name));
        }
      } catch {
      }
      listed.sort();
      this.listings.set(dir, listed);
    }
    return listed;
  }
  holdsKustomization(dir) {
    let holds = this.isKustomization.get(dir);
    if (holds === void 0) {
      holds = findKustomizationFile(dir) !== void 0;
      this.isKustomization.set(dir, holds);
    }
    return holds;
  }
};
function isWithin(root, dir) {
  return confinementOf(root, dir) === void 0;
}

// src/load/git-ref.ts
var import_picomatch = __toESM(require_picomatch(), 1);
import { spawnSync } from "node:child_process";
import path2 from "node:path";
var globCharacters = /[*?[\]{}]/;
function git(args, cwd, input) {
  const result = spawnSync("git", args, { cwd, input, maxBuffer: 1024 * 1024 * 1024 });
  return { ok: result.status === 0, stdout: result.stdout ?? Buffer.alloc(0), stderr: String(result.stderr ?? "") };
}
function isGitRef(ref, cwd) {
  return git(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], cwd).ok;
}
function toPosix(file) {
  return file.split(path2.sep).join("/");
}
async function loadGitRef(ref, inputs, options) {
  const { cwd } = options;
  const top = git(["rev-parse", "--show-toplevel"], cwd);
  if (!top.ok) throw new DrydockError("git-ref-missing", `--base ${ref}: not a folder or a file, and ${cwd} is not inside a git repository`);
  if (!isGitRef(ref, cwd)) throw new DrydockError("git-ref-missing", `--base ${ref}: not a folder, a file or a git ref`);
  const root = top.stdout.toString("utf8").trim();
  const listed = git(["ls-tree", "-r", "-z", "--name-only", `${ref}^{commit}`], root);
  if (!listed.ok) throw new DrydockError("git-ref-missing", `--base ${ref}: ${listed.stderr.trim()}`);
  const all = listed.stdout.toString("utf8").split("\0").filter(Boolean);
  const isIgnored = options.ignore?.length ? (0, import_picomatch.default)([...options.ignore], { dot: true }) : () => false;
  const fromCwd = (repoPath) => toPosix(path2.relative(cwd, path2.join(root, repoPath)));
  const chosen = [];
  const seen = /* @__PURE__ */ new Set();
  const take = (repoPath) => {
    if (seen.has(repoPath) || isIgnored(fromCwd(repoPath))) return;
    seen.add(repoPath);
    chosen.push(repoPath);
  };
  for (const input of inputs) {
    if (input === "-") continue;
    const relative = toPosix(path2.relative(root, path2.resolve(cwd, input)));
    if (globCharacters.test(input)) {
      const matcher = (0, import_picomatch.default)(relative);
      all.filter((file) => matcher(file)).forEach(take);
      continue;
    }
    if (all.includes(relative)) {
      take(relative);
      continue;
    }
    const prefix = relative === "" ? "" : `${relative}/`;
    for (const file of all) {
      if (!file.startsWith(prefix)) continue;
      const rest = file.slice(prefix.length).split("/");
      if (rest.some(isSkippedInWalk)) continue;
      if (manifestExtensions.test(file)) take(file);
    }
  }
  const result = { resources: [], diagnostics: [], files: [], skipped: noneSkipped(), unreadableCrds: [] };
  if (chosen.length === 0) return result;
  const batch = git(["cat-file", "--batch"], root, chosen.map((file) => `${ref}:${file}
`).join(""));
  let offset = 0;
  for (const file of chosen) {
    const headerEnd = batch.stdout.indexOf(10, offset);
    const header = batch.stdout.subarray(offset, headerEnd).toString("utf8");
    const size = Number(header.split(" ")[2]);
    const bytes = batch.stdout.subarray(headerEnd + 1, headerEnd + 1 + size);
    offset = headerEnd + 1 + size + 1;
    const name = `${ref}:${fromCwd(file)}`;
    result.files.push(name);
    const decoded = decodeText(bytes);
    if (!decoded.ok) continue;
    const format = formatOf(file, decoded.text);
    if (format === "markdown") await loadMarkdownReader();
    const loaded = loadText(decoded.text, name, format);
    for (const item of loaded.resources) result.resources.push(item);
    for (const item of loaded.diagnostics) result.diagnostics.push(item);
  }
  return result;
}

// src/load/git-file.ts
import { spawnSync as spawnSync2 } from "node:child_process";
import path3 from "node:path";
var maxGitFileBytes = 1024 * 1024;
function readGitFile(commit, file, cwd) {
  const relative = path3.relative(cwd, path3.resolve(cwd, file)).split(path3.sep).join("/");
  if (relative === "" || relative.startsWith("../") || relative === ".." || path3.isAbsolute(relative)) {
    throw new DrydockError("config-invalid", `${file} is not a file inside the repository`);
  }
  const listed = git2(["ls-tree", "-z", `${commit}^{commit}`, "--", `./${relative}`], cwd, 64 * 1024);
  if (!listed.ok) throw new DrydockError("git-ref-missing", `cannot list ${relative} at ${commit}: ${listed.stderr.trim().split("\n")[0]}`);
  const entry = listed.stdout.toString("utf8").split("\0").find(Boolean);
  if (entry === void 0) return { kind: "absent" };
  const [mode, type, object] = entry.slice(0, entry.indexOf("	")).split(" ");
  if (type !== "blob" || object === void 0 || mode !== "100644" && mode !== "100755") {
    throw new DrydockError("config-invalid", `${relative} at ${commit} is not a regular file (git mode ${mode})`);
  }
  const blob = git2(["cat-file", "blob", object], cwd, maxGitFileBytes);
  if (!blob.ok) throw new DrydockError("config-invalid", `cannot read ${relative} at ${commit} (at most ${maxGitFileBytes} bytes)`);
  return { kind: "file", text: blob.stdout.toString("utf8") };
}
function git2(args, cwd, maxBuffer) {
  const result = spawnSync2("git", args, { cwd, maxBuffer, stdio: ["ignore", "pipe", "pipe"] });
  return { ok: result.status === 0 && result.error === void 0, stdout: result.stdout ?? Buffer.alloc(0), stderr: String(result.stderr ?? "") };
}

export {
  nearLimits,
  kustomizationFoldersNear,
  KustomizationsNear,
  isGitRef,
  loadGitRef,
  readGitFile
};
