import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  decodeText,
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
} from "./chunk-08045A4E.js";
import {
  __toESM
} from "./chunk-E3B0C442.js";

// src/load/git-ref.ts
var import_picomatch = __toESM(require_picomatch(), 1);
import { spawnSync } from "node:child_process";
import path from "node:path";
var globCharacters = /[*?[\]{}]/;
function git(args, cwd, input) {
  const result = spawnSync("git", args, { cwd, input, maxBuffer: 1024 * 1024 * 1024 });
  return { ok: result.status === 0, stdout: result.stdout ?? Buffer.alloc(0), stderr: String(result.stderr ?? "") };
}
function isGitRef(ref, cwd) {
  return git(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], cwd).ok;
}
function toPosix(file) {
  return file.split(path.sep).join("/");
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
  const fromCwd = (repoPath) => toPosix(path.relative(cwd, path.join(root, repoPath)));
  const chosen = [];
  const seen = /* @__PURE__ */ new Set();
  const take = (repoPath) => {
    if (seen.has(repoPath) || isIgnored(fromCwd(repoPath))) return;
    seen.add(repoPath);
    chosen.push(repoPath);
  };
  for (const input of inputs) {
    if (input === "-") continue;
    const relative = toPosix(path.relative(root, path.resolve(cwd, input)));
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
import path2 from "node:path";
var maxGitFileBytes = 1024 * 1024;
function readGitFile(commit, file, cwd) {
  const relative = path2.relative(cwd, path2.resolve(cwd, file)).split(path2.sep).join("/");
  if (relative === "" || relative.startsWith("../") || relative === ".." || path2.isAbsolute(relative)) {
    throw new DrydockError("config-invalid", `${file} is not a file inside the repository`);
  }
  const listed = git2(["ls-tree", "-z", `${commit}^{commit}`, "--", `./${relative}`], cwd, 64 * 1024);
  if (!listed.ok) throw new DrydockError("git-ref-missing", `cannot list ${relative} at ${commit}: ${listed.stderr.trim().split("\n")[0]}`);
  const entry = listed.stdout.toString("utf8").split("\0").find(Boolean);
  if (entry === void 0) return { kind: "absent" };
  const [mode, type, object] = entry.slice(0, entry.indexOf("	")).split(" ");
  if (type !== "blob" || mode !== "100644" && mode !== "100755") {
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
  isGitRef,
  loadGitRef,
  readGitFile
};
