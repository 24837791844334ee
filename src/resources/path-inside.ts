import path from 'node:path';

/** Whether `file` is `dir` or lies below it (both absolute; compared as given, without resolving links). */
export function isInside(dir: string, file: string): boolean {
  const relative = path.relative(dir, file);
  return relative === '' || (!relative.startsWith(`..${path.sep}`) && relative !== '..' && !path.isAbsolute(relative));
}

/** Whether `file` lies below `dir`, not being `dir` itself. */
export function isStrictlyInside(dir: string, file: string): boolean {
  return path.relative(dir, file) !== '' && isInside(dir, file);
}
