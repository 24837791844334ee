import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { displayName, loadText } from './load/index.js';
import { DrydockError, type Diagnostic } from './resources/index.js';
import { checkShard, type CrdSource, type ShardInput, type ShardOutput } from './validate-shard.js';

/** Below this much input, starting threads costs more than it saves. */
export const parallelThresholdBytes = 2 * 1024 * 1024;

/** The bundled worker script, when drydock runs from its bundle (never from TypeScript sources). */
export function workerScript(): string | undefined {
  const here = fileURLToPath(import.meta.url);
  if (!here.split(path.sep).includes('dist')) return undefined;
  for (let dir = path.dirname(here); path.dirname(dir) !== dir; dir = path.dirname(dir)) {
    const script = path.join(dir, 'validate-worker.js');
    if (existsSync(script)) return script;
  }
  return undefined;
}

/** Splits files into `count` shares of about equal size, largest first; the same input always gives the same shares. */
export function shardFiles(files: readonly string[], sizes: readonly number[], count: number): string[][] {
  const shards = Array.from({ length: count }, () => ({ files: [] as string[], bytes: 0 }));
  const order = files.map((file, i) => ({ file, size: sizes[i] })).sort((a, b) => b.size - a.size || (a.file < b.file ? -1 : 1));
  for (const { file, size } of order) {
    const lightest = shards.reduce((best, shard) => (shard.bytes < best.bytes ? shard : best));
    lightest.files.push(file);
    lightest.bytes += size;
  }
  return shards.map((shard) => shard.files).filter((list) => list.length > 0);
}

/**
 * Checks the files on `jobs` threads: this one and `jobs - 1` workers. The CRDs of the whole
 * input are found first (they are few) and sent to every worker.
 */
export async function checkInParallel(files: readonly string[], base: Omit<ShardInput, 'files'>, jobs: number, script: string): Promise<ShardOutput> {
  const sizes = files.map((file) => sizeOf(file));
  const crds = base.crds ?? findCrds(files, base.cwd);
  const [mine, ...theirs] = shardFiles(files, sizes, jobs);
  const workers = theirs.map((shard) => runWorker(script, { ...base, files: shard, crds }));
  const own = await checkShard({ ...base, files: mine, crds });
  const results = [own, ...(await Promise.all(workers))];
  const diagnostics: Diagnostic[] = [];
  for (const result of results) for (const d of result.diagnostics) diagnostics.push(d);
  return { files: results.flatMap((r) => r.files), diagnostics, resources: own.resources };
}

function runWorker(script: string, input: ShardInput): Promise<ShardOutput> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData: input });
    worker.once('message', (message: { files: string[]; diagnostics: Diagnostic[] }) => resolve({ ...message, resources: [] }));
    worker.once('error', (error: Error) => reject(new DrydockError('internal', `a worker thread failed: ${error.message}`)));
    worker.once('exit', (code) => {
      if (code !== 0) reject(new DrydockError('internal', `a worker thread exited with code ${code}`));
    });
  });
}

/** The CRDs among `files`; a cheap text search first, so only files that mention CRDs are parsed twice. */
export function findCrds(files: readonly string[], cwd: string): CrdSource[] {
  const crds: CrdSource[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    if (!text.includes('CustomResourceDefinition')) continue;
    for (const resource of loadText(text, displayName(file, cwd)).resources) {
      if (resource.kind === 'CustomResourceDefinition') crds.push({ object: resource.object, source: resource.source });
    }
  }
  return crds;
}

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}
