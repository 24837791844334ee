import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  DiskFiles,
  confinementOf,
  defaultMaxFileBytes,
  findKustomizationFile,
  formatBytes,
  formatOf,
  ignoreMatcher,
  isKustomizationFileName,
  isSkippedInWalk,
  isWalkedFileName,
  loadDocuments,
  loadMarkdownReader,
  loadText,
  realOrUndefined,
  require_picomatch,
  textOfRead
} from "./chunk-6BE7FF14.js";
import {
  DrydockError,
  isObject,
  noneSkipped,
  offlineGitEnv
} from "./chunk-084AE718.js";
import {
  __toESM
} from "./chunk-E3B0C442.js";

// src/load/kustomizations-near.ts
import path from "node:path";
var nearLimits = { levelsUp: 8, depthDown: 3, foldersListed: 256, found: 32 };
function kustomizationFoldersNear(dir, root, limits = nearLimits, options = {}) {
  return new KustomizationsNear(root, limits, options).of(dir);
}
var KustomizationsNear = class {
  constructor(root, limits = nearLimits, options = {}) {
    this.root = root;
    this.limits = limits;
    this.files = options.files ?? new DiskFiles(root, root);
    this.isIgnored = options.isIgnored ?? (() => false);
  }
  root;
  limits;
  isKustomization = /* @__PURE__ */ new Map();
  isComponent = /* @__PURE__ */ new Map();
  listings = /* @__PURE__ */ new Map();
  files;
  isIgnored;
  /**
   * The kustomization folders that may use `dir`'s files, all under the root (real paths):
   * 1. `dir` and its ancestors that hold a kustomization file (a patch's overlay, a file's base);
   * 2. above the topmost of those (or above `dir` when there is none), the nearest ancestor with
   *    kustomization folders below it, off the path already seen (the `k8s` of `k8s/base` and
   *    `k8s/overlays/*`): those folders, down to `depthDown` levels (overlays that use a base or a
   *    shared file beside them). Components alone do not end the climb (`components/a` beside
   *    `components/b`): a Component builds nothing, its users lie further out.
   * Both steps stay within `levelsUp` folders from `dir`; hidden folders, `node_modules`, ignored
   * folders and links are not entered, and the folders listed and found are bounded by the limits.
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
      for (const folder of below) found.add(folder);
      if (below.some((folder) => !this.holdsComponent(folder))) break;
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
      listed = this.files.subfolders(dir).filter((folder) => !this.isIgnored(folder));
      this.listings.set(dir, listed);
    }
    return listed;
  }
  holdsComponent(dir) {
    let holds = this.isComponent.get(dir);
    if (holds === void 0) {
      const file = this.kustomizationFileOf(dir);
      const [document] = file === void 0 || this.files.refusal(file) !== void 0 ? [] : loadDocuments(this.files, file).documents;
      holds = isObject(document?.value) && document.value.kind === "Component";
      this.isComponent.set(dir, holds);
    }
    return holds;
  }
  holdsKustomization(dir) {
    let holds = this.isKustomization.get(dir);
    if (holds === void 0) {
      const file = this.kustomizationFileOf(dir);
      holds = file !== void 0 && !this.isIgnored(dir) && !this.isIgnored(file);
      this.isKustomization.set(dir, holds);
    }
    return holds;
  }
  kustomizationFileOf(dir) {
    return findKustomizationFile(dir, (file) => this.files.kindOf(file));
  }
};
function isWithin(root, dir) {
  return confinementOf(root, dir) === void 0;
}

// src/load/git-ref.ts
var import_picomatch = __toESM(require_picomatch(), 1);
import path2 from "node:path";
var globCharacters = /[*?[\]{}]/;
function toPosix(file) {
  return file.split(path2.sep).join("/");
}
function selectGitFiles(tree, inputs, options) {
  const { cwd } = tree;
  const all = [...tree.entries.keys()].filter((file) => tree.isRegularFile(file));
  const ignoreBase = options.ignoreBase === void 0 ? cwd : realOrUndefined(options.ignoreBase) ?? options.ignoreBase;
  const isIgnored = ignoreMatcher(options.ignore, ignoreBase);
  const chosen = [];
  const seen = /* @__PURE__ */ new Set();
  const take = (repoPath, named = false) => {
    if (seen.has(repoPath) || !named && isIgnored(tree.absolute(repoPath))) return;
    seen.add(repoPath);
    chosen.push(named ? { kind: "file", path: tree.absolute(repoPath), named } : { kind: "file", path: tree.absolute(repoPath) });
  };
  const walked = (folder, pruneIgnored) => all.filter((file) => {
    if (!file.startsWith(folder)) return false;
    const rest = file.slice(folder.length).split("/");
    if (rest.some(isSkippedInWalk) || !isWalkedFileName(rest[rest.length - 1])) return false;
    for (let depth = 1; pruneIgnored && depth < rest.length; depth++) if (isIgnored(tree.absolute(folder + rest.slice(0, depth).join("/")))) return false;
    return true;
  }).sort(byWalkOrder);
  const repoPathOf = (input) => toPosix(path2.relative(tree.top, path2.resolve(cwd, input)));
  for (const input of inputs) {
    if (input === "-") continue;
    const relative = repoPathOf(input);
    if (tree.isRegularFile(relative)) take(relative, true);
    else if (tree.kindOf(tree.absolute(relative)) === "folder") walked(relative === "" ? "" : `${relative}/`, true).forEach((file) => take(file));
    else if (globCharacters.test(input)) {
      const parts = toPosix(input).split("/");
      const fixed = parts.slice(0, parts.findIndex((part) => globCharacters.test(part))).join("/");
      const base = repoPathOf(fixed || ".");
      const matcher = (0, import_picomatch.default)(relative, { dot: false });
      walked(base === "" ? "" : `${base}/`, false).filter((file) => matcher(file)).forEach((file) => take(file));
    }
  }
  return chosen;
}
function byWalkOrder(a, b) {
  const left = a.split("/");
  const right = b.split("/");
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    if (left[i] !== right[i]) return left[i] < right[i] ? -1 : 1;
  }
  return left.length - right.length;
}
async function loadGitFiles(tree, files) {
  const result = { resources: [], diagnostics: [], files: [], skipped: noneSkipped(), unreadableCrds: [] };
  tree.prefetch(files, defaultMaxFileBytes);
  for (const file of files) {
    const name = tree.displayName(file);
    result.files.push(name);
    const text = textOfRead(tree.read(file, defaultMaxFileBytes), name);
    if (!text.ok) {
      for (const item of text.diagnostics) result.diagnostics.push(item);
      continue;
    }
    const format = formatOf(file, text.text);
    if (format === "markdown") await loadMarkdownReader();
    const loaded = loadText(text.text, name, format, { path: file, holdsChart: (folder) => tree.kindOf(path2.join(folder, "Chart.yaml")) === "file" });
    for (const item of loaded.resources) result.resources.push(item);
    for (const item of loaded.diagnostics) result.diagnostics.push(item);
  }
  return result;
}

// src/load/git-tree.ts
import { spawnSync } from "node:child_process";
import path3 from "node:path";
var regularModes = /* @__PURE__ */ new Set(["100644", "100755"]);
var nearbyFiles = 4096;
var nearbyFileBytes = 1024 * 1024;
var nearbyBytes = 16 * 1024 * 1024;
var batchBytes = 64 * 1024 * 1024;
function gitSync(args, cwd, input, maxBuffer = 64 * 1024 * 1024) {
  const result = spawnSync("git", args, { cwd, input, maxBuffer, stdio: ["pipe", "pipe", "pipe"], env: offlineGitEnv() });
  return { ok: result.status === 0 && result.error === void 0, stdout: result.stdout ?? Buffer.alloc(0), stderr: String(result.stderr ?? "") };
}
function toPosix2(file) {
  return file.split(path3.sep).join("/");
}
function isGitRef(ref, cwd) {
  return gitSync(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], cwd).ok;
}
var GitTree = class _GitTree {
  constructor(ref, top, cwd, fence, entries) {
    this.ref = ref;
    this.top = top;
    this.cwd = cwd;
    this.fence = fence;
    this.entries = entries;
    for (const file of entries.keys()) {
      for (let at = file.lastIndexOf("/"); at > 0; at = file.lastIndexOf("/", at - 1)) {
        const folder = file.slice(0, at);
        if (this.folders.has(folder)) break;
        this.folders.add(folder);
      }
    }
  }
  ref;
  top;
  cwd;
  fence;
  entries;
  blobs = /* @__PURE__ */ new Map();
  /** Sizes of the blobs asked about so far (by object id). */
  sizes = /* @__PURE__ */ new Map();
  folders = /* @__PURE__ */ new Set([""]);
  children;
  /** The tree of `ref` in the repository around `cwd`; a usage error when there is none. */
  static open(ref, cwd, fence) {
    const top = gitSync(["rev-parse", "--show-toplevel"], cwd);
    if (!top.ok) throw new DrydockError("git-ref-missing", `--base ${ref}: not a folder or a file, and ${cwd} is not inside a git repository`);
    if (!isGitRef(ref, cwd)) throw new DrydockError("git-ref-missing", `--base ${ref}: not a folder, a file or a git ref`);
    const root = top.stdout.toString("utf8").trim();
    const listed = gitSync(["ls-tree", "-r", "-z", "--full-tree", `${ref}^{commit}`], root, void 0, 1024 * 1024 * 1024);
    if (!listed.ok) throw new DrydockError("git-ref-missing", `--base ${ref}: ${listed.stderr.trim()}`);
    const entries = /* @__PURE__ */ new Map();
    for (const line of listed.stdout.toString("utf8").split("\0")) {
      const tab = line.indexOf("	");
      if (tab === -1) continue;
      const [mode = "", , object = ""] = line.slice(0, tab).split(" ");
      entries.set(line.slice(tab + 1), { mode, object });
    }
    return new _GitTree(ref, root, realOrUndefined(cwd) ?? path3.resolve(cwd), fence, entries);
  }
  /** `file` relative to the top-level, with `/`; undefined when it is not inside. */
  relative(file) {
    const relative = toPosix2(path3.relative(this.top, path3.resolve(file)));
    if (relative === ".." || relative.startsWith("../") || path3.isAbsolute(relative)) return void 0;
    return relative;
  }
  /** The absolute path of a path of the tree. */
  absolute(relative) {
    return path3.join(this.top, relative);
  }
  /** Whether a path of the tree is a regular file (not a link, not a submodule). */
  isRegularFile(relative) {
    const entry = this.entries.get(relative);
    return entry !== void 0 && regularModes.has(entry.mode);
  }
  refusal(file) {
    const resolved = path3.resolve(file);
    const fenced = this.fence === void 0 ? void 0 : confinementOf(this.fence, resolved);
    if (fenced !== void 0) return fenced;
    const relative = this.relative(resolved);
    if (relative === void 0) return "outside";
    if (relative.split("/").includes(".git")) return "git-dir";
    for (let end = relative.length; end > 0; end = relative.lastIndexOf("/", end - 1)) {
      const entry = this.entries.get(relative.slice(0, end));
      if (entry !== void 0 && !regularModes.has(entry.mode)) return "link";
    }
    return void 0;
  }
  kindOf(file) {
    const relative = this.relative(file);
    if (relative === void 0) return "absent";
    if (this.folders.has(relative)) return "folder";
    const entry = this.entries.get(relative);
    if (entry === void 0) return "absent";
    return entry.mode === "160000" ? "folder" : "file";
  }
  read(file, maxBytes) {
    const relative = this.relative(file);
    const entry = relative === void 0 ? void 0 : this.entries.get(relative);
    if (relative === void 0 || entry === void 0 || !regularModes.has(entry.mode)) return { ok: false, code: "unreadable", message: "the file cannot be read (not a regular file at the git ref)" };
    if (!this.blobs.has(entry.object) && !this.sizes.has(entry.object)) this.fetchNear([entry.object], [relative.slice(0, relative.lastIndexOf("/") + 1)], maxBytes);
    const size = this.sizes.get(entry.object);
    if (size === void 0 || !Number.isFinite(size)) return { ok: false, code: "unreadable", message: "the file cannot be read at the git ref" };
    if (size > maxBytes) return { ok: false, code: "too-large", message: `the file is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit for one manifest file` };
    if (!this.blobs.has(entry.object)) this.fetch([entry.object]);
    const bytes = this.blobs.get(entry.object);
    return bytes === void 0 ? { ok: false, code: "unreadable", message: "the file cannot be read at the git ref" } : { ok: true, bytes };
  }
  realPath(file) {
    return this.kindOf(file) === "absent" ? void 0 : path3.resolve(file);
  }
  subfolders(dir) {
    const relative = this.relative(dir);
    if (relative === void 0) return [];
    if (this.children === void 0) {
      this.children = /* @__PURE__ */ new Map();
      for (const folder of this.folders) {
        if (folder === "") continue;
        const parent = folder.includes("/") ? folder.slice(0, folder.lastIndexOf("/")) : "";
        const name = folder.slice(parent === "" ? 0 : parent.length + 1);
        if (isSkippedInWalk(name)) continue;
        const list = this.children.get(parent) ?? [];
        list.push(this.absolute(folder));
        this.children.set(parent, list);
      }
      for (const list of this.children.values()) list.sort();
    }
    return [...this.children.get(relative) ?? []];
  }
  displayName(file) {
    return `${this.ref}:${toPosix2(path3.relative(this.cwd, file))}`;
  }
  /**
   * Reads the regular files of `files` (absolute paths) of at most `maxBytes` each, and the small
   * files below the folders of the kustomization files among them (what their builds read):
   * one `git cat-file --batch-check` and as few `git cat-file --batch` as the batch bound allows.
   */
  prefetch(files, maxBytes) {
    const objects = [];
    const folders = [];
    for (const file of files) {
      const relative = this.relative(file);
      const entry = relative === void 0 ? void 0 : this.entries.get(relative);
      if (!entry || !regularModes.has(entry.mode)) continue;
      objects.push(entry.object);
      if (isKustomizationFileName(path3.posix.basename(relative))) folders.push(relative.slice(0, relative.lastIndexOf("/") + 1));
    }
    this.fetchNear(objects, folders, maxBytes);
  }
  /** Reads `objects` (at most `maxBytes` each) and the small files below `folders` (`a/b/`, or '' for the top). */
  fetchNear(objects, folders, maxBytes) {
    const nearby = [];
    if (folders.length > 0) {
      for (const [file, entry] of this.entries) {
        if (nearby.length >= nearbyFiles) break;
        if (!regularModes.has(entry.mode) || this.sizes.has(entry.object) || !folders.some((folder) => file.startsWith(folder))) continue;
        nearby.push(entry.object);
      }
    }
    this.measure([...objects, ...nearby]);
    const wanted = objects.filter((object) => this.sizes.get(object) <= maxBytes);
    let total = 0;
    for (const object of nearby) {
      const size = this.sizes.get(object);
      if (size > Math.min(nearbyFileBytes, maxBytes) || total + size > nearbyBytes) continue;
      total += size;
      wanted.push(object);
    }
    this.fetch(wanted);
  }
  /** Learns the sizes of `objects` with one `git cat-file --batch-check` (headers only, no content). */
  measure(objects) {
    const unknown = [...new Set(objects)].filter((object) => !this.sizes.has(object));
    if (unknown.length === 0) return;
    const output = gitSync(["cat-file", "--batch-check"], this.top, unknown.map((object) => `${object}
`).join(""), unknown.length * 128 + 1024).stdout;
    for (const line of output.toString("utf8").split("\n")) {
      const [object = "", type, size] = line.split(" ");
      if (type === "blob" && size !== void 0) this.sizes.set(object, Number(size));
    }
    for (const object of unknown) if (!this.sizes.has(object)) this.sizes.set(object, Number.POSITIVE_INFINITY);
  }
  /** Reads `objects` (sized already) with `git cat-file --batch`, several runs when they are large. */
  fetch(objects) {
    const wanted = [...new Set(objects)].filter((object) => !this.blobs.has(object) && Number.isFinite(this.sizes.get(object)));
    let start = 0;
    while (start < wanted.length) {
      let end = start;
      let total = 0;
      do
        total += this.sizes.get(wanted[end++]) + 128;
      while (end < wanted.length && total + this.sizes.get(wanted[end]) + 128 <= batchBytes);
      this.fetchBatch(wanted.slice(start, end), total);
      start = end;
    }
  }
  // objects are named by id, so no path (a name holding a newline) can confuse the batch's input
  fetchBatch(objects, expectedBytes) {
    const output = gitSync(["cat-file", "--batch"], this.top, objects.map((object) => `${object}
`).join(""), expectedBytes + 1024).stdout;
    let offset = 0;
    while (offset < output.length) {
      const headerEnd = output.indexOf(10, offset);
      if (headerEnd === -1) break;
      const [object = "", type, sizeText] = output.subarray(offset, headerEnd).toString("utf8").split(" ");
      offset = headerEnd + 1;
      if (type === void 0 || sizeText === void 0) continue;
      const size = Number(sizeText);
      if (type === "blob" && offset + size <= output.length) this.blobs.set(object, output.subarray(offset, offset + size));
      offset += size + 1;
    }
  }
};

// src/load/git-file.ts
import { spawnSync as spawnSync2 } from "node:child_process";
import path4 from "node:path";
var maxGitFileBytes = 1024 * 1024;
function readGitFile(commit, file, cwd) {
  const relative = path4.relative(cwd, path4.resolve(cwd, file)).split(path4.sep).join("/");
  if (relative === "" || relative.startsWith("../") || relative === ".." || path4.isAbsolute(relative)) {
    throw new DrydockError("config-invalid", `${file} is not a file inside the repository`);
  }
  const listed = git(["ls-tree", "-z", `${commit}^{commit}`, "--", `./${relative}`], cwd, 64 * 1024);
  if (!listed.ok) throw new DrydockError("git-ref-missing", `cannot list ${relative} at ${commit}: ${listed.stderr.trim().split("\n")[0]}`);
  const entry = listed.stdout.toString("utf8").split("\0").find(Boolean);
  if (entry === void 0) return { kind: "absent" };
  const [mode, type, object] = entry.slice(0, entry.indexOf("	")).split(" ");
  if (type !== "blob" || object === void 0 || mode !== "100644" && mode !== "100755") {
    throw new DrydockError("config-invalid", `${relative} at ${commit} is not a regular file (git mode ${mode})`);
  }
  const blob = git(["cat-file", "blob", object], cwd, maxGitFileBytes);
  if (!blob.ok) throw new DrydockError("config-invalid", `cannot read ${relative} at ${commit} (at most ${maxGitFileBytes} bytes)`);
  return { kind: "file", text: blob.stdout.toString("utf8") };
}
function git(args, cwd, maxBuffer) {
  const result = spawnSync2("git", args, { cwd, maxBuffer, stdio: ["ignore", "pipe", "pipe"], env: offlineGitEnv() });
  return { ok: result.status === 0 && result.error === void 0, stdout: result.stdout ?? Buffer.alloc(0), stderr: String(result.stderr ?? "") };
}

export {
  nearLimits,
  kustomizationFoldersNear,
  KustomizationsNear,
  selectGitFiles,
  loadGitFiles,
  isGitRef,
  GitTree,
  readGitFile
};
