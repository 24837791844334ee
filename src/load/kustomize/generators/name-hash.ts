import { createHash } from 'node:crypto';
import { isObject } from '../../../resources/index.js';
import { goJson } from './go-json.js';

/**
 * kustomize's content hash for a generated object's name suffix (api/hasher in kustomize v5):
 * the first 10 hex digits of the SHA-256 of a Go-encoded JSON summary, with 0, 1, 3, a and e
 * swapped for letters so the suffix never reads as a number or a word. For a ConfigMap the
 * summary is `{data, kind, name}` plus `binaryData` when it is a map; for a Secret
 * `{data, kind, name, type}` plus `stringData` when it is a map. kustomize looks the name up as
 * one field called `metadata/name`, which never exists, so `name` is always `""`: the hash does
 * not depend on the name, nor on a prefix or suffix. A missing `data` or `type` is `""`.
 * Other kinds get the hash of their whole object (kustomize hashes its YAML node there, which
 * generators never ask for).
 */
export function nameHash(object: Record<string, unknown>): string {
  return encodeHex(sha256Hex(goJson(hashSummary(object))));
}

function hashSummary(object: Record<string, unknown>): unknown {
  const field = (name: string): unknown => (object[name] === undefined || object[name] === null ? '' : object[name]);
  if (object.kind === 'ConfigMap') {
    const summary: Record<string, unknown> = { kind: 'ConfigMap', name: '', data: field('data') };
    if (isObject(object.binaryData)) summary.binaryData = object.binaryData;
    return summary;
  }
  if (object.kind === 'Secret') {
    const summary: Record<string, unknown> = { kind: 'Secret', type: field('type'), name: '', data: field('data') };
    if (isObject(object.stringData)) summary.stringData = object.stringData;
    return summary;
  }
  return object;
}

function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

const letterFor: Record<string, string> = { '0': 'g', '1': 'h', '3': 'k', a: 'm', e: 't' };

function encodeHex(hex: string): string {
  return hex.slice(0, 10).replace(/[013ae]/g, (digit) => letterFor[digit] ?? digit);
}
