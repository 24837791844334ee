// Builds the committed schemas/ folder from the Kubernetes OpenAPI specs (Swagger 2.0) in
// ../shared/k8s-openapi. Usage: node scripts/build-schemas.mjs [--specs <dir>] [--out <dir>]
//
// Layout (see schemas/README.md): index.json names every group/version/kind with its scope and the
// versions that serve it; definitions/<package>.json holds every definition of one Go package, each
// distinct schema once with the versions it applies to. A definition that did not change between
// versions is stored once, and validating one kind reads only the few packages it references.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const versions = ['1.28', '1.29', '1.30', '1.31', '1.32', '1.33', '1.34', '1.35', '1.36'];
const quantity = 'io.k8s.apimachinery.pkg.api.resource.Quantity';
const refPrefix = '#/definitions/';

function main(argv) {
  const specs = resolve(option(argv, '--specs') ?? join(root, '..', 'shared', 'k8s-openapi'));
  const out = resolve(option(argv, '--out') ?? join(root, 'schemas'));
  const index = { generator: 'scripts/build-schemas.mjs', versions, kinds: {} };
  // package → definition name → schema text → versions it applies to
  const packages = new Map();
  for (const version of versions) {
    const spec = JSON.parse(readFileSync(join(specs, `v${version}.json`), 'utf8'));
    addKinds(index.kinds, spec, version);
    for (const [name, definition] of Object.entries(spec.definitions)) {
      const text = JSON.stringify(transformDefinition(name, definition));
      const dot = name.lastIndexOf('.');
      const pkg = packages.get(name.slice(0, dot)) ?? new Map();
      packages.set(name.slice(0, dot), pkg);
      const variants = pkg.get(name.slice(dot + 1)) ?? new Map();
      pkg.set(name.slice(dot + 1), variants);
      variants.set(text, [...(variants.get(text) ?? []), version]);
    }
  }
  write(out, sortKeys(index), packageFiles(packages));
}

/** One file text per package: `{Name: [[versions, schema], …]}`, variants in version order. */
function packageFiles(packages) {
  const files = new Map();
  for (const [pkg, definitions] of packages) {
    const body = [...definitions.keys()].sort().map((name) => {
      const variants = [...definitions.get(name)].map(([text, list]) => `[${JSON.stringify(list)},${text}]`);
      return `${JSON.stringify(name)}:[${variants.join(',')}]`;
    });
    files.set(`${pkg}.json`, `{${body.join(',\n')}}\n`);
  }
  return files;
}

function option(argv, name) {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : undefined;
}

/** Records each group/version/kind a definition declares, with the scope its paths show. */
function addKinds(kinds, spec, version) {
  const scopes = scopesFromPaths(spec.paths);
  for (const [name, definition] of Object.entries(spec.definitions)) {
    for (const gvk of definition['x-kubernetes-group-version-kind'] ?? []) {
      const key = [gvk.group, gvk.version, gvk.kind].filter(Boolean).join('/');
      // a *List has no paths of its own; it is scoped like its items
      const scope = scopes.get(key) ?? scopes.get(key.replace(/List$/, ''));
      const entry = (kinds[key] ??= { definition: name, versions: [] });
      entry.versions.push(version);
      if (scope) entry.scope = scope;
    }
  }
}

/** Namespaced kinds have `/namespaces/{namespace}/` paths; other kinds with paths are cluster-scoped. */
function scopesFromPaths(paths) {
  const scopes = new Map();
  for (const [path, operations] of Object.entries(paths)) {
    for (const operation of Object.values(operations)) {
      const gvk = operation?.['x-kubernetes-group-version-kind'];
      if (!gvk) continue;
      const key = [gvk.group, gvk.version, gvk.kind].filter(Boolean).join('/');
      if (path.includes('/namespaces/{namespace}/')) scopes.set(key, 'Namespaced');
      else if (!scopes.has(key)) scopes.set(key, 'Cluster');
    }
  }
  return scopes;
}

/** One definition as the runtime validates it: Kubernetes extensions turned into plain JSON Schema. */
function transformDefinition(name, definition) {
  // the API server reads a quantity from a JSON number too (`cpu: 0.5`)
  if (name === quantity) return { type: ['string', 'number'] };
  return transformSchema(definition);
}

function transformSchema(schema) {
  if (typeof schema !== 'object' || schema === null) return schema;
  if (schema.$ref) return { $ref: schema.$ref.slice(refPrefix.length) };
  if (schema.format === 'int-or-string' || schema['x-kubernetes-int-or-string']) {
    return { type: ['integer', 'string'] };
  }
  const out = {};
  if (schema.type !== undefined) out.type = schema.type;
  if (schema.enum !== undefined) out.enum = schema.enum;
  if (schema.required?.length) out.required = [...schema.required].sort();
  if (schema.items !== undefined) out.items = transformSchema(schema.items);
  for (const keyword of ['allOf', 'anyOf', 'oneOf', 'not', 'pattern']) {
    // src/schema/schema-walker.ts implements only the keywords written here; fail loudly on new ones
    if (schema[keyword] !== undefined) throw new Error(`unsupported keyword ${keyword} in the spec`);
  }
  if (schema.properties) {
    out.properties = {};
    for (const [key, value] of Object.entries(schema.properties)) out.properties[key] = transformSchema(value);
  }
  const isOpen = schema['x-kubernetes-preserve-unknown-fields'] === true;
  if (typeof schema.additionalProperties === 'object') {
    out.additionalProperties = transformSchema(schema.additionalProperties);
  } else if (schema.additionalProperties !== undefined) {
    out.additionalProperties = schema.additionalProperties;
  } else if (schema.properties && !isOpen) {
    // strict like `kubectl apply` since 1.27: an unknown field is an error
    out.additionalProperties = false;
  }
  // formats (date-time, byte, int32…) are not checked here: the API server's own checks live in src/validate
  return out;
}

/** Object keys sorted at every level, so the same input always gives the same bytes. */
function sortKeys(value) {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.keys(value).sort().map((key) => [key, sortKeys(value[key])]));
}

function write(out, index, files) {
  const definitions = join(out, 'definitions');
  if (existsSync(definitions)) rmSync(definitions, { recursive: true });
  mkdirSync(definitions, { recursive: true });
  for (const name of [...files.keys()].sort()) writeFileSync(join(definitions, name), files.get(name));
  writeFileSync(join(out, 'index.json'), `${JSON.stringify(index)}\n`);
  writeFileSync(join(out, 'README.md'), readme());
  const count = readdirSync(definitions).length;
  console.log(`wrote ${out}: ${Object.keys(index.kinds).length} kinds, ${count} definition files`);
}

function readme() {
  return `# schemas/ (generated: do not edit)

Generated by \`npm run build:schemas\` (\`node scripts/build-schemas.mjs\`) from the Kubernetes
OpenAPI specs in \`../shared/k8s-openapi/v1.28.json\` … \`v1.36.json\`. Rebuild after changing the
specs or the script, and commit the result.

- \`index.json\`: \`versions\`; \`kinds\` maps \`group/version/Kind\` (core kinds as \`v1/Kind\`) to its
  definition, its scope (\`Namespaced\` or \`Cluster\`, from the spec's paths; absent for kinds
  that cannot be created) and the versions that serve it.
- \`definitions/<package>.json\`: the definitions of one Go package (\`io.k8s.api.apps.v1\`), as
  \`{Name: [[versions, schema], …]}\`: each distinct schema once, with the versions it applies to.
  Schemas are JSON Schema (draft-07); \`$ref\` values are full definition names.
- Descriptions and formats are stripped; int-or-string accepts an integer or a string;
  \`Quantity\` accepts a string or a number; objects that list \`properties\` reject unknown fields
  (\`additionalProperties: false\`) unless they preserve unknown fields.
`;
}

main(process.argv.slice(2));
