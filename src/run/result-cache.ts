import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { DrydockConfig } from '../config/index.js';
import { DrydockError, type Diagnostic, type KubernetesVersion, type RunCounts } from '../resources/index.js';
import { version as drydockVersion } from '../version.js';

/**
 * The cache file's layout; a file of another format is ignored (and replaced). 2: signed, and
 * files that 1 skipped by name or comment are checked. 3: each file's object count too (for the
 * run's summary).
 */
const cacheFormat = 3;

/** The first line of a cache file: the format and the payload's signature (HMAC-SHA256, hex). */
const headerPattern = /^drydock-cache (\d+) ([0-9a-f]{64})\n/;

/** Everything besides a file's own bytes that decides its diagnostics. */
export interface RunKeyParts {
  cwd: string;
  config: DrydockConfig;
  kubernetesVersion: KubernetesVersion;
  schemaDirs: readonly string[];
  /** The namespace of objects that name none (it decides which documents are one object). */
  defaultNamespace?: string;
  /** Every file of the input that mentions CRDs: its path and content hash. */
  crdFiles: readonly (readonly [file: string, hash: string])[];
  version?: string;
}

/**
 * The key of a run: drydock's version, the working directory (diagnostics name files relative to
 * it), the resolved config, the Kubernetes version, the default namespace, the extra schema folders (each file's path,
 * size and modification time) and every file of the input that mentions CRDs, by path and
 * content (a CRD changes how other files validate, and which of two definitions applies depends
 * on folders). Keying by those files' bytes, not their parsed CRDs, lets a run whose every result
 * is cached skip parsing them; a file that mentions CRDs without defining one only costs a miss.
 * Cached results are reused only under the same key.
 */
export function runKey(parts: RunKeyParts): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify([parts.version ?? drydockVersion, parts.cwd, parts.config, parts.kubernetesVersion, parts.defaultNamespace ?? null]));
  for (const dir of parts.schemaDirs) hash.update(`\0schemas\0${JSON.stringify(listSchemaFiles(path.resolve(parts.cwd, dir)))}`);
  for (const [file, content] of parts.crdFiles) hash.update(`\0crd\0${file}\0${content}`);
  return hash.digest('base64url');
}

/** The hash a file's bytes are cached under. */
export function contentHash(bytes: Buffer): string {
  return createHash('sha1').update(bytes).digest('base64url');
}

/** What a run keeps of one file (its diagnostics and how many objects it holds), or of a whole lint run. */
export interface FileResult {
  diagnostics: Diagnostic[];
  objects: number;
  /** A whole run's files and counts (lint's cache keeps one entry for the run). */
  run?: { files: string[]; counts: RunCounts };
}

type Entry = [hash: string, diagnostics: Diagnostic[], objects: number, run?: FileResult['run']];

/**
 * Per-file diagnostics of earlier runs, keyed by the file's absolute path and its content hash,
 * valid for one run key, in a file signed with the user's secret (see cache-home.ts). Entries of files this run did not check are kept while the file exists,
 * so shards and `--changed-since` runs sharing a cache do not evict each other.
 */
export class ResultCache {
  private readonly entries: Map<string, Entry>;
  private readonly seen = new Set<string>();

  private constructor(
    readonly location: string,
    private readonly key: string,
    private readonly secret: Buffer,
    entries: Map<string, Entry>,
  ) {
    this.entries = entries;
  }

  /**
   * Reads the cache at `location`. A missing, corrupt or other-key cache starts empty; so does
   * one whose signature does not match `secret` (forged, edited, or another user's), and
   * `notify` is told so. Only a cache this user's secret signed is ever believed.
   */
  static open(location: string, key: string, secret: Buffer, notify: (note: string) => void = () => {}): ResultCache {
    return new ResultCache(location, key, secret, readEntries(location, key, secret, notify));
  }

  /** What is cached for `file` with these contents, or undefined. */
  get(file: string, hash: string): FileResult | undefined {
    const entry = this.entries.get(file);
    if (entry === undefined || entry[0] !== hash) return undefined;
    this.seen.add(file);
    return entry[3] === undefined ? { diagnostics: entry[1], objects: entry[2] } : { diagnostics: entry[1], objects: entry[2], run: entry[3] };
  }

  set(file: string, hash: string, result: FileResult): void {
    this.entries.set(file, result.run === undefined ? [hash, result.diagnostics, result.objects] : [hash, result.diagnostics, result.objects, result.run]);
    this.seen.add(file);
  }

  /** Writes the cache (to a temporary file first, so a crash never leaves half a cache). */
  save(): void {
    const files: Record<string, Entry> = {};
    for (const [file, entry] of this.entries) {
      if (this.seen.has(file) || existsSync(file)) files[file] = entry;
    }
    const temporary = `${this.location}.${process.pid}.tmp`;
    const payload = JSON.stringify({ version: drydockVersion, key: this.key, files });
    try {
      // `wx`: a link or file planted under the temporary name is never written through
      writeFileSync(temporary, `drydock-cache ${cacheFormat} ${sign(payload, this.secret)}\n${payload}`, { flag: 'wx', mode: 0o600 });
      renameSync(temporary, this.location);
    } catch (error) {
      try {
        unlinkSync(temporary);
      } catch {
        // nothing was written
      }
      throw new DrydockError('output-unwritable', `cannot write the cache ${this.location}: ${(error as Error).message}`);
    }
  }
}

function sign(payload: string, secret: Buffer): string {
  return createHmac('sha256', secret).update(payload).digest('hex');
}

function readEntries(location: string, key: string, secret: Buffer, notify: (note: string) => void): Map<string, Entry> {
  let text: string;
  try {
    // a folder, device or FIFO at the location is no cache (and could not be read to its end)
    if (!statSync(location).isFile()) return new Map();
    text = readFileSync(location, 'utf8');
  } catch {
    return new Map();
  }
  const header = headerPattern.exec(text);
  if (header === null || Number(header[1]) !== cacheFormat) return new Map();
  const payload = text.slice(header[0].length);
  const expected = Buffer.from(sign(payload, secret), 'hex');
  // both groups of the header pattern are required
  if (!timingSafeEqual(Buffer.from(header[2]!, 'hex'), expected)) {
    notify(`ignoring the cache ${location}: its signature does not match this user's key (edited, copied or planted); checking every file afresh`);
    return new Map();
  }
  try {
    const data = JSON.parse(payload) as { key?: unknown; files?: unknown };
    if (data.key !== key || typeof data.files !== 'object' || data.files === null) return new Map();
    return new Map(Object.entries(data.files as Record<string, Entry>).filter(([, entry]) => isEntry(entry)));
  } catch {
    return new Map();
  }
}

function isEntry(value: unknown): value is Entry {
  return Array.isArray(value) && (value.length === 3 || value.length === 4) && typeof value[0] === 'string' && Array.isArray(value[1]) && typeof value[2] === 'number';
}

function listSchemaFiles(dir: string): [string, number, number][] {
  const out: [string, number, number][] = [];
  const visit = (folder: string, depth: number) => {
    let names: string[];
    try {
      names = readdirSync(folder).sort();
    } catch {
      return;
    }
    for (const name of names) {
      const file = path.join(folder, name);
      try {
        const stats = statSync(file);
        if (stats.isDirectory() && depth < 16) visit(file, depth + 1);
        else if (stats.isFile()) out.push([file, stats.size, stats.mtimeMs]);
      } catch {
        // vanished or unreadable: the schema loader reports it
      }
    }
  };
  visit(dir, 0);
  return out;
}
