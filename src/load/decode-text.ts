import type { YamlCode } from './yaml-codes.js';

/** Text decoded from a file's bytes, or the reason it is not text. */
export type DecodedText =
  | { ok: true; text: string }
  | { ok: false; code: YamlCode; message: string; offset: number; text: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes a manifest file: UTF-8 (a BOM is dropped), or UTF-16 when a BOM says so. Binary files
 * and invalid UTF-8 are refused with a reason, since kubectl would refuse them too.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  const nul = bytes.subarray(0, 8192).indexOf(0);
  if (nul !== -1) return { ok: false, code: 'binary', message: 'this is a binary file, not YAML or JSON text', offset: 0, text: '' };
  try {
    const text = utf8.decode(bytes);
    return { ok: true, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  } catch {
    const lenient = new TextDecoder('utf-8').decode(bytes);
    const offset = Math.max(0, lenient.indexOf('\ufffd'));
    return { ok: false, code: 'not-utf8', message: 'the file is not valid UTF-8 text', offset, text: lenient };
  }
}
