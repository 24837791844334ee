import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  DiskFiles,
  decodeText,
  findKustomizationFile,
  kustomizationFileNames,
  loadDocuments,
  loadFileSync,
  parseDocuments
} from "./chunk-6BE7FF14.js";
import "./chunk-BA0DC00E.js";
import "./chunk-84BF4BE3.js";
import {
  compileGoRegexp
} from "./chunk-30E97A45.js";
import {
  estimatedProgramSize,
  findingKey,
  formatPath,
  isClusterScoped,
  isInside,
  isObject,
  quoteName,
  splitApiVersion
} from "./chunk-084AE718.js";
import "./chunk-E3B0C442.js";

// src/load/kustomize/build.ts
import path4 from "node:path";

// src/load/kustomize/tracked.ts
function track(value, document, path5 = []) {
  const origin = { document, path: path5 };
  if (Array.isArray(value)) return { kind: "list", items: value.map((item, i) => track(item, document, [...path5, i])), origin };
  if (value !== null && typeof value === "object") {
    const entries = /* @__PURE__ */ new Map();
    for (const [key, item] of Object.entries(value)) entries.set(key, track(item, document, [...path5, key]));
    return { kind: "map", entries, origin };
  }
  return { kind: "scalar", value, origin };
}
function untrack(node) {
  if (node.kind === "scalar") return node.value;
  if (node.kind === "list") return node.items.map(untrack);
  const out = {};
  for (const [key, item] of node.entries) out[key] = untrack(item);
  return out;
}
function cloneTracked(node) {
  if (node.kind === "scalar") return { ...node };
  if (node.kind === "list") return { kind: "list", items: node.items.map(cloneTracked), origin: node.origin };
  return { kind: "map", entries: new Map([...node.entries].map(([key, item]) => [key, cloneTracked(item)])), origin: node.origin };
}
function childOf(node, key) {
  if (!node) return void 0;
  if (node.kind === "map") return typeof key === "string" ? node.entries.get(key) : void 0;
  if (node.kind === "list") return typeof key === "number" ? node.items[key] : void 0;
  return void 0;
}
function nodeAt(node, path5) {
  let current = node;
  for (const part of path5) current = childOf(current, part);
  return current;
}
function rangeInTracked(root, path5, target) {
  let node = root;
  let depth = 0;
  for (const step2 of path5) {
    const next = childOf(node, step2);
    if (!next) break;
    node = next;
    depth++;
  }
  const origin = node.origin;
  if ("range" in origin) return origin.range;
  return origin.document.rangeOf(origin.path, depth === path5.length ? target : "key");
}
function stringAt(node, path5) {
  const found = node && nodeAt(node, path5);
  return found?.kind === "scalar" && typeof found.value === "string" ? found.value : void 0;
}
function mapAt(root, path5, create, origin) {
  let node = root;
  for (const part of path5) {
    if (node.kind !== "map") return void 0;
    let next = node.entries.get(part);
    if (next === void 0 || next.kind === "scalar" && next.value === null) {
      if (!create) return void 0;
      next = { kind: "map", entries: /* @__PURE__ */ new Map(), origin };
      node.entries.set(part, next);
    }
    node = next;
  }
  return node.kind === "map" ? node : void 0;
}

// src/load/kustomize/built-object.ts
function toResource(object) {
  const tree = object.tree;
  const value = untrack(tree);
  const resource = {
    apiVersion: stringAt(tree, ["apiVersion"]) ?? "",
    kind: stringAt(tree, ["kind"]) ?? "",
    name: stringAt(tree, ["metadata", "name"]) ?? stringAt(tree, ["metadata", "generateName"]) ?? "",
    namespace: stringAt(tree, ["metadata", "namespace"]),
    object: value,
    source: object.source,
    rangeOf: (path5, target) => rangeInTracked(tree, path5, target)
  };
  if (object.directives) resource.directives = object.directives;
  return resource;
}
var maxPatchDirectives = 64;
function patchedBy(object, document, tree) {
  const patched = { ...object, tree };
  const taken = object.patchDirectives ?? 0;
  const added = document.directives?.slice(0, maxPatchDirectives - taken) ?? [];
  if (added.length > 0) {
    patched.directives = [...object.directives ?? [], ...added];
    patched.patchDirectives = taken + added.length;
  }
  return patched;
}
function idOf(object) {
  return {
    group: splitApiVersion(stringAt(object.tree, ["apiVersion"]) ?? "").group,
    kind: stringAt(object.tree, ["kind"]) ?? "",
    name: stringAt(object.tree, ["metadata", "name"]) ?? "",
    namespace: stringAt(object.tree, ["metadata", "namespace"])
  };
}

// src/load/kustomize/generators/kv-sources.ts
function parseLiteral(source) {
  const equals = source.indexOf("=");
  if (equals <= 0) return { ok: false };
  return { ok: true, key: source.slice(0, equals), value: removeQuotes(source.slice(equals + 1)) };
}
function removeQuotes(text) {
  if (text.length < 2 || text[0] !== text[text.length - 1]) return text;
  return text[0] === '"' || text[0] === "'" ? text.slice(1, -1) : text;
}
function parseFileSource(source) {
  const separators = source.split("=").length - 1;
  if (separators === 0) return { ok: true, key: baseName(source), path: source };
  if (separators > 1) return { ok: false, problem: "too-many-equals" };
  if (source.startsWith("=")) return { ok: false, problem: "missing-key" };
  if (source.endsWith("=")) return { ok: false, problem: "missing-path" };
  const equals = source.indexOf("=");
  return { ok: true, key: source.slice(0, equals), path: source.slice(equals + 1) };
}
function baseName(source) {
  let end = source.length;
  while (end > 0 && source[end - 1] === "/") end--;
  if (end === 0) return source === "" ? "." : "/";
  const trimmed = source.slice(0, end);
  return trimmed.slice(trimmed.lastIndexOf("/") + 1);
}
var maxEnvLineBytes = 64 * 1024 - 1;
var leadingSpace = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*/;
function parseEnvFile(text) {
  const pairs = [];
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  for (const [index, raw] of lines.entries()) {
    let line = raw;
    if (line.endsWith("\r")) line = line.slice(0, -1);
    const bom = index === 0 && line.startsWith("\uFEFF") ? 1 : 0;
    if (Buffer.byteLength(line, "utf8") > maxEnvLineBytes) return { pairs, stoppedAtLine: index };
    const indent = bom + (leadingSpace.exec(line.slice(bom))?.[0].length ?? 0);
    const rest = line.slice(indent);
    if (rest === "" || rest.startsWith("#")) continue;
    const equals = rest.indexOf("=");
    const key = equals === -1 ? rest : rest.slice(0, equals);
    if (key === "") continue;
    const value = equals === -1 ? "" : rest.slice(equals + 1);
    const valueColumn = equals === -1 ? indent + key.length : indent + equals + 1;
    pairs.push({ key, value, line: index, keyColumn: indent, valueColumn });
  }
  return { pairs };
}

// src/load/kustomize/generators/read-source-file.ts
import path from "node:path";
var maxSourceFileBytes = 1024 * 1024;
var strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
function readSourceFile(reader, relative, at) {
  const file = path.isAbsolute(relative) ? relative : path.join(reader.dir, relative);
  if (reader.readBytes) {
    const bytes2 = reader.readBytes(file, at);
    if (bytes2 === void 0) return { file, problem: "missing" };
    if (bytes2 === "refused" || bytes2 === "too-large") return { file, problem: bytes2 };
    if (bytes2.length > maxSourceFileBytes) return { file, problem: "too-large" };
    return { file: reader.displayName?.(file) ?? file, bytes: bytes2, text: decodeStrict(bytes2) };
  }
  const text = reader.readText(file, at);
  if (text === void 0) return { file, problem: "missing" };
  if (text === "refused" || text === "too-large") return { file, problem: text };
  const bytes = Buffer.from(text, "utf8");
  if (bytes.length > maxSourceFileBytes) return { file, problem: "too-large" };
  return { file: reader.displayName?.(file) ?? file, bytes, text };
}
function decodeStrict(bytes) {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return void 0;
  }
}

// src/load/kustomize/generators/collect-pairs.ts
function collectPairs(args, reader, problems) {
  const pairs = [];
  let failed = false;
  for (const env of args.envs) failed = !addEnvPairs(env.file, env.path, reader, problems, pairs) || failed;
  args.literals.forEach((literal, index) => {
    const path5 = [...args.path, "literals", index];
    const parsed = parseLiteral(literal);
    if (!parsed.ok) {
      failed = true;
      problems.error("invalid-literal", path5, `${formatPath(path5)} is not a key=value literal.`);
      return;
    }
    if (lineSeparators.test(literal)) {
      problems.warning("literal-line-separator", path5, `${formatPath(path5)} holds U+0085, U+2028 or U+2029, which kustomize's YAML round trip of its arguments may turn into spaces: the value and the name hash may differ from kustomize's.`);
    }
    const bytes = Buffer.from(parsed.value, "utf8");
    pairs.push({ key: parsed.key, text: parsed.value, bytes, source: { from: "entry", path: path5, text: literal, keyLength: parsed.key.length } });
  });
  args.files.forEach((entry, index) => {
    const path5 = [...args.path, "files", index];
    const added = addFilePair(entry, path5, reader, problems, pairs);
    failed = !added || failed;
  });
  if (failed) return void 0;
  return withoutRepeatedKeys(args, pairs, problems);
}
var lineSeparators = /[\u0085\u2028\u2029]/;
var fileSourceProblems = {
  "missing-key": 'has no key before its "="',
  "missing-path": 'has no file path after its "="',
  "too-many-equals": 'has more than one "=" (a key may not contain one)'
};
function addFilePair(entry, path5, reader, problems, pairs) {
  const parsed = parseFileSource(entry);
  if (!parsed.ok) {
    problems.error("invalid-file-source", path5, `${formatPath(path5)} ${fileSourceProblems[parsed.problem]}.`);
    return false;
  }
  const content = readSourceFile(reader, parsed.path, path5);
  if ("problem" in content) {
    reportUnreadable(content.problem, parsed.path, path5, problems);
    return false;
  }
  const keyLength = entry.includes("=") ? parsed.key.length : 0;
  pairs.push({ key: parsed.key, text: content.text, bytes: content.bytes, source: { from: "entry", path: path5, text: entry, keyLength } });
  return true;
}
function addEnvPairs(relative, path5, reader, problems, pairs) {
  const content = readSourceFile(reader, relative, path5);
  if ("problem" in content) {
    reportUnreadable(content.problem, relative, path5, problems);
    return false;
  }
  if (content.text === void 0) {
    problems.error("invalid-env-file", path5, `The env file ${quoteName(relative)} is not UTF-8 text, which kustomize requires.`);
    return false;
  }
  const parsed = parseEnvFile(content.text);
  if (parsed.stoppedAtLine !== void 0) {
    const line = parsed.stoppedAtLine + 1;
    const range = { file: content.file, start: { line, column: 1 }, end: { line, column: 1 } };
    problems.at("env-line-too-long", range, `Line ${line} of an env file is longer than 64 KiB: kustomize silently ignores it and every line after it.`, "warning", path5);
  }
  for (const pair of parsed.pairs) {
    const source = {
      from: "env",
      file: content.file,
      line: pair.line,
      keyColumn: pair.keyColumn,
      keyLength: pair.key.length,
      valueColumn: pair.valueColumn,
      valueLength: pair.value.length
    };
    pairs.push({ key: pair.key, text: pair.value, bytes: Buffer.from(pair.value, "utf8"), source });
  }
  return true;
}
function reportUnreadable(problem, relative, path5, problems) {
  if (problem === "refused") return;
  if (problem === "missing") {
    problems.error("missing-file", path5, `The file ${quoteName(relative)} named by ${formatPath(path5)} cannot be read.`);
  } else {
    problems.error("file-too-large", path5, `The file ${quoteName(relative)} named by ${formatPath(path5)} is larger than ${maxSourceFileBytes / 1024 / 1024} MiB, the most a ConfigMap or Secret can hold.`);
  }
}
function withoutRepeatedKeys(args, pairs, problems) {
  const seen = /* @__PURE__ */ new Set();
  let repeated = false;
  for (const pair of pairs) {
    if (seen.has(pair.key)) {
      repeated = true;
      const message = `${args.kind} ${quoteName(args.name ?? "")} gets the key ${quoteName(pair.key)} twice; kustomize rejects a repeated key.`;
      if (pair.source.from === "env") {
        const line = pair.source.line + 1;
        const column = pair.source.keyColumn + 1;
        const range = { file: pair.source.file, start: { line, column }, end: { line, column: column + pair.source.keyLength } };
        problems.at("duplicate-key", range, message, "error", args.path);
      } else {
        problems.error("duplicate-key", pair.source.path, message);
      }
    }
    seen.add(pair.key);
  }
  return repeated ? void 0 : pairs;
}

// src/load/kustomize/generators/generator-args.ts
var optionFields = ["labels", "annotations", "disableNameSuffixHash", "immutable"];
var generatorFields = ["name", "namespace", "behavior", "literals", "files", "envs", "env", "options"];
function readGeneratorArgs(entry, kind, path5, problems) {
  if (!isObject(entry)) return typeProblem(problems, path5, "a mapping");
  const fields = kind === "Secret" ? [...generatorFields, "type"] : generatorFields;
  if (!knownFieldsOnly(entry, fields, path5, problems)) return void 0;
  const reader = new FieldReader(entry, path5, problems);
  const name = reader.string("name");
  const namespace = reader.string("namespace");
  const behavior = reader.string("behavior");
  const type = reader.string("type");
  const literals = reader.strings("literals");
  const files = reader.strings("files");
  const envList = reader.strings("envs");
  const env = reader.string("env");
  const options = readGeneratorOptions(entry.options, [...path5, "options"], problems);
  if (reader.failed || options === null) return void 0;
  const envs = envList.map((file, index) => ({ file, path: [...path5, "envs", index] }));
  if (env) envs.push({ file: env, path: [...path5, "env"] });
  return { kind, path: path5, name, namespace, behavior, literals, files, envs, type, options };
}
function readGeneratorOptions(value, path5, problems) {
  if (value === void 0 || value === null) return void 0;
  if (!isObject(value)) return typeProblem(problems, path5, "a mapping") ?? null;
  if (!knownFieldsOnly(value, optionFields, path5, problems)) return null;
  const reader = new FieldReader(value, path5, problems);
  const options = {
    labels: reader.stringMap("labels"),
    annotations: reader.stringMap("annotations"),
    disableNameSuffixHash: reader.boolean("disableNameSuffixHash"),
    immutable: reader.boolean("immutable")
  };
  return reader.failed ? null : options;
}
var FieldReader = class {
  constructor(record, path5, problems) {
    this.record = record;
    this.path = path5;
    this.problems = problems;
  }
  record;
  path;
  problems;
  failed = false;
  string(field) {
    const value = this.record[field];
    if (value === void 0 || value === null || typeof value === "string") return value ?? void 0;
    return this.fail([...this.path, field], "a string");
  }
  boolean(field) {
    const value = this.record[field];
    if (value === void 0 || value === null || typeof value === "boolean") return value ?? void 0;
    return this.fail([...this.path, field], "true or false");
  }
  strings(field) {
    const value = this.record[field];
    if (value === void 0 || value === null) return [];
    if (!Array.isArray(value)) return this.fail([...this.path, field], "a list of strings") ?? [];
    const bad = value.findIndex((item) => typeof item !== "string");
    if (bad !== -1) return this.fail([...this.path, field, bad], "a string") ?? [];
    return value;
  }
  stringMap(field) {
    const value = this.record[field];
    if (value === void 0 || value === null) return void 0;
    if (!isObject(value)) return this.fail([...this.path, field], "a mapping of strings");
    const bad = Object.keys(value).find((key) => typeof value[key] !== "string");
    if (bad !== void 0) return this.fail([...this.path, field, bad], "a string");
    return value;
  }
  fail(path5, expected) {
    this.failed = true;
    typeProblem(this.problems, path5, expected);
    return void 0;
  }
};
function knownFieldsOnly(record, known, path5, problems) {
  const unknown = Object.keys(record).filter((key) => !known.includes(key));
  for (const key of unknown) {
    problems.error("unknown-field", [...path5, key], `${formatPath(path5)} has an unknown field ${quoteName(key)}, which kustomize rejects.`, "key");
  }
  return unknown.length === 0;
}
function typeProblem(problems, path5, expected) {
  problems.error("invalid-field", path5, `${describePath(path5)} must be ${expected}.`);
  return void 0;
}
function describePath(path5) {
  const last = path5[path5.length - 1];
  const parent = path5[path5.length - 2];
  if (typeof last === "string" && (parent === "labels" || parent === "annotations")) {
    return `${formatPath(path5.slice(0, -1))} ${quoteName(last)}`;
  }
  return formatPath(path5);
}

// src/load/kustomize/generators/generator-problem.ts
var GeneratorProblems = class {
  constructor(rangeOf) {
    this.rangeOf = rangeOf;
  }
  rangeOf;
  diagnostics = [];
  /** An error at `path` of the kustomization: kustomize would refuse to build. */
  error(check, path5, message, target) {
    this.at(check, this.rangeOf(path5, target), message, "error", path5);
  }
  /** A warning at `path` of the kustomization: kustomize builds, perhaps not as written. */
  warning(check, path5, message) {
    this.at(check, this.rangeOf(path5), message, "warning", path5);
  }
  /** A finding at any range (an env file's line), with the kustomization path it belongs to. */
  at(check, range, message, severity, path5) {
    this.diagnostics.push({ ruleId: `kustomize/${check}`, messageId: check, severity, message, range, ...path5 ? { path: path5 } : {} });
  }
};

// src/load/kustomize/generators/kustomize-base64.ts
function kustomizeBase64(bytes) {
  const lineLength = 70;
  const encoded = Buffer.from(bytes).toString("base64");
  if (encoded.length < lineLength) return encoded;
  let out = "";
  for (let start = 0; start < encoded.length; start += lineLength) out += `${encoded.slice(start, start + lineLength)}
`;
  return out;
}

// src/load/kustomize/generators/generated-object.ts
function mergeOptions(local, global) {
  return {
    labels: { ...global?.labels, ...local?.labels },
    annotations: { ...global?.annotations, ...local?.annotations },
    disableNameSuffixHash: global?.disableNameSuffixHash === true || local?.disableNameSuffixHash === true,
    immutable: global?.immutable === true || local?.immutable === true
  };
}
function generatedObject(args, pairs, options) {
  const metadata = { name: args.name };
  if (args.namespace) metadata.namespace = args.namespace;
  if (Object.keys(options.labels).length > 0) metadata.labels = options.labels;
  if (Object.keys(options.annotations).length > 0) metadata.annotations = options.annotations;
  const object = { apiVersion: "v1", kind: args.kind, metadata };
  if (args.kind === "Secret") {
    object.type = args.type || "Opaque";
    object.data = Object.fromEntries(pairs.map((pair) => [pair.key, kustomizeBase64(pair.bytes)]));
  } else {
    const text = pairs.filter((pair) => pair.text !== void 0);
    const binary = pairs.filter((pair) => pair.text === void 0);
    if (text.length > 0) object.data = Object.fromEntries(text.map((pair) => [pair.key, pair.text]));
    if (binary.length > 0) object.binaryData = Object.fromEntries(binary.map((pair) => [pair.key, kustomizeBase64(pair.bytes)]));
  }
  if (options.immutable) object.immutable = true;
  return object;
}

// src/load/kustomize/generators/key-sources.ts
function keySourceRange(source, target, rangeOf) {
  if (source.from === "env") {
    const line = source.line + 1;
    if (target === "key") return span(source.file, line, source.keyColumn, source.keyLength);
    return span(source.file, line, source.valueColumn, source.valueLength);
  }
  const whole = rangeOf(source.path);
  const isPlain = whole.start.line === whole.end.line && whole.end.column - whole.start.column === source.text.length;
  if (!isPlain || source.keyLength === 0) return whole;
  const start = whole.start;
  if (target === "key") return { file: whole.file, start, end: shifted(start, source.keyLength) };
  return { file: whole.file, start: shifted(start, source.keyLength + 1), end: whole.end };
}
function span(file, line, column, length) {
  return { file, start: { line, column: column + 1 }, end: { line, column: column + 1 + length } };
}
function shifted(position, by) {
  return { line: position.line, column: position.column + by };
}

// src/load/kustomize/generators/generated-ranges.ts
function generatedRangeOf(args, kustomization, keySources, rangeOf) {
  const entry = args.path;
  const own = (field) => hasField(fieldOf(kustomization, entry), field) ? [...entry, field] : void 0;
  const option = (field, key) => {
    for (const base of [[...entry, "options"], ["generatorOptions"]]) {
      const options = fieldOf(kustomization, base);
      const value = hasField(options, field) ? options[field] : void 0;
      if (key === void 0 ? value !== void 0 : isObject(value) && hasField(value, key)) {
        return key === void 0 ? [...base, field] : [...base, field, key];
      }
    }
    return entry;
  };
  return (path5, target) => {
    const [top, second, third] = path5;
    if ((top === "data" || top === "binaryData") && typeof second === "string") {
      const source = keySources.get(second);
      if (source) return keySourceRange(source, path5.length === 2 ? target : void 0, rangeOf);
    }
    if (top === "metadata" && (second === "name" || second === "namespace")) return rangeOf(own(second) ?? entry);
    if (top === "metadata" && (second === "labels" || second === "annotations")) {
      return rangeOf(typeof third === "string" ? option(second, third) : option(second));
    }
    if (top === "immutable") return rangeOf(option("immutable"));
    if (top === "type") return rangeOf(own("type") ?? entry);
    return rangeOf(entry);
  };
}
function fieldOf(root, path5) {
  let current = root;
  for (const part of path5) {
    if (!isObject(current) && !Array.isArray(current)) return void 0;
    current = current[part];
  }
  return isObject(current) ? current : void 0;
}
function hasField(record, field) {
  return record !== void 0 && Object.hasOwn(record, field) && record[field] !== void 0 && record[field] !== null;
}

// src/load/kustomize/generators/unwritable-characters.ts
var unwritable = /[\u007f-\u0084\u0086-\u009f\ufffe\uffff]/;
var unwritableInKey = /[\u007f-\u009f\ufffe\uffff]/;
var why = "holds a character kustomize cannot write as YAML (U+007F to U+009F, U+FFFE, U+FFFF; U+0085 only in a value), so kustomize fails";
function reportUnwritable(args, pairs, problems, rangeOf) {
  let found = false;
  const check = (text, path5) => {
    if (text === void 0 || !unwritable.test(text)) return;
    found = true;
    problems.error("unwritable-character", path5, `${formatPath(path5)} ${why}.`);
  };
  for (const field of ["name", "namespace", "behavior", "type"]) check(args[field], [...args.path, field]);
  args.literals.forEach((literal, index) => check(literal, [...args.path, "literals", index]));
  args.files.forEach((entry, index) => check(entry, [...args.path, "files", index]));
  for (const env of args.envs) check(env.file, env.path);
  found = reportUnwritableOptions(args.options, [...args.path, "options"], problems) || found;
  for (const pair of pairs) {
    const isLiteral = pair.source.from === "entry" && pair.source.path.includes("literals");
    const value = args.kind === "ConfigMap" && !isLiteral ? pair.text : void 0;
    const isKeyUnwritable = unwritableInKey.test(pair.key);
    if (!isKeyUnwritable && !(value !== void 0 && unwritable.test(value))) continue;
    found = true;
    const range = keySourceRange(pair.source, isKeyUnwritable ? "key" : void 0, rangeOf);
    problems.at("unwritable-character", range, `The ${args.kind} key generated at ${formatPath([...args.path])} ${why}.`, "error", args.path);
  }
  return found;
}
function reportUnwritableOptions(options, path5, problems) {
  let found = false;
  for (const field of ["labels", "annotations"]) {
    for (const [key, value] of Object.entries(options?.[field] ?? {})) {
      if (!unwritableInKey.test(key) && !unwritable.test(value)) continue;
      found = true;
      problems.error("unwritable-character", [...path5, field, key], `${formatPath([...path5, field])} ${why}.`);
    }
  }
  return found;
}

// src/load/kustomize/generators/name-hash.ts
import { createHash } from "node:crypto";

// src/load/kustomize/generators/go-json.ts
function goJson(value) {
  if (typeof value === "string") return goJsonString(value);
  if (value === null || value === void 0) return "null";
  if (typeof value === "number" || typeof value === "boolean") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(goJson).join(",")}]`;
  if (typeof value === "object") {
    const record = value;
    const keys = Object.keys(record).sort(compareUtf8);
    return `{${keys.map((key) => `${goJsonString(key)}:${goJson(record[key])}`).join(",")}}`;
  }
  return "null";
}
var shortEscapes = {
  '"': '\\"',
  "\\": "\\\\",
  "\b": "\\b",
  "\f": "\\f",
  "\n": "\\n",
  "\r": "\\r",
  "	": "\\t"
};
var needsEscape = /["\\\u0000-\u001f<>&\u2028\u2029]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
function goJsonString(text) {
  const escaped = text.replace(needsEscape, (char) => {
    const short = shortEscapes[char];
    if (short !== void 0) return short;
    if (char.charCodeAt(0) >= 55296 && char.charCodeAt(0) <= 57343) return "\\ufffd";
    return `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`;
  });
  return `"${escaped}"`;
}
function compareUtf8(a, b) {
  return Buffer.compare(Buffer.from(a, "utf8"), Buffer.from(b, "utf8"));
}

// src/load/kustomize/generators/name-hash.ts
function nameHash(object) {
  return encodeHex(sha256Hex(goJson(hashSummary(object))));
}
function hashSummary(object) {
  const field = (name) => object[name] === void 0 || object[name] === null ? "" : object[name];
  if (object.kind === "ConfigMap") {
    const summary = { kind: "ConfigMap", name: "", data: field("data") };
    if (isObject(object.binaryData)) summary.binaryData = object.binaryData;
    return summary;
  }
  if (object.kind === "Secret") {
    const summary = { kind: "Secret", type: field("type"), name: "", data: field("data") };
    if (isObject(object.stringData)) summary.stringData = object.stringData;
    return summary;
  }
  return object;
}
function sha256Hex(text) {
  return createHash("sha256").update(text, "utf8").digest("hex");
}
var letterFor = { "0": "g", "1": "h", "3": "k", a: "m", e: "t" };
function encodeHex(hex) {
  return hex.slice(0, 10).replace(/[013ae]/g, (digit) => letterFor[digit] ?? digit);
}

// src/load/kustomize/generators/index.ts
var generatorKinds = [
  ["configMapGenerator", "ConfigMap"],
  ["secretGenerator", "Secret"]
];
function runGenerators(args) {
  const problems = new GeneratorProblems(args.rangeOf);
  const objects = [];
  const globalOptions = readGeneratorOptions(args.kustomization.generatorOptions, ["generatorOptions"], problems);
  const hasGenerators = generatorKinds.some(([field]) => Array.isArray(args.kustomization[field]) && args.kustomization[field].length > 0);
  const globalUnwritable = hasGenerators && globalOptions ? reportUnwritableOptions(globalOptions, ["generatorOptions"], problems) : false;
  for (const [field, kind] of generatorKinds) {
    const entries = args.kustomization[field];
    if (entries === void 0 || entries === null) continue;
    if (!Array.isArray(entries)) {
      problems.error("invalid-field", [field], `${field} must be a list of generators.`);
      continue;
    }
    entries.forEach((entry, index) => {
      const generator = readGeneratorArgs(entry, kind, [field, index], problems);
      if (generator === void 0 || globalOptions === null || globalUnwritable) return;
      const generated = generate(generator, globalOptions, args, problems);
      if (generated) objects.push(generated);
    });
  }
  return { objects, diagnostics: problems.diagnostics };
}
function generate(generator, globalOptions, input, problems) {
  const name = generator.name;
  if (!name) {
    problems.error("missing-name", generator.path, `${formatPath(generator.path)} has no name, which kustomize requires to generate a ${generator.kind}.`);
    return void 0;
  }
  const pairs = collectPairs(generator, input, problems);
  if (pairs === void 0 || reportUnwritable(generator, pairs, problems, input.rangeOf)) return void 0;
  const options = mergeOptions(generator.options, globalOptions);
  const keySources = new Map(pairs.map((pair) => [pair.key, pair.source]));
  return {
    object: generatedObject({ ...generator, name }, pairs, options),
    rangeOf: generatedRangeOf(generator, input.kustomization, keySources, input.rangeOf),
    behavior: behaviorOf(generator.behavior),
    hashSuffix: !options.disableNameSuffixHash
  };
}
function behaviorOf(behavior) {
  return behavior === "merge" || behavior === "replace" ? behavior : "create";
}

// src/load/kustomize/kustomize-diagnostic.ts
function kustomizeDiagnostic(code, severity, message, range) {
  return { ruleId: `kustomize/${code}`, messageId: code, severity, message, range };
}

// src/resources/patch-strategies/patch-strategies.generated.ts
var kindTypes = {
  "admissionregistration.k8s.io/v1 MutatingAdmissionPolicy": "admissionregistration.v1.MutatingAdmissionPolicy",
  "admissionregistration.k8s.io/v1 MutatingAdmissionPolicyBinding": "admissionregistration.v1.MutatingAdmissionPolicyBinding",
  "admissionregistration.k8s.io/v1 MutatingWebhookConfiguration": "admissionregistration.v1.MutatingWebhookConfiguration",
  "admissionregistration.k8s.io/v1 ValidatingAdmissionPolicy": "admissionregistration.v1.ValidatingAdmissionPolicy",
  "admissionregistration.k8s.io/v1 ValidatingAdmissionPolicyBinding": "admissionregistration.v1.ValidatingAdmissionPolicyBinding",
  "admissionregistration.k8s.io/v1 ValidatingWebhookConfiguration": "admissionregistration.v1.ValidatingWebhookConfiguration",
  "admissionregistration.k8s.io/v1alpha1 MutatingAdmissionPolicy": "admissionregistration.v1alpha1.MutatingAdmissionPolicy",
  "admissionregistration.k8s.io/v1alpha1 MutatingAdmissionPolicyBinding": "admissionregistration.v1alpha1.MutatingAdmissionPolicyBinding",
  "admissionregistration.k8s.io/v1alpha1 ValidatingAdmissionPolicy": "admissionregistration.v1alpha1.ValidatingAdmissionPolicy",
  "admissionregistration.k8s.io/v1alpha1 ValidatingAdmissionPolicyBinding": "admissionregistration.v1alpha1.ValidatingAdmissionPolicyBinding",
  "admissionregistration.k8s.io/v1beta1 MutatingAdmissionPolicy": "admissionregistration.v1beta1.MutatingAdmissionPolicy",
  "admissionregistration.k8s.io/v1beta1 MutatingAdmissionPolicyBinding": "admissionregistration.v1beta1.MutatingAdmissionPolicyBinding",
  "admissionregistration.k8s.io/v1beta1 ValidatingAdmissionPolicy": "admissionregistration.v1beta1.ValidatingAdmissionPolicy",
  "admissionregistration.k8s.io/v1beta1 ValidatingAdmissionPolicyBinding": "admissionregistration.v1beta1.ValidatingAdmissionPolicyBinding",
  "apiextensions.k8s.io/v1 CustomResourceDefinition": "apiextensions.v1.CustomResourceDefinition",
  "apiregistration.k8s.io/v1 APIService": "apiregistration.v1.APIService",
  "apps/v1 ControllerRevision": "apps.v1.ControllerRevision",
  "apps/v1 DaemonSet": "apps.v1.DaemonSet",
  "apps/v1 Deployment": "apps.v1.Deployment",
  "apps/v1 ReplicaSet": "apps.v1.ReplicaSet",
  "apps/v1 StatefulSet": "apps.v1.StatefulSet",
  "authentication.k8s.io/v1 SelfSubjectReview": "authentication.v1.SelfSubjectReview",
  "authentication.k8s.io/v1 TokenRequest": "authentication.v1.TokenRequest",
  "authentication.k8s.io/v1 TokenReview": "authentication.v1.TokenReview",
  "authentication.k8s.io/v1alpha1 SelfSubjectReview": "authentication.v1alpha1.SelfSubjectReview",
  "authentication.k8s.io/v1beta1 SelfSubjectReview": "authentication.v1beta1.SelfSubjectReview",
  "authorization.k8s.io/v1 LocalSubjectAccessReview": "authorization.v1.LocalSubjectAccessReview",
  "authorization.k8s.io/v1 SelfSubjectAccessReview": "authorization.v1.SelfSubjectAccessReview",
  "authorization.k8s.io/v1 SelfSubjectRulesReview": "authorization.v1.SelfSubjectRulesReview",
  "authorization.k8s.io/v1 SubjectAccessReview": "authorization.v1.SubjectAccessReview",
  "autoscaling/v1 HorizontalPodAutoscaler": "autoscaling.v1.HorizontalPodAutoscaler",
  "autoscaling/v1 Scale": "autoscaling.v1.Scale",
  "autoscaling/v2 HorizontalPodAutoscaler": "autoscaling.v2.HorizontalPodAutoscaler",
  "batch/v1 CronJob": "batch.v1.CronJob",
  "batch/v1 Job": "batch.v1.Job",
  "certificates.k8s.io/v1 CertificateSigningRequest": "certificates.v1.CertificateSigningRequest",
  "certificates.k8s.io/v1alpha1 ClusterTrustBundle": "certificates.v1alpha1.ClusterTrustBundle",
  "certificates.k8s.io/v1alpha1 PodCertificateRequest": "certificates.v1alpha1.PodCertificateRequest",
  "certificates.k8s.io/v1beta1 ClusterTrustBundle": "certificates.v1beta1.ClusterTrustBundle",
  "certificates.k8s.io/v1beta1 PodCertificateRequest": "certificates.v1beta1.PodCertificateRequest",
  "coordination.k8s.io/v1 Lease": "coordination.v1.Lease",
  "coordination.k8s.io/v1alpha1 LeaseCandidate": "coordination.v1alpha1.LeaseCandidate",
  "coordination.k8s.io/v1alpha2 LeaseCandidate": "coordination.v1alpha2.LeaseCandidate",
  "coordination.k8s.io/v1beta1 LeaseCandidate": "coordination.v1beta1.LeaseCandidate",
  "discovery.k8s.io/v1 EndpointSlice": "discovery.v1.EndpointSlice",
  "events.k8s.io/v1 Event": "events.v1.Event",
  "flowcontrol.apiserver.k8s.io/v1 FlowSchema": "flowcontrol.v1.FlowSchema",
  "flowcontrol.apiserver.k8s.io/v1 PriorityLevelConfiguration": "flowcontrol.v1.PriorityLevelConfiguration",
  "flowcontrol.apiserver.k8s.io/v1beta2 FlowSchema": "flowcontrol.v1beta2.FlowSchema",
  "flowcontrol.apiserver.k8s.io/v1beta2 PriorityLevelConfiguration": "flowcontrol.v1beta2.PriorityLevelConfiguration",
  "flowcontrol.apiserver.k8s.io/v1beta3 FlowSchema": "flowcontrol.v1beta3.FlowSchema",
  "flowcontrol.apiserver.k8s.io/v1beta3 PriorityLevelConfiguration": "flowcontrol.v1beta3.PriorityLevelConfiguration",
  "internal.apiserver.k8s.io/v1alpha1 StorageVersion": "apiserverinternal.v1alpha1.StorageVersion",
  "networking.k8s.io/v1 IPAddress": "networking.v1.IPAddress",
  "networking.k8s.io/v1 Ingress": "networking.v1.Ingress",
  "networking.k8s.io/v1 IngressClass": "networking.v1.IngressClass",
  "networking.k8s.io/v1 NetworkPolicy": "networking.v1.NetworkPolicy",
  "networking.k8s.io/v1 ServiceCIDR": "networking.v1.ServiceCIDR",
  "networking.k8s.io/v1alpha1 ClusterCIDR": "networking.v1alpha1.ClusterCIDR",
  "networking.k8s.io/v1alpha1 IPAddress": "networking.v1alpha1.IPAddress",
  "networking.k8s.io/v1alpha1 ServiceCIDR": "networking.v1alpha1.ServiceCIDR",
  "networking.k8s.io/v1beta1 IPAddress": "networking.v1beta1.IPAddress",
  "networking.k8s.io/v1beta1 ServiceCIDR": "networking.v1beta1.ServiceCIDR",
  "node.k8s.io/v1 RuntimeClass": "node.v1.RuntimeClass",
  "policy/v1 Eviction": "policy.v1.Eviction",
  "policy/v1 PodDisruptionBudget": "policy.v1.PodDisruptionBudget",
  "rbac.authorization.k8s.io/v1 ClusterRole": "rbac.v1.ClusterRole",
  "rbac.authorization.k8s.io/v1 ClusterRoleBinding": "rbac.v1.ClusterRoleBinding",
  "rbac.authorization.k8s.io/v1 Role": "rbac.v1.Role",
  "rbac.authorization.k8s.io/v1 RoleBinding": "rbac.v1.RoleBinding",
  "resource.k8s.io/v1 DeviceClass": "resource.v1.DeviceClass",
  "resource.k8s.io/v1 ResourceClaim": "resource.v1.ResourceClaim",
  "resource.k8s.io/v1 ResourceClaimTemplate": "resource.v1.ResourceClaimTemplate",
  "resource.k8s.io/v1 ResourceSlice": "resource.v1.ResourceSlice",
  "resource.k8s.io/v1alpha2 PodSchedulingContext": "resource.v1alpha2.PodSchedulingContext",
  "resource.k8s.io/v1alpha2 ResourceClaim": "resource.v1alpha2.ResourceClaim",
  "resource.k8s.io/v1alpha2 ResourceClaimParameters": "resource.v1alpha2.ResourceClaimParameters",
  "resource.k8s.io/v1alpha2 ResourceClaimTemplate": "resource.v1alpha2.ResourceClaimTemplate",
  "resource.k8s.io/v1alpha2 ResourceClass": "resource.v1alpha2.ResourceClass",
  "resource.k8s.io/v1alpha2 ResourceClassParameters": "resource.v1alpha2.ResourceClassParameters",
  "resource.k8s.io/v1alpha2 ResourceSlice": "resource.v1alpha2.ResourceSlice",
  "resource.k8s.io/v1alpha3 DeviceClass": "resource.v1alpha3.DeviceClass",
  "resource.k8s.io/v1alpha3 DeviceTaintRule": "resource.v1alpha3.DeviceTaintRule",
  "resource.k8s.io/v1alpha3 PodSchedulingContext": "resource.v1alpha3.PodSchedulingContext",
  "resource.k8s.io/v1alpha3 ResourceClaim": "resource.v1alpha3.ResourceClaim",
  "resource.k8s.io/v1alpha3 ResourceClaimTemplate": "resource.v1alpha3.ResourceClaimTemplate",
  "resource.k8s.io/v1alpha3 ResourcePoolStatusRequest": "resource.v1alpha3.ResourcePoolStatusRequest",
  "resource.k8s.io/v1alpha3 ResourceSlice": "resource.v1alpha3.ResourceSlice",
  "resource.k8s.io/v1beta1 DeviceClass": "resource.v1beta1.DeviceClass",
  "resource.k8s.io/v1beta1 ResourceClaim": "resource.v1beta1.ResourceClaim",
  "resource.k8s.io/v1beta1 ResourceClaimTemplate": "resource.v1beta1.ResourceClaimTemplate",
  "resource.k8s.io/v1beta1 ResourceSlice": "resource.v1beta1.ResourceSlice",
  "resource.k8s.io/v1beta2 DeviceClass": "resource.v1beta2.DeviceClass",
  "resource.k8s.io/v1beta2 DeviceTaintRule": "resource.v1beta2.DeviceTaintRule",
  "resource.k8s.io/v1beta2 ResourceClaim": "resource.v1beta2.ResourceClaim",
  "resource.k8s.io/v1beta2 ResourceClaimTemplate": "resource.v1beta2.ResourceClaimTemplate",
  "resource.k8s.io/v1beta2 ResourceSlice": "resource.v1beta2.ResourceSlice",
  "scheduling.k8s.io/v1 PriorityClass": "scheduling.v1.PriorityClass",
  "scheduling.k8s.io/v1alpha1 Workload": "scheduling.v1alpha1.Workload",
  "scheduling.k8s.io/v1alpha2 PodGroup": "scheduling.v1alpha2.PodGroup",
  "scheduling.k8s.io/v1alpha2 Workload": "scheduling.v1alpha2.Workload",
  "storage.k8s.io/v1 CSIDriver": "storage.v1.CSIDriver",
  "storage.k8s.io/v1 CSINode": "storage.v1.CSINode",
  "storage.k8s.io/v1 CSIStorageCapacity": "storage.v1.CSIStorageCapacity",
  "storage.k8s.io/v1 StorageClass": "storage.v1.StorageClass",
  "storage.k8s.io/v1 VolumeAttachment": "storage.v1.VolumeAttachment",
  "storage.k8s.io/v1 VolumeAttributesClass": "storage.v1.VolumeAttributesClass",
  "storage.k8s.io/v1alpha1 VolumeAttributesClass": "storage.v1alpha1.VolumeAttributesClass",
  "storage.k8s.io/v1beta1 VolumeAttributesClass": "storage.v1beta1.VolumeAttributesClass",
  "storagemigration.k8s.io/v1alpha1 StorageVersionMigration": "storagemigration.v1alpha1.StorageVersionMigration",
  "storagemigration.k8s.io/v1beta1 StorageVersionMigration": "storagemigration.v1beta1.StorageVersionMigration",
  "v1 Binding": "core.v1.Binding",
  "v1 ComponentStatus": "core.v1.ComponentStatus",
  "v1 ConfigMap": "core.v1.ConfigMap",
  "v1 Endpoints": "core.v1.Endpoints",
  "v1 Event": "core.v1.Event",
  "v1 LimitRange": "core.v1.LimitRange",
  "v1 Namespace": "core.v1.Namespace",
  "v1 Node": "core.v1.Node",
  "v1 PersistentVolume": "core.v1.PersistentVolume",
  "v1 PersistentVolumeClaim": "core.v1.PersistentVolumeClaim",
  "v1 Pod": "core.v1.Pod",
  "v1 PodTemplate": "core.v1.PodTemplate",
  "v1 ReplicationController": "core.v1.ReplicationController",
  "v1 ResourceQuota": "core.v1.ResourceQuota",
  "v1 Secret": "core.v1.Secret",
  "v1 Service": "core.v1.Service",
  "v1 ServiceAccount": "core.v1.ServiceAccount"
};
var typeFields = {
  "admissionregistration.v1.MutatingAdmissionPolicy": { "metadata": ["meta.v1.ObjectMeta", "", ""], "spec": ["admissionregistration.v1.MutatingAdmissionPolicySpec", "", ""] },
  "admissionregistration.v1.MutatingAdmissionPolicyBinding": { "metadata": ["meta.v1.ObjectMeta", "", ""] },
  "admissionregistration.v1.MutatingAdmissionPolicyBindingList": { "items": ["admissionregistration.v1.MutatingAdmissionPolicyBinding", "", ""] },
  "admissionregistration.v1.MutatingAdmissionPolicyList": { "items": ["admissionregistration.v1.MutatingAdmissionPolicy", "", ""] },
  "admissionregistration.v1.MutatingAdmissionPolicySpec": { "matchConditions": ["", "name", "merge"] },
  "admissionregistration.v1.MutatingWebhook": { "matchConditions": ["", "name", "merge"] },
  "admissionregistration.v1.MutatingWebhookConfiguration": { "metadata": ["meta.v1.ObjectMeta", "", ""], "webhooks": ["admissionregistration.v1.MutatingWebhook", "name", "merge"] },
  "admissionregistration.v1.MutatingWebhookConfigurationList": { "items": ["admissionregistration.v1.MutatingWebhookConfiguration", "", ""] },
  "admissionregistration.v1.ValidatingAdmissionPolicy": { "metadata": ["meta.v1.ObjectMeta", "", ""], "spec": ["admissionregistration.v1.ValidatingAdmissionPolicySpec", "", ""] },
  "admissionregistration.v1.ValidatingAdmissionPolicyBinding": { "metadata": ["meta.v1.ObjectMeta", "", ""] },
  "admissionregistration.v1.ValidatingAdmissionPolicyBindingList": { "items": ["admissionregistration.v1.ValidatingAdmissionPolicyBinding", "", ""] },
  "admissionregistration.v1.ValidatingAdmissionPolicyList": { "items": ["admissionregistration.v1.ValidatingAdmissionPolicy", "", ""] },
  "admissionregistration.v1.ValidatingAdmissionPolicySpec": { "matchConditions": ["", "name", "merge"], "variables": ["", "name", "merge"] },
  "admissionregistration.v1.ValidatingWebhook": { "matchConditions": ["", "name", "merge"] },
  "admissionregistration.v1.ValidatingWebhookConfiguration": { "metadata": ["meta.v1.ObjectMeta", "", ""], "webhooks": ["admissionregistration.v1.ValidatingWebhook", "name", "merge"] },
  "admissionregistration.v1.ValidatingWebhookConfigurationList": { "items": ["admissionregistration.v1.ValidatingWebhookConfiguration", "", ""] },
  "admissionregistration.v1alpha1.MutatingAdmissionPolicy": { "metadata": ["meta.v1.ObjectMeta", "", ""], "spec": ["admissionregistration.v1alpha1.MutatingAdmissionPolicySpec", "", ""] },
  "admissionregistration.v1alpha1.MutatingAdmissionPolicyBinding": { "metadata": ["meta.v1.ObjectMeta", "", ""] },
  "admissionregistration.v1alpha1.MutatingAdmissionPolicyBindingList": { "items": ["admissionregistration.v1alpha1.MutatingAdmissionPolicyBinding", "", ""] },
  "admissionregistration.v1alpha1.MutatingAdmissionPolicyList": { "items": ["admissionregistration.v1alpha1.MutatingAdmissionPolicy", "", ""] },
  "admissionregistration.v1alpha1.MutatingAdmissionPolicySpec": { "matchConditions": ["", "name", "merge"] },
  "admissionregistration.v1alpha1.ValidatingAdmissionPolicy": { "metadata": ["meta.v1.ObjectMeta", "", ""], "spec": ["admissionregistration.v1alpha1.ValidatingAdmissionPolicySpec", "", ""] },
  "admissionregistration.v1alpha1.ValidatingAdmissionPolicyBinding": { "metadata": ["meta.v1.ObjectMeta", "", ""] },
  "admissionregistration.v1alpha1.ValidatingAdmissionPolicyBindingList": { "items": ["admissionregistration.v1alpha1.ValidatingAdmissionPolicyBinding", "", ""] },
  "admissionregistration.v1alpha1.ValidatingAdmissionPolicyList": { "items": ["admissionregistration.v1alpha1.ValidatingAdmissionPolicy", "", ""] },
  "admissionregistration.v1alpha1.ValidatingAdmissionPolicySpec": { "matchConditions": ["", "name", "merge"], "variables": ["", "name", "merge"] },
  "admissionregistration.v1beta1.MutatingAdmissionPolicy": { "metadata": ["meta.v1.ObjectMeta", "", ""], "spec": ["admissionregistration.v1beta1.MutatingAdmissionPolicySpec", "", ""] },
  "admissionregistration.v1beta1.MutatingAdmissionPolicyBinding": { "metadata": ["meta.v1.ObjectMeta", "", ""] },
  "admissionregistration.v1beta1.MutatingAdmissionPolicyBindingList": { "items": ["admissionregistration.v1beta1.MutatingAdmissionPolicyBinding", "", ""] },
  "admissionregistration.v1beta1.MutatingAdmissionPolicyList": { "items": ["admissionregistration.v1beta1.MutatingAdmissionPolicy", "", ""] },
  "admissionregistration.v1beta1.MutatingAdmissionPolicySpec": { "matchConditions": ["", "name", "merge"] },
  "admissionregistration.v1beta1.ValidatingAdmissionPolicy": { "metadata": ["meta.v1.ObjectMeta", "", ""], "spec": ["admissionregistration.v1beta1.ValidatingAdmissionPolicySpec", "", ""] },
  "admissionregistration.v1beta1.ValidatingAdmissionPolicyBinding": { "metadata": ["meta.v1.ObjectMeta", "", ""] },
  "admissionregistration.v1beta1.ValidatingAdmissionPolicyBindingList": { "items": ["admissionregistration.v1beta1.ValidatingAdmissionPolicyBinding", "", ""] },
  "admissionregistration.v1beta1.ValidatingAdmissionPolicyList": { "items": ["admissionregistration.v1beta1.ValidatingAdmissionPolicy", "", ""] },
  "admissionregistration.v1beta1.ValidatingAdmissionPolicySpec": { "matchConditions": ["", "name", "merge"], "variables": ["", "name", "merge"] },
  "apiextensions.v1.CustomResourceDefinition": { "metadata": ["meta.v1.ObjectMeta", "", ""], "spec": ["apiextensions.v1.CustomResourceDefinitionSpec", "", ""] },
  "apiextensions.v1.CustomResourceDefinitionList": { "items": ["apiextensions.v1.CustomResourceDefinition", "", ""] },
  "apiextensions.v1.CustomResourceDefinitionSpec": { "versions": ["apiextensions.v1.CustomResourceDefinitionVersion", "", ""] },
  "apiextensions.v1.CustomResourceDefinitionVersion": { "schema": ["apiextensions.v1.CustomResourceValidation", "", ""] },
  "apiextensions.v1.CustomResourceValidation": { "openAPIV3Schema": ["apiextensions.v1.JSONSchemaProps", "", ""] },
  "apiextensions.v1.JSONSchemaProps": { "allOf": ["apiextensions.v1.JSONSchemaProps", "", ""], "anyOf": ["apiextensions.v1.JSONSchemaProps", "", ""], "definitions": ["apiextensions.v1.JSONSchemaProps", "", ""], "not": ["apiextensions.v1.JSONSchemaProps", "", ""], "oneOf": ["apiextensions.v1.JSONSchemaProps", "", ""], "patternProperties": ["apiextensions.v1.JSONSchemaProps", "", ""], "properties": ["apiextensions.v1.JSONSchemaProps", "", ""], "x-kubernetes-validations": ["", "rule", "merge"] },
  "apiregistration.v1.APIService": { "metadata": ["meta.v1.ObjectMeta", "", ""], "status": ["apiregistration.v1.APIServiceStatus", "", ""] },
  "apiregistration.v1.APIServiceList": { "items": ["apiregistration.v1.APIService", "", ""] },
  "apiregistration.v1.APIServiceStatus": { "conditions": ["", "type", "merge"] },
  "apiserverinternal.v1alpha1.StorageVersion": { "metadata": ["meta.v1.ObjectMeta", "", ""] },
  "apiserverinternal.v1alpha1.StorageVersionList": { "items": ["apiserverinternal.v1alpha1.StorageVersion", "", ""] },
  "apps.v1.ControllerRevision": { "metadata": ["meta.v1.ObjectMeta", "", ""] },
  "apps.v1.ControllerRevisionList": { "items": ["apps.v1.ControllerRevision", "", ""] },
  "apps.v1.DaemonSet": { "metadata": ["meta.v1.ObjectMeta", "", ""], "spec": ["apps.v1.DaemonSetSpec", "", ""], "status": ["apps.v1.DaemonSetStatus", "", ""] },
  "apps.v1.DaemonSetList": { "items": ["apps.v1.DaemonSet", "", ""] },
  "apps.v1.DaemonSetSpec": { "template": ["core.v1.PodTemplateSpec", "", ""] },
  "apps.v1.DaemonSetStatus": { "conditions": ["", "type", "merge"] },
  "apps.v1.Deployment": { "metadata": ["meta.v1.ObjectMeta", "", ""], "spec": ["apps.v1.DeploymentSpec", "", ""], "status": ["apps.v1.DeploymentStatus", "", ""] },
  "apps.v1.DeploymentList": { "items": ["apps.v1.Deployment", "", ""] },
  "apps.v1.DeploymentSpec": { "strategy": ["", "", "retainKeys"], "template": ["core.v1.PodTemplateSpec", "", ""] },
  "apps.v1.DeploymentStatus": { "conditions": ["", "type", "merge"] },
  "apps.v1.ReplicaSet": { "metadata": ["meta.v1.ObjectMeta", "", ""], "spec": ["apps.v1.ReplicaSetSpec", "", ""], "status": ["apps.v1.ReplicaSetStatus", "", ""] },
  "apps.v1.ReplicaSetList": { "items": ["apps.v1.ReplicaSet", "", ""] },
  "apps.v1.ReplicaSetSpec": { "template": ["core.v1.PodTemplateSpec", "", ""] },
  "apps.v1.ReplicaSetStatus": { "conditions": ["", "type", "merge"] },
  "apps.v1.StatefulSet": { "metadata": ["meta.v1.ObjectMeta", "", ""], "spec": ["apps.v1.StatefulSetSpec", "", ""], "status": ["apps.v1.StatefulSetStatus", "", ""] },
  "apps.v1.StatefulSetList": { "items": ["apps.v1.StatefulSet", "", ""] },
  "apps.v1.StatefulSetSpec": { "template": ["core.v1.PodTemplateSpec", "", ""], "volumeClaimTemplates": ["core.v1.PersistentVolumeClaim", "", ""] },
  "apps.v1.StatefulSetStatus": { "conditions": ["", "type", "merge"] },
  "authentication.v1.SelfSubjectReview": { "metadata": ["meta.v1.ObjectMeta", "", ""] },
  "authentication.v1.TokenRequest": { "metadata": ["meta.v1.ObjectMeta", "", ""] },
  "authentication.v1.TokenReview": { "metadata": ["meta.v1.ObjectMeta", "", ""] },
  "authentication.v1alpha1.SelfSubjectReview": { "metadata": ["meta.v1.ObjectMeta", "", ""] },
  "authentication.v1beta1.SelfSubjectReview": { "metadata": ["meta.v1.ObjectMeta", "", ""] },
  "authorization.v1.LocalSubjectAccessReview": { "metadata": ["meta.v1.ObjectMeta", "", ""] },
  "authorization.v1.SelfSubjectAccessReview": { "metadata": ["meta.v1.ObjectMeta", "", ""] },
  "authorization.v1.SelfSubjectRulesReview": { "metadata": ["meta.v1.ObjectMeta", "", ""] },
  "authorization.v1.SubjectAccessReview": { "metadata": ["meta.v1.ObjectMeta", "", ""] },
  "autoscaling.v1.HorizontalPodAutoscaler": { "metadata": ["meta.v1.ObjectMeta", "", ""] },
  "autoscaling.v1.HorizontalPodAutoscalerList": { "items": ["autoscaling.v1.HorizontalPodAutoscaler", "", ""] },
  "autoscaling.v1.Scale": { "metadata": ["meta.v1.ObjectMeta", "", ""] },
  "autoscaling.v2.HorizontalPodAutoscaler": { "metadata": ["meta.v1.ObjectMeta", "", ""], "status": ["autoscaling.v2.HorizontalPodAutoscalerStatus", "", ""] },
  "autoscaling.v2.HorizontalPodAutoscalerList": { "items": ["autoscaling.v2.HorizontalPodAutoscaler", "", ""] },
  "autoscaling.v2.HorizontalPodAutoscalerStatus": { "conditions": ["", "type", "merge"] },
  "batch.v1.CronJob": { "metadata": ["meta.v1.ObjectMeta", "", ""], "spec": ["batch.v1.CronJobSpec", "", ""] },
  "batch.v1.CronJobList": { "items": ["batch.v1.CronJob", "", ""] },
  "batch.v1.CronJobSpec": { "jobTemplate": ["batch.v1.JobTemplateSpec", "", ""] },
  "batch.v1.Job": { "metadata": ["meta.v1.ObjectMeta", "", ""], "spec": ["batch.v1.JobSpec", "", ""], "status": ["batch.v1.JobStatus", "", ""] },
  "batch.v1.JobList": { "items": ["batch.v1.Job", "", ""] },
  "batch.v1.JobSpec": { "template": ["core.v1.PodTemplateSpec", "", ""] },
  "batch.v1.JobStatus": { "conditions": ["", "type", "merge"] },
  "batch.v1.JobTemplateSpec": { "metadata": ["meta.v1.ObjectMeta", "", ""], "spec": ["batch.v1.JobSpec", "", ""] },
  "certificates.v1.CertificateSigningRequest": { "metadata": ["meta.v1.ObjectMeta", "", ""] },
  "certificates.v1.CertificateSigningRequestList": { "items": ["certificates.v1.CertificateSigningRequest", "", ""] },
  "certificates.v1alpha1.ClusterTrustBundle": { "metadata": ["meta.v1.ObjectMeta", "", ""] },
  "certificates.v1alpha1.ClusterTrustBundleList": { "items": ["certificates.v1alpha1.ClusterTrustBundle", "", ""] },
  "certificates.v1alpha1.PodCertificateRequest": { "metadata": ["meta.v1.ObjectMeta", "", ""], "status": ["certificates.v1alpha1.PodCertificateRequestStatus", "", ""] },
  "certificates.v1alpha1.PodCertificateRequestList": { "items": ["certificates.v1alpha1.PodCertificateRequest", "", ""] },
  "certificates.v1alpha1.PodCertificateRequestStatus": { "conditions": ["", "type", "merge"] },
  "certificates.v1beta1.ClusterTrustBundle": { "metadata": ["meta.v1.ObjectMeta", "", ""] },
  "certificates.v1beta1.ClusterTrustBundleList": { "items": ["certificates.v1beta1.ClusterTrustBundle", "", ""] },
  "certificates.v1beta1.PodCertificateRequest": { "metadata": ["meta.v1.ObjectMeta", "", ""], "status": ["certificates.v1beta1.PodCertificateRequestStatus", "", ""] },
  "certificates.v1beta1.PodCertificateRequestList": { "items": ["certificates.v1beta1.PodCertificateRequest", "", ""] },
  "certificates.v1beta1.PodCertificateRequestStatus": { "conditions": ["", "type", "merge"] },
  "coordination.v1.Lease": { "metadata": ["meta.v1.ObjectMeta", "", ""] },
  "coordination.v1.LeaseList": { "items": ["coordination.v1.Lease", "", ""] },
  "coordination.v1alpha1.LeaseCandidate": { "metadata": ["meta.v1.ObjectMeta", "", ""] },
  "coordination.v1alpha1.LeaseCandidateList": { "items": ["coordination.v1alpha1.LeaseCandidate", "", ""] },
  "coordination.v1alpha2.LeaseCandidate": { "metadata": ["meta.v1.ObjectMeta", "", ""] },
  "coordination.v1alpha2.LeaseCandidateList": { "items": ["coordination.v1alpha2.LeaseCandidate", "", ""] },
  "coordination.v1beta1.LeaseCandidate": { "metadata": ["meta.v1.ObjectMeta", "", ""] },
  "coordination.v1beta1.LeaseCandidateList": { "items": ["coordination.v1beta1.LeaseCandidate", "", ""] },
  "core.v1.Binding": { "metadata": ["meta.v1.ObjectMeta", "", ""] },
  "core.v1.ComponentStatus": { "conditions": ["", "type", "merge"], "metadata": ["meta.v1.ObjectMeta", "", ""] },
  "core.v1.ComponentStatusList": { "items": ["core.v1.ComponentStatus", "", ""] },
  "core.v1.ConfigMap": { "metadata": ["meta.v1.ObjectMeta", "", ""] },
  "core.v1.ConfigMapList": { "items": ["core.v1.ConfigMap", "", ""] },
  "core.v1.Container": { "env": ["", "name", "merge"], "ports": ["", "containerPort", "merge"], "volumeDevices": ["", "devicePath", "merge"], "volumeMounts": ["", "mountPath", "merge"] },
  "core.v1.ContainerStatus": { "allocatedResourcesStatus": ["", "name", "merge"], "volumeMounts": ["", "mountPath", "merge"] },
  "core.v1.Endpoints": { "metadata": ["meta.v1.ObjectMeta", "", ""] },
  "core.v1.EndpointsList": { "items": ["core.v1.Endpoints", "", ""] },
  "core.v1.EphemeralContainer": { "env": ["", "name", "merge"], "ports": ["", "containerPort", "merge"], "volumeDevices": ["", "devicePath", "merge"], "volumeMounts": ["", "mountPath", "merge"] },
  "core.v1.EphemeralVolumeSource": { "volumeClaimTemplate": ["core.v1.PersistentVolumeClaimTemplate", "", ""] },
  "core.v1.Event": { "metadata": ["meta.v1.ObjectMeta", "", ""] },
  "core.v1.EventList": { "items": ["core.v1.Event", "", ""] },
  "core.v1.LimitRange": { "metadata": ["meta.v1.ObjectMeta", "", ""] },
  "core.v1.LimitRangeList": { "items": ["core.v1.LimitRange", "", ""] },
  "core.v1.Namespace": { "metadata": ["meta.v1.ObjectMeta", "", ""], "status": ["core.v1.NamespaceStatus", "", ""] },
  "core.v1.NamespaceList": { "items": ["core.v1.Namespace", "", ""] },
  "core.v1.NamespaceStatus": { "conditions": ["", "type", "merge"] },
  "core.v1.Node": { "metadata": ["meta.v1.ObjectMeta", "", ""], "spec": ["core.v1.NodeSpec", "", ""], "status": ["core.v1.NodeStatus", "", ""] },
  "core.v1.NodeList": { "items": ["core.v1.Node", "", ""] },
  "core.v1.NodeSpec": { "podCIDRs": ["", "", "merge"] },
  "core.v1.NodeStatus": { "addresses": ["", "type", "merge"], "conditions": ["", "type", "merge"] },
  "core.v1.PersistentVolume": { "metadata": ["meta.v1.ObjectMeta", "", ""] },
  "core.v1.PersistentVolumeClaim": { "metadata": ["meta.v1.ObjectMeta", "", ""], "status": ["core.v1.PersistentVolumeClaimStatus", "", ""] },
  "core.v1.PersistentVolumeClaimList": { "items": ["core.v1.PersistentVolumeClaim", "", ""] },
  "core.v1.PersistentVolumeClaimStatus": { "conditions": ["", "type", "merge"] },
  "core.v1.PersistentVolumeClaimTemplate": { "metadata": ["meta.v1.ObjectMeta", "", ""] },
  "core.v1.PersistentVolumeList": { "items": ["core.v1.PersistentVolume", "", ""] },
  "core.v1.Pod": { "metadata": ["meta.v1.ObjectMeta", "", ""], "spec": ["core.v1.PodSpec", "", ""], "status": ["core.v1.PodStatus", "", ""] },
  "core.v1.PodList": { "items": ["core.v1.Pod", "", ""] },
  "core.v1.PodSpec": { "containers": ["core.v1.Container", "name", "merge"], "ephemeralContainers": ["core.v1.EphemeralContainer", "name", "merge"], "hostAliases": ["", "ip", "merge"], "imagePullSecrets": ["", "name", "merge"], "initContainers": ["core.v1.Container", "name", "merge"], "resourceClaims": ["", "name", "merge,retainKeys"], "schedulingGates": ["", "name", "merge"], "topologySpreadConstraints": ["", "topologyKey", "merge"], "volumes": ["core.v1.Volume", "name", "merge,retainKeys"] },
  "core.v1.PodStatus": { "conditions": ["", "type", "merge"], "containerStatuses": ["core.v1.ContainerStatus", "", ""], "ephemeralContainerStatuses": ["core.v1.ContainerStatus", "", ""], "hostIPs": ["", "ip", "merge"], "initContainerStatuses": ["core.v1.ContainerStatus", "", ""], "podIPs": ["", "ip", "merge"], "resourceClaimStatuses": ["", "name", "merge,retainKeys"] },
  "core.v1.PodTemplate": { "metadata": ["meta.v1.ObjectMeta", "", ""], "template": ["core.v1.PodTemplateSpec", "", ""] },
  "core.v1.PodTemplateList": { "items": ["core.v1.PodTemplate", "", ""] },
  "core.v1.PodTemplateSpec": { "metadata": ["meta.v1.ObjectMeta", "", ""], "spec": ["core.v1.PodSpec", "", ""] },
  "core.v1.ReplicationController": { "metadata": ["meta.v1.ObjectMeta", "", ""], "spec": ["core.v1.ReplicationControllerSpec", "", ""], "status": ["core.v1.ReplicationControllerStatus", "", ""] },
  "core.v1.ReplicationControllerList": { "items": ["core.v1.ReplicationController", "", ""] },
  "core.v1.ReplicationControllerSpec": { "template": ["core.v1.PodTemplateSpec", "", ""] },
  "core.v1.ReplicationControllerStatus": { "conditions": ["", "type", "merge"] },
  "core.v1.ResourceQuota": { "metadata": ["meta.v1.ObjectMeta", "", ""] },
  "core.v1.ResourceQuotaList": { "items": ["core.v1.ResourceQuota", "", ""] },
  "core.v1.Secret": { "metadata": ["meta.v1.ObjectMeta", "", ""] },
  "core.v1.SecretList": { "items": ["core.v1.Secret", "", ""] },
  "core.v1.Service": { "metadata": ["meta.v1.ObjectMeta", "", ""], "spec": ["core.v1.ServiceSpec", "", ""], "status": ["core.v1.ServiceStatus", "", ""] },
  "core.v1.ServiceAccount": { "metadata": ["meta.v1.ObjectMeta", "", ""], "secrets": ["", "name", "merge"] },
  "core.v1.ServiceAccountList": { "items": ["core.v1.ServiceAccount", "", ""] },
  "core.v1.ServiceList": { "items": ["core.v1.Service", "", ""] },
  "core.v1.ServiceSpec": { "ports": ["", "port", "merge"] },
  "core.v1.ServiceStatus": { "conditions": ["", "type", "merge"] },
  "core.v1.Volume": { "ephemeral": ["core.v1.EphemeralVolumeSource", "", ""] },
  "discovery.v1.EndpointSlice": { "metadata": ["meta.v1.ObjectMeta", "", ""] },
  "discovery.v1.EndpointSliceList": { "items": ["discovery.v1.EndpointSlice", "", ""] },
  "events.v1.Event": { "metadata": ["meta.v1.ObjectMeta", "", ""] },
  "events.v1.EventList": { "items": ["events.v1.Event", "", ""] },
  "flowcontrol.v1.FlowSchema": { "metadata": ["meta.v1.ObjectMeta", "", ""], "status": ["flowcontrol.v1.FlowSchemaStatus", "", ""] },
  "flowcontrol.v1.FlowSchemaList": { "items": ["flowcontrol.v1.FlowSchema", "", ""] },
  "flowcontrol.v1.FlowSchemaStatus": { "conditions": ["", "type", "merge"] },
  "flowcontrol.v1.PriorityLevelConfiguration": { "metadata": ["meta.v1.ObjectMeta", "", ""], "status": ["flowcontrol.v1.PriorityLevelConfigurationStatus", "", ""] },
  "flowcontrol.v1.PriorityLevelConfigurationList": { "items": ["flowcontrol.v1.PriorityLevelConfiguration", "", ""] },
  "flowcontrol.v1.PriorityLevelConfigurationStatus": { "conditions": ["", "type", "merge"] },
  "flowcontrol.v1beta2.FlowSchema": { "metadata": ["meta.v1.ObjectMeta", "", ""] },
  "flowcontrol.v1beta2.FlowSchemaList": { "items": ["flowcontrol.v1beta2.FlowSchema", "", ""] },
  "flowcontrol.v1beta2.PriorityLevelConfiguration": { "metadata": ["meta.v1.ObjectMeta", "", ""] },
  "flowcontrol.v1beta2.PriorityLevelConfigurationList": { "items": ["flowcontrol.v1beta2.PriorityLevelConfiguration", "", ""] },
  "flowcontrol.v1beta3.FlowSchema": { "metadata": ["meta.v1.ObjectMeta", "", ""], "status": ["flowcontrol.v1beta3.FlowSchemaStatus", "", ""] },
  "flowcontrol.v1beta3.FlowSchemaList": { "items": ["flowcontrol.v1beta3.FlowSchema", "", ""] },
  "flowcontrol.v1beta3.FlowSchemaStatus": { "conditions": ["", "type", "merge"] },
  "flowcontrol.v1beta3.PriorityLevelConfiguration": { "metadata": ["meta.v1.ObjectMeta", "", ""], "status": ["flowcontrol.v1beta3.PriorityLevelConfigurationStatus", "", ""] },
  "flowcontrol.v1beta3.PriorityLevelConfigurationList": { "items": ["flowcontrol.v1beta3.PriorityLevelConfiguration", "", ""] },
  "flowcontrol.v1beta3.PriorityLevelConfigurationStatus": { "conditions": ["", "type", "merge"] },
  "meta.v1.ObjectMeta": { "finalizers": ["", "", "merge"], "ownerReferences": ["", "uid", "merge"] },
  "networking.v1.IPAddress": { "metadata": ["meta.v1.ObjectMeta", "", ""] },
  "networking.v1.IPAddressList": { "items": ["networking.v1.IPAddress", "", ""] },
  "networking.v1.Ingress": { "metadata": ["meta.v1.ObjectMeta", "", ""] },
  "networking.v1.IngressClass": { "metadata": ["meta.v1.ObjectMeta", "", ""] },
  "networking.v1.IngressClassList": { "items": ["networking.v1.IngressClass", "", ""] },
  "networking.v1.IngressList": { "items": ["networking.v1.Ingress", "", ""] },
  "networking.v1.NetworkPolicy": { "metadata": ["meta.v1.ObjectMeta", "", ""] },
  "networking.v1.NetworkPolicyList": { "items": ["networking.v1.NetworkPolicy", "", ""] },
  "networking.v1.ServiceCIDR": { "metadata": ["meta.v1.ObjectMeta", "", ""], "status": ["networking.v1.ServiceCIDRStatus", "", ""] },
  "networking.v1.ServiceCIDRList": { "items": ["networking.v1.ServiceCIDR", "", ""] },
  "networking.v1.ServiceCIDRStatus": { "conditions": ["", "type", "merge"] },
  "networking.v1alpha1.ClusterCIDR": { "metadata": ["meta.v1.ObjectMeta", "", ""] },
  "networking.v1alpha1.ClusterCIDRList": { "items": ["networking.v1alpha1.ClusterCIDR", "", ""] },
  "networking.v1alpha1.IPAddress": { "metadata": ["meta.v1.ObjectMeta", "", ""] },
  "networking.v1alpha1.IPAddressList": { "items": ["networking.v1alpha1.IPAddress", "", ""] },
  "networking.v1alpha1.ServiceCIDR": { "metadata": ["meta.v1.ObjectMeta", "", ""], "status": ["networking.v1alpha1.ServiceCIDRStatus", "", ""] },
  "networking.v1alpha1.ServiceCIDRList": { "items": ["networking.v1alpha1.ServiceCIDR", "", ""] },
  "networking.v1alpha1.ServiceCIDRStatus": { "conditions": ["", "type", "merge"] },
  "networking.v1beta1.IPAddress": { "metadata": ["meta.v1.ObjectMeta", "", ""] },
  "networking.v1beta1.IPAddressList": { "items": ["networking.v1beta1.IPAddress", "", ""] },
  "networking.v1beta1.ServiceCIDR": { "metadata": ["meta.v1.ObjectMeta", "", ""], "status": ["networking.v1beta1.ServiceCIDRStatus", "", ""] },
  "networking.v1beta1.ServiceCIDRList": { "items": ["networking.v1beta1.ServiceCIDR", "", ""] },
  "networking.v1beta1.ServiceCIDRStatus": { "conditions": ["", "type", "merge"] },
  "node.v1.RuntimeClass": { "metadata": ["meta.v1.ObjectMeta", "", ""] },
  "node.v1.RuntimeClassList": { "items": ["node.v1.RuntimeClass", "", ""] },
  "policy.v1.Eviction": { "metadata": ["meta.v1.ObjectMeta", "", ""] },
  "policy.v1.PodDisruptionBudget": { "metadata": ["meta.v1.ObjectMeta", "", ""], "spec": ["policy.v1.PodDisruptionBudgetSpec", "", ""], "status": ["policy.v1.PodDisruptionBudgetStatus", "", ""] },
  "policy.v1.PodDisruptionBudgetList": { "items": ["policy.v1.PodDisruptionBudget", "", ""] },
  "policy.v1.PodDisruptionBudgetSpec": { "selector": ["", "", "replace"] },
  "policy.v1.PodDisruptionBudgetStatus": { "conditions": ["", "type", "merge"] },
  "rbac.v1.ClusterRole": { "metadata": ["meta.v1.ObjectMeta", "", ""] },
  "rbac.v1.ClusterRoleBinding": { "metadata": ["meta.v1.ObjectMeta", "", ""] },
  "rbac.v1.ClusterRoleBindingList": { "items": ["rbac.v1.ClusterRoleBinding", "", ""] },
  "rbac.v1.ClusterRoleList": { "items": ["rbac.v1.ClusterRole", "", ""] },
  "rbac.v1.Role": { "metadata": ["meta.v1.ObjectMeta", "", ""] },
  "rbac.v1.RoleBinding": { "metadata": ["meta.v1.ObjectMeta", "", ""] },
  "rbac.v1.RoleBindingList": { "items": ["rbac.v1.RoleBinding", "", ""] },
  "rbac.v1.RoleList": { "items": ["rbac.v1.Role", "", ""] },
  "resource.v1.DeviceClass": { "metadata": ["meta.v1.ObjectMeta", "", ""] },
  "resource.v1.DeviceClassList": { "items": ["resource.v1.DeviceClass", "", ""] },
  "resource.v1.ResourceClaim": { "metadata": ["meta.v1.ObjectMeta", "", ""], "status": ["resource.v1.ResourceClaimStatus", "", ""] },
  "resource.v1.ResourceClaimList": { "items": ["resource.v1.ResourceClaim", "", ""] },
  "resource.v1.ResourceClaimStatus": { "reservedFor": ["", "uid", "merge"] },
  "resource.v1.ResourceClaimTemplate": { "metadata": ["meta.v1.ObjectMeta", "", ""], "spec": ["resource.v1.ResourceClaimTemplateSpec", "", ""] },
  "resource.v1.ResourceClaimTemplateList": { "items": ["resource.v1.ResourceClaimTemplate", "", ""] },
  "resource.v1.ResourceClaimTemplateSpec": { "metadata": ["meta.v1.ObjectMeta", "", ""] },
  "resource.v1.ResourceSlice": { "metadata": ["meta.v1.ObjectMeta", "", ""] },
  "resource.v1.ResourceSliceList": { "items": ["resource.v1.ResourceSlice", "", ""] },
  "resource.v1alpha2.PodSchedulingContext": { "metadata": ["meta.v1.ObjectMeta", "", ""] },
  "resource.v1alpha2.PodSchedulingContextList": { "items": ["resource.v1alpha2.PodSchedulingContext", "", ""] },
  "resource.v1alpha2.ResourceClaim": { "metadata": ["meta.v1.ObjectMeta", "", ""], "status": ["resource.v1alpha2.ResourceClaimStatus", "", ""] },
  "resource.v1alpha2.ResourceClaimList": { "items": ["resource.v1alpha2.ResourceClaim", "", ""] },
  "resource.v1alpha2.ResourceClaimParameters": { "metadata": ["meta.v1.ObjectMeta", "", ""] },
  "resource.v1alpha2.ResourceClaimParametersList": { "items": ["resource.v1alpha2.ResourceClaimParameters", "", ""] },
  "resource.v1alpha2.ResourceClaimStatus": { "reservedFor": ["", "uid", "merge"] },
  "resource.v1alpha2.ResourceClaimTemplate": { "metadata": ["meta.v1.ObjectMeta", "", ""], "spec": ["resource.v1alpha2.ResourceClaimTemplateSpec", "", ""] },
  "resource.v1alpha2.ResourceClaimTemplateList": { "items": ["resource.v1alpha2.ResourceClaimTemplate", "", ""] },
  "resource.v1alpha2.ResourceClaimTemplateSpec": { "metadata": ["meta.v1.ObjectMeta", "", ""] },
  "resource.v1alpha2.ResourceClass": { "metadata": ["meta.v1.ObjectMeta", "", ""] },
  "resource.v1alpha2.ResourceClassList": { "items": ["resource.v1alpha2.ResourceClass", "", ""] },
  "resource.v1alpha2.ResourceClassParameters": { "metadata": ["meta.v1.ObjectMeta", "", ""] },
  "resource.v1alpha2.ResourceClassParametersList": { "items": ["resource.v1alpha2.ResourceClassParameters", "", ""] },
  "resource.v1alpha2.ResourceSlice": { "metadata": ["meta.v1.ObjectMeta", "", ""] },
  "resource.v1alpha2.ResourceSliceList": { "items": ["resource.v1alpha2.ResourceSlice", "", ""] },
  "resource.v1alpha3.DeviceClass": { "metadata": ["meta.v1.ObjectMeta", "", ""] },
  "resource.v1alpha3.DeviceClassList": { "items": ["resource.v1alpha3.DeviceClass", "", ""] },
  "resource.v1alpha3.DeviceTaintRule": { "metadata": ["meta.v1.ObjectMeta", "", ""], "status": ["resource.v1alpha3.DeviceTaintRuleStatus", "", ""] },
  "resource.v1alpha3.DeviceTaintRuleList": { "items": ["resource.v1alpha3.DeviceTaintRule", "", ""] },
  "resource.v1alpha3.DeviceTaintRuleStatus": { "conditions": ["", "type", "merge"] },
  "resource.v1alpha3.PodSchedulingContext": { "metadata": ["meta.v1.ObjectMeta", "", ""] },
  "resource.v1alpha3.PodSchedulingContextList": { "items": ["resource.v1alpha3.PodSchedulingContext", "", ""] },
  "resource.v1alpha3.ResourceClaim": { "metadata": ["meta.v1.ObjectMeta", "", ""], "status": ["resource.v1alpha3.ResourceClaimStatus", "", ""] },
  "resource.v1alpha3.ResourceClaimList": { "items": ["resource.v1alpha3.ResourceClaim", "", ""] },
  "resource.v1alpha3.ResourceClaimStatus": { "reservedFor": ["", "uid", "merge"] },
  "resource.v1alpha3.ResourceClaimTemplate": { "metadata": ["meta.v1.ObjectMeta", "", ""], "spec": ["resource.v1alpha3.ResourceClaimTemplateSpec", "", ""] },
  "resource.v1alpha3.ResourceClaimTemplateList": { "items": ["resource.v1alpha3.ResourceClaimTemplate", "", ""] },
  "resource.v1alpha3.ResourceClaimTemplateSpec": { "metadata": ["meta.v1.ObjectMeta", "", ""] },
  "resource.v1alpha3.ResourcePoolStatusRequest": { "metadata": ["meta.v1.ObjectMeta", "", ""], "status": ["resource.v1alpha3.ResourcePoolStatusRequestStatus", "", ""] },
  "resource.v1alpha3.ResourcePoolStatusRequestList": { "items": ["resource.v1alpha3.ResourcePoolStatusRequest", "", ""] },
  "resource.v1alpha3.ResourcePoolStatusRequestStatus": { "conditions": ["", "type", "merge"] },
  "resource.v1alpha3.ResourceSlice": { "metadata": ["meta.v1.ObjectMeta", "", ""] },
  "resource.v1alpha3.ResourceSliceList": { "items": ["resource.v1alpha3.ResourceSlice", "", ""] },
  "resource.v1beta1.DeviceClass": { "metadata": ["meta.v1.ObjectMeta", "", ""] },
  "resource.v1beta1.DeviceClassList": { "items": ["resource.v1beta1.DeviceClass", "", ""] },
  "resource.v1beta1.ResourceClaim": { "metadata": ["meta.v1.ObjectMeta", "", ""], "status": ["resource.v1beta1.ResourceClaimStatus", "", ""] },
  "resource.v1beta1.ResourceClaimList": { "items": ["resource.v1beta1.ResourceClaim", "", ""] },
  "resource.v1beta1.ResourceClaimStatus": { "reservedFor": ["", "uid", "merge"] },
  "resource.v1beta1.ResourceClaimTemplate": { "metadata": ["meta.v1.ObjectMeta", "", ""], "spec": ["resource.v1beta1.ResourceClaimTemplateSpec", "", ""] },
  "resource.v1beta1.ResourceClaimTemplateList": { "items": ["resource.v1beta1.ResourceClaimTemplate", "", ""] },
  "resource.v1beta1.ResourceClaimTemplateSpec": { "metadata": ["meta.v1.ObjectMeta", "", ""] },
  "resource.v1beta1.ResourceSlice": { "metadata": ["meta.v1.ObjectMeta", "", ""] },
  "resource.v1beta1.ResourceSliceList": { "items": ["resource.v1beta1.ResourceSlice", "", ""] },
  "resource.v1beta2.DeviceClass": { "metadata": ["meta.v1.ObjectMeta", "", ""] },
  "resource.v1beta2.DeviceClassList": { "items": ["resource.v1beta2.DeviceClass", "", ""] },
  "resource.v1beta2.DeviceTaintRule": { "metadata": ["meta.v1.ObjectMeta", "", ""], "status": ["resource.v1beta2.DeviceTaintRuleStatus", "", ""] },
  "resource.v1beta2.DeviceTaintRuleList": { "items": ["resource.v1beta2.DeviceTaintRule", "", ""] },
  "resource.v1beta2.DeviceTaintRuleStatus": { "conditions": ["", "type", "merge"] },
  "resource.v1beta2.ResourceClaim": { "metadata": ["meta.v1.ObjectMeta", "", ""], "status": ["resource.v1beta2.ResourceClaimStatus", "", ""] },
  "resource.v1beta2.ResourceClaimList": { "items": ["resource.v1beta2.ResourceClaim", "", ""] },
  "resource.v1beta2.ResourceClaimStatus": { "reservedFor": ["", "uid", "merge"] },
  "resource.v1beta2.ResourceClaimTemplate": { "metadata": ["meta.v1.ObjectMeta", "", ""], "spec": ["resource.v1beta2.ResourceClaimTemplateSpec", "", ""] },
  "resource.v1beta2.ResourceClaimTemplateList": { "items": ["resource.v1beta2.ResourceClaimTemplate", "", ""] },
  "resource.v1beta2.ResourceClaimTemplateSpec": { "metadata": ["meta.v1.ObjectMeta", "", ""] },
  "resource.v1beta2.ResourceSlice": { "metadata": ["meta.v1.ObjectMeta", "", ""] },
  "resource.v1beta2.ResourceSliceList": { "items": ["resource.v1beta2.ResourceSlice", "", ""] },
  "scheduling.v1.PriorityClass": { "metadata": ["meta.v1.ObjectMeta", "", ""] },
  "scheduling.v1.PriorityClassList": { "items": ["scheduling.v1.PriorityClass", "", ""] },
  "scheduling.v1alpha1.Workload": { "metadata": ["meta.v1.ObjectMeta", "", ""] },
  "scheduling.v1alpha1.WorkloadList": { "items": ["scheduling.v1alpha1.Workload", "", ""] },
  "scheduling.v1alpha2.PodGroup": { "metadata": ["meta.v1.ObjectMeta", "", ""], "spec": ["scheduling.v1alpha2.PodGroupSpec", "", ""], "status": ["scheduling.v1alpha2.PodGroupStatus", "", ""] },
  "scheduling.v1alpha2.PodGroupList": { "items": ["scheduling.v1alpha2.PodGroup", "", ""] },
  "scheduling.v1alpha2.PodGroupSpec": { "resourceClaims": ["", "name", "merge,retainKeys"] },
  "scheduling.v1alpha2.PodGroupStatus": { "conditions": ["", "type", "merge"], "resourceClaimStatuses": ["", "name", "merge,retainKeys"] },
  "scheduling.v1alpha2.PodGroupTemplate": { "resourceClaims": ["", "name", "merge,retainKeys"] },
  "scheduling.v1alpha2.Workload": { "metadata": ["meta.v1.ObjectMeta", "", ""], "spec": ["scheduling.v1alpha2.WorkloadSpec", "", ""] },
  "scheduling.v1alpha2.WorkloadList": { "items": ["scheduling.v1alpha2.Workload", "", ""] },
  "scheduling.v1alpha2.WorkloadSpec": { "podGroupTemplates": ["scheduling.v1alpha2.PodGroupTemplate", "", ""] },
  "storage.v1.CSIDriver": { "metadata": ["meta.v1.ObjectMeta", "", ""] },
  "storage.v1.CSIDriverList": { "items": ["storage.v1.CSIDriver", "", ""] },
  "storage.v1.CSINode": { "metadata": ["meta.v1.ObjectMeta", "", ""], "spec": ["storage.v1.CSINodeSpec", "", ""] },
  "storage.v1.CSINodeList": { "items": ["storage.v1.CSINode", "", ""] },
  "storage.v1.CSINodeSpec": { "drivers": ["", "name", "merge"] },
  "storage.v1.CSIStorageCapacity": { "metadata": ["meta.v1.ObjectMeta", "", ""] },
  "storage.v1.CSIStorageCapacityList": { "items": ["storage.v1.CSIStorageCapacity", "", ""] },
  "storage.v1.StorageClass": { "metadata": ["meta.v1.ObjectMeta", "", ""] },
  "storage.v1.StorageClassList": { "items": ["storage.v1.StorageClass", "", ""] },
  "storage.v1.VolumeAttachment": { "metadata": ["meta.v1.ObjectMeta", "", ""] },
  "storage.v1.VolumeAttachmentList": { "items": ["storage.v1.VolumeAttachment", "", ""] },
  "storage.v1.VolumeAttributesClass": { "metadata": ["meta.v1.ObjectMeta", "", ""] },
  "storage.v1.VolumeAttributesClassList": { "items": ["storage.v1.VolumeAttributesClass", "", ""] },
  "storage.v1alpha1.VolumeAttributesClass": { "metadata": ["meta.v1.ObjectMeta", "", ""] },
  "storage.v1alpha1.VolumeAttributesClassList": { "items": ["storage.v1alpha1.VolumeAttributesClass", "", ""] },
  "storage.v1beta1.VolumeAttributesClass": { "metadata": ["meta.v1.ObjectMeta", "", ""] },
  "storage.v1beta1.VolumeAttributesClassList": { "items": ["storage.v1beta1.VolumeAttributesClass", "", ""] },
  "storagemigration.v1alpha1.StorageVersionMigration": { "metadata": ["meta.v1.ObjectMeta", "", ""], "status": ["storagemigration.v1alpha1.StorageVersionMigrationStatus", "", ""] },
  "storagemigration.v1alpha1.StorageVersionMigrationList": { "items": ["storagemigration.v1alpha1.StorageVersionMigration", "type", "merge"] },
  "storagemigration.v1alpha1.StorageVersionMigrationStatus": { "conditions": ["", "type", "merge"] },
  "storagemigration.v1beta1.StorageVersionMigration": { "metadata": ["meta.v1.ObjectMeta", "", ""], "status": ["storagemigration.v1beta1.StorageVersionMigrationStatus", "", ""] },
  "storagemigration.v1beta1.StorageVersionMigrationList": { "items": ["storagemigration.v1beta1.StorageVersionMigration", "", ""] },
  "storagemigration.v1beta1.StorageVersionMigrationStatus": { "conditions": ["", "type", "merge"] }
};

// src/resources/patch-strategies/patch-strategies.ts
var none = { strategies: [] };
function patchTypeOf(apiVersion, kind) {
  return kindTypes[`${apiVersion} ${kind}`];
}
function fieldStrategyOf(type, field) {
  const fact = type === void 0 ? void 0 : typeFields[type]?.[field];
  if (!fact) return none;
  const [below, mergeKey, strategy] = fact;
  return { type: below === "" ? void 0 : below, mergeKey: mergeKey === "" ? void 0 : mergeKey, strategies: strategy === "" ? [] : strategy.split(",") };
}

// src/load/kustomize/strategic-merge.ts
var directive = "$patch";
function strategicMerge(base, patch, schema) {
  if (patch.kind === "map" && base.kind === "map") return mergeMaps(base, patch, schema);
  if (patch.kind === "map") {
    const asked = directiveOf(patch);
    return asked === "delete" ? void 0 : withoutDirectives(patch);
  }
  return withoutDirectives(patch);
}
function mergeMaps(base, patch, schema) {
  const asked = directiveOf(patch);
  if (asked === "delete") return void 0;
  if (asked === "replace") return withoutDirectives(patch);
  const out = { kind: "map", entries: new Map(base.entries), origin: base.origin };
  for (const [key, value] of patch.entries) {
    if (key === directive) continue;
    if (value.kind === "scalar" && value.value === null) {
      out.entries.delete(key);
      continue;
    }
    const field = fieldStrategyOf(schema.type, key);
    const below = { type: field.type };
    const current = out.entries.get(key);
    if (current === void 0 || current.kind === "scalar" && current.value === null) {
      if (value.kind === "map" && directiveOf(value) === "delete") continue;
      out.entries.set(key, withoutDirectives(value));
      continue;
    }
    let merged;
    if (current.kind === "map" && value.kind === "map") merged = mergeMaps(current, value, below);
    else if (current.kind === "list" && value.kind === "list") merged = mergeLists(current, value, mergeKeyFor(field.mergeKey, field.strategies), below);
    else merged = withoutDirectives(value);
    if (merged === void 0) out.entries.delete(key);
    else out.entries.set(key, merged);
  }
  return out;
}
function mergeKeyFor(mergeKey, strategies) {
  return strategies.includes("merge") ? mergeKey ?? null : void 0;
}
function mergeLists(current, value, mergeKey, elementSchema) {
  if (mergeKey === void 0) return value;
  const replacing = value.items.some((item) => item.kind === "map" && directiveOf(item) === "replace" && item.entries.size === 1);
  if (replacing) {
    return { kind: "list", items: value.items.filter((item) => !(item.kind === "map" && item.entries.size === 1 && directiveOf(item) !== void 0)).map(withoutDirectives), origin: value.origin };
  }
  if (mergeKey === null) return mergePrimitiveLists(current, value);
  const keyOf = (item) => item.kind === "map" ? scalarKey(item.entries.get(mergeKey)) : void 0;
  const byKey = /* @__PURE__ */ new Map();
  current.items.forEach((candidate, i) => {
    const key = keyOf(candidate);
    if (key !== void 0) (byKey.get(key) ?? byKey.set(key, []).get(key)).push(i);
  });
  const used = /* @__PURE__ */ new Set();
  const items = [];
  for (const item of value.items) {
    const key = keyOf(item);
    const index = key === void 0 ? -1 : byKey.get(key)?.shift() ?? -1;
    if (index === -1) {
      if (item.kind === "map" && directiveOf(item) !== void 0) continue;
      items.push(withoutDirectives(item));
      continue;
    }
    used.add(index);
    const existing = current.items[index];
    if (item.kind === "map" && directiveOf(item) === "replace") {
      items.push(existing);
      continue;
    }
    const merged = existing.kind === "map" && item.kind === "map" ? mergeMaps(existing, item, elementSchema) : withoutDirectives(item);
    if (merged !== void 0) items.push(merged);
  }
  current.items.forEach((item, i) => {
    if (!used.has(i)) items.push(item);
  });
  return { kind: "list", items, origin: current.origin };
}
function mergePrimitiveLists(current, value) {
  const seen = /* @__PURE__ */ new Set();
  const items = [];
  for (const item of [...value.items, ...current.items]) {
    const key = item.kind === "scalar" ? JSON.stringify(item.value) : void 0;
    if (key !== void 0 && seen.has(key)) continue;
    if (key !== void 0) seen.add(key);
    items.push(item);
  }
  return { kind: "list", items, origin: current.origin };
}
function scalarKey(node) {
  return node?.kind === "scalar" && node.value !== null ? String(node.value) : void 0;
}
function directiveOf(node) {
  const value = node.entries.get(directive);
  return value?.kind === "scalar" && typeof value.value === "string" ? value.value : void 0;
}
function withoutDirectives(node) {
  if (node.kind === "list") {
    return { kind: "list", items: node.items.filter((item) => !(item.kind === "map" && directiveOf(item) === "delete")).map(withoutDirectives), origin: node.origin };
  }
  if (node.kind !== "map") return node;
  const entries = /* @__PURE__ */ new Map();
  for (const [key, value] of node.entries) {
    if (key === directive) continue;
    if (value.kind === "map" && directiveOf(value) === "delete") continue;
    entries.set(key, withoutDirectives(value));
  }
  return { kind: "map", entries, origin: node.origin };
}

// src/load/kustomize/generated-objects.ts
function applyGenerated(context, kustomization, objects, generated) {
  const out = [...objects];
  for (const item of generated) {
    const tree = track(item.object, item);
    const object = { tree, source: { file: context.name(kustomization.file), documentIndex: 0 }, previousNames: [], hashSuffix: item.hashSuffix };
    if (item.behavior === "create") {
      out.push(object);
      continue;
    }
    const id = idOf(object);
    const index = out.findIndex((candidate) => {
      const other = idOf(candidate);
      return other.kind === id.kind && other.name === id.name && (id.namespace === void 0 || other.namespace === id.namespace);
    });
    if (index === -1) {
      context.report(kustomizeDiagnostic("missing-resource", "error", `behavior ${item.behavior} needs a ${id.kind} named ${quoteName(id.name)} from the resources, and there is none`, item.rangeOf([])));
      continue;
    }
    const existing = out[index];
    const tree2 = item.behavior === "replace" ? tree : strategicMerge(existing.tree, tree, {});
    out[index] = { ...existing, tree: tree2, hashSuffix: existing.hashSuffix || item.hashSuffix };
  }
  return out;
}

// src/load/kustomize/kustomization-fields.ts
var built = /* @__PURE__ */ new Set([
  "apiVersion",
  "kind",
  "metadata",
  "resources",
  "bases",
  "components",
  "namespace",
  "namePrefix",
  "nameSuffix",
  "commonLabels",
  "labels",
  "commonAnnotations",
  "images",
  "replicas",
  "patches",
  "patchesStrategicMerge",
  "patchesJson6902",
  "configMapGenerator",
  "secretGenerator",
  "generatorOptions",
  "sortOptions"
]);
var notBuilt = /* @__PURE__ */ new Set([
  "vars",
  "replacements",
  "helmCharts",
  "helmGlobals",
  "helmChartInflationGenerator",
  "openapi",
  "crds",
  "transformers",
  "generators",
  "validators",
  "configurations",
  "buildMetadata",
  "inventory",
  "imageTags"
]);
function checkFields(context, kustomization) {
  for (const field of Object.keys(kustomization.value)) {
    if (built.has(field)) continue;
    const at = kustomization.at([field], "key");
    if (notBuilt.has(field)) {
      context.report(kustomizeDiagnostic("unsupported-field", "warning", `not built: drydock does not apply ${field} yet, so the built objects lack what it would change`, at));
    } else {
      context.invalid(at, "kustomize refuses a kustomization with this unknown field");
    }
  }
}

// src/load/kustomize/patches.ts
import path3 from "node:path";

// src/load/kustomize/build-context.ts
import path2 from "node:path";
var defaultLimits = { maxDepth: 32, maxObjects: 2e4 };
var BuildContext = class {
  constructor(reader, limits, loadRestrictor = "LoadRestrictionsRootOnly") {
    this.reader = reader;
    this.limits = limits;
    this.loadRestrictor = loadRestrictor;
  }
  reader;
  limits;
  loadRestrictor;
  diagnostics = [];
  /** Every file the build read (absolute paths). */
  files = /* @__PURE__ */ new Set();
  /** The folders of every kustomization and component it built (absolute). */
  folders = /* @__PURE__ */ new Set();
  /** The `kind` of each folder's kustomization file (`Kustomization` when unset). */
  kinds = /* @__PURE__ */ new Map();
  objectCount = 0;
  reported = /* @__PURE__ */ new Set();
  name(file) {
    return this.reader.displayName(file);
  }
  /** Reports a finding once (a base built twice, through two components, reports its problems once). */
  report(diagnostic) {
    const key = findingKey(diagnostic);
    if (this.reported.has(key)) return;
    this.reported.add(key);
    this.diagnostics.push(diagnostic);
  }
  /** Reports what kustomize would refuse in a kustomization (or a patch) as `kustomize/invalid-kustomization` at `at`. */
  invalid(at, message) {
    this.report(kustomizeDiagnostic("invalid-kustomization", "error", message, at));
  }
  /**
   * kustomize's default load restrictor: a file a kustomization reads (a resource, patch or
   * generator file) lies in or below the kustomization's folder, links resolved; folders (bases,
   * components) may lie anywhere. A file outside is reported at `at`, and still read, so the rest
   * of the build is checked as written.
   */
  checkLoadRestriction(kustomizationDir, file, at) {
    if (this.loadRestrictor === "LoadRestrictionsNone") return;
    const real = (where) => this.reader.realPath(where) ?? path2.resolve(where);
    if (isInside(real(kustomizationDir), path2.dirname(real(file)))) return;
    const message = "kustomize refuses to read a file outside the kustomization's folder (its default load restrictor, LoadRestrictionsRootOnly); if you build with --load-restrictor LoadRestrictionsNone, as Flux does, set kustomizeLoadRestrictor: LoadRestrictionsNone in .drydock.yaml";
    this.report(kustomizeDiagnostic("load-restricted", "error", message, at));
  }
  /**
   * What `file` is, as input may learn it: a path input may not read counts as a file, so that
   * whether a link's target exists is never told.
   */
  kindSeenByInput(file) {
    return this.reader.refusal(file) !== void 0 ? "file" : this.reader.kindOf(file);
  }
  /** Whether input may lead to `file`; reports `input/outside-root` at `at` when it may not. */
  mayRead(file, at) {
    const why2 = this.reader.refusal(file);
    if (why2 === void 0) return true;
    this.report({ ruleId: "input/outside-root", messageId: "outside-root", severity: "warning", message: refusalMessages[why2], range: at });
    return false;
  }
};
var refusalMessages = {
  outside: "not read: this kustomization entry leads outside the run's root (see --root); drydock reads nothing there",
  "git-dir": "not read: this kustomization entry leads into a .git folder; drydock reads nothing there",
  link: "not read: this kustomization entry is, or leads through, a link or a submodule of the git ref; drydock follows neither there"
};
function listField(context, kustomization, field) {
  const found = kustomization.value[field];
  if (found === void 0 || found === null) return [];
  if (Array.isArray(found)) return found;
  context.invalid(kustomization.at([field]), `${field} must be a list`);
  return [];
}

// src/load/kustomize/json-patch.ts
var JsonPatchError = class extends Error {
  /** The index of the operation that failed. */
  operation = 0;
};
function applyJsonPatch(target, operations) {
  let root = cloneTracked(target);
  for (const [index, operation] of operations.entries()) {
    try {
      root = applyOne(root, operation);
    } catch (error) {
      if (error instanceof JsonPatchError) error.operation = index;
      throw error;
    }
  }
  return root;
}
function applyOne(root, operation) {
  const path5 = parsePointer(operation.path);
  switch (operation.op) {
    case "add":
      return add(root, path5, required(operation));
    case "remove":
      remove(root, path5);
      return root;
    case "replace":
      if (path5.length === 0) return required(operation);
      if (!isMissingMapKey(root, path5)) remove(root, path5);
      return add(root, path5, required(operation));
    case "move": {
      const from = parsePointer(fromOf(operation));
      const moved = get(root, from);
      remove(root, from);
      return add(root, path5, moved);
    }
    case "copy":
      return add(root, path5, cloneTracked(get(root, parsePointer(fromOf(operation)))));
    case "test":
      if (JSON.stringify(untrack(get(root, path5))) !== JSON.stringify(untrack(required(operation)))) throw new JsonPatchError(`test failed at ${quoteName(operation.path)}`);
      return root;
    default:
      throw new JsonPatchError(`unknown operation ${quoteName(operation.op)}`);
  }
}
function required(operation) {
  if (operation.value === void 0) throw new JsonPatchError(`${quoteName(operation.op)} needs a value`);
  return cloneTracked(operation.value);
}
function fromOf(operation) {
  if (operation.from === void 0) throw new JsonPatchError(`${quoteName(operation.op)} needs "from"`);
  return operation.from;
}
function parsePointer(pointer) {
  if (pointer === "") return [];
  if (!pointer.startsWith("/")) throw new JsonPatchError(`the path ${quoteName(pointer)} does not start with /`);
  return pointer.slice(1).split("/").map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function get(root, path5) {
  let node = root;
  for (const part of path5) {
    const next = step(node, part);
    if (next === void 0) throw new JsonPatchError(`no value at ${quoteName(`/${path5.join("/")}`)}`);
    node = next;
  }
  return node;
}
function step(node, part) {
  if (node.kind === "map") return node.entries.get(part);
  if (node.kind === "list") return /^(0|[1-9]\d*)$/.test(part) ? node.items[Number(part)] : void 0;
  return void 0;
}
function add(root, path5, value) {
  const last = path5.at(-1);
  if (last === void 0) return value;
  const parent = get(root, path5.slice(0, -1));
  if (parent.kind === "map") parent.entries.set(last, value);
  else if (parent.kind === "list") {
    const index = last === "-" ? parent.items.length : listIndex(last, parent.items.length);
    parent.items.splice(index, 0, value);
  } else throw new JsonPatchError(`no object or list at ${quoteName(`/${path5.slice(0, -1).join("/")}`)}`);
  return root;
}
function remove(root, path5) {
  const last = path5.at(-1);
  if (last === void 0) throw new JsonPatchError("cannot remove the whole object");
  const parent = get(root, path5.slice(0, -1));
  if (parent.kind === "map" && parent.entries.has(last)) parent.entries.delete(last);
  else if (parent.kind === "list") parent.items.splice(listIndex(last, parent.items.length - 1), 1);
  else throw new JsonPatchError(`no value at ${quoteName(`/${path5.join("/")}`)}`);
}
function isMissingMapKey(root, path5) {
  const parent = get(root, path5.slice(0, -1));
  const last = path5.at(-1);
  return parent.kind === "map" && (last === void 0 || !parent.entries.has(last));
}
function listIndex(part, max) {
  if (!/^(0|[1-9]\d*)$/.test(part) || Number(part) > max) throw new JsonPatchError(`no list index ${quoteName(part)}`);
  return Number(part);
}

// src/load/kustomize/inline-text.ts
function inlineLineMap(lines, value, patch) {
  const first = lines[value.start.line - 1] ?? "";
  const indicator = first.slice(value.start.column - 1).trimStart();
  const count = patch.split("\n").length;
  if (indicator.startsWith("|")) {
    let contentLine = "";
    for (let index = value.start.line; index < lines.length && contentLine === ""; index++) if (lines[index].trim() !== "") contentLine = lines[index];
    const indent = contentLine.length - contentLine.trimStart().length;
    return { lines: Array.from({ length: count }, (_, i) => value.start.line + 1 + i), columnShift: new Array(count).fill(indent) };
  }
  return { lines: new Array(count).fill(value.start.line), columnShift: new Array(count).fill(value.start.column) };
}

// src/load/kustomize/target-selector.ts
var patternFields = ["group", "version", "kind", "name", "namespace"];
var maxPatternSize = 2e3;
function targetMatcher(target) {
  const patterns = [];
  for (const field of patternFields) {
    const pattern = target[field];
    if (pattern === void 0) continue;
    if (estimatedProgramSize(pattern) > maxPatternSize) return { problem: `target.${field} is too large a pattern` };
    const compiled = compileGoRegexp(anchored(pattern));
    if (compiled.error !== void 0) return { problem: `target.${field} is not a valid regular expression (${compiled.error})` };
    if (pattern !== "") patterns.push([field, compiled.matcher]);
  }
  const selectors2 = [];
  for (const [field, metadataField] of [["labelSelector", "labels"], ["annotationSelector", "annotations"]]) {
    const selector = target[field];
    if (selector === void 0) continue;
    const requirements = parseSelector(selector);
    if (requirements === void 0) return { problem: `target.${field} is not a valid label selector` };
    selectors2.push([metadataField, requirements]);
  }
  return {
    matches: (object) => {
      const { group, version } = splitApiVersion(stringAt(object.tree, ["apiVersion"]) ?? "");
      const fields = {
        group: [group],
        version: [version],
        kind: [stringAt(object.tree, ["kind"]) ?? ""],
        name: [stringAt(object.tree, ["metadata", "name"]) ?? "", ...object.previousNames],
        namespace: [stringAt(object.tree, ["metadata", "namespace"]) ?? ""]
      };
      if (!patterns.every(([field, matcher]) => fields[field].some((value) => matcher.test(value)))) return false;
      return selectors2.every(([field, requirements]) => matchesRequirements(requirements, stringMap(object.tree, field)));
    }
  };
}
function anchored(pattern) {
  return `^(?:${pattern})$`;
}
function stringMap(tree, field) {
  const out = /* @__PURE__ */ new Map();
  const node = tree.kind === "map" ? tree.entries.get("metadata") : void 0;
  const map = node?.kind === "map" ? node.entries.get(field) : void 0;
  if (map?.kind !== "map") return out;
  for (const [key, value] of map.entries) if (value.kind === "scalar") out.set(key, String(value.value));
  return out;
}
function parseSelector(text) {
  const out = [];
  const parts = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "(") depth++;
    else if (text[i] === ")") depth--;
    else if (text[i] === "," && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  for (const raw of parts) {
    const part = raw.trim();
    if (part === "") continue;
    const setMatch = /^(\S+)\s+(in|notin)\s*\(([^()]*)\)$/.exec(part);
    if (setMatch) {
      out.push({ key: setMatch[1], op: setMatch[2], values: setMatch[3].split(",").map((value) => value.trim()) });
      continue;
    }
    const equality = /^([^=!\s]+)\s*(==|=|!=)\s*([^=!\s]*)$/.exec(part);
    if (equality) {
      out.push({ key: equality[1], op: equality[2] === "!=" ? "notin" : "in", values: [equality[3]] });
      continue;
    }
    if (/^![^=!\s()]+$/.test(part)) out.push({ key: part.slice(1), op: "absent", values: [] });
    else if (/^[^=!\s()]+$/.test(part)) out.push({ key: part, op: "exists", values: [] });
    else return void 0;
  }
  return out;
}
function matchesRequirements(requirements, labels) {
  return requirements.every(({ key, op, values }) => {
    const value = labels.get(key);
    if (op === "exists") return value !== void 0;
    if (op === "absent") return value === void 0;
    if (op === "in") return value !== void 0 && values.includes(value);
    return value === void 0 || !values.includes(value);
  });
}

// src/load/kustomize/patches.ts
function applyStrategicPatches(context, kustomization, objects) {
  let out = objects;
  const { at } = kustomization;
  listField(context, kustomization, "patchesStrategicMerge").forEach((entry, i) => {
    if (typeof entry !== "string") return context.invalid(at(["patchesStrategicMerge", i]), "each patchesStrategicMerge entry is a file or an inline patch");
    const documents = patchDocuments(context, kustomization, entry, ["patchesStrategicMerge", i]);
    for (const document of documents) out = patchById(context, out, document, at(["patchesStrategicMerge", i]));
  });
  listField(context, kustomization, "patches").forEach((entry, i) => {
    const where = at(["patches", i]);
    if (!isObject(entry)) return context.invalid(where, "each patches entry is a mapping with path or patch");
    const documents = patchBody(context, kustomization, entry, ["patches", i]);
    if (documents === void 0) return;
    const target = entry.target === void 0 ? void 0 : selectorOf(context, entry.target, at(["patches", i, "target"]));
    if (target === null) return;
    const options = isObject(entry.options) ? entry.options : {};
    for (const document of documents) {
      if (Array.isArray(document.value)) {
        if (target === void 0) context.invalid(where, "a JSON 6902 patch needs a target");
        else out = patchTargets(context, out, target, at(["patches", i, "target"]), (object) => jsonPatch(context, object, document));
        continue;
      }
      if (!isObject(document.value)) {
        context.invalid(document.rangeOf([]), "a patch is a mapping (strategic merge) or a list of operations (JSON 6902)");
        continue;
      }
      if (target === void 0) out = patchById(context, out, document, where);
      else out = patchTargets(context, out, target, at(["patches", i, "target"]), (object) => mergeInto(object, document, { keepName: options.allowNameChange === true, keepKind: options.allowKindChange === true }));
    }
  });
  return out;
}
function applyJson6902Patches(context, kustomization, objects) {
  let out = objects;
  const { at } = kustomization;
  listField(context, kustomization, "patchesJson6902").forEach((entry, i) => {
    if (!isObject(entry)) return context.invalid(at(["patchesJson6902", i]), "each patchesJson6902 entry is a mapping with target and path or patch");
    const target = selectorOf(context, entry.target, at(["patchesJson6902", i, "target"]));
    if (!target) return;
    const documents = patchBody(context, kustomization, entry, ["patchesJson6902", i]);
    for (const document of documents ?? []) {
      out = patchTargets(context, out, target, at(["patchesJson6902", i, "target"]), (object) => jsonPatch(context, object, document));
    }
  });
  return out;
}
function patchBody(context, kustomization, entry, at) {
  if (typeof entry.path === "string") return patchFile(context, kustomization, entry.path, [...at, "path"]);
  if (typeof entry.patch === "string") return inlinePatch(context, kustomization, entry.patch, [...at, "patch"]);
  context.invalid(kustomization.at(at), "a patch needs path or patch");
  return void 0;
}
function patchDocuments(context, kustomization, entry, at) {
  if (entry.includes("\n")) return inlinePatch(context, kustomization, entry, at);
  const file = path3.resolve(kustomization.dir, entry);
  return context.kindSeenByInput(file) !== "absent" ? patchFile(context, kustomization, entry, at) : inlinePatch(context, kustomization, entry, at);
}
function patchFile(context, kustomization, entry, at) {
  const file = path3.resolve(kustomization.dir, entry);
  const where = kustomization.at(at);
  if (!context.mayRead(file, where)) return [];
  if (context.reader.kindOf(file) !== "file") {
    context.report(kustomizeDiagnostic("missing-resource", "error", `no such patch file: ${quoteName(entry)}`, where));
    return [];
  }
  context.checkLoadRestriction(kustomization.dir, file, where);
  context.files.add(file);
  const loaded = loadDocuments(context.reader, file);
  loaded.diagnostics.forEach((d) => context.report(d));
  return loaded.documents;
}
function inlinePatch(context, kustomization, text, at) {
  const where = kustomization.at(at);
  const parsed = parseDocuments(text, context.name(kustomization.file), false, inlineLineMap(kustomization.lines(), where, text));
  parsed.diagnostics.forEach((d) => context.report(d));
  return parsed.documents;
}
function selectorOf(context, value, at) {
  if (!isObject(value)) {
    context.invalid(at, "a patch target is a mapping (kind, name, labelSelector, ...)");
    return null;
  }
  const target = {};
  for (const field of ["group", "version", "kind", "name", "namespace", "labelSelector", "annotationSelector"]) {
    const given = value[field];
    if (typeof given === "string") target[field] = given;
  }
  const matcher = targetMatcher(target);
  if ("problem" in matcher) {
    context.invalid(at, matcher.problem);
    return null;
  }
  return matcher.matches;
}
function patchTargets(context, objects, isSelected, at, patch) {
  let matched = false;
  const out = [];
  for (const object of objects) {
    if (!isSelected(object)) {
      out.push(object);
      continue;
    }
    matched = true;
    const patched = patch(object);
    if (patched) out.push(patched);
  }
  if (!matched) context.report(kustomizeDiagnostic("patch-matches-nothing", "warning", "this patch target selects no object of the build, so the patch changes nothing", at));
  return out;
}
function patchById(context, objects, document, at) {
  const patch = document.value;
  const metadata = isObject(patch.metadata) ? patch.metadata : {};
  const kind = typeof patch.kind === "string" ? patch.kind : "";
  const { group } = splitApiVersion(typeof patch.apiVersion === "string" ? patch.apiVersion : "");
  const name = typeof metadata.name === "string" ? metadata.name : "";
  const namespace = typeof metadata.namespace === "string" ? metadata.namespace : void 0;
  let matched = false;
  const out = [];
  for (const object of objects) {
    const id = idOf(object);
    const isTarget = id.kind === kind && id.group === group && (id.name === name || object.previousNames.includes(name)) && (namespace === void 0 || id.namespace === namespace);
    if (!isTarget) {
      out.push(object);
      continue;
    }
    matched = true;
    const patched = mergeInto(object, document, { keepName: false, keepKind: true });
    if (patched) out.push(patched);
  }
  if (!matched) context.report(kustomizeDiagnostic("patch-matches-nothing", "error", `no object of the build is a ${quoteName(kind)} named ${quoteName(name)}, so kustomize refuses this patch`, at));
  return out;
}
function mergeInto(object, document, keep) {
  const patch = track(document.value, document);
  if (!keep.keepKind) {
    patch.entries.delete("apiVersion");
    patch.entries.delete("kind");
  }
  const metadata = patch.entries.get("metadata");
  if (metadata?.kind === "map") {
    if (!keep.keepName) metadata.entries.delete("name");
    metadata.entries.delete("namespace");
  }
  const apiVersion = stringAt(object.tree, ["apiVersion"]) ?? "";
  const type = patchTypeOf(apiVersion, stringAt(object.tree, ["kind"]) ?? "");
  const merged = strategicMerge(object.tree, patch, { type });
  if (merged === void 0) return void 0;
  return patchedBy(object, document, merged);
}
function jsonPatch(context, object, document) {
  const operations = [];
  const list = document.value;
  for (let i = 0; i < list.length; i++) {
    const entry = list[i];
    if (!isObject(entry) || typeof entry.op !== "string" || typeof entry.path !== "string") {
      context.invalid(document.rangeOf([i]), "a JSON 6902 operation needs op and path");
      return object;
    }
    const operation = { op: entry.op, path: entry.path };
    if (typeof entry.from === "string") operation.from = entry.from;
    if (entry.value !== void 0) operation.value = track(entry.value, document, [i, "value"]);
    operations.push(operation);
  }
  try {
    return patchedBy(object, document, applyJsonPatch(object.tree, operations));
  } catch (error) {
    if (!(error instanceof JsonPatchError)) throw error;
    const { kind, name } = idOf(object);
    context.report(kustomizeDiagnostic("patch-failed", "error", `this JSON 6902 operation does not apply to ${kind} ${quoteName(name)}: ${error.message}`, document.rangeOf([error.operation], "key")));
    return object;
  }
}

// src/load/kustomize/field-specs.ts
function specApplies(spec, tree) {
  const { group, version } = splitApiVersion(stringAt(tree, ["apiVersion"]) ?? "");
  if (spec.kind !== void 0 && spec.kind !== stringAt(tree, ["kind"])) return false;
  if (spec.group !== void 0 && spec.group !== group) return false;
  return spec.version === void 0 || spec.version === version;
}
function mapsAt(tree, spec, origin) {
  const parts = spec.path.split("/").map((part) => part.replace(/\[\]$/, ""));
  const out = [];
  const visit = (node, index) => {
    if (node.kind === "list") {
      for (const item of node.items) visit(item, index);
      return;
    }
    if (node.kind !== "map") return;
    const part = parts[index];
    if (part === void 0) {
      out.push(node);
      return;
    }
    let next = node.entries.get(part);
    if (next === void 0 || next.kind === "scalar" && next.value === null) {
      if (!spec.create) return;
      next = { kind: "map", entries: /* @__PURE__ */ new Map(), origin };
      node.entries.set(part, next);
    }
    visit(next, index + 1);
  };
  visit(tree, 0);
  return out;
}
function specs(text) {
  return text.split(";").map((entry) => {
    const [path5 = "", kind, group, version, create] = entry.split(" ");
    const spec = { path: path5, create: create === "create" };
    if (kind !== "-") spec.kind = kind;
    if (group !== "-") spec.group = group;
    if (version !== "-") spec.version = version;
    return spec;
  });
}
var metadataLabels = specs(
  "metadata/labels - - - create;spec/template/metadata/labels ReplicationController - v1 create;spec/template/metadata/labels Deployment - - create;spec/template/metadata/labels ReplicaSet - - create;spec/template/metadata/labels DaemonSet - - create;spec/template/metadata/labels StatefulSet apps - create;spec/template/metadata/labels Job batch - create;spec/jobTemplate/metadata/labels CronJob batch - create;spec/jobTemplate/spec/template/metadata/labels CronJob batch - create"
);
var volumeClaimTemplateLabels = specs("spec/volumeClaimTemplates[]/metadata/labels StatefulSet apps - create");
var affinityPaths = [
  "spec/template/spec/affinity/podAffinity/preferredDuringSchedulingIgnoredDuringExecution/podAffinityTerm/labelSelector/matchLabels",
  "spec/template/spec/affinity/podAffinity/requiredDuringSchedulingIgnoredDuringExecution/labelSelector/matchLabels",
  "spec/template/spec/affinity/podAntiAffinity/preferredDuringSchedulingIgnoredDuringExecution/podAffinityTerm/labelSelector/matchLabels",
  "spec/template/spec/affinity/podAntiAffinity/requiredDuringSchedulingIgnoredDuringExecution/labelSelector/matchLabels",
  "spec/template/spec/topologySpreadConstraints/labelSelector/matchLabels"
];
var selectors = specs(
  "spec/selector Service - v1 create;spec/selector ReplicationController - v1 create;spec/selector/matchLabels Deployment - - create;spec/selector/matchLabels ReplicaSet - - create;spec/selector/matchLabels DaemonSet - - create;spec/selector/matchLabels StatefulSet apps - create;spec/selector/matchLabels Job batch - -;spec/jobTemplate/spec/selector/matchLabels CronJob batch - -;spec/selector/matchLabels PodDisruptionBudget policy - -;spec/podSelector/matchLabels NetworkPolicy networking.k8s.io - -;spec/ingress/from/podSelector/matchLabels NetworkPolicy networking.k8s.io - -;spec/egress/to/podSelector/matchLabels NetworkPolicy networking.k8s.io - -"
);
var affinities = ["Deployment", "StatefulSet"].flatMap((kind) => affinityPaths.map((path5) => ({ path: path5, kind, group: "apps", create: false })));
var commonLabelSpecs = [...selectors, ...affinities, ...metadataLabels, ...volumeClaimTemplateLabels];
var templateLabelSpecs = metadataLabels;
var metadataLabelSpecs = [{ path: "metadata/labels", create: true }];
var annotationSpecs = specs(
  "metadata/annotations - - - create;spec/template/metadata/annotations ReplicationController - v1 create;spec/template/metadata/annotations Deployment - - create;spec/template/metadata/annotations ReplicaSet - - create;spec/template/metadata/annotations DaemonSet - - create;spec/template/metadata/annotations StatefulSet - - create;spec/template/metadata/annotations Job batch - create;spec/jobTemplate/metadata/annotations CronJob batch - create;spec/jobTemplate/spec/template/metadata/annotations CronJob batch - create"
);

// src/load/kustomize/transformers.ts
function setNamespace(objects, namespace, at) {
  const value = { kind: "scalar", value: namespace, origin: { range: at } };
  for (const object of objects) {
    const apiVersion = stringAt(object.tree, ["apiVersion"]) ?? "";
    const kind = stringAt(object.tree, ["kind"]) ?? "";
    if (!isClusterScoped({ apiVersion, kind })) mapAt(object.tree, ["metadata"], true, { range: at })?.entries.set("namespace", value);
    if (kind === "Namespace") renameTo(object, namespace, at);
    if (kind === "RoleBinding" || kind === "ClusterRoleBinding") {
      const subjects = object.tree.entries.get("subjects");
      if (subjects?.kind !== "list") continue;
      for (const subject of subjects.items) {
        if (subject.kind === "map" && stringAt(subject, ["name"]) === "default") subject.entries.set("namespace", value);
      }
    }
    if (kind === "APIService" && splitApiVersion(apiVersion).group === "apiregistration.k8s.io") {
      const service = mapAt(object.tree, ["spec", "service"], false, { range: at });
      service?.entries.set("namespace", value);
    }
  }
}
var keepsName = /* @__PURE__ */ new Set(["CustomResourceDefinition", "APIService", "Namespace"]);
function addNameAffixes(objects, affix, at) {
  for (const object of objects) {
    if (keepsName.has(stringAt(object.tree, ["kind"]) ?? "")) continue;
    const name = stringAt(object.tree, ["metadata", "name"]);
    if (name === void 0) continue;
    const range = (affix.prefix ? at.prefix : at.suffix) ?? at.prefix ?? at.suffix;
    renameTo(object, `${affix.prefix ?? ""}${name}${affix.suffix ?? ""}`, range);
  }
}
function renameTo(object, name, at) {
  const metadata = mapAt(object.tree, ["metadata"], true, { range: at });
  const old = stringAt(metadata, ["name"]);
  if (old === name) return;
  if (old !== void 0 && !object.previousNames.includes(old)) object.previousNames.push(old);
  metadata.entries.set("name", { kind: "scalar", value: name, origin: { range: at } });
}
function addToFields(objects, pairs, specs2) {
  const [first] = pairs;
  if (!first) return;
  const created = { range: first[2] };
  for (const object of objects) {
    for (const spec of specs2) {
      if (!specApplies(spec, object.tree)) continue;
      for (const map of mapsAt(object.tree, spec, created)) {
        for (const [key, value, range] of pairs) map.entries.set(key, { kind: "scalar", value, origin: { range } });
      }
    }
  }
}
var replicaKinds = /* @__PURE__ */ new Set(["Deployment", "ReplicationController", "ReplicaSet", "StatefulSet"]);
function setReplicas(objects, name, count, at) {
  for (const object of objects) {
    if (!replicaKinds.has(stringAt(object.tree, ["kind"]) ?? "")) continue;
    const current = stringAt(object.tree, ["metadata", "name"]);
    if (current !== name && !object.previousNames.includes(name)) continue;
    mapAt(object.tree, ["spec"], true, { range: at })?.entries.set("replicas", { kind: "scalar", value: count, origin: { range: at } });
  }
}
function setImages(objects, override, at) {
  const visit = (node, key) => {
    if (node.kind === "list") {
      for (const item of node.items) {
        if ((key === "containers" || key === "initContainers") && item.kind === "map") rewrite(item, override, at);
        visit(item);
      }
    } else if (node.kind === "map") {
      for (const [childKey, child] of node.entries) visit(child, childKey);
    }
  };
  for (const object of objects) visit(object.tree);
}
function rewrite(container, override, at) {
  const image = stringAt(container, ["image"]);
  if (image === void 0) return;
  const parts = splitImage(image);
  if (parts.name !== override.name) return;
  const name = override.newName ?? parts.name;
  let reference = parts.reference;
  if (override.digest !== void 0) reference = `@${override.digest}`;
  else if (override.newTag !== void 0) reference = `:${override.newTag}`;
  container.entries.set("image", { kind: "scalar", value: `${name}${reference}`, origin: { range: at } });
}
function splitImage(image) {
  const at = image.indexOf("@");
  const beforeDigest = at === -1 ? image : image.slice(0, at);
  const colon = beforeDigest.lastIndexOf(":");
  const end = colon > beforeDigest.lastIndexOf("/") ? colon : beforeDigest.length;
  return { name: image.slice(0, end), reference: image.slice(end) };
}

// src/load/kustomize/apply-transformers.ts
function applyMetadataTransformers(context, kustomization, objects) {
  const { value, at } = kustomization;
  const namespace = stringField(context, kustomization, "namespace");
  if (namespace) setNamespace(objects, namespace, at(["namespace"]));
  const prefix = stringField(context, kustomization, "namePrefix");
  const suffix = stringField(context, kustomization, "nameSuffix");
  if (prefix || suffix) addNameAffixes(objects, { prefix, suffix }, { prefix: prefix ? at(["namePrefix"]) : void 0, suffix: suffix ? at(["nameSuffix"]) : void 0 });
  if (Array.isArray(value.labels)) {
    value.labels.forEach((entry, i) => {
      if (!isObject(entry)) return context.invalid(at(["labels", i]), "each labels entry must be a mapping");
      const pairs = pairsOf(context, entry.pairs, (key) => at(["labels", i, "pairs", key]));
      const specs2 = entry.includeSelectors === true ? commonLabelSpecs : entry.includeTemplates === true ? [...templateLabelSpecs] : metadataLabelSpecs;
      addToFields(objects, pairs, specs2);
    });
  } else if (value.labels !== void 0) context.invalid(at(["labels"]), "labels must be a list");
  if (value.commonLabels !== void 0) addToFields(objects, pairsOf(context, value.commonLabels, (key) => at(["commonLabels", key])), commonLabelSpecs);
  if (value.commonAnnotations !== void 0) addToFields(objects, pairsOf(context, value.commonAnnotations, (key) => at(["commonAnnotations", key])), annotationSpecs);
}
function applyValueTransformers(context, kustomization, objects) {
  const { at } = kustomization;
  listOf(context, kustomization, "replicas").forEach((entry, i) => {
    const count = entry.count;
    if (typeof entry.name !== "string" || typeof count !== "number" || !Number.isInteger(count)) return context.invalid(at(["replicas", i]), "a replicas entry needs a name and a whole count");
    setReplicas(objects, entry.name, count, at(["replicas", i, "count"]));
  });
  listOf(context, kustomization, "images").forEach((entry, i) => {
    if (typeof entry.name !== "string") return context.invalid(at(["images", i]), "an images entry needs a name");
    const override = { name: entry.name };
    for (const field2 of ["newName", "newTag", "digest"]) {
      const given = entry[field2];
      if (typeof given === "string") override[field2] = given;
      else if (given !== void 0 && given !== null) context.invalid(at(["images", i, field2]), notAString(field2));
    }
    const field = override.digest !== void 0 ? "digest" : override.newTag !== void 0 ? "newTag" : override.newName !== void 0 ? "newName" : "name";
    setImages(objects, override, at(["images", i, field]));
  });
}
function stringField(context, kustomization, field) {
  const found = kustomization.value[field];
  if (found === void 0 || found === null || found === "") return void 0;
  if (typeof found === "string") return found;
  context.invalid(kustomization.at([field]), `${field} must be a string`);
  return void 0;
}
function listOf(context, kustomization, field) {
  return listField(context, kustomization, field).map((entry) => isObject(entry) ? entry : {});
}
function pairsOf(context, value, at) {
  if (!isObject(value)) return [];
  const pairs = [];
  for (const [key, pair] of Object.entries(value)) {
    if (pair === null || typeof pair === "string") pairs.push([key, pair ?? "", at(key)]);
    else context.invalid(at(key), notAString(key));
  }
  return pairs;
}
function notAString(field) {
  return `${quoteName(field)} must be a string, as kustomize reads it (quote the value: a number or boolean here makes kustomize refuse the kustomization)`;
}

// src/load/kustomize/resource-ids.ts
function resourceIdOf(object) {
  const apiVersion = stringAt(object.tree, ["apiVersion"]) ?? "";
  const kind = stringAt(object.tree, ["kind"]) ?? "";
  const namespace = isClusterScoped({ apiVersion, kind }) ? "" : stringAt(object.tree, ["metadata", "namespace"]) || "default";
  return `${apiVersion}\0${kind}\0${namespace}\0${stringAt(object.tree, ["metadata", "name"]) ?? ""}`;
}
var AccumulatedResources = class {
  constructor(context, start) {
    this.context = context;
    this.objects = [...start];
    for (const object of start) this.ids.set(resourceIdOf(object), object);
  }
  context;
  objects;
  ids = /* @__PURE__ */ new Map();
  add(object) {
    const id = resourceIdOf(object);
    const earlier = this.ids.get(id);
    if (earlier === void 0) {
      this.ids.set(id, object);
      this.objects.push(object);
      return;
    }
    const name = ["metadata", "name"];
    const first = rangeInTracked(earlier.tree, name);
    const kind = stringAt(object.tree, ["kind"]) ?? "";
    const message = `${kind} ${quoteName(stringAt(object.tree, name) ?? "")} is already in this build (${first.file}:${first.start.line}): kustomize refuses an object added twice (same apiVersion, kind, namespace and name) and fails the build`;
    this.context.report(kustomizeDiagnostic("duplicate-resource", "error", message, rangeInTracked(object.tree, name)));
  }
};

// src/load/kustomize/build.ts
function accumulate(context, dir, stack, start, referencedAt) {
  const file = findKustomizationFile(dir, (candidate) => context.kindSeenByInput(candidate));
  if (file === void 0) {
    if (referencedAt) context.report(kustomizeDiagnostic("missing-resource", "error", "this folder has no kustomization.yaml, kustomization.yml or Kustomization file", referencedAt));
    return void 0;
  }
  if (context.reader.refusal(file) !== void 0) {
    if (referencedAt) context.mayRead(file, referencedAt);
    return void 0;
  }
  const loaded = loadDocuments(context.reader, file);
  const document = loaded.documents[0];
  if (isObject(document?.value) && isForeignApiVersion(document.value.apiVersion)) {
    if (referencedAt) context.invalid(referencedAt, "this folder's kustomization file is not a kustomize Kustomization or Component");
    return void 0;
  }
  context.files.add(file);
  context.folders.add(dir);
  context.kinds.set(dir, isObject(document?.value) && typeof document.value.kind === "string" ? document.value.kind : "Kustomization");
  const others = kustomizationFileNames.filter((name) => name !== path4.basename(file) && context.kindSeenByInput(path4.join(dir, name)) === "file");
  if (others.length > 0) {
    for (const name of others) if (context.reader.refusal(path4.join(dir, name)) === void 0) context.files.add(path4.join(dir, name));
    const message = `kustomize refuses a folder with more than one kustomization file: this folder also holds ${others.join(", ")}`;
    context.invalid({ file: context.name(file), start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }, message);
    return void 0;
  }
  loaded.diagnostics.forEach((d) => context.report(d));
  if (!document || !isObject(document.value)) {
    if (loaded.diagnostics.length === 0) context.invalid({ file: context.name(file), start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }, "a kustomization is a mapping of fields");
    return void 0;
  }
  let lines;
  const kustomization = { dir, file, value: document.value, document, at: (at, target) => document.rangeOf(at, target), lines: () => lines ??= loaded.text.split("\n") };
  checkFields(context, kustomization);
  let objects = [...start];
  const accumulated = new AccumulatedResources(context, objects);
  for (const field of ["resources", "bases"]) {
    stringsOf(context, kustomization, field).forEach(([entry, at]) => {
      for (const object of resourceObjects(context, kustomization, entry, at, stack)) accumulated.add(object);
    });
  }
  objects = accumulated.objects;
  for (const [entry, at] of stringsOf(context, kustomization, "components")) {
    const target = path4.resolve(dir, entry);
    if (!context.mayRead(target, at)) continue;
    if (context.reader.kindOf(target) !== "folder") {
      context.report(kustomizeDiagnostic("missing-resource", "error", `no such component folder: ${quoteName(entry)}`, at));
      continue;
    }
    const built2 = nested(context, target, stack, objects, at);
    if (built2) objects = built2;
  }
  const generated = runGenerators({
    kustomization: kustomization.value,
    dir,
    kustomizationFile: file,
    readText: (name, at) => readGeneratorText(context, kustomization, name, at),
    readBytes: (name, at) => readGeneratorBytes(context, kustomization, name, at),
    displayName: (name) => context.name(name),
    rangeOf: (at) => kustomization.at(at)
  });
  generated.diagnostics.forEach((d) => context.report(d));
  objects = applyGenerated(context, kustomization, objects, generated.objects);
  objects = applyStrategicPatches(context, kustomization, objects);
  applyMetadataTransformers(context, kustomization, objects);
  objects = applyJson6902Patches(context, kustomization, objects);
  applyValueTransformers(context, kustomization, objects);
  if (document.directives?.length) objects = objects.map((object) => patchedBy(object, document, object.tree));
  return objects;
}
function isForeignApiVersion(apiVersion) {
  return typeof apiVersion === "string" && !apiVersion.startsWith("kustomize.config.k8s.io/");
}
function nested(context, dir, stack, start, at) {
  const real = context.reader.realPath(dir) ?? dir;
  if (stack.includes(real)) {
    context.report(kustomizeDiagnostic("cycle", "error", "this entry leads back to a kustomization that is already being built (a cycle)", at));
    return void 0;
  }
  if (stack.length >= context.limits.maxDepth) {
    context.report(kustomizeDiagnostic("too-large", "error", `kustomizations nested over ${context.limits.maxDepth} deep are not built`, at));
    return void 0;
  }
  return accumulate(context, dir, [...stack, real], start, at);
}
var remotePattern = /^(?:[a-z][a-z0-9+.-]*:\/\/|git@|git::|github\.com\/|gitlab\.com\/|bitbucket\.org\/)/i;
function resourceObjects(context, kustomization, entry, at, stack) {
  if (remotePattern.test(entry) || entry.includes("?ref=")) {
    context.report(kustomizeDiagnostic("remote-resource", "info", "not checked offline: this resource is remote (a URL or a git repository)", at));
    return [];
  }
  const target = path4.resolve(kustomization.dir, entry);
  if (!context.mayRead(target, at)) return [];
  const kind = context.reader.kindOf(target);
  if (kind === "absent") {
    context.report(kustomizeDiagnostic("missing-resource", "error", `no such file or folder: ${quoteName(entry)}`, at));
    return [];
  }
  if (kind === "folder") return nested(context, target, stack, [], at) ?? [];
  context.checkLoadRestriction(kustomization.dir, target, at);
  return fileObjects(context, target, at);
}
function fileObjects(context, file, at) {
  context.files.add(file);
  const loaded = loadFileSync(context.reader, file);
  loaded.diagnostics.forEach((d) => context.report(d));
  const out = [];
  for (const resource of loaded.resources) {
    if (++context.objectCount > context.limits.maxObjects) {
      context.report(kustomizeDiagnostic("too-large", "error", `a build of over ${context.limits.maxObjects} objects is not built further`, at));
      break;
    }
    const tree = track(resource.object, resource);
    const object = { tree, source: resource.source, previousNames: [], originalNamespace: resource.namespace };
    if (resource.directives) object.directives = resource.directives;
    out.push(object);
  }
  return out;
}
function readGeneratorBytes(context, kustomization, name, at) {
  const file = path4.resolve(kustomization.dir, name);
  if (!context.mayRead(file, kustomization.at(at))) return "refused";
  context.checkLoadRestriction(kustomization.dir, file, kustomization.at(at));
  const read = context.reader.read(file, maxSourceFileBytes);
  if (!read.ok) return read.code === "too-large" ? "too-large" : void 0;
  context.files.add(file);
  return read.bytes;
}
function readGeneratorText(context, kustomization, name, at) {
  const bytes = readGeneratorBytes(context, kustomization, name, at);
  if (!(bytes instanceof Uint8Array)) return bytes;
  const decoded = decodeText(bytes);
  return decoded.ok ? decoded.text : void 0;
}
function stringsOf(context, kustomization, field) {
  const out = [];
  listField(context, kustomization, field).forEach((entry, i) => {
    if (typeof entry === "string") out.push([entry, kustomization.at([field, i])]);
    else context.invalid(kustomization.at([field, i]), `each entry of ${field} must be a string`);
  });
  return out;
}

// src/load/kustomize/name-references.ts
var podTemplateAt = {
  Pod: "spec",
  PodTemplate: "template/spec",
  Deployment: "spec/template/spec",
  ReplicaSet: "spec/template/spec",
  DaemonSet: "spec/template/spec",
  StatefulSet: "spec/template/spec",
  Job: "spec/template/spec",
  CronJob: "spec/jobTemplate/spec/template/spec"
};
function inPodSpecs(kind, group, paths, referrers = Object.keys(podTemplateAt)) {
  return referrers.flatMap((referrer) => paths.map((path5) => ({ kind, group, referrer, path: `${podTemplateAt[referrer] ?? "spec/template/spec"}/${path5}`.split("/") })));
}
function plain(kind, group, pairs) {
  return pairs.split(";").map((pair) => {
    const [referrer = "", path5 = ""] = pair.split(" ");
    return { kind, group, referrer, path: path5.split("/") };
  });
}
var workloadsWithRc = [...Object.keys(podTemplateAt).filter((kind) => kind !== "PodTemplate" && kind !== "ReplicaSet"), "ReplicationController"];
var references = [
  ...["Deployment", "ReplicationController", "ReplicaSet", "StatefulSet"].map((kind) => ({ kind, group: "*", referrer: "HorizontalPodAutoscaler", path: ["spec", "scaleTargetRef", "name"] })),
  ...inPodSpecs("ConfigMap", "", ["volumes/configMap/name", "containers/env/valueFrom/configMapKeyRef/name", "initContainers/env/valueFrom/configMapKeyRef/name", "containers/envFrom/configMapRef/name", "initContainers/envFrom/configMapRef/name", "volumes/projected/sources/configMap/name"]),
  ...inPodSpecs("Secret", "", ["volumes/secret/secretName", "containers/env/valueFrom/secretKeyRef/name", "initContainers/env/valueFrom/secretKeyRef/name", "containers/envFrom/secretRef/name", "initContainers/envFrom/secretRef/name", "imagePullSecrets/name", "volumes/projected/sources/secret/name"]),
  ...plain("Secret", "", "Ingress spec/tls/secretName;ServiceAccount imagePullSecrets/name;StorageClass parameters/secretName;StorageClass parameters/adminSecretName;StorageClass parameters/userSecretName;StorageClass parameters/secretRef"),
  ...plain("Service", "", "StatefulSet spec/serviceName;Ingress spec/rules/http/paths/backend/serviceName;Ingress spec/backend/serviceName;Ingress spec/rules/http/paths/backend/service/name;Ingress spec/defaultBackend/service/name;APIService spec/service/name;ValidatingWebhookConfiguration webhooks/clientConfig/service/name;MutatingWebhookConfiguration webhooks/clientConfig/service/name"),
  ...plain("Role", "rbac.authorization.k8s.io", "RoleBinding roleRef/name"),
  ...plain("ClusterRole", "rbac.authorization.k8s.io", "RoleBinding roleRef/name;ClusterRoleBinding roleRef/name"),
  ...inPodSpecs("ServiceAccount", "", ["serviceAccountName"], workloadsWithRc),
  ...inPodSpecs("PersistentVolumeClaim", "", ["volumes/persistentVolumeClaim/claimName"], workloadsWithRc),
  ...plain("PersistentVolume", "", "PersistentVolumeClaim spec/volumeName"),
  ...plain("StorageClass", "storage.k8s.io", "PersistentVolume spec/storageClassName;PersistentVolumeClaim spec/storageClassName;StatefulSet spec/volumeClaimTemplates/spec/storageClassName"),
  ...inPodSpecs("PriorityClass", "scheduling.k8s.io", ["priorityClassName"], workloadsWithRc)
];
function updateNameReferences(objects) {
  const renamed = /* @__PURE__ */ new Map();
  for (const object of objects) {
    for (const name of object.previousNames) {
      const named = renamed.get(name);
      if (named) named.push(object);
      else renamed.set(name, [object]);
    }
  }
  if (renamed.size === 0) return;
  for (const referrer of objects) {
    const kind = stringAt(referrer.tree, ["kind"]);
    for (const reference of references) {
      if (reference.referrer !== kind) continue;
      for (const [holder, key] of fieldsAt(referrer.tree, reference.path)) {
        if (kind === "RoleBinding" || kind === "ClusterRoleBinding") {
          if (stringAt(holder, ["kind"]) !== reference.kind) continue;
        }
        if (reference.referrer === "HorizontalPodAutoscaler" && stringAt(holder, ["kind"]) !== reference.kind) continue;
        rename(holder, key, reference, referrer, renamed);
      }
    }
    if (kind === "RoleBinding" || kind === "ClusterRoleBinding") renameSubjects(referrer, renamed);
  }
}
function fieldsAt(tree, path5) {
  const out = [];
  const visit = (node, index) => {
    if (!node) return;
    if (node.kind === "list") return node.items.forEach((item) => visit(item, index));
    const key = path5[index];
    if (node.kind !== "map" || key === void 0) return;
    if (index === path5.length - 1) {
      if (node.entries.has(key)) out.push([node, key]);
      return;
    }
    visit(node.entries.get(key), index + 1);
  };
  visit(tree, 0);
  return out;
}
function rename(holder, key, reference, referrer, renamed) {
  const field = holder.entries.get(key);
  if (field?.kind !== "scalar" || typeof field.value !== "string") return;
  const target = uniqueReferral(field.value, reference.kind, reference.group, namespaceOf(referrer), renamed);
  const name = target && stringAt(target.tree, ["metadata", "name"]);
  if (name !== void 0) holder.entries.set(key, { ...field, value: name });
}
function renameSubjects(binding, renamed) {
  const subjects = binding.tree.entries.get("subjects");
  if (subjects?.kind !== "list") return;
  for (const subject of subjects.items) {
    if (subject.kind !== "map" || stringAt(subject, ["kind"]) !== "ServiceAccount") continue;
    const name = stringAt(subject, ["name"]);
    if (name === void 0) continue;
    const target = uniqueReferral(name, "ServiceAccount", "", stringAt(subject, ["namespace"]), renamed, true);
    if (!target) continue;
    const nameField = subject.entries.get("name");
    subject.entries.set("name", { ...nameField, value: stringAt(target.tree, ["metadata", "name"]) ?? name });
    const namespace = stringAt(target.tree, ["metadata", "namespace"]);
    const namespaceField = subject.entries.get("namespace");
    if (namespace !== void 0) subject.entries.set("namespace", namespaceField?.kind === "scalar" ? { ...namespaceField, value: namespace } : { kind: "scalar", value: namespace, origin: nameField.origin });
  }
}
function uniqueReferral(oldName, kind, group, namespace, renamed, byOriginalNamespace = false) {
  const found = (renamed.get(oldName) ?? []).filter((object) => {
    if (stringAt(object.tree, ["kind"]) !== kind) return false;
    const apiVersion = stringAt(object.tree, ["apiVersion"]) ?? "";
    if (group !== "*" && splitApiVersion(apiVersion).group !== group) return false;
    if (isClusterScoped({ apiVersion, kind })) return true;
    if (byOriginalNamespace) return namespace === void 0 || namespace === object.originalNamespace || namespace === namespaceOf(object);
    return namespaceOf(object) === namespace;
  });
  return found.length === 1 ? found[0] : void 0;
}
function namespaceOf(object) {
  return stringAt(object.tree, ["metadata", "namespace"]);
}

// src/load/kustomize/index.ts
function buildKustomization(dir, options) {
  const reader = options.files ?? new DiskFiles(options.root, options.cwd);
  const context = new BuildContext(reader, { ...defaultLimits, ...options.limits }, options.loadRestrictor);
  const objects = accumulate(context, dir, [reader.realPath(dir) ?? dir], []);
  const [file] = context.files;
  if (file === void 0) return void 0;
  if (context.kinds.get(dir) === "Component") {
    const at = { file: context.name(file), start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
    const note = kustomizeDiagnostic("component-not-used", "info", "not checked: this kustomize Component is checked through the kustomizations that use it, and none in this run does", at);
    return { file, resources: [], diagnostics: [note], files: context.files, folders: context.folders, isComponent: true };
  }
  const built2 = objects ?? [];
  finish(built2);
  const kustomization = context.name(file);
  const resources = built2.map(toResource);
  for (const resource of resources) resource.source = { ...resource.source, kustomization };
  return { file, resources, diagnostics: context.diagnostics, files: context.files, folders: context.folders, isComponent: false };
}
function finish(objects) {
  for (const object of objects) {
    if (!object.hashSuffix) continue;
    const name = stringAt(object.tree, ["metadata", "name"]) ?? "";
    const nameNode = object.tree.entries.get("metadata");
    const at = nameNode?.kind === "map" ? nameNode.entries.get("name")?.origin : void 0;
    const range = at && "range" in at ? at.range : at?.document.rangeOf(at.path);
    if (range) renameTo(object, `${name}-${nameHash(untrack(object.tree))}`, range);
  }
  updateNameReferences(objects);
}
export {
  buildKustomization,
  kustomizeDiagnostic
};
