import { type ValidateFunction } from 'ajv';
import { type KubernetesVersion } from '../resources/index.js';
import type { ExtraSchemaFolders } from './extra-schema-folders.js';
/**
 * The file names a schema for `apiVersion` + `kind` may have in an extra schemas folder:
 * - kubeconform's default, `{kind}-{group's first label}-{version}.json`, all lower-case
 *   (`certificate-cert-manager-v1.json`; core kinds are `{kind}-{version}.json`, `pod-v1.json`).
 *   kubeconform's KindSuffix is built from the group's first dot-separated label, not the whole group;
 * - the CRDs-catalog layout, `{group}/{kind}_{version}.json` (`cert-manager.io/certificate_v1.json`).
 * The names come from the input, so a kind, group or version with anything but the characters
 * Kubernetes allows in them (letters, digits, and `.`/`-` in a group) has no file name at all:
 * `kind: ../../x` looks nothing up.
 */
export declare function schemaFileNames(apiVersion: string, kind: string): string[];
/** Validators from `--schemas` folders, each file read and compiled on first use. */
export declare class ExtraSchemas {
    private readonly folders;
    private readonly version;
    private ajv;
    private readonly cache;
    constructor(folders: ExtraSchemaFolders, version: KubernetesVersion);
    /** The validator for `apiVersion` + `kind` from the first folder that has one, if any. */
    validatorFor(apiVersion: string, kind: string): ValidateFunction | undefined;
    private compile;
    /**
     * A file that cannot be read (over the size limit for input files, say), is not JSON, or is not
     * a schema ajv compiles is a usage error naming it (and not quoting it).
     */
    private compileFile;
    private instance;
}
