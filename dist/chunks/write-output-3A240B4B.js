import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import "./chunk-4C299840.js";
import {
  realFolderOf,
  realOrUndefined
} from "./chunk-6BE7FF14.js";
import "./chunk-BA0DC00E.js";
import "./chunk-84BF4BE3.js";
import {
  DrydockError,
  isInside
} from "./chunk-084AE718.js";
import "./chunk-E3B0C442.js";

// src/run/write-output.ts
import { closeSync, constants, existsSync, lstatSync, mkdirSync, openSync, statSync, writeSync } from "node:fs";
import path from "node:path";
var openFlags = constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | (constants.O_NOFOLLOW ?? 0);
function writeOutputFile(file, text, guard) {
  const target = path.resolve(guard.cwd, file);
  const refuse = (why) => {
    throw new DrydockError("output-unwritable", `refusing to write ${file}: ${why}`);
  };
  const existing = lstatOrUndefined(target);
  if (existing?.isSymbolicLink()) refuse("it is a link, and drydock never writes through one");
  if (existing !== void 0 && !existing.isFile() && !existing.isCharacterDevice() && !existing.isFIFO()) refuse("it is not a regular file");
  const real = realFolderOf(target);
  if (real === void 0) refuse("its folder does not exist");
  const realCwd = realOrUndefined(guard.cwd) ?? path.resolve(guard.cwd);
  if (guard.root !== void 0 && isInside(guard.root, path.resolve(realCwd, file)) && !isInside(guard.root, real)) {
    refuse("its folder is a link that leads outside the root");
  }
  if (existing !== void 0 && isOneOf(existing, guard)) {
    throw new DrydockError("output-unwritable", `refusing to write the report over the input file ${file}`);
  }
  let fd;
  try {
    fd = openSync(target, openFlags, 438);
    writeSync(fd, text);
  } catch (error) {
    const code = error.code;
    if (code === "ELOOP") refuse("it is a link, and drydock never writes through one");
    throw new DrydockError("output-unwritable", `cannot write ${file} (${code ?? error.message})`);
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
}
function makeOutputFolder(file, guard) {
  const target = path.resolve(guard.cwd, file);
  let existing = path.dirname(target);
  while (!existsSync(existing) && path.dirname(existing) !== existing) existing = path.dirname(existing);
  const realCwd = realOrUndefined(guard.cwd) ?? path.resolve(guard.cwd);
  const real = realOrUndefined(existing) ?? existing;
  if (guard.root !== void 0 && isInside(guard.root, path.resolve(realCwd, file)) && !isInside(guard.root, real)) {
    throw new DrydockError("output-unwritable", `refusing to write ${file}: its folder is a link that leads outside the root`);
  }
  try {
    mkdirSync(path.dirname(target), { recursive: true });
  } catch (error) {
    throw new DrydockError("output-unwritable", `cannot create the folder of ${file} (${error.code ?? error.message})`);
  }
}
function isOneOf(target, guard) {
  for (const input of guard.inputs ?? []) {
    let stats;
    try {
      stats = statSync(path.resolve(guard.cwd, input));
    } catch {
      continue;
    }
    if (stats.ino === target.ino && stats.dev === target.dev) return true;
  }
  return false;
}
function lstatOrUndefined(file) {
  try {
    return lstatSync(file);
  } catch {
    return void 0;
  }
}
export {
  makeOutputFolder,
  writeOutputFile
};
