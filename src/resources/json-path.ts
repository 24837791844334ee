/** A path into a resource's JSON value: object keys and array indexes. */
export type JsonPath = readonly (string | number)[];

const plainKey = /^[A-Za-z_$][\w$-]*$/;

/** Formats a path the way kubectl explains fields: `spec.template.spec.containers[0].name`. */
export function formatPath(path: JsonPath): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (plainKey.test(part)) out += out === '' ? part : `.${part}`;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out;
}

/** The value at `path` inside `value`, or undefined when any step is missing. */
export function valueAt(value: unknown, path: JsonPath): unknown {
  let current: unknown = value;
  for (const part of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[part];
  }
  return current;
}
