import jsYaml from 'js-yaml';
/** A js-yaml schema that reads plain scalars the way kubectl does (see kubectl-scalars.ts). */
export declare const kubectlYamlSchema: jsYaml.Schema;
