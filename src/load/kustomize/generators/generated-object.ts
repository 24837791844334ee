import type { GeneratorArgs, GeneratorOptions } from './generator-args.js';
import type { GeneratedPair } from './collect-pairs.js';
import { kustomizeBase64 } from './kustomize-base64.js';

/** `options` of a generator with the kustomization's `generatorOptions` merged in as kustomize does. */
export interface MergedOptions {
  labels: Record<string, string>;
  annotations: Record<string, string>;
  disableNameSuffixHash: boolean;
  immutable: boolean;
}

/**
 * kustomize's MergeGlobalOptionsIntoLocal: a generator's own labels and annotations win over the
 * global ones key by key; a global `true` for either boolean wins over a local `false`.
 */
export function mergeOptions(local: GeneratorOptions | undefined, global: GeneratorOptions | undefined): MergedOptions {
  return {
    labels: { ...global?.labels, ...local?.labels },
    annotations: { ...global?.annotations, ...local?.annotations },
    disableNameSuffixHash: global?.disableNameSuffixHash === true || local?.disableNameSuffixHash === true,
    immutable: global?.immutable === true || local?.immutable === true,
  };
}

/**
 * The object kustomize generates, before its name gets the hash suffix: a ConfigMap keeps UTF-8
 * values in `data` and anything else base64 in `binaryData` (no empty `data`); a Secret has a
 * `type` (Opaque by default) and every value base64 in `data`, which is there even when empty.
 */
export function generatedObject(args: GeneratorArgs & { name: string }, pairs: GeneratedPair[], options: MergedOptions): Record<string, unknown> {
  const metadata: Record<string, unknown> = { name: args.name };
  if (args.namespace) metadata.namespace = args.namespace;
  if (Object.keys(options.labels).length > 0) metadata.labels = options.labels;
  if (Object.keys(options.annotations).length > 0) metadata.annotations = options.annotations;
  const object: Record<string, unknown> = { apiVersion: 'v1', kind: args.kind, metadata };
  if (args.kind === 'Secret') {
    object.type = args.type || 'Opaque';
    object.data = Object.fromEntries(pairs.map((pair) => [pair.key, kustomizeBase64(pair.bytes)]));
  } else {
    const text = pairs.filter((pair) => pair.text !== undefined);
    const binary = pairs.filter((pair) => pair.text === undefined);
    if (text.length > 0) object.data = Object.fromEntries(text.map((pair) => [pair.key, pair.text]));
    if (binary.length > 0) object.binaryData = Object.fromEntries(binary.map((pair) => [pair.key, kustomizeBase64(pair.bytes)]));
  }
  if (options.immutable) object.immutable = true;
  return object;
}
