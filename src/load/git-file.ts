import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { DrydockError, offlineGitEnv } from '../resources/index.js';

/** A config file is small; anything larger at a ref is refused rather than read. */
const maxGitFileBytes = 1024 * 1024;

/** One file as it is at a commit: its text, or why there is none. */
export type GitFile = { kind: 'file'; text: string } | { kind: 'absent' };

/**
 * Reads `file` (a path relative to `cwd`, inside the repository) as it is at the commit `commit`,
 * without touching the working tree. A path the commit lacks is `absent`; a link, a folder or a
 * submodule there is a `config-invalid` error, as is a file over 1 MiB (nothing outside the
 * commit is followed). The commit must exist (see `isGitRef`).
 */
export function readGitFile(commit: string, file: string, cwd: string): GitFile {
  const relative = path.relative(cwd, path.resolve(cwd, file)).split(path.sep).join('/');
  if (relative === '' || relative.startsWith('../') || relative === '..' || path.isAbsolute(relative)) {
    throw new DrydockError('config-invalid', `${file} is not a file inside the repository`);
  }
  // ls-tree takes paths relative to cwd; -z keeps odd names intact
  const listed = git(['ls-tree', '-z', `${commit}^{commit}`, '--', `./${relative}`], cwd, 64 * 1024);
  if (!listed.ok) throw new DrydockError('git-ref-missing', `cannot list ${relative} at ${commit}: ${listed.stderr.trim().split('\n')[0]}`);
  const entry = listed.stdout.toString('utf8').split('\0').find(Boolean);
  if (entry === undefined) return { kind: 'absent' };
  const [mode, type, object] = entry.slice(0, entry.indexOf('\t')).split(' ');
  if (type !== 'blob' || object === undefined || (mode !== '100644' && mode !== '100755')) {
    throw new DrydockError('config-invalid', `${relative} at ${commit} is not a regular file (git mode ${mode})`);
  }
  const blob = git(['cat-file', 'blob', object], cwd, maxGitFileBytes);
  if (!blob.ok) throw new DrydockError('config-invalid', `cannot read ${relative} at ${commit} (at most ${maxGitFileBytes} bytes)`);
  return { kind: 'file', text: blob.stdout.toString('utf8') };
}

function git(args: readonly string[], cwd: string, maxBuffer: number): { ok: boolean; stdout: Buffer; stderr: string } {
  const result = spawnSync('git', args, { cwd, maxBuffer, stdio: ['ignore', 'pipe', 'pipe'], env: offlineGitEnv() });
  return { ok: result.status === 0 && result.error === undefined, stdout: result.stdout ?? Buffer.alloc(0), stderr: String(result.stderr ?? '') };
}
