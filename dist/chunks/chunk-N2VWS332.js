import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  DrydockError
} from "./chunk-6GIETJWD.js";

// src/load/git-file.ts
import { spawnSync } from "node:child_process";
import path from "node:path";
var maxGitFileBytes = 1024 * 1024;
function readGitFile(commit, file, cwd) {
  const relative = path.relative(cwd, path.resolve(cwd, file)).split(path.sep).join("/");
  if (relative === "" || relative.startsWith("../") || relative === ".." || path.isAbsolute(relative)) {
    throw new DrydockError("config-invalid", `${file} is not a file inside the repository`);
  }
  const listed = git(["ls-tree", "-z", `${commit}^{commit}`, "--", `./${relative}`], cwd, 64 * 1024);
  if (!listed.ok) throw new DrydockError("git-ref-missing", `cannot list ${relative} at ${commit}: ${listed.stderr.trim().split("\n")[0]}`);
  const entry = listed.stdout.toString("utf8").split("\0").find(Boolean);
  if (entry === void 0) return { kind: "absent" };
  const [mode, type, object] = entry.slice(0, entry.indexOf("	")).split(" ");
  if (type !== "blob" || mode !== "100644" && mode !== "100755") {
    throw new DrydockError("config-invalid", `${relative} at ${commit} is not a regular file (git mode ${mode})`);
  }
  const blob = git(["cat-file", "blob", object], cwd, maxGitFileBytes);
  if (!blob.ok) throw new DrydockError("config-invalid", `cannot read ${relative} at ${commit} (at most ${maxGitFileBytes} bytes)`);
  return { kind: "file", text: blob.stdout.toString("utf8") };
}
function git(args, cwd, maxBuffer) {
  const result = spawnSync("git", args, { cwd, maxBuffer, stdio: ["ignore", "pipe", "pipe"] });
  return { ok: result.status === 0 && result.error === void 0, stdout: result.stdout ?? Buffer.alloc(0), stderr: String(result.stderr ?? "") };
}

export {
  readGitFile
};
