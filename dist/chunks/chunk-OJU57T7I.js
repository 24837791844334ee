import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  DrydockError,
  isInside
} from "./chunk-6GIETJWD.js";

// src/load/root.ts
import { execFileSync } from "node:child_process";
import { existsSync, realpathSync } from "node:fs";
import path from "node:path";
function resolveRoot(cwd, given) {
  if (given !== void 0) {
    const real = realOrUndefined(path.resolve(cwd, given));
    if (real === void 0) throw new DrydockError("path-not-found", `--root: no such folder: ${given}`);
    return real;
  }
  const start = realOrUndefined(cwd) ?? path.resolve(cwd);
  const asksGit = process.env.GIT_DIR !== void 0 || process.env.GIT_WORK_TREE !== void 0;
  return realOrUndefined((asksGit ? gitTopLevel(start) : void 0) ?? folderWithGit(start) ?? start) ?? start;
}
function gitTopLevel(cwd) {
  try {
    const top = execFileSync("git", ["rev-parse", "--show-toplevel"], { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], timeout: 1e4 }).trim();
    return top === "" ? void 0 : top;
  } catch {
    return void 0;
  }
}
function folderWithGit(cwd) {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, ".git"))) return dir;
    if (path.dirname(dir) === dir) return void 0;
  }
}
function confinementOf(fence, real) {
  if (!isInside(fence, real)) return "outside";
  return path.relative(fence, real).split(path.sep).includes(".git") ? "git-dir" : void 0;
}
function realOrUndefined(file) {
  try {
    return realpathSync(file);
  } catch {
    return void 0;
  }
}
function realFolderOf(file) {
  const dir = realOrUndefined(path.dirname(file));
  return dir === void 0 ? void 0 : path.join(dir, path.basename(file));
}
function pathProblem(root, file) {
  const real = realOrUndefined(file) ?? realFolderOf(file) ?? path.resolve(file);
  const confinement = confinementOf(root, real);
  if (confinement === "outside") return `it leads outside the root ${root} (use --root to widen it)`;
  if (confinement === "git-dir") return "it leads into a .git folder";
  return void 0;
}

export {
  resolveRoot,
  confinementOf,
  realOrUndefined,
  realFolderOf,
  pathProblem
};
