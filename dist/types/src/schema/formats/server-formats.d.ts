import type { KubernetesVersion } from '../../resources/index.js';
/**
 * The server's check for `format` at `version`, if it has one: go-openapi normalises a format
 * name by dropping every `-` (`date-time`, `datetime` and `d-ate-time` are one format; case counts).
 */
export declare function serverFormat(format: string, version: KubernetesVersion): {
    name: string;
    check: (value: string) => boolean;
} | undefined;
