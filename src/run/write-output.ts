import { closeSync, constants, existsSync, lstatSync, mkdirSync, openSync, statSync, writeSync, type Stats } from 'node:fs';
import path from 'node:path';
import { realFolderOf, realOrUndefined } from '../load/index.js';
import { DrydockError, isInside } from '../resources/index.js';

/** What a report must not be written over, and where it must stay. */
export interface OutputGuard {
  /** Paths are relative to this. */
  cwd: string;
  /** The run's root (a real path): a target named below it may not lead out of it through a linked folder. */
  root?: string;
  /** The files the run read (absolute or relative to `cwd`): never overwritten. */
  inputs?: readonly string[];
}

// O_NOFOLLOW makes the open itself refuse a link put in place after the checks below (not on Windows)
const openFlags = constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | (constants.O_NOFOLLOW ?? 0);

/**
 * Writes a report (`--output`, the Action's SARIF and plan files) without following a link at
 * the target, without leaving the root through a linked folder, and never over a file the run
 * read: a checkout could otherwise aim the report at `.git/config`, a manifest, or a file
 * elsewhere on the runner. A refusal is the usage error `output-unwritable`.
 */
export function writeOutputFile(file: string, text: string, guard: OutputGuard): void {
  const target = path.resolve(guard.cwd, file);
  const refuse = (why: string): never => {
    throw new DrydockError('output-unwritable', `refusing to write ${file}: ${why}`);
  };
  const existing = lstatOrUndefined(target);
  if (existing?.isSymbolicLink()) refuse('it is a link, and drydock never writes through one');
  // /dev/null or a named pipe is the user's own choice: a checkout cannot hold either (git stores
  // files, folders and links only)
  if (existing !== undefined && !existing.isFile() && !existing.isCharacterDevice() && !existing.isFIFO()) refuse('it is not a regular file');
  const real = realFolderOf(target);
  if (real === undefined) refuse('its folder does not exist');
  const realCwd = realOrUndefined(guard.cwd) ?? path.resolve(guard.cwd);
  if (guard.root !== undefined && isInside(guard.root, path.resolve(realCwd, file)) && !isInside(guard.root, real!)) {
    refuse('its folder is a link that leads outside the root');
  }
  if (existing !== undefined && isOneOf(existing, guard)) {
    throw new DrydockError('output-unwritable', `refusing to write the report over the input file ${file}`);
  }
  let fd: number | undefined;
  try {
    fd = openSync(target, openFlags, 0o666);
    writeSync(fd, text);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') refuse('it is a link, and drydock never writes through one');
    throw new DrydockError('output-unwritable', `cannot write ${file} (${code ?? (error as Error).message})`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Creates the folders of an output file (the Action's `sarif-file` may name new ones), but not
 * below a linked folder that leads out of the root: the nearest existing folder is checked first.
 */
export function makeOutputFolder(file: string, guard: OutputGuard): void {
  const target = path.resolve(guard.cwd, file);
  let existing = path.dirname(target);
  while (!existsSync(existing) && path.dirname(existing) !== existing) existing = path.dirname(existing);
  const realCwd = realOrUndefined(guard.cwd) ?? path.resolve(guard.cwd);
  const real = realOrUndefined(existing) ?? existing;
  if (guard.root !== undefined && isInside(guard.root, path.resolve(realCwd, file)) && !isInside(guard.root, real)) {
    throw new DrydockError('output-unwritable', `refusing to write ${file}: its folder is a link that leads outside the root`);
  }
  try {
    mkdirSync(path.dirname(target), { recursive: true });
  } catch (error) {
    throw new DrydockError('output-unwritable', `cannot create the folder of ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}

/** Whether the existing target is the same file (device and inode: links of any kind) as an input. */
function isOneOf(target: Stats, guard: OutputGuard): boolean {
  for (const input of guard.inputs ?? []) {
    let stats: Stats;
    try {
      stats = statSync(path.resolve(guard.cwd, input));
    } catch {
      continue;
    }
    if (stats.ino === target.ino && stats.dev === target.dev) return true;
  }
  return false;
}

function lstatOrUndefined(file: string): Stats | undefined {
  try {
    return lstatSync(file);
  } catch {
    return undefined;
  }
}
