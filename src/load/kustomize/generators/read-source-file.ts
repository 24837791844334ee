import path from 'node:path';

/** How generators read the files they name; both are confined to the run's root by the caller. */
export interface SourceFileReader {
  dir: string;
  readText(file: string): string | undefined;
  /** The raw bytes, when the caller has them: needed to tell binary content from text. */
  readBytes?(file: string): Uint8Array | undefined;
}

/** A generator's file content: text when it is valid UTF-8, else only its bytes. */
export type SourceFile = { file: string; bytes: Uint8Array; text?: string } | { file: string; problem: 'missing' | 'too-large' };

/** ConfigMaps and Secrets hold at most 1 MiB, so no one file of theirs may be larger. */
export const maxSourceFileBytes = 1024 * 1024;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Reads `relative` (as written in the kustomization) from the kustomization's folder. */
export function readSourceFile(reader: SourceFileReader, relative: string): SourceFile {
  const file = path.isAbsolute(relative) ? relative : path.join(reader.dir, relative);
  if (reader.readBytes) {
    const bytes = reader.readBytes(file);
    if (bytes === undefined) return { file, problem: 'missing' };
    if (bytes.length > maxSourceFileBytes) return { file, problem: 'too-large' };
    return { file, bytes, text: decodeStrict(bytes) };
  }
  const text = reader.readText(file);
  if (text === undefined) return { file, problem: 'missing' };
  const bytes = Buffer.from(text, 'utf8');
  if (bytes.length > maxSourceFileBytes) return { file, problem: 'too-large' };
  return { file, bytes, text };
}

function decodeStrict(bytes: Uint8Array): string | undefined {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return undefined;
  }
}
