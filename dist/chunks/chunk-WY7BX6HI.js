import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  decodeText,
  formatOf,
  isSkippedInWalk,
  loadMarkdownReader,
  loadText,
  manifestExtensions,
  noneSkipped,
  require_picomatch
} from "./chunk-3O6U2KWA.js";
import {
  DrydockError
} from "./chunk-6GIETJWD.js";
import {
  __toESM
} from "./chunk-HANBNIMK.js";

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
  const result = { resources: [], diagnostics: [], files: [], skipped: noneSkipped() };
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

export {
  isGitRef,
  loadGitRef
};
