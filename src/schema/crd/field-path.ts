import type { JsonPath } from '../../resources/index.js';

/**
 * Parses an `x-kubernetes-validations` fieldPath (`.spec.ports[0]`, `.labels['a.b/c']`, relative
 * to the node that has the rule) into a JSON path; undefined when it is not in that form.
 */
export function parseFieldPath(fieldPath: string): JsonPath | undefined {
  const out: (string | number)[] = [];
  const step = /\.([A-Za-z_][A-Za-z0-9_-]*)|\[(\d+)\]|\['((?:[^'\\]|\\.)*)'\]|\["((?:[^"\\]|\\.)*)"\]/y;
  let at = 0;
  while (at < fieldPath.length) {
    step.lastIndex = at;
    const match = step.exec(fieldPath);
    if (!match) return undefined;
    if (match[1] !== undefined) out.push(match[1]);
    else if (match[2] !== undefined) out.push(Number(match[2]));
    else out.push((match[3] ?? match[4]).replace(/\\(.)/g, '$1'));
    at = step.lastIndex;
  }
  return out;
}
