import jsYaml from 'js-yaml';
import { resolvePlainScalar } from './kubectl-scalars.js';

const { Type, FAILSAFE_SCHEMA } = jsYaml;
// the bundled type definitions are missing from @types/js-yaml
type BuiltInType = 'null' | 'merge' | 'bool' | 'int' | 'float' | 'binary' | 'omap' | 'pairs' | 'set';
const types = (jsYaml as unknown as { types: Record<BuiltInType, InstanceType<typeof Type>> }).types;

let resolved: boolean | number = false;

// One implicit type for booleans and numbers, so each plain scalar is classified once.
const kubectlPlain = new Type('tag:yaml.org,2002:kubectl-plain', {
  kind: 'scalar',
  resolve(data: string | null) {
    if (data === null) return false;
    const result = resolvePlainScalar(data);
    if (result === undefined) return false;
    resolved = result.value;
    return true;
  },
  construct: () => resolved,
});

/** A js-yaml schema that reads plain scalars the way kubectl does (see kubectl-scalars.ts). */
export const kubectlYamlSchema = FAILSAFE_SCHEMA.extend({
  implicit: [types.null, types.merge, kubectlPlain],
  explicit: [types.bool, types.int, types.float, types.null, types.binary, types.omap, types.pairs, types.set],
});
